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
    loading: 'Laden…',
    printNote: (n: number, total: number) =>
      `Afgedrukt: ${n.toLocaleString('nl')} van ${total.toLocaleString('nl')} gebeurtenissen.`,
    cluster: (n: number) => `${n} gebeurtenissen`,
    openCluster: 'klik om in te zoomen',
    showMore: (n: number, rest: number) => `Toon ${n} meer (nog ${rest})`,
    downloadSvg: 'Download deze weergave als SVG',
    downloadPng: 'Download deze weergave als PNG',
    previous: 'Vorige',
    next: 'Volgende',
    position: (i: number, n: number) => `${i} van ${n}`,
    story: 'Verhaal',
    errors: {
      http: (status: number) =>
        `De tijdlijn kon niet worden geladen: de server antwoordde met HTTP ${status}.`,
      network: 'De tijdlijn kon niet worden geladen: de server was niet bereikbaar.',
      json: 'De tijdlijn kon niet worden geladen: het antwoord is geen JSON.',
      invalid: 'Deze gegevens zijn geen tijdlijn; de vorige blijft staan.',
      invalidFirst: 'Deze gegevens zijn geen tijdlijn.',
      settings: (n: number) => `${n === 1 ? '1 fout' : `${n} fouten`} in de instellingen van de tijdlijn.`,
      partial: (n: number) =>
        `${n === 1 ? '1 fout' : `${n} fouten`} in de gegevens; ongeldige onderdelen zijn weggelaten.`,
      more: (n: number) => `en nog ${n}`,
      dismiss: 'Melding sluiten',
    },
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
    loading: 'Loading…',
    printNote: (n: number, total: number) =>
      `Printed: ${n.toLocaleString('en')} of ${total.toLocaleString('en')} entries.`,
    cluster: (n: number) => `${n} entries`,
    openCluster: 'click to zoom in',
    showMore: (n: number, rest: number) => `Show ${n} more (${rest} left)`,
    downloadSvg: 'Download this view as SVG',
    downloadPng: 'Download this view as PNG',
    previous: 'Previous',
    next: 'Next',
    position: (i: number, n: number) => `${i} of ${n}`,
    story: 'Story',
    errors: {
      http: (status: number) => `The timeline could not be loaded: the server answered HTTP ${status}.`,
      network: 'The timeline could not be loaded: the server could not be reached.',
      json: 'The timeline could not be loaded: the response is not JSON.',
      invalid: 'This data is not a timeline; the previous one stays.',
      invalidFirst: 'This data is not a timeline.',
      settings: (n: number) => `${n === 1 ? '1 problem' : `${n} problems`} in the timeline's settings.`,
      partial: (n: number) =>
        `${n === 1 ? '1 problem' : `${n} problems`} in the data; invalid parts were left out.`,
      more: (n: number) => `and ${n} more`,
      dismiss: 'Dismiss message',
    },
  },
} satisfies Record<Lang, unknown>;

export type Strings = (typeof strings)['en'];

/** `nl`, `nl-NL`, `nl-BE` → `nl`; anything else → `en`. */
export function toLang(value: string | null | undefined): Lang {
  return value?.toLowerCase().split('-')[0] === 'nl' ? 'nl' : 'en';
}
