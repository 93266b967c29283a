/**
 * The validator's and the readers' issue messages in Dutch, translated at the edge: they are
 * written once, in English (the `timeline-error` event and the CLI keep them so, for logs), and the
 * alert shows them in the element's language. Loaded with `import()` only when a Dutch timeline
 * has issues to show, so no page pays for it up front.
 *
 * Quoted values (`"2022-13"`) are the reader's own text and stay as they are; the rest is
 * translated phrase by phrase. A message no phrase matches stays English: the test in
 * `test/data/issues-nl.test.ts` runs every message the validator and readers make through it.
 */

/** What was expected, with its article: `is not a …` becomes `is geen …`. */
const WHAT: [string, string][] = [
  [
    'a dataset (an object with title, asOf, lanes and entries) or a list of entries',
    'een dataset (een object met title, asOf, lanes en entries) of een lijst van gebeurtenissen',
  ],
  [
    'a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)',
    'een geldige datum (gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD)',
  ],
  ['a valid entry id (a-z, 0-9 and -', 'een geldige id van een gebeurtenis (a-z, 0-9 en -'],
  ['a valid era id (a-z, 0-9 and -', 'een geldige id van een tijdperk (a-z, 0-9 en -'],
  ['a valid lane id (letters, digits, - and _', 'een geldige id van een spoor (letters, cijfers, - en _'],
  ['a quote (an object with text and speaker)', 'een citaat (een object met text en speaker)'],
  ['an image (an object with src and alt)', 'een afbeelding (een object met src en alt)'],
  ['a lane (an object with id and label)', 'een spoor (een object met id en label)'],
  [
    'an entry (an object with id, date, lane and title)',
    'een gebeurtenis (een object met id, date, lane en title)',
  ],
  [
    'an era (an object with id, start, end and label)',
    'een tijdperk (een object met id, start, end en label)',
  ],
  ['a slide (an object with start_date and text)', 'een dia (een object met start_date en text)'],
  ['a TimelineJS timeline (an object with events)', 'een TimelineJS-tijdlijn (een object met events)'],
  ['an object with excerpt and url', 'een object met excerpt en url'],
  ['an object with label and url', 'een object met label en url'],
  ['one of source, inferred, background', 'een van source, inferred, background'],
  ["a date or 'ongoing'", "een datum of 'ongoing'"],
  ['a list of entries', 'een lijst van gebeurtenissen'],
  ['a list of lanes', 'een lijst van sporen'],
  ['a list of eras', 'een lijst van tijdperken'],
  ['a list of quotes', 'een lijst van citaten'],
  ['a list of slides', 'een lijst van dia’s'],
  ['a month (1 to 12)', 'een maand (1 tot en met 12)'],
  ['a lane id', 'een id van een spoor'],
  ['a year', 'een jaar'],
  ['a day of', 'een dag van'],
  ['text', 'tekst'],
];

/** How a value is named when it is not quoted (`show`, `quoted`). */
const SHOWN: [string, string][] = [
  ['a value that could not be read', 'een waarde die niet te lezen was'],
  ['nothing', 'niets'],
  ['a number', 'een getal'],
  ['an object', 'een object'],
  ['an array', 'een lijst'],
  ['a boolean', 'een waar/onwaar-waarde'],
  ['a function', 'een functie'],
  ['a bigint', 'een bigint'],
  ['a symbol', 'een symbool'],
];

