/**
 * Reads the story from light-DOM markup (no JavaScript, still the story): the list a page
 * puts inside `<belarus-timeline>` is what people see before the element upgrades and where scripts
 * are off, and it is the dataset when neither `src` nor `dataset` is given. `datasetToMarkup` in
 * `markup-writer.ts` writes it; `docs/light-dom.md` describes it for authors.
 *
 * ```html
 * <belarus-timeline lang="nl">
 *   <h2>Loekasjenko, Poetin en de oorlog in Oekraïne</h2>            (dataset title; or ol[data-title])
 *   <ol data-as-of="2022-10">                                         (asOf; default: the latest date)
 *     <li data-id="lukashenko-presidency" data-lane="belarus">
 *       <time datetime="1994">1994</time> – <time datetime="ongoing">heden</time>:
 *       <strong>Loekasjenko president</strong>                        (title; or [data-title])
 *       <p>Aleksandr Loekasjenko is sinds 1994 president …</p>        (summary: the plain <p>s)
 *       <figure>                                                      (a quote; or a bare blockquote)
 *         <blockquote lang="nl"><p>hij heeft eigenlijk …</p></blockquote>
 *         <p>Vertaling: <span data-translation>…</span></p>
 *         <figcaption>— <span data-speaker>Franka Hummels</span>, <span data-role>journalist …</span></figcaption>
 *       </figure>
 *       <p data-source>Uit het artikel: <q lang="nl">Loeksjenko is …</q> <a href="https://…">Bron</a></p>
 *       <p><small><span data-date-basis="inferred">Datum afgeleid</span>: <span data-date-note>…</span></small></p>
 *     </li>
 *   </ol>
 *   <p data-source>Bron: <cite><a href="https://…">Nieuwsartikel, oktober 2022</a></cite> · …</p>
 *   <ul data-lanes hidden><li data-id="belarus" data-color="#d03a2f">Belarus</li> …</ul>
 * </belarus-timeline>
 * ```
 *
 * Each field named `data-<name>` (`title`, `speaker`, `role`, `translation`, `date-basis`,
 * `date-note`) is that attribute's value when it has one, else the text of the first element inside
 * marked with it, so `<blockquote data-speaker="Franka Hummels">` works as well as a visible
 * `<span data-speaker>`. Only text is read (`textContent`, ASCII whitespace collapsed as HTML shows
 * it), never markup. Nothing is checked here but the shape: `validateDataset` checks the result.
 */
import { parsePartialDate } from '../dates/partial-date.js';
import { slugify, unique } from './ids.js';

type Obj = Record<string, unknown>;

/** Collapses ASCII whitespace only, as HTML does: a no-break space in the data stays. */
const clean = (value: string | null | undefined) =>
  value == null ? undefined : value.replace(/[\t\n\f\r ]+/g, ' ').trim();
const attr = (el: Element | null | undefined, name: string) => clean(el?.getAttribute(name));
const text = (el: Element | null | undefined) => clean(el?.textContent);
const kids = (el: ParentNode, selector: string) => [...el.children].filter((c) => c.matches(selector));

/** `data-<name>`'s value, else the text of the first element inside that carries it. */
function field(el: Element, name: string): string | undefined {
  name = `data-${name}`;
  return attr(el, name) || text(el.querySelector(`[${name}]`));
}

/** What a `data-source` element says: the text of its `<q>` or `<cite>` (else its own), its link. */
function source(el: Element | undefined, key: string): Obj | undefined {
  if (!el) return;
  const out: Obj = { [key]: text(el.querySelector('q,cite') ?? el) };
  const url = attr(el.querySelector('a[href]'), 'href');
  if (url) out.url = url;
  return out;
}

/** A quote: a `<figure>` holding a `<blockquote>`, or a `<blockquote>` alone. */
function quote(el: Element): Obj {
  const bq = el.localName === 'blockquote' ? el : el.querySelector('blockquote');
  // The quote's own words: what the blockquote holds, less a translation or caption put inside it.
  let words = '';
  for (const node of bq?.childNodes ?? []) {
    const kind = node.nodeType; // 1: an element, 3: text (not a comment)
    if (kind === 3 || (kind === 1 && !(node as Element).matches('[data-translation],footer,figcaption'))) {
      words += node.textContent;
    }
  }
  const out: Obj = { text: clean(words), speaker: field(el, 'speaker') };
  for (const key of ['role', 'translation']) {
    const value = field(el, key);
    if (value) out[key] = value;
  }
  return out;
}

