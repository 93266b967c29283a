/** What a standalone SVG needs of each element's computed style (the rest has no effect there). */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
];
/** Attributes that only matter inside the live element. */
const DROP = [
  'class',
  'part',
  'tabindex',
  'role',
  'aria-pressed',
  'aria-describedby',
  'data-id',
  'data-start',
  'data-end',
  'data-count',
  'data-era',
];

/**
 * A standalone SVG document of `plot` as it is drawn now: every element's computed style written
 * as presentation attributes (the stylesheet lives in the shadow root and would not travel),
 * a generic font family (no third-party fonts), a background and the heading as its `<title>`.
 */
export function svgDocument(plot: SVGSVGElement, title: string, background: string): string {
  const clone = plot.cloneNode(true) as SVGSVGElement;
  const source = [plot, ...plot.querySelectorAll('*')];
  const target = [clone, ...clone.querySelectorAll('*')];
  source.forEach((el, i) => {
    const style = getComputedStyle(el);
    const out = target[i];
    for (const prop of PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) out.setAttribute(prop, value);
    }
    for (const name of DROP) out.removeAttribute(name);
  });
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('font-family', 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif');
  const ns = 'http://www.w3.org/2000/svg';
  const heading = document.createElementNS(ns, 'title');
  heading.textContent = title;
  const bg = document.createElementNS(ns, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', background);
  clone.prepend(heading, bg);
  return new XMLSerializer().serializeToString(clone);
}
