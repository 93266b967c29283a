import { expect, fixture, html } from '@open-wc/testing';
import { CSSResult, render, type TemplateResult } from 'lit';
import { TEXT } from '../../src/layout/metrics.js';
import { styles } from '../../src/styles/index.js';
import { chrome } from '../../src/styles/chrome.js';
import { media } from '../../src/styles/media.js';
import { panels } from '../../src/styles/panels.js';
import { plot } from '../../src/styles/plot.js';
import { tokens } from '../../src/styles/tokens.js';

/** Elements styled by the element's sheets, in a shadow root of their own. */
async function styled(template: TemplateResult): Promise<ShadowRoot> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = styles.map((s) => s.styleSheet!);
  render(template, root);
  return root;
}

describe('styles (styles/index)', () => {
  it('are the sheets in cascade order, media queries last', () => {
    expect(styles).to.deep.equal([tokens, chrome, plot, panels, media]);
    for (const sheet of styles) expect(sheet).to.be.instanceOf(CSSResult);
  });

  it('size the plot’s text from the metrics the layout measures with', async () => {
    const root = await styled(
      html`<svg class="plot">
        <text class="label">A</text>
        <text class="meta">B</text>
        <g class="axis"><text class="tick">C</text></g>
        <text class="cluster-count">4</text>
      </svg>`,
    );
    const style = (selector: string) => getComputedStyle(root.querySelector(selector)!);
    for (const [selector, text] of [
      ['.label', TEXT.label],
      ['.meta', TEXT.meta],
      ['.axis .tick', TEXT.tick],
    ] as const) {
      expect(style(selector).fontSize, selector).to.equal(`${text.size}px`);
    }
    expect(style('.label').fontWeight).to.equal(String(TEXT.label.weight));
    expect(style('.meta').fontWeight).to.equal(String(TEXT.meta.weight));
    expect(style('.cluster-count').fontSize).to.equal(`${TEXT.small.size}px`);
    expect(style('.cluster-count').fontWeight).to.equal(String(TEXT.small.weight));
  });
});
