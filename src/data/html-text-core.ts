/**
 * Text out of HTML, as a reader sees it: what the browser's `htmlToText` (`html-text.ts`, over
 * DOMParser) and the convert command's (`src/cli/html-text-node.ts`, over htmlparser2) share, so
 * that both give the same text. A parser walks the markup and tells a `TextCollector` what it
 * meets; the collector keeps only text. Tags are dropped; ASCII whitespace collapses as HTML shows
 * it; a `<br>` is a line break (`\n`) and so is the edge of a block (`<p>`, `<li>`, `<div>`…), once.
 */

/** Elements whose edges start a new line. */
const BLOCKS = new Set(
  (
    'address article aside blockquote dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 ' +
    'header hr li main nav ol p pre section summary table tr ul'
  ).split(' '),
);
/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'head', 'title']);

export class TextCollector {
  private out = '';
  private hidden = 0;

  text(data: string): void {
    if (this.hidden) return;
    let s = data.replace(/[\t\n\f\r ]+/g, ' ');
    if (!this.out || this.out.endsWith('\n') || this.out.endsWith(' ')) s = s.replace(/^ /, '');
    this.out += s;
  }

  open(name: string): void {
    if (HIDDEN.has(name)) this.hidden++;
    else if (name === 'br') this.out += '\n';
    else if (BLOCKS.has(name)) this.softBreak();
  }

  close(name: string): void {
    if (HIDDEN.has(name)) this.hidden = Math.max(0, this.hidden - 1);
    else if (BLOCKS.has(name)) this.softBreak();
  }

  /** The text, each line without spaces at its ends, and no empty lines at the ends. */
  done(): string {
    return this.out
      .split('\n')
      .map((line) => line.replace(/^ +| +$/g, ''))
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
  }

  private softBreak(): void {
    if (this.out && !this.out.endsWith('\n')) this.out += '\n';
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `&amp;`, `&#39;`, `&#x2014;` and the few named references people type; others stay as written. */
function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * A last resort where no HTML parser may be used: a page whose CSP enforces Trusted Types blocks
 * `DOMParser.parseFromString` with a string. A small state machine over the characters (not a
 * regular expression over the markup): what is inside `<…>` (quotes respected) is a tag and is
 * dropped, comments too. It only ever yields text, which the element renders as text, so a
 * mistake here can garble a summary but never run or load anything.
 */
export function scanHtml(html: string, collect = new TextCollector()): string {
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const next = html[lt + 1] ?? '';
    if (lt < 0 || !/[a-z/!?]/i.test(next)) {
      const end = lt < 0 ? html.length : lt + 1;
      collect.text(decode(html.slice(i, end)));
      i = end;
      continue;
    }
    collect.text(decode(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    let j = lt + 1;
    let quote = '';
    while (j < html.length && (quote || html[j] !== '>')) {
      if (quote ? html[j] === quote : html[j] === '"' || html[j] === "'") quote = quote ? '' : html[j];
      j++;
    }
    const tag = /^<(\/?)([a-z][a-z0-9-]*)/i.exec(html.slice(lt, j));
    if (tag) collect[tag[1] ? 'close' : 'open'](tag[2].toLowerCase());
    i = j + 1;
  }
  return collect.done();
}
