import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TimelineRangeChangeEvent } from '../../src/events.js';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { $, afterMove, settle, tickLabels, timelineAt, wheel } from './helpers.js';

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

  it('is there in the next frame under reduced motion', async function () {
    const emulated = await executeServerCommand('emulate-media-features', [
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    if (!emulated) this.skip();
    try {
      const el = await timelineAt(1280, { lang: 'en' });
      el.zoomTo('2022-02', '2022-10');
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(tickLabels(el)[0]).to.equal('Feb 2022');
    } finally {
      await executeServerCommand('emulate-media-features', []);
    }
  });

  it('keeps d3’s transform in step: zoom, gaps="none", then Ctrl + wheel stays near the whole story', async () => {
    const el = await timelineAt(1280, { lang: 'en' });
    $<HTMLButtonElement>(el, '.zoom-in')!.click();
    await afterMove(el);
    $<HTMLButtonElement>(el, '.zoom-in')!.click();
    await afterMove(el);
    el.gaps = 'none';
    await settle(el);
    const whole = tickLabels(el);
    expect(whole).to.include('2010');
    const events: TimelineRangeChangeEvent[] = [];
    el.addEventListener('timeline-range-change', (e) => events.push(e as TimelineRangeChangeEvent));
    wheel(el, { deltaY: -2, ctrlKey: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await settle(el);
    const { start, end } = events.at(-1)!.detail;
    // One small step in: still about 1993–2023, not the old 4× window.
    expect(+end - +start).to.be.greaterThan(25 * 365 * DAY);
  });
});
