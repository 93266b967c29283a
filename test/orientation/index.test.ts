import { expect } from '@open-wc/testing';
import { horizontal, orientationFor, vertical, VERTICAL_BELOW } from '../../src/orientation/index.js';

describe('orientation in effect (orientation/index)', () => {
  it('follows an explicit choice at any width', () => {
    for (const width of [0, 375, 1280]) {
      expect(orientationFor('vertical', width)).to.equal(vertical);
      expect(orientationFor('horizontal', width)).to.equal(horizontal);
    }
  });

  it('turns vertical below 600 px for auto (and any unknown value), horizontal before there is a width', () => {
    expect(VERTICAL_BELOW).to.equal(600);
    for (const value of ['auto', 'sideways', null, undefined]) {
      expect(orientationFor(value, 599), String(value)).to.equal(vertical);
      expect(orientationFor(value, 600), String(value)).to.equal(horizontal);
      expect(orientationFor(value, 0), String(value)).to.equal(horizontal);
    }
  });
});
