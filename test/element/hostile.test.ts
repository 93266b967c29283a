/**
 * The adversarial cases (issue 11, SPEC §6.6): what a phone, a careless CMS editor, a hostile
 * dataset or a flaky network did to the first edition. Each stays here so that it stays fixed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { BelarusTimeline } from '../../src/belarus-timeline.js';
import type { TimelineErrorEvent, TimelineRangeChangeEvent } from '../../src/events.js';
import type { TimelineEntry } from '../../src/data/types.js';
import { $, $$, afterMove, entryMark, settle, tickLabels, timelineAt, wheel } from './helpers.js';

const DAY = 864e5;
const ids = (el: BelarusTimeline) => $$<SVGGElement>(el, '[part~="entry"]').map((g) => g.dataset.id!);
/** Entries drawn on their own plus those counted in clusters. */
const drawnCount = (el: BelarusTimeline) =>
  ids(el).length + $$<SVGGElement>(el, '[part="cluster"]').reduce((n, c) => n + Number(c.dataset.count), 0);
const alertText = (el: BelarusTimeline) => $(el, '[part="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const years = (el: BelarusTimeline) =>
  tickLabels(el)
    .map((t) => Number(t.match(/-?\d+$/)?.[0]))
    .filter((y) => !Number.isNaN(y));
const focusedId = (el: BelarusTimeline) =>
  (el.shadowRoot!.activeElement as SVGElement | null)?.closest<SVGElement>('.entry')?.dataset.id ?? null;
const errors = (el: BelarusTimeline) => {
  const seen: TimelineErrorEvent[] = [];
  el.addEventListener('timeline-error', (e) => seen.push(e as TimelineErrorEvent));
  return seen;
};
const day = (id: string, date: string, lane = 'a'): TimelineEntry => ({
  id,
  date,
  lane,
  title: `Entry ${id}`,
});

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
});
