/**
 * The validator's small checks, shared by `validate.ts` (the dataset) and `validate-entry.ts` (its
 * lanes, entries and eras). Each reads a value once, inside try/catch (see `read`), and either
 * returns what is valid or records one issue and returns undefined.
 */
import { parsePartialDate } from '../dates/partial-date.js';
import type { Localized, TimelineLane } from './types.js';

export interface ValidationIssue {
  /** Where: `'entries[3].date'`, `'lanes[0].id'`, `'asOf'`; `''` for the input as a whole. */
  path: string;
  /** What is wrong, in plain English. */
  message: string;
}

/** Most items in a list, and most characters (as people count them: graphemes) in a text field. */
export const LIMITS = {
  entries: 100_000,
  lanes: 50,
  eras: 100,
  id: 64,
  title: 200,
  summary: 2_000,
  quote: 1_000,
  excerpt: 2_000,
  note: 1_000,
  label: 100,
  url: 2_048,
  quotes: 20,
} as const;

export const MAX_ISSUES = 100;
/** What `read` returns when reading threw. */
export const FAIL = Symbol();
export const ENTRY_ID = /^[a-z0-9][a-z0-9-]*$/;
export const LANE_ID = /^[a-z0-9][a-z0-9-_]*$/i;
export const ENTRY_HINT = 'entry id (a-z, 0-9 and -';
export const LANE_HINT = 'lane id (letters, digits, - and _';

export type Obj = Record<string, unknown>;
export type Check<T> = (value: unknown, path: string) => T | undefined;

export interface Context {
  issues: ValidationIssue[];
  count: number;
  /** The known lanes by id, in order; lanes are added here when `generate` is set. */
  lanes: Map<string, TimelineLane>;
  generate: boolean;
  /** Unknown while the entries of a bare array are read: their latest date becomes `asOf`. */
  asOf?: string;
  ids: Set<string>;
  /**
   * Where an issue is reported, for data read from another format (a TimelineJS file): turns
   * `entries[3].title` into the place a person can find it (`events[5].text.headline`, `row 7`).
   */
  rename?: (issue: ValidationIssue) => ValidationIssue;
}

export function read(obj: unknown, key: string | number): unknown {
  try {
    return (obj as Obj)[key];
  } catch {
    return FAIL;
  }
}

/** `'array'`, `'null'`, `'unreadable'` or what `typeof` says. `Array.isArray` throws on a revoked Proxy. */
export function kind(value: unknown): string {
  if (value === FAIL) return 'unreadable';
  if (value === null) return 'null';
  try {
    return Array.isArray(value) ? 'array' : typeof value;
  } catch {
    return 'unreadable';
  }
}

export const isObject = (value: unknown) => kind(value) === 'object';
export const absent = (value: unknown) => value === undefined || value === null;
export const at = (path: string, key: string) => (path ? `${path}.${key}` : key);

/** A value as a message shows it: a string quoted (and cut short), anything else by its kind. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value);
  const k = kind(value);
  if (k === 'undefined') return 'nothing';
  if (k === 'null') return k;
  if (k === 'unreadable') return 'a value that could not be read';
  return (/^[aeiou]/.test(k) ? 'an ' : 'a ') + k;
}

export function issue(c: Context, path: string, message: string): undefined {
  if (c.count++ < MAX_ISSUES) c.issues.push(c.rename ? c.rename({ path, message }) : { path, message });
  return undefined;
}

export function expected(c: Context, path: string, what: string, value: unknown): undefined {
  return issue(
    c,
    path,
    typeof value === 'string' ? `${show(value)} is not ${what}` : `expected ${what}, got ${show(value)}`,
  );
}

let segmenter: Intl.Segmenter | undefined;

/**
 * The length of `value` as people count it: grapheme clusters, so that a family emoji (eleven
 * UTF-16 code units) is one character, as are a letter and its combining accent. Counting code
 * units would let a title of 20 emoji fail a limit of 200.
 */
export function characters(value: string, limit: number): number {
  // Never more graphemes than code units: most texts are decided without segmenting.
  if (value.length <= limit) return value.length;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...segmenter.segment(value)].length;
}

