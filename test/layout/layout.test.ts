import { expect } from '@open-wc/testing';
import { belarusStory, localize, type Lang } from '../../src/data/index.js';
import { formatEntryDate } from '../../src/dates/format.js';
import { entrySpan } from '../../src/dates/partial-date.js';
import {
  H,
  V,
  layoutHorizontal,
  layoutVertical,
  type Box,
  type Layout,
  type LayoutEntry,
  type Measure,
} from '../../src/layout/layout.js';
import { scaleUtc } from 'd3-scale';

const scaleTime = (domain: (Date | number)[], range: number[]) => scaleUtc(domain, range);

const DAY = 86_400_000;
/** The element's margin left and right of the horizontal plot. */
const SIDE = 16;
const EPS = 1e-9;

/** A monospace stand-in for canvas measuring. */
const measure: Measure = (text, style) => text.length * (style === 'label' ? 7.5 : 6);

/** The dataset as the element hands it to the layout: date order, stable, lanes as indices. */
function layoutEntries(lang: Lang): LayoutEntry[] {
  const { lanes, entries, asOf } = belarusStory;
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  return entries
    .map((entry) => {
      const span = entrySpan(entry, asOf);
      const lane = laneIndex.get(entry.lane);
      if (!span || lane === undefined) throw new Error(`the built-in entry ${entry.id} does not lay out`);
      return {
        id: entry.id,
        lane,
        span,
        title: localize(entry.title, lang),
        meta: `${formatEntryDate(entry, lang)} · ${localize(lanes[lane].label, lang)}`,
      };
    })
    .sort((p, q) => +p.span.from - +q.span.from);
}

/** The whole story with a margin, as the element's initial (unzoomed) domain. */
function extent(items: readonly LayoutEntry[]): [number, number] {
  const from = Math.min(...items.map((item) => +item.span!.from));
  const to = Math.max(...items.map((item) => +item.span!.to));
  const pad = Math.max(30 * DAY, (to - from) * 0.03);
  return [from - pad, to + pad];
}

const overlaps = (p: Box, q: Box) =>
  p.x < q.x + q.width - EPS &&
  q.x < p.x + p.width - EPS &&
  p.y < q.y + q.height - EPS &&
  q.y < p.y + p.height - EPS;

function expectEachPlacedOnce(layout: Layout, ids: readonly string[]) {
  const placed = layout.entries.map((e) => e.id);
  expect(new Set(placed).size, 'an entry placed twice').to.equal(placed.length);
  expect([...placed].sort()).to.deep.equal([...ids].sort());
}

function expectNoHitOverlap(layout: Layout) {
  const { entries } = layout;
  for (let i = 0; i < entries.length; i++) {
    expect(entries[i].hit.width, entries[i].id).to.be.greaterThan(0);
    expect(entries[i].hit.height, entries[i].id).to.be.greaterThan(0);
    for (let j = i + 1; j < entries.length; j++) {
      const [p, q] = [entries[i], entries[j]];
      expect(overlaps(p.hit, q.hit), `${p.id} ${JSON.stringify(p.hit)} and ${q.id} ${JSON.stringify(q.hit)}`)
        .to.be.false;
    }
  }
}

function expectHeightCoversHits(layout: Layout) {
  for (const { id, hit } of layout.entries) {
    expect(hit.y, id).to.be.at.least(0);
    expect(hit.y + hit.height, id).to.be.at.most(layout.height + EPS);
  }
}

