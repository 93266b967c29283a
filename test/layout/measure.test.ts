import { expect } from '@open-wc/testing';
import { textMeasurer } from '../../src/layout/measure.js';

describe('text measurer (layout/measure)', () => {
  it('measures in the plot’s text styles: titles (13px bold) wider than meta lines (11px)', () => {
    const measure = textMeasurer(() => 'sans-serif');
    const text = 'Lukashenko president';
    expect(measure(text, 'label')).to.be.greaterThan(measure(text, 'meta'));
    expect(measure(`${text} since 1994`, 'label')).to.be.greaterThan(measure(text, 'label'));
    // A small margin on top of the canvas width: never zero, never less than the ink.
    expect(measure('', 'label')).to.equal(2);
  });

  it('measures in the font it is told now, not the one it started with', () => {
    let font = 'monospace';
    const measure = textMeasurer(() => font);
    const mono = measure('iiiiiiiiii', 'label');
    font = 'serif';
    const serif = measure('iiiiiiiiii', 'label');
    expect(mono).to.not.equal(serif);
    font = 'monospace';
    expect(measure('iiiiiiiiii', 'label')).to.equal(mono);
  });
});
