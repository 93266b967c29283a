import { ZoomTransform } from 'd3-zoom';
import { expect } from '@open-wc/testing';
import { H } from '../../src/layout/metrics.js';
import { horizontal } from '../../src/orientation/index.js';

describe('horizontal orientation (orientation/horizontal)', () => {
  it('runs time along x, one level-of-detail group per lane', () => {
    expect(horizontal.name).to.equal('horizontal');
    expect(horizontal.axis).to.equal('x');
    expect(horizontal.perLane).to.be.true;
    expect(horizontal.tickSpacing).to.equal(H.tickSpacing);
  });

  it('steps with the left and right arrows', () => {
    expect(horizontal.keys).to.deep.equal({ next: 'ArrowRight', previous: 'ArrowLeft' });
  });

  it('spans the width less a margin either side, whatever the entry count', () => {
    expect(horizontal.range(1280, 14)).to.deep.equal([H.side, 1280 - H.side]);
    expect(horizontal.range(1280, 10_000)).to.deep.equal([H.side, 1280 - H.side]);
    // Never under 100 px, even before the element has a width.
    expect(horizontal.range(0, 14)).to.deep.equal([H.side, H.side + 100]);
    expect(horizontal.range(50, 14)).to.deep.equal([H.side, H.side + 100]);
  });

  it('shifts and scales along x only', () => {
    const t = horizontal.transform(-120, 3);
    expect([t.k, t.x, t.y]).to.deep.equal([3, -120, 0]);
    // d3-zoom reads the numbers so.
    expect(new ZoomTransform(t.k, t.x, t.y).applyX(100)).to.equal(180);
    expect(horizontal.cross(1280)).to.equal(400);
  });

  it('names an entry by its date, then its title', () => {
    expect(horizontal.entryName('February 24, 2022', 'War in Ukraine', 'War in Ukraine')).to.equal(
      'February 24, 2022: War in Ukraine',
    );
  });

  it('lays lanes out as bands, leaving hidden lanes out', () => {
    const layout = horizontal.layout(
      [],
      (t) => t,
      [16, 984],
      1000,
      () => 10,
      3,
      new Set([1]),
      false,
    );
    expect(layout.lanes.map((l) => l.lane)).to.deep.equal([0, 2]);
    expect(layout.width).to.equal(1000);
  });
});
