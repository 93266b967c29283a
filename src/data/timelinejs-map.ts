/**
 * TimelineJS slides → our dataset (the mapping table in the README), written once for both readers: `timelinejs.ts`
 * (a TimelineJS JSON file) and `csv.ts` (its spreadsheet template) turn what they read into
 * `Slide`s, and `convertSlides` maps those. The result is raw: `validateConverted` checks it, and
 * `rename` turns the validator's paths (`entries[3].title`) back into the reader's (`row 6`).
 *
 * The mapping, as TimelineJS's own reader (`ConfigFactory.js`, `TimelineConfig.js`) does it where
 * both have the thing:
 * - start date → `date` at the precision given; hours, minutes and seconds are dropped; an end
 *   date equal to the start is dropped (a point, as TimelineJS makes it);
 * - headline → `title` (when it is empty: the first line of the text, as a title must be there);
 *   text → `summary`; both read as text by `htmlToText`, never as markup;
 * - group → lane, one per distinct group in order of first appearance, labelled by the group;
 *   events without a group share one lane (`events`, or `other` beside named groups);
 * - `unique_id` → `id` (slugified when it does not fit our ids), else made from the headline,
 *   made unique with `-2`, `-3`… as TimelineJS does rather than leaving a slide out;
 * - an image URL → `media` (alt from `alt` / Alt Text, else the caption; credit beside it);
 *   any other URL (YouTube, a post, a map, a page) → `source: { excerpt, url }`, the link the
 *   element shows under the entry, its words the caption (else the credit, else the host name);
 *   an embed code (`<blockquote>…`) → its text, added to the summary;
 * - `display_date` → `dateLabel` (the slide's, else the start date's, with the end date's);
 * - the title slide → the dataset's `title` and `summary`; eras → `eras` (headline → `label`);
 * - `asOf`, which TimelineJS does not have, is the latest date in the data: nothing is ongoing.
 */
import type { ValidationIssue } from './validate-parts.js';
import { ENTRY_ID, LIMITS } from './validate-parts.js';
import { parsePartialDate } from '../dates/partial-date.js';
import {
  type Field,
  type HtmlToText,
  type Slide,
  type SlideDate,
  asText,
  given,
  mediaKind,
  partialDate,
  quoted,
  slugify,
  unique,
} from './timelinejs-parts.js';

/** How a reader names a place: `events[3].start_date.year` in JSON, `row 4` and a column in CSV. */
export interface Place {
  issue(slide: Slide, field: Field, message: string): ValidationIssue;
}

export interface Converted {
  /** The dataset, for `validateConverted`; null when no event could be read. */
  raw: unknown;
  issues: ValidationIssue[];
  /** The validator's path of an issue → the reader's. */
  rename: (issue: ValidationIssue) => ValidationIssue;
}

type Obj = Record<string, unknown>;

/** The validator's field names → the slide's. */
const FIELDS: Record<string, Field> = {
  id: 'uniqueId',
  date: 'start',
  start: 'start',
  end: 'end',
  lane: 'group',
  title: 'headline',
  label: 'headline',
  summary: 'text',
  media: 'media',
  'media.src': 'media',
  'media.alt': 'alt',
  'media.caption': 'caption',
  'media.credit': 'credit',
  dateLabel: 'displayDate',
  source: 'media',
  'source.url': 'media',
  'source.excerpt': 'caption',
};

/** Longest title made from a text when the headline is empty. */
const TITLE_FROM_TEXT = 80;

class Converter {
  readonly issues: ValidationIssue[] = [];
  readonly entrySlides: Slide[] = [];
  readonly eraSlides: Slide[] = [];
  /** The first slide of each group, by its label (`''`: no group), in order of appearance. */
  readonly groups = new Map<string, Slide>();
  private readonly ids = new Set<string>();
  private readonly eraIds = new Set<string>();

  constructor(
    private readonly place: Place,
    private readonly toText: HtmlToText,
  ) {}

  report(slide: Slide, field: Field, message: string): undefined {
    this.issues.push(this.place.issue(slide, field, message));
    return undefined;
  }

  /** The text of an HTML field, `''` when it is not given. */
  text(slide: Slide, field: Field, value: unknown): string {
    if (!given(value)) return '';
    const s = asText(value);
    if (s === undefined) return this.report(slide, field, `expected text, got ${quoted(value)}`) ?? '';
    return this.toText(s);
  }

