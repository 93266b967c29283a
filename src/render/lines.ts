import { svg } from 'lit';

/** Lines of SVG text under one `<text>`, each a `<tspan>` `lineHeight` below the one before. */
export function renderLines(lines: readonly string[], x: number, lineHeight: number) {
  // The space keeps words apart in the text content that screen readers and axe read.
  return lines.map(
    (line, i) =>
      svg`<tspan x=${x} dy=${i ? lineHeight : 0}>${i < lines.length - 1 ? `${line} ` : line}</tspan>`,
  );
}