/** A `<p>` that is not the summary: the source line, or the line about the date. */
const MARKED = '[data-source],[data-date-basis],[data-date-note],[data-translation]';

/** Elements of an item that are not its title in the minimal form. */
const NOT_TITLE = 'time,p,figure,blockquote,ol,ul,small,[data-source]';

/**
 * The minimal form's title: the item's own text without its `<time>`s and blocks, less the
 * punctuation that joined the dates to it (`1994 – heden: Title`).
 */
function ownText(li: Element): string | undefined {
  let words = '';
  for (const node of li.childNodes) {
    if (node.nodeType === 3 || (node.nodeType === 1 && !(node as Element).matches(NOT_TITLE)))
      words += ` ${node.textContent}`;
  }
  return clean(words)?.replace(/^[\s:–—·,-]+/, '') || undefined;
}

/** The lane of items without `data-lane`: the minimal form has one. */
export const SHARED_LANE = { id: 'story', label: { nl: 'Tijdlijn', en: 'Timeline' } };

function entry(li: Element, i: number, used: Set<string>): Obj {
  const [date, end] = kids(li, 'time').map((t) => attr(t, 'datetime') ?? text(t));
  const title = field(li, 'title') ?? text(kids(li, 'strong')[0]) ?? ownText(li);
  const out: Obj = {
    id: attr(li, 'data-id') ?? unique(slugify(title ?? '') || `entry-${i + 1}`, used),
    date,
    lane: attr(li, 'data-lane') ?? SHARED_LANE.id,
    title,
  };
  if (end) out.end = end;
  const summary = kids(li, 'p')
    .filter((p) => !p.matches(MARKED) && !p.querySelector(MARKED))
    .map(text)
    .join(' ');
  if (summary) out.summary = summary;
  const quotes = kids(li, 'figure,blockquote').map(quote);
  if (quotes.length) out.quotes = quotes;
  const excerpt = source(li.querySelector('[data-source]') ?? undefined, 'excerpt');
  if (excerpt) out.source = excerpt;
  const basis = attr(li, 'data-date-basis') ?? attr(li.querySelector('[data-date-basis]'), 'data-date-basis');
  if (basis) out.dateBasis = basis;
  const note = field(li, 'date-note');
  if (note) out.dateNote = note;
  return out;
}

/** `'my-lane'` → `'My lane'`. */
const humanise = (id: string) => {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * The dataset that the first `<ol>` child of `root` (with its sibling heading, `[data-source]` and
 * `[data-lanes]` list) describes, as plain objects for `validateDataset`; null when `root` has no
 * `<ol>` child. Never throws.
 */
export function readMarkup(root: ParentNode): unknown | null {
  try {
    const child = (selector: string) => kids(root, selector)[0];
    const ol = child('ol');
    if (!ol) return null;
    const used = new Set(kids(ol, 'li').flatMap((li) => attr(li, 'data-id') ?? []));
    const entries = kids(ol, 'li').map((li, i) => entry(li, i, used));

    const list = child('[data-lanes]');
    const lanes = (list ? kids(list, 'li') : []).map((li) => {
      const lane: Obj = { id: attr(li, 'data-id'), label: text(li) };
      const color = attr(li, 'data-color');
      if (color) lane.color = color;
      return lane;
    });
    // A lane no list names gets one of its own, as `validateDataset` does for bare entries.
    for (const { lane } of entries) {
      if (typeof lane === 'string' && lane && !lanes.some((l) => l.id === lane)) {
        lanes.push(lane === SHARED_LANE.id ? { ...SHARED_LANE } : { id: lane, label: humanise(lane) });
      }
    }

    let asOf = attr(ol, 'data-as-of');
    if (!asOf) {
      let last = -Infinity;
      for (const e of entries) {
        for (const d of [e.date, e.end]) {
          const to = parsePartialDate(d)?.to ?? -Infinity;
          if (to > last) [last, asOf] = [to, d as string];
        }
      }
    }

    const dataset: Obj = {
      title: attr(ol, 'data-title') ?? text(child('h1,h2,h3,h4,h5,h6')) ?? '',
      asOf,
      lanes,
      entries,
    };
    const label = source(child('[data-source]'), 'label');
    if (label) dataset.source = label;
    return dataset;
  } catch {
    return null;
  }
}
