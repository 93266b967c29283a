/** Shared by the adversarial tests (`hostile.test.ts`, `hostile-states.test.ts`). */
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import type { TimelineErrorEvent } from '../../src/events.js';
import type { TimelineEntry } from '../../src/data/types.js';
import { $, $$, tickLabels } from './helpers.js';

export const DAY = 864e5;
export const ids = (el: BelarusTimeline) => $$<SVGGElement>(el, '[part~="entry"]').map((g) => g.dataset.id!);
/** Entries drawn on their own plus those counted in clusters. */
export const drawnCount = (el: BelarusTimeline) =>
  ids(el).length + $$<SVGGElement>(el, '[part="cluster"]').reduce((n, c) => n + Number(c.dataset.count), 0);
export const alertText = (el: BelarusTimeline) =>
  $(el, '[part="error"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
/** The years the axis names. */
export const years = (el: BelarusTimeline) =>
  tickLabels(el)
    .map((t) => Number(t.match(/-?\d+$/)?.[0]))
    .filter((y) => !Number.isNaN(y));
export const focusedId = (el: BelarusTimeline) =>
  (el.shadowRoot!.activeElement as SVGElement | null)?.closest<SVGElement>('.entry')?.dataset.id ?? null;
/** The `timeline-error` events from now on. */
export const errors = (el: BelarusTimeline) => {
  const seen: TimelineErrorEvent[] = [];
  el.addEventListener('timeline-error', (e) => seen.push(e as TimelineErrorEvent));
  return seen;
};
export const day = (id: string, date: string, lane = 'a'): TimelineEntry => ({
  id,
  date,
  lane,
  title: `Entry ${id}`,
});
