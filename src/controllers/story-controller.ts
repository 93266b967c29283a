import type { ReactiveControllerHost } from 'lit';
import { belarusStory } from '../data/article-2022-10.js';
import { readMarkup } from '../data/markup-reader.js';
import { checkSource } from '../data/read-source.js';
import type { Lang, TimelineDataset } from '../data/types.js';
import {
  validateDataset,
  validateEntries,
  type ValidationIssue,
  type ValidationResult,
} from '../data/validate.js';
import { strings } from '../i18n.js';
import { indexStory, type StoryIndex } from '../view/story-index.js';
import { SourceController, type SourceResult } from './source-controller.js';

/**
 * What went wrong, kept as data so that the message follows `lang`. `invalid`: `kept` says whether
 * a story stays on screen (a first load that fails has none to keep); `settings`: an attribute or
 * property of the element (`start`, `lanes`) or a lane colour, not the data.
 */
export type ErrorState =
  | { kind: 'http'; status: number; issues: [] }
  | { kind: 'network' | 'json' | 'partial' | 'settings'; issues: ValidationIssue[] }
  | { kind: 'invalid'; kept: boolean; issues: ValidationIssue[] };

/** The issues' Dutch, loaded on first need (`data/issues-nl.ts`); one for every element. */
let dutch: ((message: string) => string) | undefined;
let loadingDutch: Promise<unknown> | undefined;

/**
 * Deeply frozen: what `dataset` hands out cannot change this element's story or another's. Lit
 * reads every property on the first update, `entries` too, so this runs then: indexes and `for…in`,
 * not `Object.values`, make it a third as long (8 ms at 100,000 entries in Node).
 */
export function freeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) freeze(value[i]);
  else for (const key in value) freeze(value[key]);
  return value;
}

/** The built-in story is one object for every element: frozen, so that no page can edit it. */
const BUILT_IN = freeze(belarusStory);

/** Before a `src` answers, nothing is drawn (rather than a story that is about to be replaced). */
const EMPTY: TimelineDataset = freeze({ title: '', asOf: '2000', lanes: [], entries: [] });

export type StoryHost = ReactiveControllerHost & Element;

export interface StoryEvents {
  /** The language of messages, now. */
  lang(): Lang;
  /** A dataset was accepted: the host draws it, then reports `count` entries loaded. */
  accepted(dataset: TimelineDataset): void;
  /** Bad input: the message in the host's language, and every issue. */
  failed(message: string, issues: ValidationIssue[]): void;
}

/**
 * The one writer of the story on screen: the built-in one, light-DOM markup, a `dataset` or
 * `entries` the page set, or what `src` fetched. Everything is validated on the way in; input with
 * nothing valid in it changes nothing, and what was wrong is kept as the visible error.
 */
export class StoryController {
  /**
   * The dataset on screen: the last one accepted, never the caller's object. What the page reads
   * is `shared`.
   */
  dataset: TimelineDataset = BUILT_IN;
  error: ErrorState | null = null;
  /** The light-DOM markup could not be read: it stays on screen as it is (a slot). */
  fallback = false;
  /** Entries to report in `timeline-load` once the host has drawn them. */
  loaded: number | null = null;
  readonly #source: SourceController;
  /** The settings' issues last reported, as text. */
  #reported = '[]';
  #index: StoryIndex | null = null;

  constructor(
    private readonly host: StoryHost,
    private readonly events: StoryEvents,
  ) {
    this.#source = new SourceController(host, (result) => this.#handleSource(result));
  }

  /**
   * The dataset as the page may hold it: deeply frozen on first read, so that it cannot change
   * this story.
   */
  get shared(): TimelineDataset {
    return freeze(this.dataset);
  }

