import { expect, fixture, html } from '@open-wc/testing';
import { svgDocument } from '../../src/export/svg.js';

/** A plot inside a shadow root whose stylesheet would not travel with it. */
async function styledPlot(): Promise<SVGSVGElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent =
    '.mark { fill: rgb(208, 58, 47); stroke-width: 3px } .label { font-size: 13px; font-weight: 600 }';
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'plot');
  svg.setAttribute('part', 'plot');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-describedby', 'summary');
  svg.setAttribute('width', '200');
  svg.setAttribute('height', '100');
  const g = document.createElementNS(ns, 'g');
  for (const [name, value] of Object.entries({
    class: 'entry',
    part: 'entry point',
    role: 'button',
    tabindex: '0',
    'aria-pressed': 'false',
    'aria-label': 'February 24, 2022: War',
    'data-id': 'war',
  }))
    g.setAttribute(name, value);
  const rect = document.createElementNS(ns, 'rect');
  rect.setAttribute('class', 'mark');
  rect.setAttribute('width', '10');
  rect.setAttribute('height', '10');
  const text = document.createElementNS(ns, 'text');
  text.setAttribute('class', 'label');
  text.textContent = 'War & peace';
  g.append(rect, text);
  svg.append(g);
  root.append(style, svg);
  return svg;
}

const parse = (text: string) => new DOMParser().parseFromString(text, 'image/svg+xml');

describe('SVG export (export/svg)', () => {
  it('writes a standalone document: namespace, title, background, generic font', async () => {
    const doc = parse(svgDocument(await styledPlot(), 'Lukashenko & Putin', 'rgb(21, 23, 28)'));
    expect(doc.querySelector('parsererror')).to.be.null;
    const svg = doc.documentElement;
    expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(svg.firstElementChild!.tagName).to.equal('title');
    expect(svg.firstElementChild!.textContent).to.equal('Lukashenko & Putin');
    const bg = svg.children[1];
    expect(bg.tagName).to.equal('rect');
    expect(bg.getAttribute('fill')).to.equal('rgb(21, 23, 28)');
    expect(bg.getAttribute('width')).to.equal('100%');
    expect(svg.getAttribute('font-family')).to.match(/sans-serif$/);
    expect(svg.getAttribute('width')).to.equal('200');
  });

  it('carries the computed styles as attributes', async () => {
    const doc = parse(svgDocument(await styledPlot(), 'x', 'white'));
    const rect = doc.querySelector('g rect')!;
    expect(rect.getAttribute('fill')).to.equal('rgb(208, 58, 47)');
    expect(rect.getAttribute('stroke-width')).to.equal('3px');
    const text = doc.querySelector('text')!;
    expect(text.getAttribute('font-size')).to.equal('13px');
    expect(text.getAttribute('font-weight')).to.equal('600');
    expect(text.textContent).to.equal('War & peace');
  });

  it('drops what only the live element needs, and keeps the names', async () => {
    const doc = parse(svgDocument(await styledPlot(), 'x', 'white'));
    for (const name of ['class', 'part', 'tabindex', 'role', 'aria-pressed', 'aria-describedby', 'data-id'])
      expect(doc.querySelector(`[${name}]`), name).to.be.null;
    expect(doc.querySelector('g')!.getAttribute('aria-label')).to.equal('February 24, 2022: War');
  });

  it('leaves the live plot as it was', async () => {
    const plot = await styledPlot();
    svgDocument(plot, 'x', 'white');
    expect(plot.getAttribute('class')).to.equal('plot');
    expect(plot.querySelector('rect')!.hasAttribute('fill')).to.be.false;
    expect(plot.querySelector('title')).to.be.null;
  });
});