export function text(
  c: Context,
  value: unknown,
  path: string,
  limit: number,
  required?: boolean,
): string | undefined {
  if (typeof value !== 'string') return expected(c, path, 'text', value);
  const n = characters(value, limit);
  if (n > limit) {
    return issue(c, path, `the text is ${n} characters long, more than the limit of ${limit}`);
  }
  if (required && !value.trim()) return issue(c, path, 'must not be empty');
  return value;
}

/** A string, or `{ nl?, en? }` (other keys are ignored). */
export function localized(
  c: Context,
  value: unknown,
  path: string,
  limit: number,
  required?: boolean,
): Localized | undefined {
  if (!isObject(value)) return text(c, value, path, limit, required);
  const out: { nl?: string; en?: string } = {};
  let ok = true;
  for (const lang of ['nl', 'en'] as const) {
    const v = read(value, lang);
    if (absent(v)) continue;
    const t = text(c, v, `${path}.${lang}`, limit);
    if (t === undefined) ok = false;
    else out[lang] = t;
  }
  if (!ok) return undefined;
  if (required && !out.nl?.trim() && !out.en?.trim()) return issue(c, path, 'must not be empty');
  return out;
}

export const DATE = 'a valid date (use YYYY, YYYY-MM or YYYY-MM-DD)';

export const date = (c: Context, value: unknown, path: string) =>
  parsePartialDate(value) ? (value as string) : expected(c, path, DATE, value);

export function id(
  c: Context,
  value: unknown,
  path: string,
  pattern: RegExp,
  what: string,
): string | undefined {
  return typeof value === 'string' && value.length <= LIMITS.id && pattern.test(value)
    ? value
    : expected(c, path, `a valid ${what}, at most ${LIMITS.id} characters)`, value);
}

/** An absolute `http:` or `https:` URL: a link. */
export function url(c: Context, value: unknown, path: string): string | undefined {
  const s = text(c, value, path, LIMITS.url);
  if (s === undefined) return;
  try {
    // No base: a relative URL throws, as it should.
    if (/^https?:$/.test(new URL(s).protocol)) return s;
  } catch {
    // Falls through to the issue.
  }
  return issue(c, path, `${show(s)} is not an absolute http: or https: URL, so it is left out`);
}

/**
 * An `http:`, `https:` or relative URL: an image to load. Resolved against a placeholder base, a
 * relative URL (`photos/a.jpg`, `//cdn.example/a.jpg`) comes out as http(s); `javascript:`,
 * `data:` and every other scheme keep their own, leading spaces and control characters included.
 */
export function imageUrl(c: Context, value: unknown, path: string): string | undefined {
  const s = text(c, value, path, LIMITS.url, true);
  if (s === undefined) return;
  try {
    if (/^https?:$/.test(new URL(s, 'https://base.invalid/').protocol)) return s;
  } catch {
    // Falls through to the issue.
  }
  return issue(c, path, `${show(s)} is not an http:, https: or relative URL, so the image is left out`);
}

/** A snapshot of the first `limit` items of an array, each read once. */
export function list(
  c: Context,
  value: unknown,
  path: string,
  name: string,
  limit: number,
): unknown[] | undefined {
  if (kind(value) !== 'array') return expected(c, path, `a list of ${name}`, value);
  const n = read(value, 'length');
  if (typeof n !== 'number' || !(n >= 0)) return expected(c, path, `a list of ${name}`, FAIL);
  if (n > limit)
    issue(c, path, `${n} ${name} is more than the limit of ${limit}; the first ${limit} are used`);
  const items: unknown[] = [];
  for (let i = 0; i < Math.min(n, limit); i++) items.push(read(value, i));
  return items;
}

/** Copies `from[key]` to `to[key]` when it is there and passes `check`. */
export function optional(from: unknown, to: object, key: string, path: string, check: Check<unknown>): void {
  const value = read(from, key);
  if (absent(value)) return;
  const checked = check(value, at(path, key));
  if (checked !== undefined) (to as Obj)[key] = checked;
}
