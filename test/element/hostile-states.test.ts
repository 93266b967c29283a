/**
 * The adversarial cases, continued (issue 11, SPEC §6.6): loading and empty states, retries, and
 * the smaller faults, each kept so that it stays fixed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import type { TimelineRangeChangeEvent } from '../../src/events.js';
import { syntheticStory } from '../synthetic.js';
import { $, $$, afterMove, entryMark, settle, tickLabels, timelineAt, userClick, wheel } from './helpers.js';
import { alertText, day, errors, ids } from './hostile-helpers.js';

describe('<belarus-timeline> hostile input: states and smaller faults', () => {
  describe('states', () => {
    for (const [lang, loading, empty] of [
      ['en', 'Loading', 'No entries'],
      ['nl', 'Laden', 'Geen gebeurtenissen'],
    ] as const) {
      it(`says it is loading while src hangs, and that a story is empty, in ${lang}, with no made-up axis`, async () => {
        const el = await timelineAt(1000, { lang, src: '/__delay/3000/test/fixtures/small.json' });
        const frame = $(el, '.frame')!;
        expect(frame.getAttribute('aria-busy')).to.equal('true');
        expect($(el, '.state')!.textContent).to.contain(loading);
        expect(tickLabels(el)).to.deep.equal([]);
        el.entries = [];
        await settle(el);
        expect(frame.hasAttribute('aria-busy')).to.equal(false);
        expect($(el, '.state')!.textContent).to.contain(empty);
        expect(tickLabels(el)).to.deep.equal([]);
      });
    }

    it('lets the newest input win: entries set after src beat its late answer', async () => {
      const el = await timelineAt(1000, { lang: 'en' });
      el.src = '/__delay/500/test/fixtures/small.json';
      await el.updateComplete;
      el.entries = [day('mine', '2020-05-05')];
      await new Promise((resolve) => setTimeout(resolve, 800));
      await settle(el);
      expect(ids(el)).to.deep.equal(['mine']);
    });

    it('retries a failed src with reload(), and when the same src is set again', async () => {
      const el = await timelineAt(1000, { lang: 'en' });
      const seen = errors(el);
      // Keys of this run only: the server (and its memory of keys) serves every browser.
      const key = Math.random().toString(36).slice(2);
      el.src = `/__flaky/reload-${key}/test/fixtures/small.json`;
      await new Promise((resolve) => el.addEventListener('timeline-error', resolve, { once: true }));
      // The first load fails: there was no story before it to keep.
      expect(alertText(el)).to.contain('HTTP 503');
      el.reload();
      await new Promise((resolve) => el.addEventListener('timeline-load', resolve, { once: true }));
      await settle(el);
      expect(ids(el).sort()).to.deep.equal(['first', 'second', 'third']);
      el.src = `/__flaky/again-${key}/test/fixtures/other.json`;
      await new Promise((resolve) => el.addEventListener('timeline-error', resolve, { once: true }));
      el.src = `/__flaky/again-${key}/test/fixtures/other.json`;
      await new Promise((resolve) => el.addEventListener('timeline-load', resolve, { once: true }));
      await settle(el);
      expect(ids(el).sort()).to.deep.equal(['alpha', 'beta']);
      expect(seen).to.have.length(2);
    });

    it('does not say "the previous one stays" on a first load that fails', async () => {
      const el = await timelineAt(1000, { lang: 'en', src: '/test/fixtures/not-a-dataset.json' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await settle(el);
      expect(alertText(el)).to.contain('not a timeline');
      expect(alertText(el)).to.not.contain('previous');
    });
  });

  describe('smaller faults', () => {
    it('zooms 1.41× per Ctrl + wheel notch', async () => {
      // A linear axis: with breaks, time on screen is not in proportion to the zoom.
      const el = await timelineAt(1280, { lang: 'en', gaps: 'none' });
      const ranges: TimelineRangeChangeEvent[] = [];
      el.addEventListener('timeline-range-change', (e) => ranges.push(e as TimelineRangeChangeEvent));
      const width = () => +ranges.at(-1)!.detail.end - +ranges.at(-1)!.detail.start;
      wheel(el, { deltaY: 100, ctrlKey: true });
      wheel(el, { deltaY: -100, ctrlKey: true });
      await afterMove(el);
      const before = width();
      wheel(el, { deltaY: -100, ctrlKey: true });
      await afterMove(el);
      expect(before / width()).to.be.closeTo(Math.SQRT2, 0.02);
    });

    it('refuses a lane colour that cannot reach 3:1 against the background, with an issue', async () => {
      const el = await timelineAt(1000, { lang: 'en', theme: 'light' });
      const seen = errors(el);
      el.dataset = {
        title: 'Colours',
        asOf: '2022',
        lanes: [
          { id: 'clear', label: 'Clear', color: 'transparent' },
          { id: 'white', label: 'White', color: '#fff' },
          { id: 'fine', label: 'Fine', color: '#3a78c2' },
        ],
        entries: [day('a', '2020', 'clear'), day('b', '2021', 'white'), day('c', '2022', 'fine')],
      };
      await settle(el);
      const paths = seen.at(-1)!.detail.issues.map((i) => i.path);
      expect(paths).to.deep.equal(['lanes[0].color', 'lanes[1].color']);
      const colour = (id: string) => getComputedStyle(entryMark(el, id)!).getPropertyValue('--_lane').trim();
      expect(colour('a')).to.not.equal('transparent');
      expect(colour('b')).to.not.match(/^#fff(fff)?$/i);
      expect(colour('c')).to.equal('#3a78c2');
    });

    it('lists the issues in Dutch when lang="nl"', async () => {
      // The Dutch messages are a lazy chunk: loaded here first, so that a slow first load of it (in
      // Firefox under a full run) is not a race with `settle`. The bundle test sees it load itself.
      await import('../../src/data/issues-nl.js');
      const el = await timelineAt(1000, { lang: 'nl' });
      el.dataset = {
        title: 'Kapot',
        asOf: '2022',
        lanes: [{ id: 'a', label: 'A' }],
        entries: [
          day('goed', '2020'),
          { id: 'slecht', date: '2022-13', lane: 'a', title: 'x' },
          day('ook', '2021', 'b'),
        ],
      };
      await settle(el);
      const text = alertText(el);
      expect(text).to.contain('entries[1].date');
      expect(text).to.contain('geen geldige datum');
      expect(text).to.contain('geen spoor');
      expect(text).to.not.match(/\b(is not|expected|lane of)\b/);
      el.setAttribute('lang', 'en');
      await settle(el);
      expect(alertText(el)).to.contain('is not a valid date');
    });

    it('labels ticks and clusters within years 1 and 9999', async () => {
      const early = Array.from({ length: 60 }, (_, i) =>
        day(`early-${i}`, `0001-0${1 + (i % 2)}-${String(1 + (i % 28)).padStart(2, '0')}`),
      );
      const el = await timelineAt(1000, { lang: 'en' });
      el.entries = [...early, day('late', '9999-12-20')];
      await settle(el);
      for (const label of tickLabels(el))
        expect(Number(label.match(/-?\d+$/)?.[0] ?? 1)).to.be.within(1, 9999);
      const clusters = $$(el, '[part="cluster"]').map((c) => c.getAttribute('aria-label')!);
      expect(clusters.length).to.be.greaterThan(0);
      for (const label of clusters) expect(label).to.match(/^\d+ entries, January \d+, 1\b/);
    });

    it('takes a title of twenty family emoji: 20 characters as people count them', async () => {
      const el = await timelineAt(1000, { lang: 'en' });
      const seen = errors(el);
      const title = '👨‍👩‍👧‍👦'.repeat(20);
      expect(title.length).to.equal(220);
      el.entries = [{ id: 'family', date: '2020', lane: 'a', title }];
      await settle(el);
      expect(seen).to.have.length(0);
      expect(entryMark(el, 'family')!.textContent).to.contain('👨‍👩‍👧‍👦');
    });

    it('clears the selection on going back to a deep link that was ignored', async () => {
      const start = location.href;
      history.replaceState(null, '', '#belarus-timeline:story=no-such-entry');
      const warn = console.warn;
      console.warn = () => {};
      try {
        const el = await fixture<BelarusTimeline>(
          html`<belarus-timeline id="story" linkable></belarus-timeline>`,
        );
        await settle(el);
        await userClick(el, 'election-2020');
        await el.updateComplete;
        expect(el.selected).to.equal('election-2020');
        const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
        history.back();
        await back;
        await settle(el);
        expect(el.selected).to.equal(null);
      } finally {
        console.warn = warn;
        history.replaceState(null, '', start);
      }
    });

    for (const width of [320, 150]) {
      it(`keeps the controls inside the element at ${width} px`, async () => {
        const el = await timelineAt(width, { lang: 'en' });
        const right = el.getBoundingClientRect().right;
        for (const button of $$(el, '[part="controls"] button'))
          expect(button.getBoundingClientRect().right).to.be.at.most(right + 0.5);
        expect($(el, '[part="controls"]')!.getBoundingClientRect().right).to.be.at.most(right + 0.5);
      });
    }
  });

  describe('print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' }).catch(() => {});
      window.dispatchEvent(new Event('afterprint'));
    });

    it('prints 20,000 entries as a capped list with a note, in well under a second', async () => {
      const el = await timelineAt(1000, { lang: 'en' });
      el.dataset = syntheticStory(20_000);
      await settle(el);
      const started = performance.now();
      const emulated = await emulateMedia({ media: 'print' }).then(
        () => true,
        () => false,
      );
      if (!emulated) window.dispatchEvent(new Event('beforeprint'));
      await settle(el);
      const ms = performance.now() - started;
      const nodes = el.shadowRoot!.querySelectorAll('*').length;
      console.log(`print of 20,000 entries: ${Math.round(ms)} ms, ${nodes} nodes`);
      expect($$(el, '[part="list"] > li')).to.have.length(1000);
      expect($(el, '.print-note')!.textContent).to.contain('1,000 of 20,000');
      expect(nodes).to.be.below(20_000);
      // 7.3 s before the cap (a shared machine: a wide margin).
      expect(ms).to.be.below(3000);
    });
  });
});
