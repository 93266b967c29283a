import { expect } from '@open-wc/testing';

interface BundleResult {
  entries: number;
  zoomedByWheel: boolean;
  zoomedByDblclick: boolean;
  reset: boolean;
  breaks: string[];
  errors: string[];
}

describe('the self-contained bundle (dist/belarus-timeline.bundle.js)', () => {
  it('registers the element, draws the story and zooms without errors', async function () {
    this.timeout(20000);
    const head = await fetch('/dist/belarus-timeline.bundle.js', { method: 'HEAD' });
    if (!head.ok) {
      console.warn('SKIPPED: dist/belarus-timeline.bundle.js not built (run `npm run build`)');
      this.skip();
    }
    const frame = document.createElement('iframe');
    frame.style.width = '1100px';
    frame.style.height = '900px';
    const result = new Promise<BundleResult>((resolve) =>
      window.addEventListener('message', function listen(event) {
        if (event.data?.type !== 'bundle-result') return;
        window.removeEventListener('message', listen);
        resolve(event.data);
      }),
    );
    frame.src = '/test/bundle/index.html';
    document.body.append(frame);
    const r = await result;
    frame.remove();
    expect(r.errors).to.deep.equal([]);
    expect(r.entries).to.equal(14);
    expect(r.zoomedByWheel).to.equal(true);
    expect(r.zoomedByDblclick).to.equal(true);
    expect(r.reset).to.equal(true);
    expect(r.breaks).to.deep.equal(['19 years']);
  });
});