/** Everything a horizontal layout promises, whatever the width or zoom. */
function expectHorizontal(layout: Layout, items: readonly LayoutEntry[], range: readonly [number, number]) {
  expectNoHitOverlap(layout);
  expectHeightCoversHits(layout);
  const laneOf = new Map(items.map((item) => [item.id, item.lane]));

  // Lanes: one band each, in dataset order, stacked top to bottom below the axis.
  expect(layout.lanes.map((band) => band.lane)).to.deep.equal(belarusStory.lanes.map((_, i) => i));
  expect(layout.lanes[0].y).to.be.at.least(H.axis);
  for (let i = 0; i + 1 < layout.lanes.length; i++) {
    const [band, next] = [layout.lanes[i], layout.lanes[i + 1]];
    expect(band.height).to.be.greaterThan(0);
    expect(next.y, `lane ${i + 1} starts inside lane ${i}`).to.be.at.least(band.y + band.height);
  }
  const last = layout.lanes[layout.lanes.length - 1];
  expect(layout.height).to.be.at.least(last.y + last.height);

  const extents = layout.entries.map((entry) => {
    const { id, lane, mark, label, hit, cross } = entry;
    expect(lane, id).to.equal(laneOf.get(id));
    expect(label.lines, id).to.have.length(1);
    expect(label.lines[0].length, id).to.be.greaterThan(0);
    const labelEnd = label.x + measure(label.lines[0], 'label');
    expect(label.x, `${id}'s label starts before the plot`).to.be.at.least(range[0] - EPS);
    expect(labelEnd, `${id}'s label runs past the plot`).to.be.at.most(range[1] + EPS);

    // Mark and label sit in their lane's band, the label under the mark, both inside the hit box.
    const band = layout.lanes.find((b) => b.lane === lane)!;
    expect(hit.y, id).to.be.at.least(band.y);
    expect(hit.y + hit.height, id).to.be.at.most(band.y + band.height + EPS);
    expect(cross, id).to.be.within(hit.y, hit.y + hit.height);
    expect(label.y, id).to.be.greaterThan(cross + H.markHeight / 2);
    expect(label.y, id).to.be.at.most(hit.y + hit.height);
    const a = Math.min(mark.a, label.x);
    const b = Math.max(mark.b, labelEnd);
    expect(hit.x, id).to.be.at.most(a + EPS);
    expect(hit.x + hit.width, id).to.be.at.least(b - EPS);
    return { id, lane, cross, a, b };
  });

  // Within one lane and row, nothing touches: mark or label.
  for (let i = 0; i < extents.length; i++) {
    for (let j = i + 1; j < extents.length; j++) {
      const [p, q] = [extents[i], extents[j]];
      if (p.lane !== q.lane || Math.abs(p.cross - q.cross) > EPS) continue;
      const apart = p.b <= q.a || q.b <= p.a;
      expect(apart, `${p.id} [${p.a}, ${p.b}] and ${q.id} [${q.a}, ${q.b}] share a row`).to.be.true;
    }
  }
}

/** Everything a vertical layout promises. */
function expectVertical(
  layout: Layout,
  items: readonly LayoutEntry[],
  range: readonly [number, number],
  width: number,
) {
  expectNoHitOverlap(layout);
  expectHeightCoversHits(layout);
  expect(layout.lanes).to.deep.equal([]);
  expect(layout.height).to.be.at.least(range[1]);

  // Blocks come in date order, top to bottom.
  const order = items.map((item) => item.id).filter((id) => layout.entries.some((e) => e.id === id));
  expect(layout.entries.map((e) => e.id)).to.deep.equal(order);

  let previousBottom = -Infinity;
  for (const { id, mark, label, hit, leader, cross } of layout.entries) {
    const top = hit.y + 3;
    const blockWidth = hit.width - 4;
    expect(top, `${id}'s block overlaps the one above`).to.be.at.least(previousBottom);
    previousBottom = hit.y + hit.height;
    expect(hit.x + hit.width, id).to.be.at.most(width + EPS);
    expect(label.x, id).to.be.greaterThan(hit.x);

    // Text fits its block and is not cut more than the layout allows.
    expect(label.lines.length, id).to.be.within(1, 3);
    expect(label.meta.length, id).to.be.within(1, 2);
    for (const line of label.lines) expect(measure(line, 'label'), line).to.be.at.most(blockWidth - 14);
    for (const line of label.meta) expect(measure(line, 'meta'), line).to.be.at.most(blockWidth - 14);
    expect(label.y, id).to.be.within(top, hit.y + hit.height);

    // The leader runs from the mark, at its place in time, to the block, which is never above it.
    expect(leader, id).not.to.equal(null);
    const [x1, anchor, x2, y2] = leader!;
    expect(x1, id).to.be.greaterThan(cross);
    expect(x1, id).to.be.lessThan(x2);
    expect(x2, id).to.equal(hit.x);
    expect(anchor, id).to.be.at.least(range[0]);
    expect(anchor, id).to.be.within(Math.max(range[0], mark.a) - EPS, mark.b + EPS);
    expect(top, `${id}'s block starts above its mark`).to.be.at.least(anchor - 8 - EPS);
    expect(y2, id).to.be.within(top, hit.y + hit.height);
  }

  // Marks sit left of every block, and marks in one track never overlap.
  const blockLeft = Math.min(...layout.entries.map((e) => e.hit.x));
  for (let i = 0; i < layout.entries.length; i++) {
    const p = layout.entries[i];
    expect(p.cross + V.trackWidth / 2, p.id).to.be.at.most(blockLeft);
    for (let j = i + 1; j < layout.entries.length; j++) {
      const q = layout.entries[j];
      if (Math.abs(p.cross - q.cross) > EPS) continue;
      const apart = p.mark.b <= q.mark.a || q.mark.b <= p.mark.a;
      expect(apart, `${p.id} and ${q.id} share a track`).to.be.true;
    }
  }
}