  /** A start or end date; undefined when absent or bad (bad ones are reported). */
  date(slide: Slide, which: 'start' | 'end'): string | undefined {
    const d: SlideDate | undefined = slide[which];
    if (!d || ![d.year, d.month, d.day].some(given)) {
      if (which === 'start')
        this.report(slide, 'start', 'is missing: an event needs a start date, at least a Year');
      return;
    }
    const out = partialDate(d);
    if (typeof out === 'string') return out;
    const field = which === 'start' ? out.field || 'start' : (`end${cap(out.field)}` as Field);
    const what = which === 'start' ? 'the event is left out' : 'the end is left out';
    return this.report(slide, field, `${out.message}; ${what}`);
  }

  entry(slide: Slide, n: number): Obj | undefined {
    const date = this.date(slide, 'start');
    if (!date) return;
    const out: Obj = { id: '', date };
    const end = this.date(slide, 'end');
    if (end && end !== date) out.end = end;
    const text = this.text(slide, 'text', slide.text);
    const title = this.text(slide, 'headline', slide.headline) || firstLine(text);
    out.lane = this.lane(slide);
    out.title = title;
    out.id = this.id(slide, title, n, this.ids, 'entry');
    const summary = [text, ...this.media(slide, out)].filter(Boolean).join('\n');
    if (summary) out.summary = summary;
    const label = this.dateLabel(slide);
    if (label) out.dateLabel = label;
    return out;
  }

  private id(slide: Slide, title: string, n: number, used: Set<string>, prefix: string): string {
    const own = asText(slide.uniqueId)?.trim() ?? '';
    const base =
      (ENTRY_ID.test(own) && own.length <= LIMITS.id ? own : slugify(own)) ||
      slugify(title) ||
      `${prefix}-${n + 1}`;
    return unique(base, used);
  }

  /** The slide's group label; `lanes()` gives each its id once all are known. */
  private lane(slide: Slide): string {
    const label = this.text(slide, 'group', slide.group).replace(/\s+/g, ' ').trim();
    if (!this.groups.has(label)) this.groups.set(label, slide);
    return label;
  }

  /** One lane per group: id from the label; the events without one share `events` (or `other`). */
  lanes(): Map<string, { id: string; label: string | { en: string; nl: string } }> {
    const used = new Set<string>();
    const out = new Map<string, { id: string; label: string | { en: string; nl: string } }>();
    for (const label of this.groups.keys()) {
      if (label) out.set(label, { id: unique(slugify(label) || `lane-${out.size + 1}`, used), label });
    }
    if (this.groups.has('')) {
      const label = out.size ? { en: 'Other', nl: 'Overig' } : { en: 'Events', nl: 'Gebeurtenissen' };
      out.set('', { id: unique(out.size ? 'other' : 'events', used), label });
    }
    return out;
  }

  /** Puts an image or a link on `out`; returns text for the summary (an embed code's words). */
  private media(slide: Slide, out: Obj): string[] {
    const m = slide.media;
    const url = asText(m?.url)?.trim();
    if (!m || !url) return [];
    const kind = mediaKind(url);
    if (kind === 'markup') return [this.toText(url)];
    if (kind === 'bad') {
      return (
        this.report(
          slide,
          'media',
          `${quoted(url)} is not an http:, https: or relative URL, so it is left out`,
        ) ?? []
      );
    }
    const caption = this.text(slide, 'caption', m.caption);
    const credit = this.text(slide, 'credit', m.credit);
    if (kind === 'image') {
      const alt = this.text(slide, 'alt', m.alt) || caption;
      if (!alt)
        return (
          this.report(
            slide,
            'alt',
            'is empty, and so is the caption: an image needs words that say what it shows, so it is left out',
          ) ?? []
        );
      out.media = { src: url, alt, ...(caption && { caption }), ...(credit && { credit }) };
      return [];
    }
    const link = new URL(url, 'https://base.invalid/');
    if (link.host === 'base.invalid') {
      return (
        this.report(
          slide,
          'media',
          `${quoted(url)} is a relative link: only images may be relative, so it is left out`,
        ) ?? []
      );
    }
    out.source = { excerpt: caption || credit || link.host.replace(/^www\./, ''), url: link.href };
    return [];
  }

  private dateLabel(slide: Slide): string {
    const own = this.text(slide, 'displayDate', slide.displayDate);
    if (own) return own;
    const start = this.text(slide, 'start', slide.start?.display);
    const end = this.text(slide, 'end', slide.end?.display);
    return start && end ? `${start} – ${end}` : start;
  }

