import { expect } from '@open-wc/testing';
import { frameResult } from './frame.js';

/** These tests need `npm run build`'s file; without it they say so and skip. */
async function skipUnlessBuilt(test: Mocha.Context): Promise<void> {
  const head = await fetch('/dist/belarus-timeline.bundle.js', { method: 'HEAD' });
  if (head.ok) return;
  console.warn('SKIPPED: dist/belarus-timeline.bundle.js not built (run `npm run build`)');
  test.skip();
}

interface BundleResult {
  entries: number;
  zoomedByWheel: boolean;
  zoomedByDblclick: boolean;
  reset: boolean;
  animatedFrames: number;
  zoomedTo: string;
  breaks: string[];
  scripts: string[];
  errors: string[];
}

describe('the self-contained bundle (dist/belarus-timeline.bundle.js)', () => {
  it('registers the element, draws the story and zooms, animated, without errors', async function () {
    this.timeout(20000);
    await skipUnlessBuilt(this);
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
    // d3-zoom and d3-transition came as a chunk beside the file, once, after it.
    expect(r.scripts[0]).to.equal('/dist/belarus-timeline.bundle.js');
    expect(r.scripts.filter((p) => /^\/dist\/chunks\/zoom-gestures-[\w-]+\.js$/.test(p))).to.have.length(1);
  });

  it('draws a static timeline without ever fetching the zoom gestures', async function () {
    this.timeout(20000);
    await skipUnlessBuilt(this);
    const r = await frameResult<{ entries: number; scripts: string[]; errors: string[] }>(
      '/test/bundle/static.html',
      'static-result',
    );
    expect(r.errors).to.deep.equal([]);
    expect(r.entries).to.equal(14);
    expect(r.scripts).to.deep.equal(['/dist/belarus-timeline.bundle.js']);
  });
});

interface ReadersResult {
  count: number;
  entries: string[];
  issues: number;
  alert: string;
  scripts: string[];
  errors: string[];
}

describe('the self-contained bundle with its lazy chunks', () => {
  it('reads a TimelineJS sheet and a TimelineJS file through its chunks, loading its own file once', async function () {
    this.timeout(20000);
    await skipUnlessBuilt(this);
    const r = await frameResult<ReadersResult>('/test/bundle/readers.html', 'readers-result');
    expect(r.errors).to.deep.equal([]);
    expect(r.count).to.equal(3);
    expect(r.entries.join(' ')).to.contain('The first');
    expect(r.issues).to.be.greaterThan(0);
    // The issues of a Dutch element, in Dutch (the issues-nl chunk).
    expect(r.alert).to.match(/events\[1\]/);
    expect(r.alert).to.contain('ontbreekt: een gebeurtenis heeft een begindatum nodig');
    expect(r.alert).to.contain('is geen http:-, https:- of relatieve URL');
    // The page loaded the file with `?ver=2`; a chunk importing it back would fetch it a second time.
    expect(r.scripts.filter((p) => p === '/dist/belarus-timeline.bundle.js')).to.have.length(1);
    expect(r.scripts.some((p) => /^\/dist\/chunks\/csv-/.test(p))).to.equal(true);
    expect(r.scripts.some((p) => /^\/dist\/chunks\/timelinejs-/.test(p))).to.equal(true);
    expect(r.scripts.some((p) => /^\/dist\/chunks\/zoom-gestures-/.test(p))).to.equal(true);
  });
});

describe('the self-contained files’ licenses', () => {
  // The file's first line names it (not checked here: the test server serves the file transformed).
  it('are in one file beside the bundle, each library with its version and license text', async function () {
    await skipUnlessBuilt(this);
    const response = await fetch('/dist/belarus-timeline.bundle.js.LICENSE.txt');
    expect(response.ok).to.equal(true);
    const text = await response.text();
    for (const library of [
      'lit-html',
      '@lit/reactive-element',
      'd3-scale',
      'd3-zoom',
      'd3-transition',
      'date-fns',
    ]) {
      expect(text, library).to.match(new RegExp(`^${library}@\\d+\\.\\d+\\.\\d+ \\(`, 'm'));
    }
    expect(text).to.contain('Copyright (c) 2017 Google LLC');
    expect(text).to.contain('Sasha Koss');
    expect(text).to.contain('Permission to use, copy, modify, and/or distribute this software');
  });
});
