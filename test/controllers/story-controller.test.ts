import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { StoryController } from '../../src/controllers/story-controller.js';
import { belarusStory } from '../../src/data/article-2022-10.js';
import type { TimelineDataset } from '../../src/data/types.js';
import type { ValidationIssue } from '../../src/data/validate.js';
import { strings, toLang } from '../../src/i18n.js';

/** A host that records what the controller tells it; its light DOM may hold a story. */
class StoryHost extends LitElement {
  accepted: TimelineDataset[] = [];
  failed: { message: string; issues: ValidationIssue[] }[] = [];
  updates = 0;
  readonly story = new StoryController(this, {
    lang: () => toLang(this.getAttribute('lang')),
    accepted: (dataset) => this.accepted.push(dataset),
    failed: (message, issues) => this.failed.push({ message, issues }),
  });

  override render() {
    return html`<p>${this.story.dataset.entries.length}</p>`;
  }

  override updated() {
    this.updates++;
  }
}
customElements.define('story-controller-host', StoryHost);

const small = (): TimelineDataset => ({
  title: 'Small',
  asOf: '2024',
  lanes: [{ id: 'one', label: 'One' }],
  entries: [
    { id: 'a', date: '2020', lane: 'one', title: 'A' },
    { id: 'b', date: '2021-05', lane: 'one', title: 'B' },
  ],
});

const host = () => fixture<StoryHost>(html`<story-controller-host></story-controller-host>`);

