/**
 * The browser's `htmlToText` for the TimelineJS readers: TimelineJS allows HTML in headlines,
 * texts and captions, and we show them as text, never as markup.
 *
 * `DOMParser` parses into a document of its own that has no browsing context: it runs no script
 * (an `onerror` attribute is only an attribute there) and loads nothing (an `<img src>` is never
 * fetched). Only its text nodes are read. Nothing here touches the DOM until it is called, so the
 * module can be imported in Node (the convert command uses its own parser, `src/cli/`).
 */
import { TextCollector, scanHtml } from './html-text-core.js';

/** Walks `node`'s children into `collect`, depth first. */
function walk(node: Node, collect: TextCollector): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) collect.text((child as Text).data);
    else if (child.nodeType === 1) {
      const name = (child as Element).localName;
      collect.open(name);
      walk(child, collect);
      collect.close(name);
    }
  }
}

/** The text of `html`: tags dropped, entities decoded, `<p>` and `<br>` as line breaks (`\n`). */
export function htmlToText(html: string): string {
  const collect = new TextCollector();
  if (!html.includes('<') && !html.includes('&')) {
    collect.text(html);
    return collect.done();
  }
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(html, 'text/html');
  } catch {
    // Trusted Types enforced (a page with `require-trusted-types-for 'script'`): parsing a string is refused.
    return scanHtml(html, collect);
  }
  walk(doc.body ?? doc, collect);
  return collect.done();
}
