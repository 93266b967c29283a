import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../data/localize.js';
import type { Lang, TimelineEntry, TimelineMedia } from '../data/types.js';
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
 * An image's URL when it may load: `http:`, `https:` or relative (to the page). The validator
 * already leaves out any other; this is the renderer's own check, for data that never passed it.
 */
export function imageSrc(url: unknown): string | null {
  if (typeof url !== 'string' || !url.trim()) return null;
  try {
    return /^https?:$/.test(new URL(url, 'https://base.invalid/').protocol) ? url : null;
  } catch {
    return null;
  }
}

/**
 * An entry's image with caption and credit beneath. Its box is reserved by CSS (a fixed aspect
 * ratio, `object-fit: contain`), so the panel does not jump when the image arrives; `lazy`, so a
 * list of many entries loads only the images scrolled to.
 */
function renderMedia(media: TimelineMedia | undefined, lang: Lang) {
  const src = imageSrc(media?.src);
  if (!media || !src) return nothing;
  const caption = localize(media.caption, lang);
  return html`<figure class="media">
    <img src=${src} alt=${localize(media.alt, lang)} loading="lazy" decoding="async" />
    ${
      caption || media.credit
        ? html`<figcaption>
            ${caption}${media.credit ? html` <span class="credit">${media.credit}</span>` : nothing}
          </figcaption>`
        : nothing
    }
  </figure>`;
}

/**
 * What the detail panel and the list view both show of an entry: summary, quotes with speakers
 * (and the English translation in English), the source excerpt and how the date is known. All of it
 * is rendered as text.
 *
 * The excerpt is "from the article" when it comes from the story's own source: it has no link, or
 * links to `storyUrl` (the dataset's `source.url`). A link anywhere else (a TimelineJS video or
 * page, whose excerpt is its caption or host) is a source of its own: "Source: <link>".
 */
export function entryBody(entry: TimelineEntry, lang: Lang, storyUrl?: string): TemplateResult {
  const t = strings[lang];
  const basis = entry.dateBasis ?? 'source';
  const url = safeUrl(entry.source?.url);
  const elsewhere = url !== null && url !== safeUrl(storyUrl);
  return html`${renderMedia(entry.media, lang)}
  ${entry.summary ? html`<p class="summary">${localize(entry.summary, lang)}</p>` : nothing}
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
    entry.source?.excerpt && elsewhere
      ? html`<p class="excerpt">
          <span class="label">${t.source}:</span>
          <a href=${url} rel="noopener noreferrer">${entry.source.excerpt}</a>
        </p>`
      : entry.source?.excerpt
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
