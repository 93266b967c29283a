import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { frameResult } from './frame.js';

interface ClsResult {
  cls: number;
  /** How far the paragraph after the timeline moved from where it was before the script came. */
  moved: number;
  height: number;
  entries: number;
}

const built = async () => (await fetch('/dist/belarus-timeline.bundle.js', { method: 'HEAD' })).ok;

describe('embedding without a jump (the README embed, its script a second late)', function () {
  this.timeout(30000);

  it('uses the README’s CSS word for word', async () => {
    const readme = await (await fetch('/README.md')).text();
    const section = readme.slice(readme.indexOf('## Embed it'), readme.indexOf('## Coming from TimelineJS'));
    const css = section.match(/```css\n([\s\S]*?)```/)![1];
    const page = await (await fetch('/test/cls/embed.css')).text();
    expect(page.slice(page.indexOf('*/') + 3)).to.equal(css);
  });

  for (const width of [1280, 375])
    it(`shifts the page at most 0.02 at ${width} px`, async function () {
      if (!(await built())) {
        console.warn('SKIPPED: dist/belarus-timeline.bundle.js not built (run `npm run build`)');
        this.skip();
      }
      // The frame on screen, whole: layout shifts are counted for what is painted.
      await setViewport({ width: 1400, height: 1000 });
      const r = await frameResult<ClsResult>('/test/cls/embed.html', 'cls-result', width, 900);
      expect(r.entries).to.be.greaterThan(0);
      // The layout-shift observer's sum (CLS), and, as headless Chromium does not always report
      // shifts inside a frame, the stricter geometry: the text below did not move at all.
      expect(r.cls, `height ${r.height}`).to.be.at.most(0.02);
      expect(r.moved).to.be.within(-1, 1);
      // Without the reserved height the same page jumps: the measurement can fail.
      const bare = await frameResult<ClsResult>('/test/cls/embed.html?bare', 'cls-result', width, 900);
      expect(bare.moved).to.be.greaterThan(100);
    });
});
