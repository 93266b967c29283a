import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { localize } from '../data/localize.js';
import type { Lang, TimelineDataset } from '../data/types.js';
import type { Strings } from '../i18n.js';
import type { ShownIndex } from '../view/story-index.js';
import { entryBody } from './entry-body.js';
import { entryMeta } from './panels.js';

export interface ListContext {
  shown: ShownIndex;
  dataset: TimelineDataset;
  selected: string | null;
  /** `order="newest-first"`: the latest entry comes first. */
  newestFirst: boolean;
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

/** The list view: every shown entry, in date order (or newest first), with all that the detail panel says. */
export function renderList(ctx: ListContext) {
  const { lang, t, dataset } = ctx;
  const shown = ctx.newestFirst ? [...ctx.shown.shown].reverse() : ctx.shown.shown;
  const at = ctx.shown.position.get(ctx.selected ?? '') ?? -1;
  const rank = at < 0 || !ctx.newestFirst ? at : shown.length - 1 - at;
  const count = Math.min(shown.length, Math.max(ctx.count, rank + 1));
  const rest = shown.length - count;
  const onClick = (event: Event) => {
    const id = (event.target as Element).closest<HTMLElement>('button.list-select')?.dataset.id;
    if (id) ctx.onSelect(id);
  };
  return html`<ol part="list" class="list" @click=${onClick}>
      ${repeat(
        shown.slice(0, count),
        (p) => p.entry.id,
        ({ entry, lane }) => {
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
            ${entryBody(entry, lang)}
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
