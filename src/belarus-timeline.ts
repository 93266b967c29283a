import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { zoomIdentity } from 'd3-zoom';
import { belarusStory } from './data/article-2022-10.js';
import { localize } from './data/localize.js';
import { readMarkup } from './data/markup-reader.js';
import type { Lang, TimelineDataset, TimelineEntry } from './data/types.js';
import { entrySpan, parsePartialDate, type EntrySpan } from './dates/partial-date.js';
import { formatEntryDate, formatPartialDate } from './dates/format.js';
import { formatTick } from './dates/ticks.js';
import { ResizeController } from './controllers/resize-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import {
  TimelineErrorEvent,
  TimelineLoadEvent,
  TimelineRangeChangeEvent,
  TimelineSelectEvent,
} from './events.js';
import { strings, toLang } from './i18n.js';
import {
  H,
  V,
  layoutHorizontal,
  layoutVertical,
  type Layout,
  type LayoutEntry,
  type PlacedEntry,
  type TextStyle,
} from './layout/layout.js';
import { laneSheet } from './lane-colors.js';
import { buildTimeIndex, candidates, countBins, type TimeIndex } from './layout/lod.js';
import {
  validateDataset,
  validateEntries,
  type ValidationIssue,
  type ValidationResult,
} from './data/validate.js';
import { SourceController, type SourceResult } from './controllers/source-controller.js';
import { LinkController, type LinkHost } from './controllers/link-controller.js';
import { svgDocument } from './render/export.js';
import { entryBody, safeUrl } from './render/entry-body.js';
import { scalePiecewise, type PiecewiseScale } from './scale/piecewise-scale.js';
import { findGaps, spanActivity, type Gap } from './scale/gaps.js';
import { gapLabel } from './scale/gap-label.js';
import { styles } from './belarus-timeline.styles.js';

/** What went wrong, kept as data so that the message follows `lang`. */
type ErrorState =
  | { kind: 'http'; status: number; issues: [] }
  | { kind: 'network' | 'json' | 'invalid' | 'partial'; issues: ValidationIssue[] };

/** Before a `src` answers, nothing is drawn (rather than a story that is about to be replaced). */
const EMPTY: TimelineDataset = { title: '', asOf: '2000', lanes: [], entries: [] };
/** How many issues the visible message lists; `timeline-error` carries them all. */
const SHOWN_ISSUES = 3;

/** An entry with what every frame needs, computed once per dataset. */
interface Prepared {
  entry: TimelineEntry;
  span: EntrySpan;
  lane: number;
}

const DAY = 86_400_000;
/** Below this width, `orientation="auto"` turns vertical (SPEC §3). */
const VERTICAL_BELOW = 600;
/** The narrowest window one can zoom to. */
const MIN_WINDOW = 14 * DAY;
const SIDE = 16;
/** Pixels a compressed gap takes at the unzoomed scale: room for its label ("19 years"). */
const BREAK_WIDTH = 52;
/**
 * Above this many entries in the window, a lane (all lanes, when vertical) shows counted clusters
 * instead of single entries, so the DOM stays bounded by the plot's size, not by the data.
 */
const LIMIT = { horizontal: 40, vertical: 30 };
/** Entries per page of the list view. */
const LIST_PAGE = 200;
/** A cluster's stretch of the axis, in px. */
const BIN = { horizontal: 56, vertical: 48 };

/**
 * An interactive timeline of a news story: lanes of points and periods on a time axis, zoomable,
 * with a detail panel for the selected entry. Without a `dataset` it tells the story of
 * Lukashenko, Putin and Belarus's role in Russia's war on Ukraine (October 2022).
 *
 * @summary An accessible, embeddable timeline of a news story.
 * @tagname belarus-timeline
 *
 * @attribute {'nl' | 'en'} lang - `nl` or `en`; without it, the nearest ancestor's `lang`, else `en`.
 *
 * @fires {TimelineSelectEvent} timeline-select - The user changed the selection. `detail: { id: string | null, entry: TimelineEntry | null }`.
 * @fires {TimelineLoadEvent} timeline-load - A dataset has been accepted and drawn. `detail: { count: number }`.
 * @fires {TimelineErrorEvent} timeline-error - Bad input: `src` failed, was not JSON or not a dataset, or entries were invalid. `detail: { message: string, issues: { path: string, message: string }[] }`.
 * @fires {TimelineRangeChangeEvent} timeline-range-change - The visible window settled after the user zoomed or panned. `detail: { start: Date, end: Date }`.
 *
 * @slot heading - Replaces the visible heading (default: the `heading` attribute, else the dataset's title).
 * @slot footer - Credits below the timeline (default: the dataset's source).
 *
 * @csspart heading - The default heading.
 * @csspart controls - The zoom buttons and the list view toggle.
 * @csspart legend - The lanes with their colours; each is a toggle.
 * @csspart plot - The SVG that holds axis, lanes and entries.
 * @csspart axis - The time axis with its tick labels.
 * @csspart lane - A lane's band (horizontal layout).
 * @csspart entry - Every entry's mark, together with `point` or `period`.
 * @csspart point - An entry without an end.
 * @csspart period - An entry with an end, or ongoing.
 * @csspart cluster - Reserved for counted clusters of entries that do not fit.
 * @csspart detail - The panel that shows the selected entry.
 * @csspart list - The list view: every entry as an ordered, readable list.
 * @csspart lane-toggle - A legend button that shows or hides a lane.
 * @csspart error - Reserved for the message shown on bad input.
 * @csspart footer - The footer with the dataset's source.
 *
 * Printing shows the whole story as a list with dates, quotes and sources.
 *
 * @cssproperty [--belarus-timeline-font=inherit] - Font of all text (the page's font by default).
 * @cssproperty [--belarus-timeline-fg=#1a1a1a] - Text and axis colour (`#e8e8ea` in the dark theme).
 * @cssproperty [--belarus-timeline-bg=#ffffff] - Background (`#15171c` in the dark theme).
 * @cssproperty [--belarus-timeline-muted=#5c5f66] - Secondary text and grid (`#a8adb7` in the dark theme).
 * @cssproperty [--belarus-timeline-accent=#0b57d0] - Focus ring and selection (`#8ab4f8` in the dark theme).
 * @cssproperty [--belarus-timeline-lane-belarus=#d03a2f] - Colour of the `belarus` lane; every lane id has one: `--belarus-timeline-lane-<id>`.
 * @cssproperty [--belarus-timeline-lane-russia=#3a78c2] - Colour of the `russia` lane.
 * @cssproperty [--belarus-timeline-lane-relations=#8266c4] - Colour of the `relations` lane.
 * @cssproperty [--belarus-timeline-lane-war=#a66f00] - Colour of the `war` lane.
 */
