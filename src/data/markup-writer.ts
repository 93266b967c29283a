/**
 * Writes a dataset as the light-DOM markup that `readMarkup` (`markup-reader.ts`, where the format
 * is described) reads back: `npm run snippet` prints it for the built-in story, to paste into an
 * article. One language, the page's; it reads as a plain list without CSS or JavaScript, worded
 * as the element's own detail panel is. Kept apart from the reader so that the element's bundle
 * carries only the reader.
 *
 * Every text and attribute value is escaped, so no dataset text can put markup into the article.
 */
import { formatPartialDate, presentLabel } from '../dates/format.js';
import { strings } from '../i18n.js';
import { localize } from './localize.js';
import type { Lang, Localized, TimelineDataset, TimelineEntry } from './types.js';

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text content: `&`, `<` and `>` escaped (quotes stay readable in the pasted snippet). */
const esc = (value: string) => String(value).replace(/[&<>]/g, (c) => TEXT[c]);
/** An attribute value, written between double quotes: `"` escaped too. */
const escAttr = (value: string) => String(value).replace(/[&<>"]/g, (c) => TEXT[c]);

/** A `<time>` for a partial date, its text as people read it (the raw value if it is not a date). */
function time(value: string, lang: Lang): string {
  const label = value === 'ongoing' ? presentLabel[lang] : formatPartialDate(value, lang) || value;
  return `<time datetime="${escAttr(value)}">${esc(label)}</time>`;
}

/**
 * A quote's translation in `lang` only: a Dutch reader gains nothing from the English of a Dutch
 * quote (the element, too, shows translations in English only).
 */
const translation = (value: Localized | undefined, lang: Lang) =>
  typeof value === 'string' ? value : value?.[lang];

function entryLines(entry: TimelineEntry, lang: Lang): string[] {
  const t = strings[lang];
  const attrs = [`data-id="${escAttr(entry.id)}"`, `data-lane="${escAttr(entry.lane)}"`];
  const lines = [
    `${time(entry.date, lang)}${entry.end === undefined ? '' : ` – ${time(entry.end, lang)}`}:`,
    `<strong>${esc(localize(entry.title, lang))}</strong>`,
  ];
  const summary = localize(entry.summary, lang);
  if (summary) lines.push(`<p>${esc(summary)}</p>`);
  for (const quote of entry.quotes ?? []) {
    const role = localize(quote.role, lang);
    const translated = translation(quote.translation, lang);
    lines.push(
      '<figure>',
      // The quotes are the Dutch article's own words, as the element marks them.
      `  <blockquote lang="nl"><p>${esc(quote.text)}</p></blockquote>`,
      ...(translated
        ? [`  <p>${esc(t.translation)}: <span data-translation>${esc(translated)}</span></p>`]
        : []),
      `  <figcaption>— <span data-speaker>${esc(quote.speaker)}</span>${role ? `, <span data-role>${esc(role)}</span>` : ''}</figcaption>`,
      '</figure>',
    );
  }
  if (entry.source?.excerpt) {
    const url = entry.source.url ? ` <a href="${escAttr(entry.source.url)}">${esc(t.source)}</a>` : '';
    lines.push(
      `<p data-source>${esc(t.fromArticle)}: <q lang="nl">${esc(entry.source.excerpt)}</q>${url}</p>`,
    );
  }
  const note = localize(entry.dateNote, lang);
  if (entry.dateBasis || note) {
    const basis = entry.dateBasis ?? 'source';
    // `data-date-basis` only where the dataset says it: the default stays implicit, as it was.
    const label = entry.dateBasis
      ? `<span data-date-basis="${escAttr(basis)}">${esc(t.dateBasis[basis] ?? basis)}</span>`
      : esc(t.dateBasis.source);
    lines.push(`<p><small>${label}${note ? `: <span data-date-note>${esc(note)}</span>` : ''}</small></p>`);
  }
  return [`<li ${attrs.join(' ')}>`, ...lines.map((line) => `  ${line}`), '</li>'];
}

/**
 * `dataset` in `lang` as the markup `readMarkup` reads: pretty-printed HTML, wrapped in
 * `<belarus-timeline lang="…">`, every text and attribute value escaped.
 */
export function datasetToMarkup(dataset: TimelineDataset, lang: Lang): string {
  const t = strings[lang];
  const title = localize(dataset.title, lang);
  const lines: string[] = [];
  if (title) lines.push(`<h2>${esc(title)}</h2>`);
  lines.push(`<ol data-as-of="${escAttr(dataset.asOf)}">`);
  for (const entry of dataset.entries) lines.push(...entryLines(entry, lang).map((line) => `  ${line}`));
  lines.push('</ol>');
  if (dataset.source) {
    const label = esc(localize(dataset.source.label, lang));
    const cite = dataset.source.url ? `<a href="${escAttr(dataset.source.url)}">${label}</a>` : label;
    lines.push(
      `<p data-source>${esc(t.source)}: <cite>${cite}</cite> · ${esc(t.asOf)} ${time(dataset.asOf, lang)}</p>`,
    );
  }
  // Lanes are colours and labels for the drawn timeline; the plain list has no use for them.
  lines.push('<ul data-lanes hidden>');
  for (const lane of dataset.lanes) {
    const color = lane.color ? ` data-color="${escAttr(lane.color)}"` : '';
    lines.push(`  <li data-id="${escAttr(lane.id)}"${color}>${esc(localize(lane.label, lang))}</li>`);
  }
  lines.push('</ul>');
  return [
    `<belarus-timeline lang="${escAttr(lang)}">`,
    ...lines.map((line) => `  ${line}`),
    '</belarus-timeline>',
  ].join('\n');
}
