import { expect } from '@open-wc/testing';
import { zoomIdentity } from 'd3-zoom';
import { scaleTime, type TimeScale } from '../../src/scale/time-scale.js';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('scaleTime', () => {
  it('maps dates linearly onto the range, without clamping', () => {
    const x = scaleTime([utc(2000), utc(2020)], [0, 1000]);
    expect(x(utc(2000))).to.equal(0);
    expect(x(utc(2020))).to.equal(1000);
    expect(x(+utc(2010))).to.be.closeTo(500.07, 0.01); // 2000–2010 has 3 leap days, 2010–2020 two
    expect(x(utc(2030))).to.be.closeTo(1500, 1);
    expect(x(utc(1990))).to.be.closeTo(-500, 1);
  });

  it('returns copies of its domain and range', () => {
    const x = scaleTime([utc(2000), +utc(2020)], [10, 90]);
    const domain = x.domain();
    expect(domain[0]).to.be.instanceOf(Date);
    expect(domain.map(Number)).to.deep.equal([+utc(2000), +utc(2020)]);
    domain[0].setUTCFullYear(1900);
    expect(+x.domain()[0]).to.equal(+utc(2000));
    const range = x.range();
    range[0] = 50;
    expect(x.range()).to.deep.equal([10, 90]);
  });

  it('has setters that chain', () => {
    const x = scaleTime()
      .domain([utc(2022), utc(2023)])
      .range([0, 365]);
    expect(x(utc(2022, 2, 1))).to.equal(31);
    expect(x.range()).to.deep.equal([0, 365]);
  });

  it('defaults like d3: 2000-01-01 → 0, 2000-01-02 → 1', () => {
    const x = scaleTime();
    expect(x(utc(2000, 1, 1))).to.equal(0);
    expect(x(utc(2000, 1, 2))).to.equal(1);
  });

  it('round-trips: invert(scale(d)) is d', () => {
    const x = scaleTime([utc(1994), utc(2022, 11, 1)], [37, 1234.5]);
    for (const d of [utc(1994), utc(2000), utc(2020, 8, 9), utc(2022, 2, 24), utc(2022, 10, 10), utc(2050)]) {
      expect(+x.invert(x(d))).to.equal(+d);
    }
    const reversed = scaleTime([utc(2022), utc(2023)], [800, 0]);
    expect(reversed(utc(2022))).to.equal(800);
    expect(+reversed.invert(reversed(utc(2022, 7, 1)))).to.equal(+utc(2022, 7, 1));
    expect(+x.invert(37)).to.equal(+utc(1994));
  });

  it('copies are independent', () => {
    const x = scaleTime([utc(2000), utc(2020)], [0, 100]);
    const y = x.copy();
    expect(y(utc(2020))).to.equal(100);
    y.domain([utc(2010), utc(2020)]).range([0, 50]);
    expect(x.domain().map(Number)).to.deep.equal([+utc(2000), +utc(2020)]);
    expect(x.range()).to.deep.equal([0, 100]);
    expect(y(utc(2010))).to.equal(0);
    x.range([0, 10]);
    expect(y.range()).to.deep.equal([0, 50]);
  });

  it('rescales under a d3-zoom transform', () => {
    const x = scaleTime([utc(2000), utc(2020)], [0, 1000]);
    const t = zoomIdentity.translate(-500, 0).scale(2);
    const zoomed: TimeScale = t.rescaleX(x);
    // A date lands where the transform moves its base position.
    for (const d of [utc(2000), utc(2005), utc(2010, 6, 1), utc(2020)]) {
      expect(zoomed(d)).to.be.closeTo(t.applyX(x(d)), 1e-6);
    }
    expect(zoomed.range()).to.deep.equal([0, 1000]);
    const [a, b] = zoomed.domain();
    expect(+a).to.equal(+x.invert(250));
    expect(+b).to.equal(+x.invert(750));
    expect(x.domain().map(Number)).to.deep.equal([+utc(2000), +utc(2020)]);
    expect(zoomIdentity.rescaleX(x).domain().map(Number)).to.deep.equal([+utc(2000), +utc(2020)]);
  });

  it('maps a degenerate domain to the middle of the range, never NaN', () => {
    const x = scaleTime([utc(2022), utc(2022)], [0, 800]);
    expect(x(utc(2022))).to.equal(400);
    expect(x(utc(1990))).to.equal(400);
    expect(+x.invert(123)).to.equal(+utc(2022));
    expect(x.ticks(10).every((d) => !Number.isNaN(+d))).to.equal(true);
    const zoomed = zoomIdentity.translate(10, 0).scale(3).rescaleX(x);
    expect(Number.isNaN(zoomed(utc(2022)))).to.equal(false);
  });

  it('inverts a degenerate range to the middle of the domain', () => {
    const x = scaleTime([utc(2022), utc(2023)], [100, 100]);
    expect(x(utc(2022, 7, 1))).to.equal(100);
    expect(+x.invert(100)).to.equal((+utc(2022) + +utc(2023)) / 2);
  });

  it('ticks the domain at the zoom level', () => {
    const years = scaleTime([utc(1990), utc(2025)], [0, 900]).ticks(10);
    expect(years.map((d) => d.getUTCFullYear())).to.deep.equal([
      1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025,
    ]);
    const months = scaleTime([utc(2022), utc(2023)], [0, 900]).ticks(10);
    expect(months).to.have.length(13);
    const dflt = scaleTime([utc(2022), utc(2023)], [0, 900]).ticks();
    expect(dflt).to.have.length(13);
  });
});