export class BelarusTimeline extends LitElement {
  static override styles = styles;

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  private readonly resize = new ResizeController(this);
  private readonly zoom = new ZoomController(this, {
    target: () => this.plot,
    onUserEnd: () => this.handleUserZoomEnd(),
    onPlainWheel: () => this.handlePlainWheel(),
  });
  private readonly source = new SourceController(this, (result) => this.handleSource(result));
  private readonly link = new LinkController(this as unknown as LinkHost, (entry) =>
    this.applyLink(entry, false),
  );
  private printQuery: MediaQueryList | null = null;
  private readonly internals: ElementInternals | null = this.attachInternals?.() ?? null;
  private langObserver?: MutationObserver;
  private hintTimer = 0;
  private windowPending = false;

  static override properties = {
    focusId: { state: true, attribute: false },
    keyboard: { state: true, attribute: false },
    listLength: { state: true, attribute: false },
    printing: { state: true, attribute: false },
    fallback: { state: true, attribute: false },
    hint: { state: true, attribute: false },
    start: {},
    end: {},
    selected: { reflect: true },
    orientation: { reflect: true },
    theme: { reflect: true },
    static: { type: Boolean, reflect: true },
    heading: {},
    lanes: { reflect: true },
    gaps: { reflect: true },
    linkable: { type: Boolean, reflect: true },
    view: { reflect: true },
    src: {},
    story: { state: true, attribute: false },
    error: { state: true, attribute: false },
  };

  private get plot(): SVGSVGElement | null {
    return this.renderRoot?.querySelector('svg.plot') ?? null;
  }

  /** The entry that holds the roving tab stop. */
  private focusId: string | null = null;
  /** The light-DOM markup could not be read: it stays on screen as it is (a slot). */
  private fallback = false;
  /** The page is being printed: the whole story is drawn as a list. */
  private printing = false;
  /** How many entries the list view shows; "show more" adds a page. */
  private listLength = LIST_PAGE;
  /** The reader is using the keyboard: the focused entry shows its ring (see styles). */
  private keyboard = false;
  /** A plain wheel was used over the plot a moment ago: show how to zoom. */
  private hint = false;

  /** Start of the visible window (a partial date); changing it zooms. Default: the data's extent. */
  start: string | null = null;

  /** End of the visible window (a partial date); changing it zooms. Default: the data's extent. */
  end: string | null = null;

  /** The selected entry's id; its detail is shown. */
  selected: string | null = null;

  /** `auto` (vertical when the element is under 600px wide), `horizontal` or `vertical`. */
  orientation: 'auto' | 'horizontal' | 'vertical' = 'auto';

  /** `auto` follows `prefers-color-scheme`; `light` or `dark` force one. */
  theme: 'auto' | 'light' | 'dark' = 'auto';

  /** No zoom or pan: for print and screenshots. */
  static = false;

  /** The visible heading; default: the dataset's title. */
  heading: string | null = null;

  /** Comma-separated ids of the lanes shown (default: all); the legend toggles them. */
  lanes: string | null = null;

  /** `auto`: long empty stretches become labelled axis breaks; `none`: a plain linear axis. */
  gaps: 'auto' | 'none' = 'auto';

  /** Keep the selection in the URL hash (`#belarus-timeline:<id or index>=<entry>`); back/forward restore it. */
  linkable = false;

  /** `timeline`, or `list`: the same entries as an ordered, readable list. */
  view: 'timeline' | 'list' = 'timeline';

  /** URL of a JSON dataset (a `TimelineDataset` or an array of entries) to fetch and show. */
  src: string | null = null;

  /** The dataset on screen: the last one accepted (validated), never the caller's object. */
  private story: TimelineDataset = belarusStory;
  /** The visible error: what failed, with the issues. */
  private error: ErrorState | null = null;
  /** Entries to report in `timeline-load` once the next update has drawn them. */
  private loaded: number | null = null;

  /**
   * The story to tell: a `TimelineDataset`. Default: the built-in article dataset. Validated on
   * the way in: invalid entries are left out and reported (`timeline-error`); input that is not a
   * dataset at all changes nothing. Never throws.
   *
   * SPEC §3 names this property `dataset`, so on this element it takes the place of HTMLElement's
   * `data-*` map (which it does not use); TypeScript sees the clash with the DOM's type.
   */
  // @ts-expect-error TS2416: `dataset` is a TimelineDataset here, not a DOMStringMap.
  override get dataset(): TimelineDataset {
    return this.story;
  }
  // @ts-expect-error TS2416: and it takes any value, which it validates.
  override set dataset(value: unknown) {
    this.accept(validateDataset(value));
  }

  /**
   * Shorthand that replaces the dataset's entries (lanes it does not know get generated labels
   * and colours). Validated like `dataset`; never throws.
   */
  get entries(): TimelineEntry[] {
    return this.story.entries;
  }
  set entries(value: unknown) {
    this.accept(validateEntries(value, this.story));
  }

  // Derived in willUpdate, drawn in render.
  private language: Lang = 'en';
  private prepared: Prepared[] = [];
  /** The entries of the lanes shown, in date order: the keyboard's order. */
  private shown: Prepared[] = [];
  /** Position of each shown entry in `shown`. */
  private shownIndex = new Map<string, number>();
  private byId = new Map<string, Prepared>();
  /** Shown entries by start, per lane (horizontal) and all together (vertical). */
  private laneTimes: (TimeIndex | null)[] = [];
  private allTimes: TimeIndex = buildTimeIndex([]);
  /** For the plot's one-sentence description: entries, first and last year, lanes. */
  private summaryData: [number, number, number, number] | null = null;
  private hiddenLanes: ReadonlySet<number> = new Set();
  /** What the live region says: the new selection's title and date. */
  private announcement = '';
  private extent: [number, number] = [0, 1];
  private scale: PiecewiseScale = scalePiecewise([0, 1], [0, 1], []);
  /** Long empty stretches, compressed into labelled breaks (`gaps="auto"`). */
  private gapList: Gap[] = [];
  private layoutState: Layout = { entries: [], lanes: [], width: 0, height: 0 };
  private ticks: Date[] = [];
  private currentLayout: 'horizontal' | 'vertical' = 'horizontal';
  private laneStyles: CSSStyleSheet | null = null;
  private readonly measureCache = new Map<string, number>();
  private measureContext: CanvasRenderingContext2D | null | undefined;

