import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { localize } from '../data/localize.js';
import type { Lang, TimelineDataset, TimelineEra } from '../data/types.js';
import type { Strings } from '../i18n.js';
import { entryEras, type Prepared, type PreparedEra, type ShownIndex } from '../view/story-index.js';
import { entryBody } from './entry-body.js';
import { entryMeta } from './panels.js';

export interface ListContext {
  shown: ShownIndex;
  dataset: TimelineDataset;
  /** The story's eras: each heads the entries that start in it. */
  eras: readonly PreparedEra[];
  selected: string | null;
  /** `order="newest-first"`: the latest entry comes first. */
  newestFirst: boolean;
  lang: Lang;
  t: Strings;
  /** How many entries to show at least (the selected one always); the rest come a page at a time. */
  count: number;
  /** Entries a "show more" adds. */
  page: number;
  /** Printing: what to say about the entries left out (given how many are shown), or null. */
  note?: ((shown: number) => string) | null;
  /** The reader pressed an entry's title. */
  onSelect: (id: string) => void;
  onMore: (count: number) => void;
}

/** One entry of the list: its title a heading one level under its era's, where it has one. */
function listItem(ctx: ListContext, { entry, lane }: Prepared, inEra: boolean) {
  const { lang, dataset } = ctx;
  const selected = entry.id === ctx.selected;
  const title = html`<button
    type="button"
    class="list-select"
    data-id=${entry.id}
    aria-pressed=${selected ? 'true' : 'false'}
  >
    ${localize(entry.title, lang)}
  </button>`;
  return html`<li class="list-item lane-${lane}${selected ? ' selected' : ''}" data-id=${entry.id}>
    ${entryMeta(entry, localize(dataset.lanes[lane]?.label, lang), lang)}
    ${inEra ? html`<h4>${title}</h4>` : html`<h3>${title}</h3>`}
    ${entryBody(entry, lang, dataset.source?.url)}
  </li>`;
}

/** The entries `items` as list items, keyed by id. */
const listItems = (ctx: ListContext, items: readonly Prepared[], inEra: boolean) =>
  repeat(
    items,
    (p) => p.entry.id,
    (p) => listItem(ctx, p, inEra),
  );

/**
 * The list view: every shown entry, in date order (or newest first), with all that the detail panel says. Each era
 * heads its part: an item with the era's `<h3>` and a list of the entries that start in it; the
 * entries outside every era stand on their own.
 */
export function renderList(ctx: ListContext) {
  const { lang, t } = ctx;
  const shown = ctx.newestFirst ? [...ctx.shown.shown].reverse() : ctx.shown.shown;
  const at = ctx.shown.position.get(ctx.selected ?? '') ?? -1;
  const rank = at < 0 || !ctx.newestFirst ? at : shown.length - 1 - at;
  const count = Math.min(shown.length, Math.max(ctx.count, rank + 1));
  const rest = shown.length - count;
  // Runs of entries that start in the same era (or in none) make the list's parts.
  const eras = entryEras(shown.slice(0, count), ctx.eras);
  const parts: { era: TimelineEra | null; items: Prepared[] }[] = [];
  shown.slice(0, count).forEach((p, i) => {
    if (!parts.length || parts[parts.length - 1].era !== eras[i]) parts.push({ era: eras[i], items: [] });
    parts[parts.length - 1].items.push(p);
  });
  const onClick = (event: Event) => {
    const id = (event.target as Element).closest<HTMLElement>('button.list-select')?.dataset.id;
    if (id) ctx.onSelect(id);
  };
  return html`<ol part="list" class="list" @click=${onClick}>
      ${parts.map(({ era, items }) =>
        era
          ? html`<li class="list-era" data-era=${era.id}>
              <h3>${localize(era.label, lang)}</h3>
              <ol class="list-group">
                ${listItems(ctx, items, true)}
              </ol>
            </li>`
          : listItems(ctx, items, false),
      )}
    </ol>
    ${rest > 0 && ctx.note ? html`<p class="state print-note">${ctx.note(count)}</p>` : nothing}
    ${
      rest > 0
        ? html`<button type="button" class="list-more" @click=${() => ctx.onMore(count + ctx.page)}>
            ${t.showMore(Math.min(ctx.page, rest), rest)}
          </button>`
        : nothing
    }`;
}
