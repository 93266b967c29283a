import { expect } from '@open-wc/testing';
import type { TimelineRangeChangeEvent } from '../../src/events.js';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { MIN_WINDOW } from '../../src/view/frame.js';
import { $, afterMove, entryMark, settle, tickLabels, timelineAt, wheel } from './helpers.js';

const DAY = 864e5;

/** Every window the element reports from now on (the user's moves). */
function windows(el: BelarusTimeline): { start: Date; end: Date }[] {
  const seen: { start: Date; end: Date }[] = [];
  el.addEventListener('timeline-range-change', (e) => seen.push((e as TimelineRangeChangeEvent).detail));
  return seen;
}

describe('<belarus-timeline> zoom limits', () => {
  it('zooms in, never out, on Zoom in after zoomTo a window narrower than the limit', async () => {
    const el = await timelineAt(1280, { lang: 'en' });
    el.zoomTo('2022-02-24', '2022-02-24');
    await afterMove(el);
    // A window of days has a tick per day over the same pixels: more ticks, a wider window.
    const before = tickLabels(el);
    $<HTMLButtonElement>(el, '.zoom-in')!.click();
    await afterMove(el);
    const after = tickLabels(el);
    expect(after.length, `before: ${before.join(', ')}; after: ${after.join(', ')}`).to.be.at.most(
      before.length,
    );
  });

  it('shows the story’s edge, not an empty axis, for a window outside the story', async () => {
    const el = await timelineAt(1280, { lang: 'en' });
    el.zoomTo('1900', '1950');
    await afterMove(el);
    expect(tickLabels(el).length).to.be.greaterThan(0);
  });

  for (const gaps of ['auto', 'none']) {
    it(`zooms in no narrower than ${MIN_WINDOW / DAY} days (gaps="${gaps}")`, async () => {
      const el = await timelineAt(1280, { lang: 'en', gaps });
      const seen = windows(el);
      // Over 2022, the stretch that gets the most room with gaps="auto": there the limit is exact
      // (elsewhere a year gets less room, so the same zoom shows more days).
      const mark = entryMark(el, 'war-in-ukraine')!.querySelector('.solid')!.getBoundingClientRect();
      wheel(el, { deltaY: -20000, ctrlKey: true, clientX: mark.left + 2 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await settle(el);
      const { start, end } = seen.at(-1)!;
      expect((+end - +start) / DAY).to.be.closeTo(MIN_WINDOW / DAY, 0.5);
    });
  }
});