  era(slide: Slide, n: number): Obj | undefined {
    const start = this.date(slide, 'start');
    const end = this.date(slide, 'end');
    if (start && !end && !given(slide.end?.year)) {
      this.report(slide, 'end', 'is missing: an era needs an end date, so it is left out');
    }
    if (!start || !end) return;
    const label = this.text(slide, 'headline', slide.headline).replace(/\n/g, ' ');
    return { id: this.id(slide, label, n, this.eraIds, 'era'), start, end, label };
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim();
  return line.length > TITLE_FROM_TEXT ? line.slice(0, TITLE_FROM_TEXT - 1).trimEnd() + '…' : line;
}

/** The latest date among `dates`: nothing in a TimelineJS timeline is ongoing, so it ends there. */
function latest(dates: unknown[]): string | undefined {
  let best: string | undefined;
  let last = -Infinity;
  for (const d of dates) {
    const to = parsePartialDate(d)?.to ?? -Infinity;
    if (to > last) [last, best] = [to, d as string];
  }
  return best;
}

/** TimelineJS's `type`: `'title'`, `'era'` or an event (anything else, as TimelineJS reads it). */
const typeOf = (slide: Slide) => asText(slide.type)?.trim().toLowerCase() ?? '';

/**
 * Maps `events` (whose `type` may make one the title or an era, as spreadsheet rows do) and, from
 * a JSON file, its `title` slide and `eras`. Never throws; every problem is an issue at `place`.
 */
export function convertSlides(
  input: { events: Slide[]; title?: Slide; eras?: Slide[] },
  place: Place,
  htmlToText: HtmlToText,
): Converted {
  const c = new Converter(place, htmlToText);
  let title = input.title;
  const events: Slide[] = [];
  const eraSlides = [...(input.eras ?? [])];
  for (const slide of input.events) {
    const type = typeOf(slide);
    if (type === 'era') eraSlides.push(slide);
    else if (type !== 'title') events.push(slide);
    else if (!title) title = slide;
    else {
      c.report(
        slide,
        'type',
        `${quoted(slide.type)} again: only the first title slide is the title, so this one is read as an event`,
      );
      events.push(slide);
    }
  }
  const entries: Obj[] = [];
  events.forEach((slide, i) => {
    const e = c.entry(slide, i);
    if (!e) return;
    entries.push(e);
    c.entrySlides.push(slide);
  });
  const eras: Obj[] = [];
  eraSlides.forEach((slide, i) => {
    const e = c.era(slide, i);
    if (!e) return;
    eras.push(e);
    c.eraSlides.push(slide);
  });
  const lanes = c.lanes();
  for (const e of entries) e.lane = lanes.get(e.lane as string)!.id;

  const asOf = latest([...entries.flatMap((e) => [e.date, e.end]), ...eras.map((e) => e.end)]);
  if (!entries.length || !asOf) {
    c.issues.push({ path: '', message: 'there are no events with a valid date to show' });
    return { raw: null, issues: c.issues, rename: (issue) => issue };
  }
  const raw: Obj = { title: title ? c.text(title, 'headline', title.headline).replace(/\n/g, ' ') : '' };
  const summary = title ? c.text(title, 'text', title.text) : '';
  if (summary) raw.summary = summary;
  Object.assign(raw, { asOf, lanes: [...lanes.values()], entries });
  if (eras.length) raw.eras = eras;
  return { raw, issues: c.issues, rename: renamer(c, place, title, lanes) };
}

/** The validator's paths (`entries[3].title`, `lanes[1].label`, `summary`) → the reader's. */
function renamer(
  c: Converter,
  place: Place,
  title: Slide | undefined,
  lanes: Map<string, { id: string }>,
): (issue: ValidationIssue) => ValidationIssue {
  const laneSlides = [...c.groups.entries()].sort(
    ([a], [b]) => [...lanes.keys()].indexOf(a) - [...lanes.keys()].indexOf(b),
  );
  return ({ path, message }) => {
    const m = /^(entries|eras|lanes)\[(\d+)\](?:\.(\w+))?(?:\.(\w+))?/.exec(path);
    if (m) {
      const slide =
        m[1] === 'entries'
          ? c.entrySlides[+m[2]]
          : m[1] === 'eras'
            ? c.eraSlides[+m[2]]
            : laneSlides[+m[2]]?.[1];
      const field = m[1] === 'lanes' ? 'group' : (FIELDS[`${m[3]}.${m[4]}`] ?? FIELDS[m[3]] ?? '');
      if (slide) return place.issue(slide, field, message);
    }
    const top = /^(title|summary)\b/.exec(path);
    if (top && title) return place.issue(title, top[1] === 'title' ? 'headline' : 'text', message);
    return { path, message };
  };
}