  /** The orientation in effect: `horizontal` or `vertical` (also the custom state `:state(vertical)`). */
  get layout(): 'horizontal' | 'vertical' {
    return this.currentLayout;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Printing shows the whole story as a list (and a print preview or emulation too).
    this.printQuery = matchMedia('print');
    this.printQuery.addEventListener('change', this.handlePrint);
    window.addEventListener('beforeprint', this.handlePrint);
    window.addEventListener('afterprint', this.handlePrint);
    // `lang` inherits from the nearest ancestor; follow changes made to it later.
    this.langObserver = new MutationObserver(() => this.requestUpdate());
    this.langObserver.observe(this.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.printQuery?.removeEventListener('change', this.handlePrint);
    window.removeEventListener('beforeprint', this.handlePrint);
    window.removeEventListener('afterprint', this.handlePrint);
    this.langObserver?.disconnect();
    this.langObserver = undefined;
    clearTimeout(this.hintTimer);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.language = this.resolveLang();
    if (!this.hasUpdated) {
      // The built-in story is drawn only when no `src` is about to replace it, and light-DOM
      // markup (an <ol> of entries) is read when neither `src` nor `dataset` is given.
      if (this.src && this.story === belarusStory) this.story = EMPTY;
      else if (this.story !== belarusStory || !this.readLightDom()) this.loaded = this.story.entries.length;
    }
    if (changed.has('story') || !this.prepared.length) this.prepare();
    if (changed.has('story') || changed.has('gaps')) {
      this.gapList =
        this.gaps === 'none'
          ? []
          : findGaps(
              this.prepared.flatMap((p) => spanActivity(p.span)),
              this.extent,
            );
      if (changed.has('gaps') && this.hasUpdated) this.zoom.transform = zoomIdentity;
    }

    if (changed.has('lanes') || changed.has('story')) {
      const shown = this.lanes === null ? null : new Set(this.lanes.split(',').map((id) => id.trim()));
      this.hiddenLanes = new Set(
        this.story.lanes.flatMap((lane, i) => (shown && !shown.has(lane.id) ? [i] : [])),
      );
      this.indexShown();
    }
    if (changed.has('selected')) {
      const entry = this.entryById(this.selected);
      this.announcement = entry
        ? `${localize(entry.title, this.language)}, ${formatEntryDate(entry, this.language)}`
        : '';
    }

    const width = this.resize.width;
    const vertical =
      this.orientation === 'vertical' || (this.orientation === 'auto' && width > 0 && width < VERTICAL_BELOW);
    const layout = vertical ? 'vertical' : 'horizontal';
    if (layout !== this.currentLayout) {
      this.currentLayout = layout;
      this.setState('vertical', vertical);
      // A transform along x means nothing along y: start the new layout from `start`/`end`.
      if (this.hasUpdated) {
        this.zoom.transform = zoomIdentity;
        this.windowPending = true;
      }
    }

    const range = this.timeRange();
    const base = this.baseScale(range);
    const axis = vertical ? 'y' : 'x';
    const cross = vertical ? width : 400;
    this.zoom.configure(axis, range, cross, (this.extent[1] - this.extent[0]) / MIN_WINDOW, !this.static);

    // `start`/`end` wait for a width to lay out with; then they set the window once.
    if (changed.has('start') || changed.has('end') || changed.has('story')) this.windowPending = true;
    if (this.windowPending && width > 0) {
      this.windowPending = false;
      this.zoom.apply(this.transformFor(base, this.start, this.end));
    }
    if (changed.has('static') && this.static) this.zoom.reset();

    const t = this.zoom.transform;
    this.scale = vertical ? t.rescaleY(base) : t.rescaleX(base);
    this.ticks = this.scale.ticks(Math.max(2, Math.floor((range[1] - range[0]) / (vertical ? 70 : 100))));

    // The roving tab stop stays on an entry that is shown: the selection's, else the first.
    if (!this.focusId || !this.shownIndex.has(this.focusId)) {
      const first = this.shown[0]?.entry.id ?? null;
      this.focusId = this.selected && this.shownIndex.has(this.selected) ? this.selected : first;
    }
    const measure = (text: string, style: TextStyle) => this.measure(text, style);
    const x = (ms: number) => this.scale(ms);
    // Before the element has a width (not laid out yet, or hidden) there is nothing to lay out.
    const items = width > 0 ? this.visibleItems(range, vertical) : [];
    this.layoutState = vertical
      ? layoutVertical(items, x, range, width, measure)
      : layoutHorizontal(items, this.story.lanes.length, x, range, width, measure, this.hiddenLanes);
  }

  /** Indexes the entries of the lanes shown: once per dataset and lane choice, not per frame. */
  private indexShown(): void {
    this.shown = this.prepared.filter((p) => !this.hiddenLanes.has(p.lane));
    this.shownIndex = new Map(this.shown.map((p, i) => [p.entry.id, i]));
    const spans = this.shown.map((p, i) => ({ from: +p.span.from, to: +p.span.to, ref: i, lane: p.lane }));
    this.allTimes = buildTimeIndex(spans);
    this.laneTimes = this.story.lanes.map((_, lane) =>
      this.hiddenLanes.has(lane) ? null : buildTimeIndex(spans.filter((s) => s.lane === lane)),
    );
    const n = this.shown.length;
    this.summaryData = n
      ? [
          n,
          this.shown[0].span.from.getUTCFullYear(),
          new Date(this.allTimes.maxTo[n - 1] - 1).getUTCFullYear(),
          this.story.lanes.length - this.hiddenLanes.size,
        ]
      : null;
  }

  /**
   * What this frame draws: the entries in the window, found by binary search, or, where a lane
   * (all lanes, when vertical) has more than fit, counted clusters per stretch of pixels. The
   * focused and the selected entry are always drawn, so the keyboard reaches every entry.
   */
  private visibleItems(range: [number, number], vertical: boolean): LayoutEntry[] {
    const t0 = +this.scale.invert(range[0]);
    const t1 = +this.scale.invert(range[1]);
    const limit = vertical ? LIMIT.vertical : LIMIT.horizontal;
    const bin = vertical ? BIN.vertical : BIN.horizontal;
    const groups: [number, TimeIndex][] = vertical
      ? [[-1, this.allTimes]]
      : this.laneTimes.flatMap((index, lane) => (index ? [[lane, index] as [number, TimeIndex]] : []));
    const singles = new Set<number>();
    const clusters: LayoutEntry[] = [];
    const t = strings[this.language];
    const pinned = new Set(
      [this.focusId, this.selected].flatMap((id) => {
        const i = id ? this.shownIndex.get(id) : undefined;
        return i === undefined ? [] : [i];
      }),
    );
    for (const [lane, index] of groups) {
      const [lo, hi] = candidates(index, t0, t1);
      // Count what really touches the window, stopping as soon as it is too many.
      const inWindow: number[] = [];
      for (let i = lo; i < hi && inWindow.length <= limit; i++)
        if (index.to[i] >= t0) inWindow.push(index.ref[i]);
      if (inWindow.length <= limit) {
        for (const ref of inWindow) singles.add(ref);
        continue;
      }
      // Too many: count the entries that start in each stretch of `bin` pixels. The focused and
      // selected entries are drawn on their own, so a cluster does not count them.
      const edges: number[] = [];
      for (let px = range[0]; px < range[1]; px += bin) edges.push(+this.scale.invert(px));
      edges.push(t1 + 1);
      for (const b of countBins(index, edges)) {
        const members: number[] = [];
        for (let i = b.lo; i < b.hi; i++) if (!pinned.has(index.ref[i])) members.push(index.ref[i]);
        if (members.length <= 1) {
          for (const ref of members) singles.add(ref);
          continue;
        }
        const count = members.length;
        const from = formatPartialDate(new Date(b.start).toISOString().slice(0, 10), this.language);
        const to = formatPartialDate(
          new Date(Math.min(b.end, t1) - 1).toISOString().slice(0, 10),
          this.language,
        );
        clusters.push({
          id: `cluster-${lane}-${b.start}`,
          lane: vertical ? this.shown[members[0]].lane : lane,
          span: null,
          cluster: { count, start: b.start, end: b.end },
          title: t.cluster(count),
          meta: `${from} – ${to}`,
        });
      }
    }
    for (const i of pinned) singles.add(i);
    const entries = [...singles]
      .sort((a, b) => a - b)
      .map((i) => {
        const { entry, span, lane } = this.shown[i];
        return {
          id: entry.id,
          lane,
          span,
          title: localize(entry.title, this.language),
          meta: `${formatEntryDate(entry, this.language)} · ${localize(this.story.lanes[lane]?.label, this.language)}`,
        };
      });
    return [...entries, ...clusters].sort((p, q) => this.startOf(p) - this.startOf(q));
  }

  private startOf(item: LayoutEntry): number {
    return item.cluster ? item.cluster.start : +item.span!.from;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('src')) this.source.load(this.src ? String(this.src) : null);
    if (this.loaded !== null) {
      const count = this.loaded;
      this.loaded = null;
      // A story has arrived: the URL may name one of its entries.
      if (this.linkable) this.applyLink(this.link.read(), true);
      this.dispatchEvent(new TimelineLoadEvent({ count }));
    } else if (changed.has('linkable') && this.linkable) {
      this.applyLink(this.link.read(), true);
    }
  }

