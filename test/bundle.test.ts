import { expect } from '@open-wc/testing';
import { frameResult } from './frame.js';

interface BundleResult {
  entries: number;
  zoomedByWheel: boolean;
  zoomedByDblclick: boolean;
  reset: boolean;
  animatedFrames: number;
  zoomedTo: string;
  breaks: string[];
  errors: string[];
}

describe('the self-contained bundle (dist/belarus-timeline.bundle.js)', () => {
  it('registers the element, draws the story and zooms, animated, without errors', async function () {
    this.timeout(20000);
    const head = await fetch('/dist/belarus-timeline.bundle.js', { method: 'HEAD' });
    if (!head.ok) {
      console.warn('SKIPPED: dist/belarus-timeline.bundle.js not built (run `npm run build`)');
      this.skip();
    }
    const r = await frameResult<BundleResult>('/test/bundle/index.html', 'bundle-result');
    expect(r.errors).to.deep.equal([]);
    expect(r.entries).to.equal(14);
    expect(r.zoomedByWheel).to.equal(true);
    expect(r.zoomedByDblclick).to.equal(true);
    expect(r.reset).to.equal(true);
    expect(r.breaks).to.deep.equal(['19 years']);
    // zoomTo animates: several different windows on the way, ending in the asked one.
    expect(r.animatedFrames).to.be.greaterThan(2);
    expect(r.zoomedTo).to.contain('Feb 2022');
    expect(r.zoomedTo).to.contain('Oct');
    expect(r.zoomedTo).to.not.contain('2021');
  });
});