describe('layoutHorizontal', () => {
  for (const lang of ['en', 'nl'] as const) {
    for (const width of [1280, 800]) {
      it(`places every entry once, with nothing overlapping, at ${width}px (${lang})`, () => {
        const items = layoutEntries(lang);
        const range = [SIDE, width - SIDE] as const;
        const x = scaleTime(extent(items), [...range]);
        const layout = layoutHorizontal(items, belarusStory.lanes.length, x, range, width, measure);
        expectEachPlacedOnce(
          layout,
          belarusStory.entries.map((e) => e.id),
        );
        expect(layout.width).to.equal(width);
        expectHorizontal(layout, items, range);
      });
    }
  }

  it('leaves out entries outside a zoomed window and keeps the rest on screen', () => {
    const items = layoutEntries('en');
    const width = 1280;
    const range = [SIDE, width - SIDE] as const;
    const window = [Date.UTC(2022, 0, 1), Date.UTC(2022, 10, 1)] as const;
    const x = scaleTime([...window], [...range]);
    const layout = layoutHorizontal(items, belarusStory.lanes.length, x, range, width, measure);

    const inside = items.filter((item) => +item.span!.to > window[0] && +item.span!.from < window[1]);
    const outside = items.filter((item) => !inside.includes(item));
    // Both kinds exist, or the test would prove nothing.
    expect(outside.map((item) => item.id)).to.include.members(['kremlin-dream-ends', 'election-2020']);
    expect(inside.map((item) => item.id)).to.include.members([
      'lukashenko-presidency',
      'joint-troop-buildup',
    ]);
    expectEachPlacedOnce(
      layout,
      inside.map((item) => item.id),
    );
    expectHorizontal(layout, items, range);
  });

  it('gives a lane without visible entries an empty band, and drops entries of unknown lanes', () => {
    const items = layoutEntries('en');
    const range = [SIDE, 1280 - SIDE] as const;
    const x = scaleTime(extent(items), [...range]);
    const onlyBelarus = items.filter((item) => item.lane === 0);
    const stray = { ...items[0], id: 'stray', lane: 7 };
    const layout = layoutHorizontal([...onlyBelarus, stray], 4, x, range, 1280, measure);
    expectEachPlacedOnce(
      layout,
      onlyBelarus.map((item) => item.id),
    );
    expect(layout.lanes).to.have.length(4);
    for (const band of layout.lanes.slice(1)) expect(band.height).to.equal(H.laneHeader + H.row);
  });
});

describe('layoutVertical', () => {
  /** The element's vertical time range: a length that fits the entries. */
  const verticalRange = (count: number) =>
    [V.top, V.top + Math.min(1600, Math.max(440, count * 46))] as const;

  for (const lang of ['en', 'nl'] as const) {
    it(`places every entry once, in date order, with nothing overlapping, at 375px (${lang})`, () => {
      const items = layoutEntries(lang);
      const width = 375;
      const range = verticalRange(items.length);
      const y = scaleTime(extent(items), [...range]);
      const layout = layoutVertical(items, y, range, width, measure);
      expectEachPlacedOnce(
        layout,
        belarusStory.entries.map((e) => e.id),
      );
      expect(layout.width).to.equal(width);
      expectVertical(layout, items, range, width);
    });
  }

  it('runs time up (newest first): blocks go down from the newest, leaders in the same order', () => {
    const items = layoutEntries('nl');
    const range = verticalRange(items.length);
    // The element's mirrored base scale: the oldest time at the bottom.
    const y = scaleTime(extent(items), [range[1], range[0]]);
    const layout = layoutVertical(items, y, range, 375, measure, false, true);
    expectVertical(layout, [...items].reverse(), range, 375);
    const anchors = layout.entries.map((e) => e.leader![1]);
    expect(anchors).to.deep.equal([...anchors].sort((a, b) => a - b));
    // An ongoing period's open end points up, at its top.
    const presidency = layout.entries.find((e) => e.id === 'lukashenko-presidency')!;
    expect(presidency.mark.openEnd).to.be.closeTo(presidency.mark.a + 10, 1e-6);
  });

  it('leaves out entries outside a zoomed window', () => {
    const items = layoutEntries('en');
    const range = verticalRange(items.length);
    const window = [Date.UTC(2022, 0, 1), Date.UTC(2022, 10, 1)] as const;
    const y = scaleTime([...window], [...range]);
    const layout = layoutVertical(items, y, range, 375, measure);
    const inside = items.filter((item) => +item.span!.to > window[0] && +item.span!.from < window[1]);
    expect(inside.length).to.be.lessThan(items.length);
    expectEachPlacedOnce(
      layout,
      inside.map((item) => item.id),
    );
    expectVertical(layout, items, range, 375);
  });
});