  /** Selects what the URL names; a name that is no entry is ignored, with a warning. */
  private applyLink(entry: string | null, initial: boolean): void {
    if (!entry) {
      if (!initial) this.select(null);
      return;
    }
    if (!this.byId.has(entry) && !this.entryById(entry)) {
      console.warn(`<belarus-timeline>: the URL names "${entry}", which is no entry of this story; ignored.`);
      return;
    }
    this.select(entry);
    this.ensureVisible(entry);
  }

  private readonly handlePrint = (event: Event): void => {
    this.printing =
      event.type === 'beforeprint' || (event.type !== 'afterprint' && !!this.printQuery?.matches);
  };

  /**
   * Reads the light-DOM story (`docs/light-dom.md`); true when there was markup to read. Markup
   * that is not a story keeps its own fallback on screen, with the error.
   */
  private readLightDom(): boolean {
    const raw = readMarkup(this);
    if (raw === null) return false;
    const result = validateDataset(raw);
    if (!result.dataset || (!result.dataset.entries.length && result.issues.length)) {
      this.fallback = true;
      this.story = EMPTY;
    }
    this.accept(result);
    if (this.story === EMPTY) this.loaded = null;
    return true;
  }

  /** Takes a validated dataset (or keeps the last good one) and reports what was wrong. */
  private accept(result: ValidationResult): void {
    // Data whose every entry was invalid would blank the element: keep the last good story.
    if (result.dataset && !result.dataset.entries.length && result.issues.length) {
      result = { dataset: null, issues: result.issues };
    }
    if (result.dataset) {
      this.fallback = false;
      this.story = result.dataset;
      this.loaded = result.dataset.entries.length;
      if (this.selected && !result.dataset.entries.some((e) => e.id === this.selected)) this.selected = null;
    }
    if (result.issues.length)
      this.fail({ kind: result.dataset ? 'partial' : 'invalid', issues: result.issues });
    else if (result.dataset) this.error = null;
  }

  private handleSource(result: SourceResult): void {
    if (result.ok) this.accept(validateDataset(result.json));
    else if (result.kind === 'http') this.fail({ kind: 'http', status: result.status, issues: [] });
    else this.fail({ kind: result.kind, issues: [] });
  }

  private fail(error: ErrorState): void {
    this.error = error;
    const message = this.errorMessage(error, this.resolveLang());
    this.dispatchEvent(
      new TimelineErrorEvent({
        message,
        issues: error.issues.map(({ path, message }) => ({ path, message })),
      }),
    );
  }

  private errorMessage(error: ErrorState, lang: Lang): string {
    const t = strings[lang].errors;
    switch (error.kind) {
      case 'http':
        return t.http(error.status);
      case 'partial':
        return t.partial(error.issues.length);
      default:
        return t[error.kind];
    }
  }

