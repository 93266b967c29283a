import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../data/localize.js';
import type { Lang, TimelineEntry } from '../data/types.js';
import { strings } from '../i18n.js';

/** Only absolute http(s) URLs become links: never `javascript:`, `data:` or relative ones. */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/**
 * What the detail panel and the list view both show of an entry: summary, quotes with speakers
 * (and the English translation in English), the source excerpt and how the date is known. All of it
 * is rendered as text.
 */
export function entryBody(entry: TimelineEntry, lang: Lang): TemplateResult {
  const t = strings[lang];
  const basis = entry.dateBasis ?? 'source';
  const url = safeUrl(entry.source?.url);
  return html`${entry.summary ? html`<p class="summary">${localize(entry.summary, lang)}</p>` : nothing}
  ${(entry.quotes ?? []).map(
    (quote) =>
      html`<figure class="quote">
        <blockquote lang="nl"><p>“${quote.text}”</p></blockquote>
        ${
          lang === 'en' && quote.translation
            ? html`<p class="translation">
                <span class="visually-hidden">${t.translation}: </span>“${localize(quote.translation, lang)}”
              </p>`
            : nothing
        }
        <figcaption>
          — ${quote.speaker}${quote.role ? html`, ${localize(quote.role, lang)}` : nothing}
        </figcaption>
      </figure>`,
  )}
  ${
    entry.source?.excerpt
      ? html`<p class="excerpt">
          <span class="label">${t.fromArticle}:</span> <q lang="nl">${entry.source.excerpt}</q>
          ${url ? html` <a href=${url} rel="noopener noreferrer">${t.source}</a>` : nothing}
        </p>`
      : nothing
  }
  ${
    basis !== 'source' || entry.dateNote
      ? html`<p class="date-note">
          <span class="label">${t.dateBasis[basis]}</span
          >${entry.dateNote ? html`: ${localize(entry.dateNote, lang)}` : nothing}
        </p>`
      : nothing
  }`;
}
