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

/** What went wrong, kept as data so that the message follows `lang`. */
export type ErrorState =
  | { kind: 'http'; status: number; issues: [] }
  | { kind: 'network' | 'json' | 'invalid' | 'partial'; issues: ValidationIssue[] };

/** Before a `src` answers, nothing is drawn (rather than a story that is about to be replaced). */
const EMPTY: TimelineDataset = { title: '', asOf: '2000', lanes: [], entries: [] };

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
  /** The dataset on screen: the last one accepted, never the caller's object. */
  dataset: TimelineDataset = belarusStory;
  error: ErrorState | null = null;
  /** The light-DOM markup could not be read: it stays on screen as it is (a slot). */
  fallback = false;
  /** Entries to report in `timeline-load` once the host has drawn them. */
  loaded: number | null = null;
  readonly #source: SourceController;
  #index: StoryIndex | null = null;

  constructor(
    private readonly host: StoryHost,
    private readonly events: StoryEvents,
  ) {
    this.#source = new SourceController(host, (result) => this.#handleSource(result));
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

  /** Before the first draw: the built-in story, light-DOM markup, or nothing while `src` loads. */
  first(src: string | null): void {
    if (src && this.dataset === belarusStory) this.dataset = EMPTY;
    else if (this.dataset !== belarusStory || !this.#readLightDom())
      this.loaded = this.dataset.entries.length;
  }

  /** Fetches `src` (null: stops fetching). */
  load(src: string | null): void {
    this.#source.load(src);
  }

  setDataset(value: unknown): void {
    this.#accept(validateDataset(value));
  }

  setEntries(value: unknown): void {
    this.#accept(validateEntries(value, this.dataset));
  }

  dismiss(): void {
    this.error = null;
    this.host.requestUpdate();
  }

  /** The error's message in `lang`. */
  message(error: ErrorState, lang: Lang): string {
    const t = strings[lang].errors;
    if (error.kind === 'http') return t.http(error.status);
    if (error.kind === 'partial') return t.partial(error.issues.length);
    return t[error.kind];
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
    }
    if (result.issues.length)
      this.#fail({ kind: result.dataset ? 'partial' : 'invalid', issues: result.issues });
    else if (result.dataset) this.error = null;
    this.host.requestUpdate();
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
