import { expect } from '@open-wc/testing';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { TimelineErrorEvent, TimelineLoadEvent } from '../../src/events.js';
import { $, $$, entryMark, settle, timelineAt } from './helpers.js';

/** Sets `src` and resolves with the first timeline-load and the first timeline-error it causes. */
async function load(el: BelarusTimeline, src: string) {
  const events: { load?: TimelineLoadEvent; error?: TimelineErrorEvent } = {};
  const loaded = new Promise<void>((resolve) =>
    el.addEventListener('timeline-load', (e) => ((events.load ??= e), resolve()), { once: true }),
  );
  el.addEventListener('timeline-error', (e) => (events.error ??= e), { once: true });
  el.src = src;
  await loaded;
  await settle(el);
  return events;
}

const names = (el: BelarusTimeline) =>
  $$<SVGGElement>(el, '[part~="entry"]')
    .map((g) => g.getAttribute('aria-label')!)
    .sort();

describe('<belarus-timeline> reads TimelineJS through src', () => {
  for (const file of ['timelinejs.json', 'timelinejs.csv']) {
    it(`draws a TimelineJS ${file.split('.')[1].toUpperCase()} file: entries, heading, no error`, async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const { load: loaded, error } = await load(el, `/test/fixtures/${file}`);
      expect(error, error?.detail.message).to.equal(undefined);
      expect(loaded!.detail).to.deep.equal({ count: 3 });
      expect($(el, '[part="heading"]')!.textContent!.trim()).to.equal('A TimelineJS story');
      expect(entryMark(el, 'first')!.getAttribute('aria-label')).to.match(/^1994: The first/);
      expect(entryMark(el, 'second')!.getAttribute('aria-label')).to.match(
        /^August 9, 2020 – September 2020: The second & longer/,
      );
      expect(entryMark(el, 'the-third')!.getAttribute('aria-label')).to.contain('The third');
      expect($(el, '[part="error"]')).to.equal(null);
    });
  }

  it('draws the same timeline from the JSON file and from the sheet', async () => {
    const json = await timelineAt(1280, { lang: 'en' });
    await load(json, '/test/fixtures/timelinejs.json');
    const csv = await timelineAt(1280, { lang: 'en' });
    await load(csv, '/test/fixtures/timelinejs.csv');
    expect(names(csv)).to.deep.equal(names(json));
    expect(names(csv)).to.have.length(3);
  });

  it('draws the valid rows of a CSV with a bad row, and names the row in timeline-error', async () => {
    const el = await timelineAt(1280, { lang: 'en' });
    const { load: loaded, error } = await load(el, '/test/fixtures/timelinejs-bad-row.csv');
    expect(loaded!.detail).to.deep.equal({ count: 2 });
    expect(error, 'timeline-error').to.be.instanceOf(TimelineErrorEvent);
    expect(error!.detail.issues).to.deep.equal([
      { path: 'row 3', message: 'Year "19x4" is not a year; the event is left out' },
    ]);
    expect(names(el).map((n) => n.replace(/^[^:]*: /, ''))).to.have.members(['The first', 'The third']);
    const alert = $(el, '[part="error"]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('row 3');
  });

  it('draws the built-in story from its TimelineJS sheet with the same entries as the native one', async () => {
    const native = await timelineAt(1280, { lang: 'en' });
    const sheet = await timelineAt(1280, { lang: 'en' });
    await load(sheet, '/demo/article.timelinejs.csv');
    const ids = (el: BelarusTimeline) =>
      $$<SVGGElement>(el, '[part~="entry"]')
        .map((g) => g.dataset.id)
        .sort();
    expect(ids(sheet)).to.deep.equal(ids(native));
    expect(ids(sheet)).to.have.length(14);
  });
});
