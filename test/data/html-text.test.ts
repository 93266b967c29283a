import { expect } from '@open-wc/testing';
import { htmlToText } from '../../src/data/html-text.js';
import { scanHtml } from '../../src/data/html-text-core.js';

declare global {
  interface Window {
    __htmlTextPwned?: number;
  }
}

const cases: [string, string][] = [
  ['plain text', 'plain text'],
  ['  spaced \n\t out  ', 'spaced out'],
  ['<p>One</p><p>Two</p>', 'One\nTwo'],
  ['<p>One</p>\n\n<p>Two</p>', 'One\nTwo'],
  ['a<br>b<br/><br>c', 'a\nb\n\nc'],
  ['<b>bold</b> and <i>italic</i>', 'bold and italic'],
  ['&amp; &lt;tag&gt; &quot;q&quot; &#39;s&#39; &#x2014; &nbsp;x', '& <tag> "q" \'s\' — \u00a0x'],
  ['<ul><li>a</li><li>b</li></ul>', 'a\nb'],
  ['<script>alert(1)</script>shown<style>p{}</style>', 'shown'],
  ['<!-- a comment -->text', 'text'],
  ['<a href="x" title="a > b">link</a>', 'link'],
  ['1 < 2 and 3 > 2', '1 < 2 and 3 > 2'],
];

describe('htmlToText (browser, DOMParser)', () => {
  for (const [html, text] of cases) {
    it(`reads ${JSON.stringify(html)} as ${JSON.stringify(text)}`, () => {
      expect(htmlToText(html)).to.equal(text);
    });
  }

  it('runs no script and requests nothing: an onerror payload stays inert', async () => {
    window.__htmlTextPwned = 0;
    const src = `/__never-requested-${Date.now()}.png`;
    const before = performance.getEntriesByType('resource').length;
    const text = htmlToText(
      `<img src="${src}" onerror="window.__htmlTextPwned = 1"><svg onload="window.__htmlTextPwned = 2"></svg>` +
        `<iframe src="${src}" onload="window.__htmlTextPwned = 3"></iframe><script>window.__htmlTextPwned = 4</script>Safe`,
    );
    expect(text).to.equal('Safe');
    // Long enough for an image error (or load) to have fired, had the parser loaded anything.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(window.__htmlTextPwned).to.equal(0);
    const requested = performance
      .getEntriesByType('resource')
      .slice(before)
      .filter((e) => e.name.includes('__never-requested'));
    expect(requested).to.deep.equal([]);
  });

  it('(control) would see the request, had the image been parsed into the page', async () => {
    const src = `/test/fixtures/small.json?control=${Date.now()}`;
    const img = new Image();
    const done = new Promise((resolve) => (img.onerror = img.onload = resolve));
    img.src = src;
    await done;
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes(src))).to.equal(true);
  });
});

describe('scanHtml (the fallback where Trusted Types refuse DOMParser)', () => {
  for (const [html, text] of cases) {
    it(`reads ${JSON.stringify(html)} as DOMParser does`, () => {
      expect(scanHtml(html)).to.equal(text);
    });
  }

  it('never yields markup', () => {
    expect(scanHtml("<img src=x onerror=alert(1)>ok<a href='javascript:x'>y</a>")).to.equal('oky');
  });
});
