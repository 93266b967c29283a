import type { Lang } from './data/types.js';

/** The element's own words, per language. Dataset text comes from the dataset. */
export const strings = {
  nl: {
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    reset: 'Hele tijdlijn',
    wheelHint: 'Houd Ctrl (⌘ op een Mac) ingedrukt en scroll om te zoomen',
    period: 'periode',
    close: 'Sluiten',
    source: 'Bron',
    asOf: 'stand van zaken:',
    fromArticle: 'Uit het artikel',
    translation: 'Vertaling',
    dateBasis: {
      source: 'Datum uit het artikel',
      inferred: 'Datum afgeleid',
      background: 'Datum uit achtergrondkennis',
    },
    plot: 'Tijdlijn',
    lanes: 'Sporen',
    entries: (n: number) => `${n} gebeurtenissen`,
  },
  en: {
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    reset: 'Whole timeline',
    wheelHint: 'Hold Ctrl (⌘ on a Mac) and scroll to zoom',
    period: 'period',
    close: 'Close',
    source: 'Source',
    asOf: 'as of',
    fromArticle: 'From the article',
    translation: 'Translation',
    dateBasis: {
      source: 'Date from the article',
      inferred: 'Date inferred',
      background: 'Date from background knowledge',
    },
    plot: 'Timeline',
    lanes: 'Lanes',
    entries: (n: number) => `${n} entries`,
  },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof strings)['en'];

/** `nl`, `nl-NL`, `nl-BE` → `nl`; anything else → `en`. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().split('-')[0] === 'nl' ? 'nl' : 'en';
}
