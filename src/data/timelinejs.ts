/**
 * Reads a TimelineJS JSON file (https://timeline.knightlab.com/docs/json-format.html): an object
 * with an `events` array of slides, an optional `title` slide and optional `eras`. Each slide
 * becomes a `Slide` and `timelinejs-map.ts` maps it; issues name the place in the file
 * (`events[3].start_date.year`). Pure: no DOM, never throws.
 */
import type { Field, HtmlToText, Slide, SlideDate } from './timelinejs-parts.js';
import { quoted } from './timelinejs-parts.js';
import { type Converted, type Place, convertSlides } from './timelinejs-map.js';

type Obj = Record<string, unknown>;

/** Where each part of a slide is in the JSON. */
const PATHS: Record<Field, string> = {
  '': '',
  type: 'type',
  start: 'start_date',
  year: 'start_date.year',
  month: 'start_date.month',
  day: 'start_date.day',
  end: 'end_date',
  endYear: 'end_date.year',
  endMonth: 'end_date.month',
  endDay: 'end_date.day',
  headline: 'text.headline',
  text: 'text.text',
  media: 'media.url',
  caption: 'media.caption',
  credit: 'media.credit',
  alt: 'media.alt',
  group: 'group',
  displayDate: 'display_date',
  uniqueId: 'unique_id',
};

export const jsonPlace: Place = {
  issue: (slide, field, message) => ({
    path: PATHS[field] ? `${slide.at}.${PATHS[field]}` : slide.at,
    message,
  }),
};

const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const get = (obj: unknown, key: string): unknown => (isObj(obj) ? obj[key] : undefined);

function date(value: unknown): SlideDate | undefined {
  if (!isObj(value)) return undefined;
  return { year: value.year, month: value.month, day: value.day, display: value.display_date };
}

/** A slide object as the intermediate form; undefined (with an issue) when it is not an object. */
function slide(value: unknown, at: string, issues: Converted['issues']): Slide | undefined {
  if (!isObj(value)) {
    issues.push({
      path: at,
      message: `expected a slide (an object with start_date and text), got ${quoted(value)}`,
    });
    return undefined;
  }
  const media = value.media;
  return {
    at,
    type: value.type,
    start: date(value.start_date),
    end: date(value.end_date),
    headline: get(value.text, 'headline'),
    text: get(value.text, 'text'),
    media: isObj(media)
      ? { url: media.url, caption: media.caption, credit: media.credit, alt: media.alt }
      : undefined,
    group: value.group,
    displayDate: value.display_date,
    uniqueId: value.unique_id,
  };
}

/**
 * A TimelineJS JSON value (already parsed) → a raw dataset for `validateConverted`, the issues
 * found on the way, and `rename` for the validator's. `htmlToText` reads headlines and texts.
 */
export function readTimelineJS(json: unknown, htmlToText: HtmlToText): Converted {
  const issues: Converted['issues'] = [];
  const none = (message: string, path: string): Converted => ({
    raw: null,
    issues: [{ path, message }],
    rename: (issue) => issue,
  });
  if (!isObj(json))
    return none(`expected a TimelineJS timeline (an object with events), got ${quoted(json)}`, '');
  if (!Array.isArray(json.events)) {
    return none(
      `expected a list of slides, got ${json.events === undefined ? 'nothing' : quoted(json.events)}`,
      'events',
    );
  }
  const list = (key: string) => (Array.isArray(json[key]) ? (json[key] as unknown[]) : []);
  const events = list('events')
    .map((e, i) => slide(e, `events[${i}]`, issues))
    .filter((s) => s !== undefined);
  const eras = list('eras')
    .map((e, i) => slide(e, `eras[${i}]`, issues))
    .filter((s) => s !== undefined);
  if (json.eras !== undefined && !Array.isArray(json.eras)) {
    issues.push({ path: 'eras', message: `expected a list of eras, got ${quoted(json.eras)}` });
  }
  const title = json.title === undefined ? undefined : slide(json.title, 'title', issues);
  const out = convertSlides({ events, eras, title }, jsonPlace, htmlToText);
  return { ...out, issues: [...issues, ...out.issues] };
}
