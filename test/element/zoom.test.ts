import { expect } from '@open-wc/testing';
import type { TimelineRangeChangeEvent } from '../../src/events.js';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { $, afterMove, settle, tickLabels, timelineAt } from './helpers.js';

const DAY = 864e5;

/** The window the element reports once the user's move `act` has settled. */
async function windowAfter(el: BelarusTimeline, act: () => void): Promise<{ start: Date; end: Date }> {
  const events: TimelineRangeChangeEvent[] = [];
  el.addEventListener('timeline-range-change', (e) => events.push(e as TimelineRangeChangeEvent));
  act();
  await afterMove(el);
  return events.at(-1)!.detail;
}

describe('<belarus-timeline> animated moves and the one zoom transform', () => {
  it('moves zoomTo over several frames and ends exactly on the asked window', async () => {
    const el = await timelineAt(1280, { lang: 'en' });
    const seen = new Set<string>();
    el.zoomTo('2022-02', '2022-10');
    const started = performance.now();
    while (performance.now() - started < 450) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      seen.add(tickLabels(el).join(' '));
    }
    await settle(el);
    expect(seen.size).to.be.greaterThan(2);
    // Asked: 1 February to the end of October 2022. The button's range event tells the window.
    const { start, end } = await windowAfter(el, () => $<HTMLButtonElement>(el, '.zoom-in')!.click());
    const mid = (Date.UTC(2022, 1, 1) + Date.UTC(2022, 10, 1)) / 2;
    expect(Math.abs((+start + +end) / 2 - mid)).to.be.below(DAY);
    expect(+end - +start).to.be.closeTo((Date.UTC(2022, 10, 1) - Date.UTC(2022, 1, 1)) / 2, DAY);
  });
});