  private resolveLang(): Lang {
    // The nearest `lang`, crossing shadow roots (an element inside another component inherits too).
    const own = this.getAttribute('lang');
    if (own) return toLang(own);
    let node: Element | null =
      this.parentElement ?? ((this.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    while (node) {
      const value = node.getAttribute('lang');
      if (value) return toLang(value);
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
    return 'en';
  }

  private prepare(): void {
    const dataset = this.story;
    const laneIndex = new Map(dataset.lanes.map((lane, i) => [lane.id, i]));
    this.prepared = dataset.entries
      .map((entry) => ({
        entry,
        span: entrySpan(entry, dataset.asOf),
        lane: laneIndex.get(entry.lane) ?? -1,
      }))
      .filter((p): p is Prepared => p.span !== null && p.lane >= 0)
      // Stable: entries that start together keep the dataset's order.
      .sort((p, q) => +p.span.from - +q.span.from);
    this.byId = new Map(this.prepared.map((p) => [p.entry.id, p]));
    const from = Math.min(...this.prepared.map((p) => +p.span.from));
    const to = Math.max(...this.prepared.map((p) => +p.span.to));
    const pad = Math.max(DAY * 30, (to - from) * 0.03);
    this.extent = this.prepared.length ? [from - pad, to + pad] : [Date.UTC(2000, 0), Date.UTC(2001, 0)];
    this.zoom.transform = zoomIdentity;
    this.applyLaneStyles();
  }

  private applyLaneStyles(): void {
    const root = this.renderRoot as ShadowRoot | undefined;
    if (!root?.adoptedStyleSheets) return;
    const sheet = laneSheet(this.story.lanes);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => s !== this.laneStyles), sheet];
    this.laneStyles = sheet;
  }

  /** The pixel range along time: across the plot's width, or down a length that fits the entries. */
  private timeRange(): [number, number] {
    if (this.currentLayout === 'vertical') {
      const length = Math.min(1600, Math.max(440, this.prepared.length * 46));
      return [V.top, V.top + length];
    }
    return [SIDE, Math.max(SIDE + 100, this.resize.width - SIDE)];
  }

  /** The unzoomed scale: the data's extent across `range`, with its gaps as breaks. */
  private baseScale(range: [number, number]): PiecewiseScale {
    return scalePiecewise(this.extent, range, this.gapList, { breakWidth: BREAK_WIDTH });
  }

  private transformFor(base: PiecewiseScale, start: string | Date | null, end: string | Date | null) {
    const from = toTime(start, 'start') ?? this.extent[0];
    const to = toTime(end, 'end') ?? this.extent[1];
    if (!(to > from)) return zoomIdentity;
    const [r0, r1] = base.range();
    const k = Math.max(1, (r1 - r0) / (base(to) - base(from)));
    const shift = r0 - k * base(from);
    return this.currentLayout === 'vertical'
      ? zoomIdentity.translate(0, shift).scale(k)
      : zoomIdentity.translate(shift, 0).scale(k);
  }

  private setState(name: string, on: boolean): void {
    try {
      if (on) this.internals?.states.add(name);
      else this.internals?.states.delete(name);
    } catch {
      // Browsers without CustomStateSet keep `layout` only.
    }
  }

  private measure(text: string, style: TextStyle): number {
    const key = `${style}|${this.resize.font}|${text}`;
    let width = this.measureCache.get(key);
    if (width === undefined) {
      if (this.measureContext === undefined)
        this.measureContext = document.createElement('canvas').getContext('2d');
      const ctx = this.measureContext;
      const size = style === 'label' ? 13 : 11;
      if (ctx) {
        ctx.font = `${style === 'label' ? 600 : 400} ${size}px ${this.resize.font}`;
        width = Math.ceil(ctx.measureText(text).width * 1.04) + 2;
      } else {
        width = Math.ceil(text.length * size * 0.62);
      }
      this.measureCache.set(key, width);
    }
    return width;
  }

  private entryById(id: string | null): TimelineEntry | null {
    return (id && this.story.entries.find((entry) => entry.id === id)) || null;
  }

  private userSelect(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    if (id) this.focusId = id;
    this.link.write(id);
    this.dispatchEvent(new TimelineSelectEvent({ id, entry: this.entryById(id) }));
  }

  private handleUserZoomEnd(): void {
    const [start, end] = this.currentWindow();
    this.dispatchEvent(new TimelineRangeChangeEvent({ start, end }));
  }

  private currentWindow(): [Date, Date] {
    const range = this.timeRange();
    const t = this.zoom.transform;
    const base = this.baseScale(range);
    const scale = this.currentLayout === 'vertical' ? t.rescaleY(base) : t.rescaleX(base);
    return [scale.invert(range[0]), scale.invert(range[1])];
  }

  private handlePlainWheel(): void {
    this.hint = true;
    clearTimeout(this.hintTimer);
    this.hintTimer = window.setTimeout(() => (this.hint = false), 1800);
  }

  private handleEntryClick(event: Event): void {
    const target = event.target as Element;
    const cluster = target.closest<SVGElement>('.cluster');
    if (cluster) return this.openCluster(Number(cluster.dataset.start), Number(cluster.dataset.end));
    const id = target.closest<SVGElement>('.entry')?.dataset.id;
    if (id) this.userSelect(id);
  }

  /** Zooms to a cluster's stretch of time (at most to the narrowest window), so it opens up. */
  private openCluster(start: number, end: number): void {
    const mid = (start + end) / 2;
    const half = Math.max(MIN_WINDOW, end - start) / 2;
    this.zoomTo(new Date(mid - half), new Date(mid + half));
    this.handleUserZoomEnd();
  }

  private handleKeydown(event: KeyboardEvent): void {
    this.keyboard = true;
    const current = (event.target as Element).closest<SVGElement>('.entry')?.dataset.id ?? this.focusId;
    const index = current ? (this.shownIndex.get(current) ?? -1) : -1;
    const last = this.shown.length - 1;
    const vertical = this.currentLayout === 'vertical';
    const move = (to: number) => {
      event.preventDefault();
      const id = this.shown[Math.max(0, Math.min(last, to))]?.entry.id;
      if (id) this.moveFocus(id);
    };
    switch (event.key) {
      case vertical ? 'ArrowDown' : 'ArrowRight':
        return move(index + 1);
      case vertical ? 'ArrowUp' : 'ArrowLeft':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(last);
      case 'Enter':
      case ' ':
        event.preventDefault();
        if (current) this.userSelect(current);
        return;
      case 'Escape':
        if (this.selected) {
          event.preventDefault();
          this.userSelect(null);
        }
        return;
    }
    this.handleZoomKeys(event);
  }

  private handleZoomKeys(event: KeyboardEvent): void {
    if (this.static || this.view === 'list' || event.ctrlKey || event.metaKey || event.altKey) return;
    const action = { '+': 'in', '=': 'in', '-': 'out', _: 'out', '0': 'reset' }[event.key];
    if (!action) return;
    event.preventDefault();
    this.zoomByUser(action as 'in' | 'out' | 'reset');
  }

  private zoomByUser(action: 'in' | 'out' | 'reset'): void {
    if (action === 'reset') this.zoom.reset();
    else this.zoom.scaleBy(action === 'in' ? 2 : 0.5);
    this.handleUserZoomEnd();
  }

  private async moveFocus(id: string): Promise<void> {
    this.focusId = id;
    // Moving focus off screen pans there: the reader moved the window, so the page hears of it.
    if (this.ensureVisible(id)) this.handleUserZoomEnd();
    await this.updateComplete;
    // focusVisible: Firefox shows no ring for a focus moved by script unless asked to.
    this.renderRoot
      .querySelector<SVGElement>(`.entry[data-id="${CSS.escape(id)}"]`)
      ?.focus({ focusVisible: true } as FocusOptions);
  }

  /** Pans an entry that lies outside the visible window into view; true when it did. */
  private ensureVisible(id: string): boolean {
    const prepared = this.byId.get(id);
    if (!prepared || this.static) return false;
    const range = this.timeRange();
    const a = this.scale(+prepared.span.from);
    const b = this.scale(+prepared.span.to);
    if (b >= range[0] && a <= range[1]) return false;
    // A long period is brought in by its start; a short entry is centred.
    const target = b - a > range[1] - range[0] ? a - range[0] - 24 : (a + b) / 2 - (range[0] + range[1]) / 2;
    this.zoom.panBy(target);
    return true;
  }

  private toggleLane(index: number): void {
    const hidden = new Set(this.hiddenLanes);
    if (hidden.has(index)) hidden.delete(index);
    else hidden.add(index);
    const ids = this.story.lanes.filter((_, i) => !hidden.has(i)).map((lane) => lane.id);
    this.lanes = hidden.size ? ids.join(',') : null;
  }

  private toggleView(): void {
    this.view = this.view === 'list' ? 'timeline' : 'list';
  }

  private handleListClick(event: Event): void {
    const id = (event.target as Element).closest<HTMLElement>('button.list-select')?.dataset.id;
    if (id) this.userSelect(id === this.selected ? null : id);
  }

  /** Selects an entry by id (or clears the selection with `null`). Fires no event. */
  select(id: string | null): void {
    this.selected = id && this.entryById(id) ? id : null;
    if (this.selected) this.focusId = this.selected;
  }

  /** Selects the next entry in date order (the first when none is selected). Fires no event. */
  next(): void {
    this.step(1);
  }

  /** Selects the previous entry in date order (the last when none is selected). Fires no event. */
  previous(): void {
    this.step(-1);
  }

  /** Shows the window from `start` to `end` (partial dates or Dates). Fires no event. */
  zoomTo(start: string | Date, end: string | Date): void {
    const base = this.baseScale(this.timeRange());
    this.zoom.apply(this.transformFor(base, start, end));
  }

  /** Shows the whole story again. Fires no event. */
  resetZoom(): void {
    this.zoom.reset();
  }

  /**
   * The current view as a standalone SVG document (a string): the plot with its computed styles
   * inlined, generic fonts, the heading as its title. Empty in list view.
   */
  toSVG(): string {
    const plot = this.plot;
    if (!plot) return '';
    return svgDocument(
      plot,
      this.heading ?? localize(this.story.title, this.language),
      getComputedStyle(this).backgroundColor,
    );
  }

  private async download(type: 'svg' | 'png'): Promise<void> {
    const svgText = this.toSVG();
    if (!svgText) return;
    const name =
      (this.heading ?? localize(this.story.title, this.language))
        .replace(/[^\p{L}\p{N}]+/gu, '-')
        .replace(/^-|-$/g, '') || 'timeline';
    let blob = new Blob([svgText], { type: 'image/svg+xml' });
    if (type === 'png') {
      // Drawn from the SVG on a canvas at twice the size: no dependency. A page whose CSP has no
      // `img-src blob:` blocks this step, and the PNG button then does nothing (see README).
      const url = URL.createObjectURL(blob);
      try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth * 2;
        canvas.height = image.naturalHeight * 2;
        const ctx = canvas.getContext('2d')!;
        ctx.scale(2, 2);
        ctx.drawImage(image, 0, 0);
        blob = await new Promise<Blob>((resolve, reject) =>
          canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no PNG'))), 'image/png'),
        );
      } catch {
        return;
      } finally {
        URL.revokeObjectURL(url);
      }
    }
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${name}.${type}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  private step(delta: 1 | -1): void {
    const last = this.shown.length - 1;
    if (last < 0) return;
    const index = this.selected ? (this.shownIndex.get(this.selected) ?? -1) : -1;
    const next = index === -1 ? (delta === 1 ? 0 : last) : Math.max(0, Math.min(last, index + delta));
    const id = this.shown[next].entry.id;
    this.select(id);
    this.ensureVisible(id);
  }

  override render() {
    const t = strings[this.language];
    const title = this.heading ?? localize(this.story.title, this.language);
    const list = this.view === 'list' || this.printing;
    return html`
      <div class="frame" lang=${this.language}>
        <div class="head">
          <slot name="heading"><h2 part="heading" class="heading">${title}</h2></slot>
          <div part="controls" class="controls" role="group" aria-label=${t.controls}>
            ${
              this.static || list
                ? nothing
                : html`<button
                      type="button"
                      class="zoom-in"
                      aria-label=${t.zoomIn}
                      title=${t.zoomIn}
                      @click=${() => this.zoomByUser('in')}
                    >
                      +
                    </button>
                    <button
                      type="button"
                      class="zoom-out"
                      aria-label=${t.zoomOut}
                      title=${t.zoomOut}
                      @click=${() => this.zoomByUser('out')}
                    >
                      −
                    </button>
                    <button type="button" class="reset" @click=${() => this.zoomByUser('reset')}>
                      ${t.reset}
                    </button>`
            }
            ${
              list
                ? nothing
                : html`<button
                      type="button"
                      class="download-svg"
                      title=${t.downloadSvg}
                      aria-label=${t.downloadSvg}
                      @click=${() => this.download('svg')}
                    >
                      SVG
                    </button>
                    <button
                      type="button"
                      class="download-png"
                      title=${t.downloadPng}
                      aria-label=${t.downloadPng}
                      @click=${() => this.download('png')}
                    >
                      PNG
                    </button>`
            }
            <button
              type="button"
              class="view-toggle"
              aria-pressed=${list ? 'true' : 'false'}
              @click=${this.toggleView}
            >
              ${t.listView}
            </button>
          </div>
        </div>
        ${this.renderError()} ${this.renderLegend()}
        <p id="summary" class="visually-hidden">${this.summary()}</p>
        ${this.fallback ? html`<slot></slot>` : list ? this.renderList() : this.renderPlot(title)}
        ${list ? nothing : this.renderDetail()}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
          ${this.announcement}
        </div>
        <div part="footer" class="footer">
          <slot name="footer">${this.renderSource()}</slot>
        </div>
      </div>
    `;
  }

  private renderError() {
    if (!this.error) return nothing;
    const t = strings[this.language];
    const issues = this.error.issues;
    return html`<div part="error" class="error" role="alert">
      <div>
        <p>${this.errorMessage(this.error, this.language)}</p>
        ${
          issues.length
            ? html`<ul>
                ${issues.slice(0, SHOWN_ISSUES).map((issue) => html`<li><code>${issue.path || '(root)'}</code>: ${issue.message}</li>`)}
                ${issues.length > SHOWN_ISSUES ? html`<li>${t.errors.more(issues.length - SHOWN_ISSUES)}</li>` : nothing}
              </ul>`
            : nothing
        }
      </div>
      <button
        type="button"
        class="dismiss"
        aria-label=${t.errors.dismiss}
        title=${t.errors.dismiss}
        @click=${() => (this.error = null)}
      >
        ×
      </button>
    </div>`;
  }

  /** One sentence about the data, for the plot's description: how many entries, which years. */
  private summary(): string {
    const t = strings[this.language];
    return this.summaryData ? t.summary(...this.summaryData) : t.summaryEmpty;
  }

  private renderPlot(title: string) {
    const t = strings[this.language];
    return html`<div class="plot-wrap">
      <svg
        class="plot ${this.currentLayout}${this.keyboard ? ' keyboard' : ''}"
        @pointerdown=${() => (this.keyboard = false)}
        part="plot"
        role="group"
        aria-label=${`${t.plot}: ${title}`}
        aria-describedby="summary"
        width=${this.layoutState.width}
        height=${this.layoutState.height}
        viewBox="0 0 ${this.layoutState.width} ${this.layoutState.height}"
      >
        ${this.renderAxis()} ${this.renderLanes()} ${this.renderBreaks()}
        ${this.currentLayout === 'vertical' ? this.renderTracks() : nothing}
        <g
          class="entries"
          role="group"
          aria-label=${t.entriesLabel}
          @click=${this.handleEntryClick}
          @keydown=${this.handleKeydown}
        >
          ${repeat(
            this.layoutState.entries,
            (p) => p.id,
            (p) => this.renderEntry(p),
          )}
        </g>
      </svg>
      <div class="hint" role="status" ?hidden=${!this.hint}>${this.hint ? t.wheelHint : ''}</div>
    </div>`;
  }

  private renderLegend() {
    const t = strings[this.language];
    return html`<ul part="legend" class="legend" aria-label=${t.lanes}>
      ${this.story.lanes.map(
        (lane, i) =>
          html`<li class="lane-${i}">
            <button
              type="button"
              part="lane-toggle"
              class="lane-toggle"
              aria-pressed=${this.hiddenLanes.has(i) ? 'false' : 'true'}
              @click=${() => this.toggleLane(i)}
            >
              <span class="swatch" aria-hidden="true"></span>${localize(lane.label, this.language)}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  /** The list view: every shown entry, in date order, with all that the detail panel says. */
  private renderList() {
    const lang = this.language;
    const selected = this.selected ? (this.shownIndex.get(this.selected) ?? -1) : -1;
    // Long stories come in pages: every entry is reachable, and the DOM stays small.
    const count = this.printing
      ? this.shown.length
      : Math.min(this.shown.length, Math.max(this.listLength, selected + 1));
    const rest = this.shown.length - count;
    const t = strings[lang];
    return html`<ol part="list" class="list" @click=${this.handleListClick}>
        ${repeat(
          this.shown.slice(0, count),
          (p) => p.entry.id,
          ({ entry, lane }) => {
            const selected = entry.id === this.selected;
            return html`<li class="list-item lane-${lane}${selected ? ' selected' : ''}" data-id=${entry.id}>
              <p class="detail-meta">
                <span class="swatch" aria-hidden="true"></span
                >${localize(this.story.lanes[lane]?.label, lang)} ·
                <time datetime=${entry.date}>${formatEntryDate(entry, lang)}</time>
              </p>
              <h3>
                <button
                  type="button"
                  class="list-select"
                  data-id=${entry.id}
                  aria-pressed=${selected ? 'true' : 'false'}
                >
                  ${localize(entry.title, lang)}
                </button>
              </h3>
              ${entryBody(entry, lang)}
            </li>`;
          },
        )}
      </ol>
      ${
        rest > 0
          ? html`<button
              type="button"
              class="list-more"
              @click=${() => (this.listLength = count + LIST_PAGE)}
            >
              ${t.showMore(Math.min(LIST_PAGE, rest), rest)}
            </button>`
          : nothing
      }`;
  }

  private renderAxis() {
    const vertical = this.currentLayout === 'vertical';
    const { height, width } = this.layoutState;
    return svg`<g part="axis" class="axis" aria-hidden="true">
      ${this.ticks.map((tick) => {
        const p = this.scale(tick);
        const label = formatTick(tick, this.language, this.ticks);
        return vertical
          ? svg`<line class="grid" x1=${V.axisLabel + 4} x2=${width - 8} y1=${p} y2=${p}></line>
              <text class="tick" x=${V.axisLabel} y=${p + 4} text-anchor="end">${label}</text>`
          : svg`<line class="grid" x1=${p} x2=${p} y1=${H.axis - 6} y2=${height - H.laneGap}></line>
              <text class="tick" x=${p} y=${H.axis - 12} text-anchor="middle">${label}</text>`;
      })}
      ${vertical ? svg`<line class="domain" x1=${V.axisLabel + 6} x2=${V.axisLabel + 6} y1=${0} y2=${height}></line>` : nothing}
    </g>`;
  }

  /** Compressed gaps: a band across the plot, a zigzag on the axis and how long the gap is. */
  private renderBreaks() {
    const vertical = this.currentLayout === 'vertical';
    const { width, height } = this.layoutState;
    return svg`<g class="breaks" aria-hidden="true">
      ${this.scale.breaks().map((b) => {
        const [a, c] = b.px;
        const mid = (a + c) / 2;
        const label = gapLabel(b, this.language);
        const zig = (at: number) =>
          vertical ? `M${V.axisLabel - 2} ${at} l4 -3 l4 6 l4 -3` : `M${at} ${H.axis - 10} l-3 4 l6 4 l-3 4`;
        return vertical
          ? svg`<rect class="break-band" x="0" y=${a} width=${width} height=${c - a}></rect>
              <path class="break-zig" d=${zig(a)}></path><path class="break-zig" d=${zig(c)}></path>
<text class="break-label" x=${V.axisLabel} y=${mid - 2} text-anchor="end">${this.renderLines(label.split(' '), V.axisLabel, 12)}</text>`
          : svg`<rect class="break-band" x=${a} y=${H.axis - 4} width=${c - a} height=${height - H.axis}></rect>
              <path class="break-zig" d=${zig(a)}></path><path class="break-zig" d=${zig(c)}></path>
              <text class="break-label" x=${mid} y=${H.axis - 12} text-anchor="middle">${label}</text>`;
      })}
    </g>`;
  }

  private renderLanes() {
    if (this.currentLayout === 'vertical') return nothing;
    const { width } = this.layoutState;
    return svg`<g class="lanes" aria-hidden="true">
      ${this.layoutState.lanes.map(
        (band) => svg`<g part="lane" class="lane lane-${band.lane}">
          <rect class="band" x="0" y=${band.y} width=${width} height=${band.height}></rect>
          <rect class="lane-swatch" x=${SIDE - 6} y=${band.y + 6} width="4" height="12"></rect>
          <text class="lane-label" x=${SIDE + 2} y=${band.y + 16}>${localize(this.story.lanes[band.lane]?.label, this.language)}</text>
        </g>`,
      )}
    </g>`;
  }

  /** Vertical layout: every mark at its true time in a thin track, with a leader to its text. */
  private renderTracks() {
    return svg`<g class="tracks" aria-hidden="true">
      ${this.layoutState.entries.map((p) => {
        const cls = `track-mark lane-${p.lane}${p.id === this.selected ? ' selected' : ''}`;
        const [x1, y1, x2, y2] = p.leader ?? [0, 0, 0, 0];
        return svg`<g class=${cls} data-id=${p.id}>
          <path class="leader" d="M${x1} ${y1} H${x1 + 6} L${x2 - 6} ${y2} H${x2}"></path>
          ${this.renderMark(p, true)}
        </g>`;
      })}
    </g>`;
  }

  /** A mark along time; `vertical` swaps the axes. */
  private renderMark(p: PlacedEntry, vertical: boolean) {
    const half = H.markHeight / 2;
    const rect = (a: number, b: number, cls: string) =>
      vertical
        ? svg`<rect class=${cls} x=${p.cross - 3} y=${a} width="6" height=${b - a} rx="2"></rect>`
        : svg`<rect class=${cls} x=${a} y=${p.cross - half} width=${b - a} height=${H.markHeight} rx="3"></rect>`;
    const { mark } = p;
    return svg`${mark.segments.map((s) => rect(s.a, s.b, s.certain ? 'solid' : 'uncertain'))}
      ${
        mark.dot !== null
          ? vertical
            ? svg`<circle class="dot" cx=${p.cross} cy=${mark.dot} r="5"></circle>`
            : svg`<circle class="dot" cx=${mark.dot} cy=${p.cross} r="6"></circle>`
          : nothing
      }
      ${
        mark.openEnd !== null
          ? vertical
            ? svg`<path class="open" d="M${p.cross - 4} ${mark.openEnd} l4 7 l4 -7"></path>`
            : svg`<path class="open" d="M${mark.openEnd + 1} ${p.cross - half} l7 ${half} l-7 ${half}"></path>`
          : nothing
      }`;
  }

  /** A counted cluster: a bar over its stretch of time with the count; a click zooms into it. */
  private renderCluster(p: PlacedEntry) {
    const { count, start, end } = p.cluster!;
    const t = strings[this.language];
    const vertical = this.currentLayout === 'vertical';
    const { hit, label, mark } = p;
    const name = `${t.cluster(count)}, ${p.label.meta.join(' ')}: ${t.openCluster}`;
    const body = vertical
      ? svg`<text class="meta" x=${label.x} y=${label.y - 13 - 2 - (label.meta.length - 1) * V.metaLine}>${this.renderLines(label.meta, label.x, V.metaLine)}</text>
          <text class="label" x=${label.x} y=${label.y}>${this.renderLines(label.lines, label.x, V.lineHeight)}</text>`
      : svg`<rect class="cluster-bar" x=${mark.a} y=${p.cross - 10} width=${mark.b - mark.a} height="20" rx="10"></rect>
          <text class="cluster-count" x=${(mark.a + mark.b) / 2} y=${p.cross + 4} text-anchor="middle">${count}</text>`;
    return svg`<g part="cluster" class="cluster lane-${p.lane}" data-start=${start} data-end=${end} data-count=${count}
      role="button" aria-label=${name}>
      <rect class="hit" x=${hit.x} y=${hit.y} width=${hit.width} height=${hit.height} rx="6"></rect>
      ${body}
    </g>`;
  }

  private renderEntry(p: PlacedEntry) {
    if (p.cluster) return this.renderCluster(p);
    const prepared = this.byId.get(p.id)!;
    const { entry } = prepared;
    const period = entry.end !== undefined;
    const t = strings[this.language];
    const vertical = this.currentLayout === 'vertical';
    // The name starts with what is visible, in the same order (WCAG 2.5.3, label in name).
    const date = formatEntryDate(entry, this.language);
    const lane = localize(this.story.lanes[p.lane]?.label, this.language);
    const name = `${vertical ? `${date} · ${lane}` : date}: ${localize(entry.title, this.language)}${period ? ` (${t.period})` : ''}`;
    const selected = entry.id === this.selected;
    const { hit, label } = p;
    const metaTop = label.y - 13 - 2 - label.meta.length * V.metaLine;
    return svg`<g
      part="entry ${period ? 'period' : 'point'}"
      class="entry lane-${p.lane}${selected ? ' selected' : ''}"
      data-id=${entry.id}
      role="button"
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${name}
      tabindex=${entry.id === this.focusId ? '0' : '-1'}
    >
      <rect class="hit" x=${hit.x} y=${hit.y} width=${hit.width} height=${hit.height} rx="6"></rect>
      ${vertical ? nothing : this.renderMark(p, false)}
      ${
        vertical
          ? svg`<rect class="lane-marker" x=${label.x - 14} y=${metaTop + 3} width="9" height="9" rx="2"></rect>
              <text class="meta" x=${label.x} y=${metaTop + 11}>${this.renderLines(label.meta, label.x, V.metaLine)}</text>`
          : nothing
      }
      <text class="label" x=${label.x} y=${label.y}>${this.renderLines(label.lines, label.x, V.lineHeight)}</text>
    </g>`;
  }

  private renderLines(lines: string[], x: number, lineHeight: number) {
    // The space keeps words apart in the text content that screen readers and axe read.
    return lines.map(
      (line, i) =>
        svg`<tspan x=${x} dy=${i ? lineHeight : 0}>${i < lines.length - 1 ? `${line} ` : line}</tspan>`,
    );
  }

  private renderDetail() {
    const entry = this.entryById(this.selected);
    const t = strings[this.language];
    if (!entry) return html`<section part="detail" class="detail" hidden></section>`;
    const lang = this.language;
    const lane = this.story.lanes.findIndex((l) => l.id === entry.lane);
    return html`<section part="detail" class="detail lane-${lane}" aria-labelledby="detail-title">
      <div class="detail-head">
        <p class="detail-meta">
          <span class="swatch" aria-hidden="true"></span>${localize(this.story.lanes[lane]?.label, lang)} ·
          <time datetime=${entry.date}>${formatEntryDate(entry, lang)}</time>
        </p>
        <button
          type="button"
          class="close"
          aria-label=${t.close}
          title=${t.close}
          @click=${() => this.userSelect(null)}
        >
          ×
        </button>
      </div>
      <h3 id="detail-title">${localize(entry.title, lang)}</h3>
      ${entryBody(entry, lang)}
    </section>`;
  }

  private renderSource() {
    const source = this.story.source;
    if (!source) return nothing;
    const label = localize(source.label, this.language);
    const t = strings[this.language];
    const url = safeUrl(source.url);
    return html`${t.source}: ${url ? html`<a href=${url} rel="noopener noreferrer">${label}</a>` : label}
    ${this.story.asOf ? html`· ${t.asOf} ${formatPartialDate(this.story.asOf, this.language)}` : nothing}`;
  }
}

/** A partial date or Date as ms: `start` takes the beginning of its span, `end` its end. */
function toTime(value: string | Date | null, edge: 'start' | 'end'): number | null {
  if (value instanceof Date) return Number.isNaN(+value) ? null : +value;
  const parsed = value ? parsePartialDate(value) : null;
  return parsed ? +parsed[edge] : null;
}
