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
    controls: 'Weergave',
    listView: 'Lijst',
    entriesLabel: 'Gebeurtenissen',
    lanes: 'Sporen: klik om te tonen of te verbergen',
    summary: (n: number, from: number, to: number, lanes: number) =>
      `${n} ${n === 1 ? 'gebeurtenis' : 'gebeurtenissen'} van ${from} tot ${to}, in ${lanes} ${lanes === 1 ? 'spoor' : 'sporen'}.`,
    summaryEmpty: 'Geen gebeurtenissen om te tonen.',
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
    controls: 'View',
    listView: 'List',
    entriesLabel: 'Entries',
    lanes: 'Lanes: click to show or hide',
    summary: (n: number, from: number, to: number, lanes: number) =>
      `${n} ${n === 1 ? 'entry' : 'entries'} from ${from} to ${to}, in ${lanes} ${lanes === 1 ? 'lane' : 'lanes'}.`,
    summaryEmpty: 'No entries to show.',
  },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof strings)['en'];

/** `nl`, `nl-NL`, `nl-BE` → `nl`; anything else → `en`. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().split('-')[0] === 'nl' ? 'nl' : 'en';
}
