import { expect } from '@open-wc/testing';
import { belarusStory, localize } from '../../src/data/index.js';
import type { TimelineDataset } from '../../src/data/index.js';
import { checkSource, readSource } from '../../src/data/read-source.js';

/** An entry as both readings must agree on it: id, dates, lane (by its English label), title. */
function summary(ds: TimelineDataset) {
  const lane = new Map(ds.lanes.map((l) => [l.id, localize(l.label, 'en')]));
  return ds.entries.map((e) => ({
    id: e.id,
    date: e.date,
    // TimelineJS has no 'ongoing': the story's asOf stands for it (scripts/to-timelinejs.js).
    end: e.end === 'ongoing' ? ds.asOf : e.end,
    lane: lane.get(e.lane),
    title: localize(e.title, 'en'),
  }));
}

async function load(url: string) {
  const response = await fetch(url);
  const read = await readSource(await response.text(), response.headers.get('content-type'));
  if ('error' in read) throw new Error(`${url} is not JSON`);
  return checkSource(read.raw, read.issues, read.rename);
}

describe('the built-in story in TimelineJS formats (demo/article.timelinejs.*)', () => {
  for (const file of ['json', 'csv']) {
    it(`reads back from ${file} into the same entries, without an issue`, async () => {
      const r = await load(`/demo/article.timelinejs.${file}`);
      expect(r.issues).to.deep.equal([]);
      expect(summary(r.dataset!)).to.deep.equal(summary(belarusStory));
      expect(r.dataset!.title).to.equal(localize(belarusStory.title, 'en'));
      // asOf is the latest date in the data ('2022', which ends after '2022-10'); nothing is ongoing.
      expect(r.dataset!.asOf).to.equal('2022');
      expect(r.dataset!.lanes.map((l) => l.label)).to.deep.equal(
        belarusStory.lanes.map((l) => localize(l.label, 'en')),
      );
    });
  }

  it('gives the same dataset from the JSON and the CSV', async () => {
    expect(await load('/demo/article.timelinejs.csv')).to.deep.equal(
      await load('/demo/article.timelinejs.json'),
    );
  });
});
