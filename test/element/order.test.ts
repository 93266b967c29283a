import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { belarusStory } from '../../src/data/index.js';
import { entrySpan } from '../../src/dates/partial-date.js';
import { $$, afterMove, entryMark, settle, timelineAt } from './helpers.js';

/** The built-in entries in date order (stable for equal starts). */
const dateOrder = belarusStory.entries
  .map((entry, i) => ({ entry, i, from: +entrySpan(entry, belarusStory.asOf)!.from }))
  .sort((a, b) => a.from - b.from || a.i - b.i)
  .map((x) => x.entry.id);

const focusedId = (el: BelarusTimeline) =>
  (el.shadowRoot!.activeElement as SVGElement | null)?.dataset?.id ?? null;

/** Where an entry's mark starts on screen, along y (vertical layout): its dot, else its lower end. */
function markY(el: BelarusTimeline, id: string): number {
  const track = $$<SVGGElement>(el, '.track-mark').find((g) => g.dataset.id === id)!;
  const dot = track.querySelector('circle.dot');
  if (dot) return Number(dot.getAttribute('cy'));
  const rects = [...track.querySelectorAll('rect')].map(
    (r) => Number(r.getAttribute('y')) + Number(r.getAttribute('height')),
  );
  return Math.max(...rects);
}

/** Each tick label's text and y (vertical layout). */
const ticks = (el: BelarusTimeline) =>
  new Map($$(el, '[part="axis"] text.tick').map((t) => [t.textContent!.trim(), Number(t.getAttribute('y'))]));

describe('<belarus-timeline> order', () => {
  it('passes an accessibility audit newest first, vertical with a selection and as a list', async () => {
    const narrow = await timelineAt(375, { order: 'newest-first', selected: 'joint-troop-buildup' });
    await expect(narrow).to.be.accessible();
    const list = await timelineAt(1000, { order: 'newest-first', view: 'list' });
    await expect(list).to.be.accessible();
  });

  it('is a reflected attribute and property, oldest-first by default', async () => {
    const el = await timelineAt(1000);
    expect(el.order).to.equal('oldest-first');
    el.order = 'newest-first';
    await el.updateComplete;
    expect(el.getAttribute('order')).to.equal('newest-first');
  });

  it('lists the entries in date order, or newest first', async () => {
    const el = await timelineAt(1000, { view: 'list' });
    const ids = () => $$<HTMLElement>(el, '[part="list"] > li').map((li) => li.dataset.id);
    expect(ids()).to.deep.equal(dateOrder);
    el.order = 'newest-first';
    await settle(el);
    expect(ids()).to.deep.equal([...dateOrder].reverse());
  });

  it('prints newest first too (print shows the list)', async () => {
    const el = await timelineAt(1000, { order: 'newest-first' });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    try {
      const ids = $$<HTMLElement>(el, '[part="list"] > li').map((li) => li.dataset.id);
      expect(ids).to.deep.equal([...dateOrder].reverse());
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('runs time up in the vertical layout: the newest on top, first in the DOM', async () => {
    const el = await timelineAt(375, { order: 'newest-first' });
    expect(el.layout).to.equal('vertical');
    const marks = $$<SVGGElement>(el, '[part~="entry"]');
    expect(marks[0].dataset.id).to.equal(dateOrder.at(-1));
    // Text blocks go down from the newest.
    const tops = marks.map((g) => g.getBoundingClientRect().top);
    expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    // Marks go up with time (day-precision points on the same day may share a y).
    const ys = dateOrder.map((id) => markY(el, id));
    for (let i = 1; i < ys.length; i++) expect(ys[i]).to.be.at.most(ys[i - 1] + 0.5);
    expect(ys.at(-1)).to.be.lessThan(ys[0]);
  });

  it('keeps the horizontal axis left to right', async () => {
    const el = await timelineAt(1280, { order: 'newest-first' });
    const x = (id: string) => entryMark(el, id)!.getBoundingClientRect().left;
    expect(x(dateOrder[0])).to.be.lessThan(x(dateOrder.at(-1)!));
  });

  it('steps with Up and Down as the eye sees: Down goes to the entry below, an older one', async () => {
    const el = await timelineAt(375, { order: 'newest-first', lang: 'en' });
    entryMark(el, dateOrder.at(-1)!)!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal(dateOrder.at(-2));
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(focusedId(el)).to.equal(dateOrder.at(-1));
  });

  it('shows exactly the window zoomTo asks for: the mirror image of oldest first', async () => {
    const down = await timelineAt(375);
    const up = await timelineAt(375, { order: 'newest-first' });
    for (const el of [down, up]) {
      el.zoomTo('2020-06', '2022-10');
      await afterMove(el);
    }
    const a = ticks(down);
    const b = ticks(up);
    const shared = [...a.keys()].filter((k) => b.has(k));
    expect(shared.length).to.be.greaterThan(2);
    // Tick labels sit 4 px under their tick, so y_up + y_down = top + bottom + 8 for every tick.
    const sums = shared.map((k) => a.get(k)! + b.get(k)!);
    for (const s of sums) expect(s).to.be.closeTo(sums[0], 0.01);
    const drawn = (el: BelarusTimeline) =>
      $$<SVGGElement>(el, '[part~="entry"]')
        .map((g) => g.dataset.id)
        .sort();
    expect(drawn(up)).to.deep.equal(drawn(down));
  });
});