  /** The dataset prepared for drawing and lookup, built once per dataset. */
  get index(): StoryIndex {
    if (this.#index?.dataset !== this.dataset) this.#index = indexStory(this.dataset);
    return this.#index;
  }

  /** The entry count of a story accepted since the last call (to report once drawn), else null. */
  takeLoaded(): number | null {
    const count = this.loaded;
    this.loaded = null;
    return count;
  }

  /** Requests in flight: the lifecycle test counts them. */
  get pending(): number {
    return this.#source.pending;
  }

  /** The URL of the story to fetch, as the page last set it. */
  get src(): string | null {
    return this.#source.url;
  }

  /** Before the first draw: the built-in story, light-DOM markup, or nothing while `src` loads. */
  first(): void {
    if (this.#source.url && this.dataset === BUILT_IN) this.dataset = EMPTY;
    else if (this.dataset !== BUILT_IN || !this.#readLightDom()) this.loaded = this.dataset.entries.length;
  }

  /**
   * Fetches `src` (null: stops fetching). The same URL again fetches again only after it failed
   * (a retry); `reload()` always does.
   */
  load(src: string | null): void {
    if (src !== this.#source.url || this.#source.failed) this.#source.load(src);
  }

  reload(): void {
    this.#source.load(this.#source.url);
  }

  /** The page's data is the newest input: a `src` answer still on its way must not replace it. */
  setDataset(value: unknown): void {
    this.#source.stop();
    this.#accept(validateDataset(value));
  }

  setEntries(value: unknown): void {
    this.#source.stop();
    this.#accept(validateEntries(value, this.dataset));
  }

  /**
   * Issues with the element's own settings (`start`, `lanes`): shown like the data's when they
   * change (`always`: every time, for a call such as `zoomTo`); none left clears them.
   */
  report(issues: ValidationIssue[], always = false): void {
    const key = JSON.stringify(issues);
    if (always ? !issues.length : key === this.#reported) return;
    if (!always) this.#reported = key;
    if (issues.length) this.#fail({ kind: 'settings', issues });
    else if (this.error?.kind === 'settings') this.dismiss();
  }

  dismiss(): void {
    this.error = null;
    this.host.requestUpdate();
  }

  /** The error's message in `lang`. */
  message(error: ErrorState, lang: Lang): string {
    const t = strings[lang].errors;
    if (error.kind === 'http') return t.http(error.status);
    if (error.kind === 'partial' || error.kind === 'settings') return t[error.kind](error.issues.length);
    if (error.kind === 'invalid') return error.kept ? t.invalid : t.invalidFirst;
    return t[error.kind];
  }

  /**
   * The error's issues as people read them in `lang`. In Dutch they are translated at the edge;
   * until the phrases have loaded (a moment, once per page) the list waits, rather than flash English.
   */
  issues(error: ErrorState, lang: Lang): ValidationIssue[] {
    if (lang !== 'nl' || !error.issues.length) return error.issues;
    if (dutch) return error.issues.map(({ path, message }) => ({ path, message: dutch!(message) }));
    loadingDutch ??= import('../data/issues-nl.js').then((m) => (dutch = m.issueInDutch));
    loadingDutch.then(() => this.host.requestUpdate());
    return [];
  }

  /** Reads the light-DOM story; true when there was markup to read. */
  #readLightDom(): boolean {
    const raw = readMarkup(this.host);
    if (raw === null) return false;
    const result = validateDataset(raw);
    if (!result.dataset || (!result.dataset.entries.length && result.issues.length)) {
      // Markup that is not a story keeps its own fallback on screen, with the error.
      this.fallback = true;
      this.dataset = EMPTY;
    }
    this.#accept(result);
    if (this.dataset === EMPTY) this.loaded = null;
    return true;
  }

  #accept(result: ValidationResult): void {
    // Data whose every entry was invalid would blank the element: keep the last good story.
    if (result.dataset && !result.dataset.entries.length && result.issues.length) {
      result = { dataset: null, issues: result.issues };
    }
    if (result.dataset) {
      this.fallback = false;
      this.dataset = result.dataset;
      this.loaded = result.dataset.entries.length;
      this.events.accepted(result.dataset);
      if (result.dataset.lanes.some((lane) => lane.color !== undefined)) this.#checkColours(this.dataset);
    }
    const kept = this.dataset.entries.length > 0;
    if (result.dataset && result.issues.length) this.#fail({ kind: 'partial', issues: result.issues });
    else if (result.issues.length) this.#fail({ kind: 'invalid', kept, issues: result.issues });
    else if (result.dataset) this.error = null;
    this.host.requestUpdate();
  }

  /**
   * Lane colours below 3:1 against a background are dropped for palette colours, with an issue
   * each (added to the data's). A moment after the story is drawn: the check loads on first need.
   */
  async #checkColours(dataset: TimelineDataset): Promise<void> {
    const { checkContrast } = await import('../contrast.js');
    const { lanes, issues } = checkContrast(dataset.lanes);
    if (this.dataset !== dataset || !issues.length) return;
    this.dataset = { ...dataset, lanes };
    const earlier = this.error?.kind === 'partial' ? this.error.issues : [];
    this.#fail({ kind: 'partial', issues: [...earlier, ...issues] });
  }

  #handleSource(result: SourceResult): void {
    // A TimelineJS file or sheet comes with the reader's issues, named in the file's own terms.
    if (result.ok) this.#accept(checkSource(result.json, result.issues, result.rename));
    else if (result.kind === 'http') this.#fail({ kind: 'http', status: result.status, issues: [] });
    else this.#fail({ kind: result.kind, issues: [] });
  }

  #fail(error: ErrorState): void {
    this.error = error;
    this.host.requestUpdate();
    const issues = error.issues.map(({ path, message }) => ({ path, message }));
    this.events.failed(this.message(error, this.events.lang()), issues);
  }
}
