import { expect } from '@open-wc/testing';
import { zoomIdentity } from 'd3-zoom';
import type { Gap } from '../../src/scale/gaps.js';
import { scalePiecewise, type PiecewiseScale } from '../../src/scale/piecewise-scale.js';
import { scaleTime } from '../../src/scale/time-scale.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

/** The story's shape: 1993 → 2023 with 2002-07 → 2019-07 compressed. */
const GAP: Gap = { start: utc(2002, 7), end: utc(2019, 7), from: utc(2001), to: utc(2020) };
const story = () => scalePiecewise([utc(1993), utc(2023)], [0, 1000], [GAP]);

/** Every `step` ms from `a` to `b`, both included. */
const times = (a: number, b: number, n = 200) =>
  Array.from({ length: n + 1 }, (_, i) => a + Math.round(((b - a) * i) / n));

const finite = (x: PiecewiseScale, ts: number[]) =>
  ts.every((t) => Number.isFinite(x(t))) &&
  [-50, 0, 13.5, 500, 1000, 2000].every((px) => Number.isFinite(+x.invert(px)));

describe('scalePiecewise', () => {
  it('gives each break its width and the segments one shared, linear scale', () => {
    const x = story();
    expect(x(utc(1993))).to.equal(0);
    expect(x(utc(2023))).to.equal(1000);
    expect(x(GAP.end) - x(GAP.start)).to.be.closeTo(28, 1e-9);
    // 1993 → 2002-07 and 2019-07 → 2023 share the 972 px left, by duration.
    const perMs = 972 / (utc(2023) - utc(1993) - (GAP.end - GAP.start));
    expect(x(GAP.start)).to.be.closeTo((GAP.start - utc(1993)) * perMs, 1e-9);
    expect(x(utc(2000)) - x(utc(1995))).to.be.closeTo((utc(2000) - utc(1995)) * perMs, 1e-9);
    expect(x(utc(2022, 10)) - x(utc(2022, 2))).to.be.closeTo((utc(2022, 10) - utc(2022, 2)) * perMs, 1e-9);
    // Inside the gap, time runs linearly across the break.
    expect(x((GAP.start + GAP.end) / 2)).to.be.closeTo(x(GAP.start) + 14, 1e-9);
  });

  it('keeps breaks their width at any range, and never lets them take over half of it', () => {
    for (const width of [300, 640, 1600]) {
      const x = scalePiecewise([utc(1993), utc(2023)], [20, 20 + width], [GAP], { breakWidth: 40 });
      expect(x(GAP.end) - x(GAP.start)).to.be.closeTo(40, 1e-9);
      expect(
        story()
          .range([20, 20 + width])
          .breaks()[0]
          .px.reduce((a, b) => b - a),
      ).to.be.closeTo(28, 1e-9);
    }
    const narrow = scalePiecewise([utc(1993), utc(2023)], [0, 40], [GAP]);
    expect(narrow(GAP.end) - narrow(GAP.start)).to.be.closeTo(20, 1e-9);
  });

  it('round-trips: invert(scale(t)) is t, in segments and in breaks', () => {
    for (const x of [
      story(),
      story().range([1234.5, 37]),
      scalePiecewise([utc(2023), utc(1993)], [0, 900], [GAP]),
    ]) {
      for (const t of [...times(utc(1990), utc(2026), 997), GAP.start, GAP.end, GAP.start - 1, GAP.end + 1]) {
        expect(+x.invert(x(t))).to.equal(t);
      }
    }
  });

  it('is monotonic and continuous across break edges', () => {
    const x = story();
    const px = times(utc(1990), utc(2026), 5000).map((t) => x(t));
    expect(px.every((p, i) => i === 0 || p > px[i - 1])).to.equal(true);
    for (const edge of [GAP.start, GAP.end]) {
      expect(x(edge + 1) - x(edge - 1)).to.be.within(0, 1e-6);
    }
    const reversed = story().range([1000, 0]);
    expect(reversed(utc(1993))).to.equal(1000);
    const back = times(utc(1990), utc(2026), 500).map((t) => reversed(t));
    expect(back.every((p, i) => i === 0 || p < back[i - 1])).to.equal(true);
  });

  it('inverts at and inside breaks', () => {
    const x = story();
    const [a, b] = x.breaks()[0].px;
    expect(+x.invert(a)).to.equal(GAP.start);
    expect(+x.invert(b)).to.equal(GAP.end);
    expect(+x.invert((a + b) / 2)).to.be.closeTo((GAP.start + GAP.end) / 2, 1);
    expect(+x.invert(a + 7)).to.be.closeTo(GAP.start + (GAP.end - GAP.start) / 4, 1);
  });

  it('extrapolates past the domain at the segments’ scale', () => {
    const x = scalePiecewise([utc(1993), utc(2023)], [0, 1000], [{ start: utc(2010), end: utc(2023) }]);
    const perMs = 972 / (utc(2010) - utc(1993));
    expect(x(utc(2024)) - 1000).to.be.closeTo((utc(2024) - utc(2023)) * perMs, 1e-9);
    expect(x(utc(1992))).to.be.closeTo(-(utc(1993) - utc(1992)) * perMs, 1e-9);
    expect(+x.invert(x(utc(2030)))).to.equal(utc(2030));
    expect(+x.invert(x(utc(1950)))).to.equal(utc(1950));
  });

  it('ticks inside segments only, each with its share of the count', () => {
    const x = story();
    const ticks = x.ticks(10);
    expect(ticks.length).to.be.greaterThan(4);
    expect(ticks.some((t) => +t > GAP.start && +t < GAP.end)).to.equal(false);
    expect(ticks.every((t, i) => i === 0 || +t > +ticks[i - 1])).to.equal(true);
    expect(ticks.filter((t) => +t <= GAP.start).length).to.be.greaterThan(
      ticks.filter((t) => +t >= GAP.end).length,
    );
    expect(ticks.some((t) => +t >= GAP.end)).to.equal(true);
    // Zoomed into the break's right edge.
    const zoomed = zoomIdentity.translate(-6000, 0).scale(8).rescaleX(x);
    const near = zoomed.ticks(10);
    expect(near.length).to.be.greaterThan(0);
    expect(near.some((t) => +t > GAP.start && +t < GAP.end)).to.equal(false);
    const [d0, d1] = zoomed.domain().map(Number);
    expect(near.every((t) => +t >= d0 && +t <= d1)).to.equal(true);
    // A window wholly inside a gap has nothing to tick.
    expect(
      x
        .copy()
        .domain([utc(2005), utc(2015)])
        .ticks(10),
    ).to.deep.equal([]);
    expect(
      story()
        .domain([utc(2023), utc(1993)])
        .ticks(10)
        .map(Number),
    ).to.deep.equal(ticks.map(Number).reverse());
  });

  it('lists the visible breaks with their pixels', () => {
    const x = scalePiecewise(
      [utc(1900), utc(2000)],
      [0, 1000],
      [
        { start: utc(1960), end: utc(1980) },
        { start: utc(1910), end: utc(1930) },
      ],
    );
    const breaks = x.breaks();
    expect(breaks.map((b) => b.start)).to.deep.equal([utc(1910), utc(1960)]);
    expect(breaks.map((b) => b.px[1] - b.px[0]).every((w) => Math.abs(w - 28) < 1e-9)).to.equal(true);
    expect(breaks[0].px[0]).to.equal(x(utc(1910)));
    const right = x.copy().domain([utc(1940), utc(2000)]);
    expect(right.breaks().map((b) => b.start)).to.deep.equal([utc(1960)]);
    expect(right.gaps()).to.have.length(2);
    expect(
      x
        .copy()
        .domain([utc(1930), utc(1960)])
        .breaks(),
    ).to.deep.equal([]);
  });

  it('rescales under d3-zoom exactly as k × base(t) + x, breaks included', () => {
    const base = story();
    const transforms = [
      zoomIdentity,
      zoomIdentity.translate(-500, 0).scale(2),
      zoomIdentity.translate(-3000, 0).scale(4),
      zoomIdentity.translate(-6000, 0).scale(8), // starts inside the break
      zoomIdentity.translate(-46000, 0).scale(50),
      zoomIdentity.translate(-1e7, 0).scale(1e4),
    ];
    for (const t of transforms) {
      const zoomed: PiecewiseScale = t.rescaleX(base);
      expect(zoomed.range()).to.deep.equal([0, 1000]);
      for (const d of times(utc(1990), utc(2026), 400)) {
        const want = t.applyX(base(d));
        expect(Math.abs(zoomed(d) - want)).to.be.below(1e-6 * Math.max(1, Math.abs(want)));
      }
      const [a, b] = zoomed.domain().map(Number);
      expect(a).to.equal(+base.invert(t.invertX(0)));
      expect(b).to.equal(+base.invert(t.invertX(1000)));
      // Breaks scale with everything else: the zoom is one affine map of the base's pixels.
      for (const br of zoomed.breaks()) expect(br.px[1] - br.px[0]).to.be.closeTo(28 * t.k, 1e-6 * t.k);
    }
    expect(zoomIdentity.rescaleX(base).domain().map(Number)).to.deep.equal([utc(1993), utc(2023)]);
    expect(base.domain().map(Number)).to.deep.equal([utc(1993), utc(2023)]);
  });

  it('keeps the break in view under zoom while the date under the pointer holds still', () => {
    const base = story();
    const pointer = 720; // inside the break: 2002-07 is at 710.
    let t = zoomIdentity;
    const under = +base.invert(pointer);
    for (const k of [1.5, 3, 9]) {
      // d3-zoom's scaleTo about a point: keep the base pixel under the pointer fixed.
      const p0 = t.invertX(pointer);
      t = zoomIdentity.translate(pointer - p0 * k, 0).scale(k);
      const zoomed = t.rescaleX(base);
      // In a break a pixel spans months, so compare pixels, not milliseconds.
      expect(zoomed(under)).to.be.closeTo(pointer, 1e-6);
      expect(zoomed.breaks()).to.have.length(1);
    }
  });

  it('is the linear scale without gaps', () => {
    const cases: [number, number, number, number][] = [
      [utc(1994), utc(2022, 11), 37, 1234.5],
      [utc(2022), utc(2023), 800, 0],
      [utc(2000), utc(2020), 0, 1000],
    ];
    for (const [d0, d1, r0, r1] of cases) {
      for (const gaps of [[], [{ start: utc(1800), end: utc(1900) }]]) {
        const x = scalePiecewise([d0, d1], [r0, r1], gaps);
        const y = scaleTime([d0, d1], [r0, r1]);
        for (const t of times(utc(1980), utc(2030), 97)) expect(x(t)).to.equal(y(t));
        for (const px of [-100, r0, 13.25, r1, 2000]) expect(+x.invert(px)).to.equal(+y.invert(px));
        expect(x.ticks(10).map(Number)).to.deep.equal(y.ticks(10).map(Number));
        expect(x.breaks()).to.deep.equal([]);
        const t = zoomIdentity.translate(-300, 0).scale(3);
        const zx = t.rescaleX(x);
        const zy = t.rescaleX(y);
        expect(zx.domain().map(Number)).to.deep.equal(zy.domain().map(Number));
        for (const d of times(d0, d1, 20)) expect(zx(d)).to.equal(zy(d));
      }
    }
  });

  it('returns copies, and copies keep the gaps but are independent', () => {
    const x = story();
    const domain = x.domain();
    expect(domain[0]).to.be.instanceOf(Date);
    domain[0].setUTCFullYear(1900);
    expect(+x.domain()[0]).to.equal(utc(1993));
    x.range()[0] = 50;
    expect(x.range()).to.deep.equal([0, 1000]);
    x.gaps()[0].start = 0;
    expect(x.gaps()).to.deep.equal([GAP]);

    const y = x.copy();
    expect(y.gaps()).to.deep.equal([GAP]);
    expect(y(GAP.end)).to.equal(x(GAP.end));
    y.domain([utc(2019), utc(2023)]).range([0, 500]);
    expect(x.domain().map(Number)).to.deep.equal([utc(1993), utc(2023)]);
    expect(x(utc(2023))).to.equal(1000);
    expect(y(utc(2019))).to.equal(0);
    expect(y(utc(2023))).to.equal(500);
  });

  it('clips, merges and sorts the gaps it is given', () => {
    const x = scalePiecewise(
      [utc(2000), utc(2020)],
      [0, 1000],
      [
        { start: utc(2012), end: utc(2030) },
        { start: utc(1990), end: utc(2003) },
        { start: utc(2002), end: utc(2005) },
        { start: utc(2008), end: utc(2007) },
        { start: NaN, end: utc(2007) },
      ],
    );
    expect(x.gaps().map((g) => [g.start, g.end])).to.deep.equal([
      [utc(2000), utc(2005)],
      [utc(2012), utc(2020)],
    ]);
  });

  it('copes with degenerate input, never NaN', () => {
    const ts = times(utc(1980), utc(2030), 50);
    // A gap at the edge: the break starts the axis.
    const edge = scalePiecewise([utc(2000), utc(2020)], [0, 1000], [{ start: utc(2000), end: utc(2010) }]);
    expect(edge(utc(2000))).to.equal(0);
    expect(edge(utc(2010))).to.be.closeTo(28, 1e-9);
    expect(+edge.invert(14)).to.be.closeTo((utc(2000) + utc(2010)) / 2, 1);
    expect(finite(edge, ts)).to.equal(true);
    // Nothing but gap: no room for segments, so no breaks.
    const all = scalePiecewise([utc(2000), utc(2020)], [0, 1000], [{ start: utc(1990), end: utc(2030) }]);
    expect(all.breaks()).to.deep.equal([]);
    expect(all(utc(2010))).to.be.closeTo(500, 0.1);
    // An empty domain maps to the middle of the range.
    const point = scalePiecewise([utc(2022), utc(2022)], [0, 800], [GAP]);
    expect(point(utc(1990))).to.equal(400);
    expect(+point.invert(123)).to.equal(utc(2022));
    expect(point.ticks(10).every((d) => Number.isFinite(+d))).to.equal(true);
    expect(finite(point, ts)).to.equal(true);
    expect(Number.isNaN(zoomIdentity.translate(10, 0).scale(3).rescaleX(point)(utc(2022)))).to.equal(false);
    // An empty range inverts to the middle of the domain.
    const flat = scalePiecewise([utc(1993), utc(2023)], [100, 100], [GAP]);
    expect(flat(GAP.start)).to.equal(100);
    expect(+flat.invert(100)).to.equal((utc(1993) + utc(2023)) / 2);
    expect(flat.ticks(10).length).to.be.greaterThan(0);
    // Breaks of no width, or of a width that is not a number.
    for (const breakWidth of [0, NaN, -5, 1e6]) {
      const x = scalePiecewise([utc(1993), utc(2023)], [0, 1000], [GAP], { breakWidth });
      expect(finite(x, ts)).to.equal(true);
      expect(x(utc(2023))).to.equal(1000);
    }
    const zero = scalePiecewise([utc(1993), utc(2023)], [0, 1000], [GAP], { breakWidth: 0 });
    expect(zero(GAP.start)).to.be.closeTo(zero(GAP.end), 1e-9);
    expect(+zero.invert(zero(utc(2021)))).to.equal(utc(2021));
    expect(
      Number.isFinite(
        +zero
          .copy()
          .domain([utc(2005), utc(2006)])
          .invert(10),
      ),
    ).to.equal(true);
    // A window inside a gap.
    const inside = story().domain([utc(2005), utc(2015)]);
    expect(finite(inside, ts)).to.equal(true);
    expect(inside(utc(2005))).to.equal(0);
    expect(inside(utc(2015))).to.equal(1000);
    expect(+inside.invert(inside(utc(2021)))).to.equal(utc(2021));
  });

  it('takes days too', () => {
    const x = scalePiecewise(
      [utc(2022, 2, 1), utc(2022, 11)],
      [0, 600],
      [{ start: utc(2022, 3, 1), end: utc(2022, 9, 30) }],
    );
    const ticks = x.ticks(8);
    expect(ticks.every((t) => +t <= utc(2022, 3, 1) || +t >= utc(2022, 9, 30))).to.equal(true);
    expect(+x.invert(x(utc(2022, 10, 10)))).to.equal(utc(2022, 10, 10));
    expect(x(utc(2022, 10, 10)) - x(utc(2022, 10, 9))).to.be.closeTo(
      x(utc(2022, 2, 10)) - x(utc(2022, 2, 9)),
      1e-9,
    );
  });
});
