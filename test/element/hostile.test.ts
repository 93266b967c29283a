/**
 * The adversarial cases (issue 11, SPEC §6.6): what a phone, a careless CMS editor, a hostile
 * dataset or a flaky network did to the first edition. Each stays here so that it stays fixed; the
 * states and smaller faults are in `hostile-states.test.ts`.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { BelarusTimeline } from '../../src/belarus-timeline.js';
import type { TimelineRangeChangeEvent, TimelineSelectEvent } from '../../src/events.js';
import { $, $$, afterMove, settle, tickLabels, timelineAt, userClick } from './helpers.js';
import { DAY, alertText, day, drawnCount, errors, focusedId, ids, years } from './hostile-helpers.js';

describe('<belarus-timeline> hostile input', () => {
  describe('touch', () => {
    before(async function () {
      if (!(await executeServerCommand('touch', { enable: true }))) this.skip();
    });
    after(() => executeServerCommand('touch', { enable: false }));

    /** A timeline of `width` px with a page below it to scroll, and a finger over its plot. */
    async function phone(width: number) {
      const page = await fixture<HTMLDivElement>(
        html`<div style="width: ${width}px">
          <p class="intro" style="height: 200px; margin: 0">Intro</p>
          <belarus-timeline lang="en"></belarus-timeline>
          <div style="height: 3000px"></div>
        </div>`,
      );
      const el = page.querySelector('belarus-timeline')!;
      await settle(el);
      window.scrollTo(0, 0);
      const ranges: TimelineRangeChangeEvent[] = [];
      el.addEventListener('timeline-range-change', (e) => ranges.push(e as TimelineRangeChangeEvent));
      const box = $(el, 'svg.plot')!.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = Math.min(box.top + box.height / 2, innerHeight - 60);
      return { el, ranges, x, y };
    }

    it('scrolls the page by a swipe over the text above it (the gesture is a real one)', async () => {
      const { el } = await phone(1000);
      await executeServerCommand('touch', { fingers: [[100, 190, 104, 10]] });
      await afterMove(el);
      expect(scrollY).to.be.greaterThan(60);
      window.scrollTo(0, 0);
    });

    for (const [layout, width] of [
      ['horizontal', 1000],
      ['vertical', 375],
    ] as const) {
      it(`lets a vertical swipe over the plot scroll the page, ${layout}, with no range change`, async () => {
        const { el, ranges, x, y } = await phone(width);
        expect(el.layout).to.equal(layout);
        await executeServerCommand('touch', { fingers: [[x, y, x + 4, y - 200]] });
        await afterMove(el);
        expect(scrollY).to.be.greaterThan(60);
        expect(ranges).to.have.length(0);
        window.scrollTo(0, 0);
      });
    }

    it('pans with a horizontal one-finger drag, and reports the window once', async () => {
      const { el, ranges, x, y } = await phone(1000);
      $<HTMLButtonElement>(el, '.zoom-in')!.click();
      await afterMove(el);
      ranges.length = 0;
      const before = tickLabels(el).join(' ');
      await executeServerCommand('touch', { fingers: [[x, y, x - 250, y + 6]] });
      await afterMove(el);
      expect(tickLabels(el).join(' ')).to.not.equal(before);
      expect(scrollY).to.equal(0);
      expect(ranges).to.have.length(1);
    });

    it('zooms with a two-finger pinch', async () => {
      const { el, ranges, x, y } = await phone(1000);
      const whole = years(el);
      await executeServerCommand('touch', {
        fingers: [
          [x - 20, y, x - 200, y],
          [x + 20, y, x + 200, y],
        ],
      });
      await afterMove(el);
      const zoomed = years(el);
      expect(zoomed.at(-1)! - zoomed[0]).to.be.below(whole.at(-1)! - whole[0]);
      expect(ranges).to.have.length(1);
    });
  });

  describe('keyboard', () => {
    it('keeps focus on the entry it was on after + and -, and 0 still resets', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      $<SVGGElement>(el, '[part~="entry"][tabindex="0"]')!.focus();
      await sendKeys({ press: 'End' });
      await afterMove(el);
      const last = focusedId(el);
      expect(last).to.not.equal(null);
      for (const key of ['+', '+', '-']) {
        await sendKeys({ press: key });
        await afterMove(el);
        expect(focusedId(el)).to.equal(last);
        expect($$(el, '[part~="entry"][tabindex="0"]')).to.have.length(1);
      }
      const zoomed = tickLabels(el).join(' ');
      await sendKeys({ press: '0' });
      await afterMove(el);
      expect(tickLabels(el).join(' ')).to.not.equal(zoomed);
      expect(focusedId(el)).to.equal(last);
    });
  });

  describe('windows', () => {
    it('shows a window wider than the data exactly: start="1990" end="2025"', async () => {
      const el = await timelineAt(1280, { lang: 'en', start: '1990', end: '2025' });
      expect(drawnCount(el)).to.equal(14);
      const y = years(el);
      expect(y[0]).to.be.at.most(1991);
      expect(y.at(-1)).to.be.at.least(2024);
    });

    it('draws the story inside start="1000" end="3000", on an axis of that window', async () => {
      const el = await timelineAt(1280, { lang: 'en', start: '1000', end: '3000' });
      expect(drawnCount(el)).to.equal(14);
      const y = years(el);
      expect(y[0]).to.be.at.most(1100);
      expect(y.at(-1)).to.be.at.least(2900);
    });

    it('draws the story after zoomTo the widest dates there are, on years 1 to 9999 at most', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      el.zoomTo(new Date(-8.64e15), new Date(8.64e15));
      await afterMove(el);
      expect(drawnCount(el)).to.equal(14);
      const y = years(el);
      expect(y[0]).to.be.at.least(1);
      expect(y.at(-1)).to.be.at.most(9999);
      // The whole timeline again: back to the story.
      el.resetZoom();
      await afterMove(el);
      expect(years(el)[0]).to.be.at.least(1990);
    });

    it('widens start = end to the zoom limit around that day', async () => {
      const el = await timelineAt(1280, { lang: 'en', start: '2022-02-24', end: '2022-02-24' });
      const ranges: TimelineRangeChangeEvent[] = [];
      el.addEventListener('timeline-range-change', (e) => ranges.push(e as TimelineRangeChangeEvent));
      // Zoom out and in again: the button reports the window, which is the one set, in the end.
      $<HTMLButtonElement>(el, '.zoom-out')!.click();
      await afterMove(el);
      $<HTMLButtonElement>(el, '.zoom-in')!.click();
      await afterMove(el);
      const { start, end } = ranges.at(-1)!.detail;
      expect((+end - +start) / DAY).to.be.closeTo(14, 0.5);
      expect((+start + +end) / 2).to.be.closeTo(Date.UTC(2022, 1, 24, 12), DAY / 2);
    });

    it('reports an invalid start or end as an issue, not silence', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const seen = errors(el);
      el.start = '2022-13';
      await settle(el);
      expect(seen).to.have.length(1);
      expect(seen[0].detail.issues[0].path).to.equal('start');
      expect(alertText(el)).to.contain('2022-13');
      el.setAttribute('end', 'soon');
      await settle(el);
      expect(seen.at(-1)!.detail.issues.map((i) => i.path)).to.include('end');
    });
  });

  describe('clusters', () => {
    const pile = Array.from({ length: 41 }, (_, i) => day(`day-${i}`, '2022-02-24'));
    const story = [...pile, day('before', '2021-03-01'), day('after', '2023-03-01')];

    it('opens a cluster of 41 entries on one day into its entries on click', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      el.entries = story;
      await settle(el);
      const cluster = $<SVGGElement>(el, '[part="cluster"]')!;
      // The range is the entries' day, not a day off.
      expect(cluster.getAttribute('aria-label')).to.contain('February 24, 2022');
      expect(cluster.getAttribute('aria-label')).to.not.contain('February 23');
      for (let i = 0; i < 4 && $(el, '[part="cluster"]'); i++) {
        $(el, '[part="cluster"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await afterMove(el);
      }
      expect($$(el, '[part="cluster"]')).to.have.length(0);
      expect(ids(el).filter((id) => id.startsWith('day-'))).to.have.length(41);
    });

    it('opens it by zooming in as far as it goes', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      el.entries = story;
      await settle(el);
      el.zoomTo('2022-02-20', '2022-02-28');
      await afterMove(el);
      expect($$(el, '[part="cluster"]')).to.have.length(0);
      expect(ids(el).filter((id) => id.startsWith('day-'))).to.have.length(41);
    });
  });

  describe('properties set before the element is defined', () => {
    let n = 0;
    /** An element of a tag that is defined only after the page has set its properties. */
    async function early(set: (el: Record<string, unknown>) => void): Promise<BelarusTimeline> {
      const tag = `late-timeline-${n++}`;
      const host = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('lang', 'en');
      set(el as unknown as Record<string, unknown>);
      host.append(el);
      customElements.define(tag, class extends BelarusTimeline {} as unknown as CustomElementConstructor);
      await settle(el as unknown as BelarusTimeline);
      return el as unknown as BelarusTimeline;
    }

    it('applies entries, lanes and heading set before the upgrade, and later sets still work', async () => {
      const el = await early((el) => {
        el.entries = [day('one', '2020-01-01'), day('two', '2021-01-01', 'b')];
        el.lanes = 'a';
        el.heading = 'Early';
      });
      expect(ids(el)).to.deep.equal(['one']);
      expect($(el, '[part="heading"]')!.textContent).to.equal('Early');
      el.entries = [day('three', '2020-01-01')];
      el.lanes = null;
      await settle(el);
      expect(ids(el)).to.deep.equal(['three']);
    });

    it('applies a dataset set before the upgrade where the browser allows it', async () => {
      // HTMLElement's own `dataset` has a getter only: assigning it before the upgrade throws in
      // strict code (README: set it after `customElements.whenDefined`, or use `entries`).
      const plain = document.createElement('late-timeline-none');
      expect(() => ((plain as unknown as Record<string, unknown>).dataset = {})).to.throw(TypeError);
    });
  });

  describe('property types', () => {
    it('reads lanes given as an array, and reports lanes = 5 without throwing', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const rejections: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent) => rejections.push(e.reason);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        (el as unknown as { lanes: unknown }).lanes = ['war', 'belarus'];
        await settle(el);
        const pressed = $$(el, '[part="lane-toggle"][aria-pressed="true"]').map((b) => b.textContent!.trim());
        expect(pressed).to.have.length(2);
        const seen = errors(el);
        (el as unknown as { lanes: unknown }).lanes = 5;
        await settle(el);
        expect(seen.at(-1)!.detail.issues[0].path).to.equal('lanes');
        expect(alertText(el)).to.contain('"5"');
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
      }
      expect(rejections).to.deep.equal([]);
    });

    it('says so when lanes="nope" hides every lane', async () => {
      const el = await timelineAt(1280, { lang: 'en', lanes: 'nope' });
      expect(alertText(el)).to.contain('"nope"');
    });

    it('reads orientation="diagonal" as auto', async () => {
      const narrow = await timelineAt(400, { orientation: 'diagonal' });
      expect(narrow.layout).to.equal('vertical');
      const wide = await timelineAt(1000, { orientation: 'diagonal' });
      expect(wide.layout).to.equal('horizontal');
    });
  });

  describe('each element owns its story', () => {
    it('hands out a dataset that cannot change the built-in story or another element', async () => {
      const a = await timelineAt(1000, { lang: 'en' });
      const intruder = day('intruder', '2022-01-01', 'war');
      try {
        a.dataset.title = 'X';
      } catch {
        // Frozen: strict code throws, which is fine.
      }
      try {
        a.dataset.entries.push(intruder);
      } catch {
        // As above.
      }
      const b = await timelineAt(1000, { lang: 'en' });
      expect($(b, '[part="heading"]')!.textContent).to.not.equal('X');
      expect(ids(b)).to.not.include('intruder');
      expect(b.dataset.entries).to.have.length(14);
    });

    it("hands out a page's own story frozen too: from dataset, entries and timeline-select", async () => {
      const el = await timelineAt(1000, { lang: 'en' });
      el.dataset = {
        title: 'Own',
        asOf: '2022',
        lanes: [{ id: 'a', label: 'A' }],
        entries: [day('one', '2020-01-01'), day('two', '2021-01-01')],
      };
      await settle(el);
      const selected = new Promise<TimelineSelectEvent>((resolve) =>
        el.addEventListener('timeline-select', (e) => resolve(e as TimelineSelectEvent), { once: true }),
      );
      await userClick(el, 'one');
      const { entry } = (await selected).detail;
      expect(entry?.id).to.equal('one');
      expect(Object.isFrozen(entry)).to.equal(true);
      for (const change of [
        () => Object.assign(entry!, { title: 'Changed' }),
        () => el.entries.push(day('three', '2022-01-01')),
        () => Object.assign(el.dataset.entries[1], { title: 'Changed' }),
        () => Object.assign(el.dataset.lanes[0], { label: 'Changed' }),
      ])
        expect(change).to.throw(TypeError);
      el.requestUpdate();
      await settle(el);
      expect(ids(el)).to.deep.equal(['one', 'two']);
      expect(
        $$(el, '[part~="entry"]')
          .map((g) => g.getAttribute('aria-label'))
          .join(' '),
      ).to.not.contain('Changed');
    });
  });
});
