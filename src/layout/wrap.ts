/**
 * Breaks `text` into at most `maxLines` lines no wider than `width`, as measured by `measure`.
 * The last line ends in an ellipsis when text is left over, so a label never overflows its block.
 */
export function wrapText(
  text: string,
  width: number,
  measure: (s: string) => number,
  maxLines = 3,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (let i = 0; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i];
    if (!line || measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(ellipsize(`${line} ${words.slice(i).join(' ')}`, width, measure));
      return lines;
    }
    // A word wider than the line sits alone on its line: cut it rather than let it overflow.
    lines.push(measure(line) > width ? ellipsize(line, width, measure) : line);
    line = words[i];
  }
  if (line) lines.push(measure(line) > width ? ellipsize(line, width, measure) : line);
  return lines;
}

function ellipsize(text: string, width: number, measure: (s: string) => number): string {
  if (measure(text) <= width) return text;
  let cut = text;
  while (cut.length > 1 && measure(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
