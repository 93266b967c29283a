import { html, nothing } from 'lit';
import { localize } from '../data/localize.js';
import type { Lang, TimelineDataset, TimelineEntry } from '../data/types.js';
import { entryDateText, formatPartialDate } from '../dates/format.js';
import type { Strings } from '../i18n.js';
import { entryBody, safeUrl } from './entry-body.js';

/** How many issues the visible message lists; `timeline-error` carries them all. */
const SHOWN_ISSUES = 3;

/** An entry's lane (with its swatch) and date: the line above its title in the detail and the list. */
export function entryMeta(entry: TimelineEntry, lane: string, lang: Lang) {
  return html`<p class="detail-meta">
    <span class="swatch" aria-hidden="true"></span>${lane} ·
    <time datetime=${entry.date}>${entryDateText(entry, lang)}</time>
  </p>`;
}

/** The selected entry's panel (an empty, hidden one when nothing is selected). */
export function renderDetail(
  entry: TimelineEntry | null,
  dataset: TimelineDataset,
  lang: Lang,
  t: Strings,
  onClose: () => void,
) {
  if (!entry) return html`<section part="detail" class="detail" hidden></section>`;
  const lane = dataset.lanes.findIndex((l) => l.id === entry.lane);
  return html`<section part="detail" class="detail lane-${lane}" aria-labelledby="detail-title">
    <div class="detail-head">
      ${entryMeta(entry, localize(dataset.lanes[lane]?.label, lang), lang)}
      <button type="button" class="close" aria-label=${t.close} title=${t.close} @click=${onClose}>×</button>
    </div>
    <h3 id="detail-title">${localize(entry.title, lang)}</h3>
    ${entryBody(entry, lang, dataset.source?.url)}
  </section>`;
}

/** The `lanes` value with lane `index` toggled: the ids shown, or null for all. */
export function toggledLanes(
  dataset: TimelineDataset,
  hidden: ReadonlySet<number>,
  index: number,
): string | null {
  const next = new Set(hidden);
  if (next.has(index)) next.delete(index);
  else next.add(index);
  const ids = dataset.lanes.filter((_, i) => !next.has(i)).map((lane) => lane.id);
  return next.size ? ids.join(',') : null;
}

/** The lanes with their colours; each is a toggle that shows or hides its lane. */
export function renderLegend(
  dataset: TimelineDataset,
  hidden: ReadonlySet<number>,
  lang: Lang,
  t: Strings,
  onLanes: (lanes: string | null) => void,
) {
  return html`<ul part="legend" class="legend" aria-label=${t.lanes}>
    ${dataset.lanes.map(
      (lane, i) =>
        html`<li class="lane-${i}">
          <button
            type="button"
            part="lane-toggle"
            class="lane-toggle"
            aria-pressed=${hidden.has(i) ? 'false' : 'true'}
            @click=${() => onLanes(toggledLanes(dataset, hidden, i))}
          >
            <span class="swatch" aria-hidden="true"></span>${localize(lane.label, lang)}
          </button>
        </li>`,
    )}
  </ul>`;
}

/** The bad-input message: what failed, the first issues with their paths, and a dismiss button. */
export function renderError(
  message: string,
  issues: readonly { path: string; message: string }[],
  t: Strings,
  onDismiss: () => void,
) {
  const shown = issues.slice(0, SHOWN_ISSUES);
  const more = issues.length - shown.length;
  return html`<div part="error" class="error" role="alert">
    <div>
      <p>${message}</p>
      ${
        issues.length
          ? html`<ul>
              ${shown.map((issue) => html`<li><code>${issue.path || '(root)'}</code>: ${issue.message}</li>`)}
              ${more > 0 ? html`<li>${t.errors.more(more)}</li>` : nothing}
            </ul>`
          : nothing
      }
    </div>
    <button
      type="button"
      class="dismiss"
      aria-label=${t.errors.dismiss}
      title=${t.errors.dismiss}
      @click=${onDismiss}
    >
      ×
    </button>
  </div>`;
}

/** The footer's default: the dataset's source (a link only for http(s)) and when it was told. */
export function renderSource(dataset: TimelineDataset, lang: Lang, t: Strings) {
  const { source, asOf } = dataset;
  if (!source) return nothing;
  const label = localize(source.label, lang);
  const url = safeUrl(source.url);
  return html`${t.source}: ${url ? html`<a href=${url} rel="noopener noreferrer">${label}</a>` : label}
  ${asOf ? html`· ${t.asOf} ${formatPartialDate(asOf, lang)}` : nothing}`;
}
