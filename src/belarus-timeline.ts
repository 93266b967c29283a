import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { TimelineDataset, TimelineEntry } from './data/types.js';
import { localize } from './data/localize.js';
import { formatEntryDate } from './dates/format.js';
import { LangController } from './controllers/lang-controller.js';
import { LinkController, type LinkHost } from './controllers/link-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { StoryController } from './controllers/story-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { NavigationController } from './controllers/navigation-controller.js';
import { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './events.js';
import { svgDocument } from './export/svg.js';
import { adoptLaneSheet, setCustomState } from './lane-colors.js';
import { orientationFor } from './orientation/index.js';
import { renderList } from './render/list.js';
import { renderDetail, renderError, renderLegend, renderSource } from './render/panels.js';
import { renderPlot } from './render/plot.js';
import { renderToolbar } from './render/toolbar.js';
import { styles } from './styles/index.js';
import { frameBase, makeFrame, MIN_WINDOW, toTime, windowTransform } from './view/frame.js';
import { frameLayout, storyStages, type Model } from './view/model.js';
import { summaryOf } from './view/story-index.js';

/** Entries per page of the list view. */
const LIST_PAGE = 200;

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

  static override properties = {
    listLength: { state: true, attribute: false },
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
    order: { reflect: true },
    steps: { reflect: true },
  };

  private readonly resize = new ResizeController(this);
  private readonly language = new LangController(this);
  private readonly print = new PrintController(this);
  private readonly zoom = new ZoomController(this, {
    target: () => this.renderRoot?.querySelector('svg.plot'),
    onUserEnd: () => this.nav.reportWindow(),
  });
  private readonly story = new StoryController(this, {
    lang: () => this.language.lang,
    accepted: (dataset) => this.handleAccepted(dataset),
    failed: (message, issues) => this.dispatchEvent(new TimelineErrorEvent({ message, issues })),
  });
  private readonly link = new LinkController(this as unknown as LinkHost, (entry) =>
    this.applyLink(entry, false),
  );
  private readonly nav = new NavigationController(this, {
    model: () => this.model,
    zoom: this.zoom,
    select: (id) => this.userSelect(id),
  });
  private readonly internals: ElementInternals | null = this.attachInternals?.() ?? null;

  /** How many entries the list view shows; "show more" adds a page. */
  private listLength = LIST_PAGE;
  /** Everything derived for drawing: written by `willUpdate` only. */
  private model: Model | null = null;

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
  /** `oldest-first`, or `newest-first`: the list, print and the vertical layout (time runs up) start with the newest. */
  order: 'oldest-first' | 'newest-first' = 'oldest-first';
  /** Scroll steps: a CSS selector for page elements with `data-entry="<id>"`; the last whose top is above the viewport's middle selects its entry. */
  steps: string | null = null;

  /**
   * The story to tell: a `TimelineDataset`. Default: the built-in article dataset. Validated on
   * the way in: invalid entries are left out and reported (`timeline-error`); input that is not a
   * dataset at all changes nothing. Never throws. On this element `dataset` takes the place of
   * HTMLElement's `data-*` map (which it does not use); TypeScript sees the clash with the DOM's type.
   */
  // @ts-expect-error TS2416: `dataset` is a TimelineDataset here, not a DOMStringMap.
  override get dataset(): TimelineDataset {
    return this.story.dataset;
  }
  // @ts-expect-error TS2416: and it takes any value, which it validates.
  override set dataset(value: unknown) {
    this.story.setDataset(value);
  }

  /**
   * Shorthand that replaces the dataset's entries (lanes it does not know get generated labels
   * and colours). Validated like `dataset`; never throws.
   */
  get entries(): TimelineEntry[] {
    return this.story.dataset.entries;
  }
  set entries(value: unknown) {
    this.story.setEntries(value);
  }

  /** The orientation in effect: `horizontal` or `vertical` (also the custom state `:state(vertical)`). */
  get layout(): 'horizontal' | 'vertical' {
    return this.model?.frame?.orientation.name ?? 'horizontal';
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  /** Story → index → frame: each stage is rebuilt only when its inputs change (see `view/`). */
  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated) this.story.first(this.src);
    const previous = this.model;
    const model = storyStages(previous, this.story.index, this.lanes, this.gaps);
    if (model.story !== previous?.story)
      adoptLaneSheet(this.renderRoot as ShadowRoot, model.story.dataset.lanes);
    const width = this.resize.width;
    const orientation = orientationFor(this.orientation, width, this.order);
    if (orientation !== previous?.frame?.orientation)
      setCustomState(this.internals, 'vertical', orientation.name === 'vertical');
    const range = orientation.range(width, model.story.prepared.length);
    const extent: [number, number] = [model.pieces[0].from, model.pieces[model.pieces.length - 1].to];
    const maxScale = (extent[1] - extent[0]) / MIN_WINDOW;
    this.zoom.configure(orientation.axis, range, orientation.cross(width), maxScale, !this.static);
    // `start`/`end` set the window once there is a width to lay out with, and again whenever the
    // geometry under them changes (a new story, gaps, orientation): a transform means nothing there.
    const window = [this.start, this.end, model.pieces, orientation];
    if (width > 0 && (!model.window || window.some((v, i) => v !== model.window![i]))) {
      model.window = window;
      const [from, to] = [toTime(this.start, 'start'), toTime(this.end, 'end')];
      this.zoom.move(
        windowTransform(orientation, frameBase(orientation, model.pieces, range), extent, from, to),
      );
    } else if (changed.has('static') && this.static) this.zoom.move(orientation.transform(0, 1));
    model.frame = makeFrame(orientation, model.pieces, range, this.zoom.transform);
    // The roving tab stop stays on an entry that is shown: the selection's, else the first.
    this.nav.keep(model, this.selected);
    const pinned = [this.nav.focusId, this.selected];
    model.layout = frameLayout(model, width, pinned, this.language, this.resize.measure);
    this.model = model;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('src')) this.story.load(this.src ? String(this.src) : null);
    // Loaded on first use: most pages have no scroll steps.
    if (changed.has('steps') && this.steps)
      void import('./controllers/steps-controller.js').then((m) =>
        m.watchSteps(this, (id) => this.nav.reach(id)),
      );
    const count = this.story.takeLoaded();
    if (count !== null) {
      // A story has arrived: the URL may name one of its entries.
      if (this.linkable) this.applyLink(this.link.read(), true);
      this.dispatchEvent(new TimelineLoadEvent({ count }));
    } else if (changed.has('linkable') && this.linkable) this.applyLink(this.link.read(), true);
  }

  private handleAccepted(dataset: TimelineDataset): void {
    if (this.selected && !dataset.entries.some((e) => e.id === this.selected)) this.selected = null;
  }

  /** Selects what the URL names; a name that is no entry is ignored, with a warning. */
  private applyLink(entry: string | null, initial: boolean): void {
    if (!entry) {
      if (!initial) this.select(null);
    } else if (!this.entryById(entry)) {
      console.warn(`<belarus-timeline>: the URL names "${entry}", which is no entry of this story; ignored.`);
    } else {
      this.select(entry);
      this.nav.ensureVisible(entry, false);
    }
  }

  private entryById(id: string | null): TimelineEntry | null {
    return (id && this.story.index.byId.get(id)?.entry) || null;
  }

  private userSelect(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    this.nav.follow(id);
    this.link.write(id);
    this.dispatchEvent(new TimelineSelectEvent({ id, entry: this.entryById(id) }));
  }

  private async download(type: 'svg' | 'png'): Promise<void> {
    const { download } = await import('./export/download.js');
    await download(this.toSVG(), this.headingText(), type);
  }

  private headingText(): string {
    return this.heading ?? localize(this.story.dataset.title, this.language.lang);
  }

  private step(delta: 1 | -1): void {
    const shown = this.model?.shown;
    if (!shown?.shown.length) return;
    const last = shown.shown.length - 1;
    const index = this.selected ? (shown.position.get(this.selected) ?? -1) : -1;
    const next = index === -1 ? (delta === 1 ? 0 : last) : Math.max(0, Math.min(last, index + delta));
    this.select(shown.shown[next].entry.id);
    this.nav.ensureVisible(shown.shown[next].entry.id, false);
  }

  /** Selects an entry by id (or clears the selection with `null`). Fires no event. */
  select(id: string | null): void {
    this.selected = id && this.entryById(id) ? id : null;
    this.nav.follow(this.selected);
  }

  /** Selects the next entry in date order (the first when none is selected), panning to it. Fires no event. */
  next(): void {
    this.step(1);
  }

  /** Selects the previous entry in date order (the last when none is selected), panning to it. Fires no event. */
  previous(): void {
    this.step(-1);
  }

  /** Shows the window from `start` to `end` (partial dates or Dates), animated. Fires no event. */
  zoomTo(start: string | Date, end: string | Date): void {
    this.nav.moveTo(toTime(start, 'start'), toTime(end, 'end'), false);
  }

  /** Shows the whole story again, animated. Fires no event. */
  resetZoom(): void {
    this.nav.moveTo(null, null, false);
  }

  /**
   * The current view as a standalone SVG document (a string): the plot with its computed styles
   * inlined, generic fonts, the heading as its title. Empty in list view.
   */
  toSVG(): string {
    const plot = this.renderRoot?.querySelector<SVGSVGElement>('svg.plot');
    return plot ? svgDocument(plot, this.headingText(), getComputedStyle(this).backgroundColor) : '';
  }

  override render() {
    const model = this.model!;
    const { lang, strings: t } = this.language;
    const list = this.view === 'list' || this.print.printing;
    const { dataset } = model.story;
    const error = this.story.error;
    const summary = summaryOf(model.story, model.shown);
    const entry = this.entryById(this.selected);
    return html`<div class="frame" lang=${lang}>
      <div class="head">
        <slot name="heading"><h2 part="heading" class="heading">${this.headingText()}</h2></slot>
        ${renderToolbar({
          t,
          zoom: !this.static && !list,
          exports: !list,
          list,
          onZoom: (action) => this.nav.zoomByUser(action),
          onDownload: (type) => this.download(type),
          onToggleView: () => (this.view = list ? 'timeline' : 'list'),
        })}
      </div>
      ${error ? renderError(this.story.message(error, lang), error.issues, t, () => this.story.dismiss()) : nothing}
      ${renderLegend(dataset, model.shown.hidden, lang, t, (lanes) => (this.lanes = lanes))}
      <p id="summary" class="visually-hidden">${summary ? t.summary(...summary) : t.summaryEmpty}</p>
      ${this.story.fallback ? html`<slot></slot>` : list ? this.renderList(model) : this.renderPlot(model)}
      ${list ? nothing : renderDetail(entry, dataset, lang, t, () => this.userSelect(null))}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${entry ? `${localize(entry.title, lang)}, ${formatEntryDate(entry, lang)}` : ''}
      </div>
      <div part="footer" class="footer"><slot name="footer">${renderSource(dataset, lang, t)}</slot></div>
    </div>`;
  }

  /** What every fragment draws from: the language, its words, the story and the selection. */
  private base(model: Model) {
    const { lang, strings: t } = this.language;
    return {
      lang,
      t,
      dataset: model.story.dataset,
      lanes: model.story.dataset.lanes,
      selected: this.selected,
    };
  }

  private renderList(model: Model) {
    return renderList({
      ...this.base(model),
      shown: model.shown,
      newestFirst: this.order === 'newest-first',
      // Long stories come in pages; printing shows them all.
      count: this.print.printing ? Infinity : this.listLength,
      page: LIST_PAGE,
      onSelect: (id) => this.userSelect(id === this.selected ? null : id),
      onMore: (n) => (this.listLength = n),
    });
  }

  private renderPlot(model: Model) {
    return renderPlot({
      ...model.frame!,
      ...this.base(model),
      layout: model.layout,
      title: this.headingText(),
      byId: model.story.byId,
      focusId: this.nav.focusId,
      keyboard: this.nav.keyboard,
      hint: this.zoom.hint,
      onSelect: (id) => this.userSelect(id),
      onCluster: (start, end) => this.nav.openCluster(start, end),
      onKeydown: (e) => this.nav.handleKeydown(e),
      onPointerDown: () => this.nav.setKeyboard(false),
    });
  }
}
