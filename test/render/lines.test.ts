import { expect } from '@open-wc/testing';
import { svg } from 'lit';
import { renderLines } from '../../src/render/lines.js';
import { show } from './helpers.js';

describe('text lines (render/lines)', () => {
  it('puts each line in a tspan a line height below the one before, words kept apart', async () => {
    const root = await show(
      svg`<svg><text>${renderLines(['Lukashenko', 'president', 'since 1994'], 40, 17)}</text></svg>`,
    );
    const spans = [...root.querySelectorAll('tspan')];
    expect(spans.map((s) => s.getAttribute('x'))).to.deep.equal(['40', '40', '40']);
    expect(spans.map((s) => s.getAttribute('dy'))).to.deep.equal(['0', '17', '17']);
    // What a screen reader reads: the words with spaces, not run together.
    expect(root.querySelector('text')!.textContent).to.equal('Lukashenko president since 1994');
  });

  it('draws nothing for no lines', async () => {
    const root = await show(svg`<svg><text>${renderLines([], 0, 17)}</text></svg>`);
    expect(root.querySelectorAll('tspan')).to.have.length(0);
  });
});
