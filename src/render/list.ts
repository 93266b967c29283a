import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { localize } from '../data/localize.js';
import type { Lang, TimelineDataset } from '../data/types.js';
import type { Strings } from '../i18n.js';
import { eraHeadings, type PreparedEra, type ShownIndex } from '../view/story-index.js';
import { entryBody } from './entry-body.js';
import { entryMeta } from './panels.js';

export interface ListContext {
  shown: ShownIndex;
  dataset: TimelineDataset;
  /** The story's eras: each heads the entries that start in it. */
  eras: readonly PreparedEra[];
  selected: string | null;
  lang: Lang;
  t: Strings;
  /** How many entries to show at least (the selected one always); the rest come a page at a time. */
  count: number;
  /** Entries a "show more" adds. */
  page: number;
  /** The reader pressed an entry's title. */
  onSelect: (id: string) => void;
  onMore: (count: number) => void;
}

/**
 * The list view: every shown entry, in date order, with all that the detail panel says; each era
 * heads its part (a presentational item that holds an `<h3>`, so the list counts only entries).
 */
export function renderList(ctx: ListContext) {
  const { lang, t, dataset } = ctx;
  const { shown, position } = ctx.shown;
  const count = Math.min(shown.length, Math.max(ctx.count, (position.get(ctx.selected ?? '') ?? -1) + 1));
  const rest = shown.length - count;
  const heads = eraHeadings(shown, ctx.eras);
  const items = shown.slice(0, count).flatMap((p, i) => {
    const era = heads.get(i);
    return era ? [era, p] : [p];
  });
  const onClick = (event: Event) => {
    const id = (event.target as Element).closest<HTMLElement>('button.list-select')?.dataset.id;
    if (id) ctx.onSelect(id);
  };
  return html`<ol part="list" class="list" @click=${onClick}>
      ${repeat(
        items,
        (item) => ('entry' in item ? item.entry.id : `era:${item.id}`),
        (item) => {
          if (!('entry' in item))
            return html`<li role="presentation" class="list-era" data-era=${item.id}>
              <h3>${localize(item.label, lang)}</h3>
            </li>`;
          const { entry, lane } = item;
          const selected = entry.id === ctx.selected;
          return html`<li class="list-item lane-${lane}${selected ? ' selected' : ''}" data-id=${entry.id}>
            ${entryMeta(entry, localize(dataset.lanes[lane]?.label, lang), lang)}
            <h3>
              <button
                type="button"
                class="list-select"
                data-id=${entry.id}
                aria-pressed=${selected ? 'true' : 'false'}
              >
                ${localize(entry.title, lang)}
              </button>
            </h3>
            ${entryBody(entry, lang, dataset.source?.url)}
          </li>`;
        },
      )}
    </ol>
    ${
      rest > 0
        ? html`<button type="button" class="list-more" @click=${() => ctx.onMore(count + ctx.page)}>
            ${t.showMore(Math.min(ctx.page, rest), rest)}
          </button>`
        : nothing
    }`;
}