const NAMES: Record<string, string> = {
  entries: 'gebeurtenissen',
  lanes: 'sporen',
  eras: 'tijdperken',
  quotes: 'citaten',
};
const EARLIER: Record<string, string> = {
  lane: 'een eerder spoor',
  entry: 'een eerdere gebeurtenis',
  era: 'een eerder tijdperk',
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const any = (pairs: [string, string][]) => pairs.map(([en]) => escape(en)).join('|');
const dutch = (pairs: [string, string][], en: string) => pairs.find(([e]) => e === en)?.[1] ?? en;
const geen = (what: string) => (what.startsWith('een ') ? `geen ${what.slice(4)}` : `geen ${what}`);

/** Phrase by phrase, in order: the longest and most particular first. */
const PHRASES: [RegExp, string | ((...m: string[]) => string)][] = [
  [/, at most 64 characters\)/g, ', hoogstens 64 tekens)'],
  [
    new RegExp(`expected (${any(WHAT)}), got (${any(SHOWN)}|null|\uE000\\d+\uE000)`, 'g'),
    (_, w, s) => `verwacht: ${dutch(WHAT, w)}; gekregen: ${dutch(SHOWN, s)}`,
  ],
  [
    /is not an absolute http: or https: URL, so it is left out/g,
    'is geen absolute http:- of https:-URL en is weggelaten',
  ],
  [
    /is not an http:, https: or relative URL, so (it|the image) is left out/g,
    (_, w) =>
      `is geen http:-, https:- of relatieve URL, dus ${w === 'it' ? 'hij' : 'de afbeelding'} is weggelaten`,
  ],
  [
    /is a relative link: only images may be relative, so it is left out/g,
    'is een relatieve link: alleen afbeeldingen mogen relatief zijn, dus hij is weggelaten',
  ],
  [new RegExp(`is not (${any(WHAT)})`, 'g'), (_, w) => `is ${geen(dutch(WHAT, w))}`],
  [/is not a lane of this dataset/g, 'is geen spoor van deze dataset'],
  [
    /the text is (\d+) characters long, more than the limit of (\d+)/g,
    'de tekst is $1 tekens lang, meer dan de grens van $2',
  ],
  [/must not be empty/g, 'mag niet leeg zijn'],
  [
    /(\d+) (entries|lanes|eras|quotes) is more than the limit of (\d+); the first \d+ are used/g,
    (_, n, w, l) => `${n} ${NAMES[w]} is meer dan de grens van ${l}; de eerste ${l} worden gebruikt`,
  ],
  [/… and (\d+) more issues/g, '… en nog $1 fouten'],
  [/there are no valid entries/g, 'er zijn geen geldige gebeurtenissen'],
  [
    /there are no events with a valid date to show/g,
    'er zijn geen gebeurtenissen met een geldige datum om te tonen',
  ],
  [
    /is already the id of an earlier (lane|entry|era); this one is left out/g,
    (_, w) => `is al de id van ${EARLIER[w]}; deze is weggelaten`,
  ],
  [
    /is (before|after) the year (1|9999), which is not supported/g,
    (_, w, y) => `ligt ${w === 'before' ? 'voor' : 'na'} het jaar ${y}, en dat wordt niet ondersteund`,
  ],
  [/ends before it starts: /g, 'eindigt voordat het begint: '],
  [/ is before /g, ' ligt voor '],
  [/would be lane (\d+), more than the limit of (\d+)/g, 'zou spoor $1 worden, meer dan de grens van $2'],
  [
    /has less than 3:1 contrast with the background; a palette colour is used/g,
    'heeft minder dan 3:1 contrast met de achtergrond; een kleur van het palet wordt gebruikt',
  ],
  [/is empty: a date needs at least a year/g, 'is leeg: een datum heeft ten minste een jaar nodig'],
  [/is given without a month/g, 'is gegeven zonder maand'],
  [
    /is empty, and so is the caption: an image needs words that say what it shows, so it is left out/g,
    'is leeg, en het bijschrift ook: een afbeelding heeft woorden nodig die zeggen wat ze toont, dus ze is weggelaten',
  ],
  [
    /is missing: an event needs a start date, at least a Year/g,
    'ontbreekt: een gebeurtenis heeft een begindatum nodig, ten minste een Year',
  ],
  [
    /is missing: an era needs an end date, so it is left out/g,
    'ontbreekt: een tijdperk heeft een einddatum nodig, dus het is weggelaten',
  ],
  [
    /again: only the first title slide is the title, so this one is read as an event/g,
    'nog eens: alleen de eerste titeldia is de titel, dus deze wordt als gebeurtenis gelezen',
  ],
  [
    /; the (event|end) is left out/g,
    (_, w) => `; ${w === 'event' ? 'de gebeurtenis' : 'het einde'} is weggelaten`,
  ],
  [/the file is empty: expected a header row/g, 'het bestand is leeg: verwacht werd een rij met kolomnamen'],
  [
    /there is no (.+?) column: the header row must name the columns of the TimelineJS template/g,
    'er is geen kolom $1: de eerste rij moet de kolommen van het TimelineJS-sjabloon noemen',
  ],
  [/there are no rows below the header/g, 'er zijn geen rijen onder de kolomnamen'],
];

/** `message` in Dutch, its quoted values as they were. */
export function issueInDutch(message: string): string {
  const quoted: string[] = [];
  // Each quoted value becomes a placeholder that no phrase matches, and comes back at the end.
  let text = message.replace(/"(?:[^"\\]|\\.)*"/g, (q) => `\uE000${quoted.push(q) - 1}\uE000`);
  for (const [pattern, replacement] of PHRASES) text = text.replace(pattern, replacement as string);
  return text.replace(/\uE000(\d+)\uE000/g, (_, i) => quoted[Number(i)]);
}
