import { ZoomTransform } from 'd3-zoom';
import { expect } from '@open-wc/testing';
import { V } from '../../src/layout/metrics.js';
import { vertical } from '../../src/orientation/index.js';

describe('vertical orientation (orientation/vertical)', () => {
  it('runs time down, one level-of-detail group for all lanes', () => {
    expect(vertical.name).to.equal('vertical');
    expect(vertical.axis).to.equal('y');
    expect(vertical.perLane).to.be.false;
    expect(vertical.tickSpacing).to.equal(V.tickSpacing);
    // Fewer entries fit along a narrow plot than across a wide one.
    expect(vertical.limit).to.be.below(40);
  });

  it('steps with the up and down arrows', () => {
    expect(vertical.keys).to.deep.equal({ next: 'ArrowDown', previous: 'ArrowUp' });
  });

  it('grows with the entry count, between its shortest and longest length', () => {
    expect(vertical.range(375, 14)).to.deep.equal([V.top, V.top + 14 * V.perEntry]);
    expect(vertical.range(375, 1)).to.deep.equal([V.top, V.top + V.minLength]);
    expect(vertical.range(375, 0)).to.deep.equal([V.top, V.top + V.minLength]);
    expect(vertical.range(375, 10_000)).to.deep.equal([V.top, V.top + V.maxLength]);
    // The width does not change the length.
    expect(vertical.range(200, 14)).to.deep.equal(vertical.range(599, 14));
  });

  it('shifts and scales along y only, across the full width', () => {
    const t = vertical.transform(-120, 3);
    expect([t.k, t.x, t.y]).to.deep.equal([3, 0, -120]);
    // d3-zoom reads the numbers so.
    expect(new ZoomTransform(t.k, t.x, t.y).applyY(100)).to.equal(180);
    expect(vertical.cross(375)).to.equal(375);
  });

  it('names an entry by its date and lane (the line above its title), then its title', () => {
    expect(vertical.entryName('February 24, 2022', 'War in Ukraine', 'Invasion')).to.equal(
      'February 24, 2022 · War in Ukraine: Invasion',
    );
  });

  it('lays out without lane bands', () => {
    const layout = vertical.layout(
      [],
      (t) => t,
      [18, 458],
      375,
      () => 10,
      4,
      new Set(),
      false,
    );
    expect(layout.lanes).to.deep.equal([]);
    expect(layout.width).to.equal(375);
  });
});