describe('StoryController (controllers/story-controller)', () => {
  it('starts with the built-in story and prepares it once', async () => {
    const el = await host();
    const { story } = el;
    expect(story.dataset).to.equal(belarusStory);
    const index = story.index;
    expect(index.dataset).to.equal(belarusStory);
    expect(index.prepared).to.have.length(14);
    expect(story.index).to.equal(index);
    expect(story.error).to.be.null;
  });

  it('accepts a valid dataset as a copy of its own, rebuilding the index for it only', async () => {
    const el = await host();
    const old = el.story.index;
    const input = small();
    el.story.setDataset(input);
    expect(el.story.dataset).to.deep.equal(input);
    expect(el.story.dataset).to.not.equal(input);
    expect(el.accepted).to.deep.equal([el.story.dataset]);
    const index = el.story.index;
    expect(index).to.not.equal(old);
    expect(index.dataset).to.equal(el.story.dataset);
    expect(index.prepared.map((p) => p.entry.id)).to.deep.equal(['a', 'b']);
    expect(el.story.index).to.equal(index);
    // The caller's object changing later changes nothing here.
    input.entries.pop();
    expect(el.story.dataset.entries).to.have.length(2);
    expect(el.failed).to.deep.equal([]);
  });

  it('reports a story’s count once, for the host to announce when drawn', async () => {
    const el = await host();
    el.story.setDataset(small());
    expect(el.story.takeLoaded()).to.equal(2);
    expect(el.story.takeLoaded()).to.be.null;
  });

  it('keeps the last good dataset on input that is no story, and reports why', async () => {
    const el = await host();
    el.story.setDataset(small());
    const good = el.story.dataset;
    const index = el.story.index;
    el.story.takeLoaded();
    for (const bad of [42, null, 'text', { title: 'No asOf, no lanes', entries: 'none' }]) {
      el.story.setDataset(bad);
      expect(el.story.dataset, String(bad)).to.equal(good);
    }
    expect(el.story.index).to.equal(index);
    expect(el.story.takeLoaded()).to.be.null;
    expect(el.accepted).to.have.length(1);
    expect(el.failed).to.have.length(4);
    for (const { message, issues } of el.failed) {
      expect(message).to.equal(strings.en.errors.invalid);
      expect(issues.length).to.be.greaterThan(0);
      for (const issue of issues) expect(Object.keys(issue).sort()).to.deep.equal(['message', 'path']);
    }
    expect(el.story.error?.kind).to.equal('invalid');
  });

  it('keeps the last good dataset when every entry is invalid', async () => {
    const el = await host();
    el.story.setDataset({ ...small(), entries: [{ id: 'x', date: 'someday', lane: 'one', title: 'X' }] });
    expect(el.story.dataset).to.equal(belarusStory);
    expect(el.story.error?.kind).to.equal('invalid');
    expect(el.failed[0].issues[0].path).to.match(/^entries\[0\]/);
  });

  it('draws the valid part of partly invalid data, and says how much was wrong', async () => {
    const el = await host();
    const data = small();
    data.entries.push({ id: 'bad', date: '2022-02-30', lane: 'one', title: 'Bad' });
    data.entries.push({ id: 'lost', date: '2022', lane: 'nowhere', title: 'Lost' });
    el.story.setDataset(data);
    expect(el.story.dataset.entries.map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(el.story.error).to.deep.include({ kind: 'partial' });
    expect(el.failed).to.have.length(1);
    expect(el.failed[0].message).to.equal(strings.en.errors.partial(el.failed[0].issues.length));
    expect(el.failed[0].issues.map((i) => i.path)).to.deep.include.members([
      'entries[2].date',
      'entries[3].lane',
    ]);
    // Good data afterwards clears the error.
    el.story.setDataset(small());
    expect(el.story.error).to.be.null;
  });

  it('words its messages in the host’s language, now and later', async () => {
    const el = await fixture<StoryHost>(html`<story-controller-host lang="nl"></story-controller-host>`);
    el.story.setDataset(42);
    expect(el.failed[0].message).to.equal(strings.nl.errors.invalid);
    const error = el.story.error!;
    expect(el.story.message(error, 'en')).to.equal(strings.en.errors.invalid);
    expect(el.story.message({ kind: 'http', status: 503, issues: [] }, 'nl')).to.equal(
      strings.nl.errors.http(503),
    );
  });

  it('replaces the entries only, keeping the story’s lanes and title', async () => {
    const el = await host();
    el.story.setEntries([
      { id: 'new', date: '2023-01-01', lane: 'war', title: 'New' },
      { id: 'else', date: '2023-02-01', lane: 'elsewhere', title: 'Else' },
    ]);
    const { dataset } = el.story;
    expect(dataset.title).to.deep.equal(belarusStory.title);
    expect(dataset.entries.map((e) => e.id)).to.deep.equal(['new', 'else']);
    // A lane it did not know gets one of its own.
    expect(dataset.lanes.map((l) => l.id)).to.deep.equal([
      'belarus',
      'russia',
      'relations',
      'war',
      'elsewhere',
    ]);
    expect(el.story.takeLoaded()).to.equal(2);
  });

  it('clears the error on dismiss and asks the host to redraw', async () => {
    const el = await host();
    el.story.setDataset(42);
    await el.updateComplete;
    const before = el.updates;
    el.story.dismiss();
    expect(el.story.error).to.be.null;
    await el.updateComplete;
    expect(el.updates).to.equal(before + 1);
  });

  describe('first', () => {
    it('shows the built-in story (and reports it) without src or markup', async () => {
      const el = await host();
      el.story.first();
      expect(el.story.dataset).to.equal(belarusStory);
      expect(el.story.takeLoaded()).to.equal(14);
    });

    it('shows nothing while a src loads', async () => {
      const el = await host();
      el.story.load('/test/fixtures/small.json');
      el.story.first();
      expect(el.story.dataset.entries).to.have.length(0);
      expect(el.story.dataset.lanes).to.have.length(0);
      expect(el.story.takeLoaded()).to.be.null;
    });

    it('keeps a dataset the page set before the first draw, src or not', async () => {
      const el = await host();
      el.story.setDataset(small());
      el.story.takeLoaded();
      el.story.load('/test/fixtures/small.json');
      el.story.first();
      expect(el.story.dataset.title).to.equal('Small');
      expect(el.story.takeLoaded()).to.equal(2);
    });

    it('reads the story from light-DOM markup', async () => {
      const el = await fixture<StoryHost>(
        html`<story-controller-host>
          <ol data-as-of="2021">
            <li data-id="one" data-lane="news">
              <time datetime="2020-03">March 2020</time>: <strong>One</strong>
            </li>
            <li data-id="two" data-lane="news"><time datetime="2021">2021</time>: <strong>Two</strong></li>
          </ol>
        </story-controller-host>`,
      );
      el.story.first();
      expect(el.story.dataset.entries.map((e) => e.id)).to.deep.equal(['one', 'two']);
      expect(el.story.dataset.lanes.map((l) => l.id)).to.deep.equal(['news']);
      expect(el.story.fallback).to.be.false;
      expect(el.story.takeLoaded()).to.equal(2);
    });

    it('keeps markup that is no story on screen as it is, with the error', async () => {
      const el = await fixture<StoryHost>(
        html`<story-controller-host>
          <ol>
            <li>Nothing with a date here</li>
          </ol>
        </story-controller-host>`,
      );
      el.story.first();
      expect(el.story.fallback).to.be.true;
      expect(el.story.dataset.entries).to.have.length(0);
      expect(el.story.error?.kind).to.equal('invalid');
      expect(el.failed).to.have.length(1);
      expect(el.story.takeLoaded()).to.be.null;
    });
  });

  describe('load', () => {
    it('fetches, validates and accepts what src names', async () => {
      const el = await host();
      el.story.load('/test/fixtures/small.json');
      await waitUntil(() => el.accepted.length === 1, 'no story accepted');
      expect(el.story.dataset.title).to.deep.equal({ nl: 'Klein verhaal', en: 'A small story' });
      expect(el.story.takeLoaded()).to.equal(3);
      expect(el.story.pending).to.equal(0);
    });

    it('reports an HTTP error and what is not JSON, keeping the story', async () => {
      const el = await host();
      el.story.load('/test/fixtures/no-such-file.json');
      await waitUntil(() => el.failed.length === 1, 'no failure');
      expect(el.story.error).to.deep.equal({ kind: 'http', status: 404, issues: [] });
      expect(el.failed[0]).to.deep.equal({ message: strings.en.errors.http(404), issues: [] });
      el.story.load('/test/fixtures/not-json.txt');
      await waitUntil(() => el.failed.length === 2, 'no second failure');
      expect(el.story.error?.kind).to.equal('json');
      expect(el.story.dataset).to.equal(belarusStory);
    });

    it('names the issues of a partly invalid file', async () => {
      const el = await host();
      el.story.load('/test/fixtures/partly-invalid.json');
      await waitUntil(() => el.failed.length === 1, 'no report');
      expect(el.story.dataset.entries.map((e) => e.id)).to.deep.equal(['good', 'also-good']);
      expect(el.story.error?.kind).to.equal('partial');
      expect(el.failed[0].issues).to.have.length(4);
    });
  });
});
