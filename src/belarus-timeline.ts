import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { TimelineDataset, TimelineEntry } from './data/types.js';
import { localize } from './data/localize.js';
import { entryDateText } from './dates/format.js';
import { LangController } from './controllers/lang-controller.js';
import { LinkController, type LinkHost } from './controllers/link-controller.js';
import { PrintController } from './controllers/print-controller.js';
import { ResizeController } from './controllers/resize-controller.js';
import { StoryController, freeze } from './controllers/story-controller.js';
import { ZoomController } from './controllers/zoom-controller.js';
import { NavigationController } from './controllers/navigation-controller.js';
import { FrameController, type FrameHost } from './controllers/frame-controller.js';
import { TimelineErrorEvent, TimelineLoadEvent, TimelineSelectEvent } from './events.js';
import { svgDocument } from './export/svg.js';
import { renderList } from './render/list.js';
import { renderDetail, renderError, renderLegend, renderSource } from './render/panels.js';
import { renderPlot } from './render/plot.js';
import { renderState } from './render/state.js';
import { renderToolbar } from './render/toolbar.js';
import { styles } from './styles/index.js';
import { toTime } from './view/frame.js';
import type { Model } from './view/model.js';
import { adoptEarlyValue, settingsIssues } from './view/settings.js';
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
 * @csspart era - An era's band behind the lanes, with its label.
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
 * @cssproperty [--belarus-timeline-era=#8c6a2e] - Eras' edges; their bands and label strips are tints of it (`#d2b177` in the dark theme).
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
    src: { noAccessor: true },
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
    accepted: ({ entries }) => {
      if (!entries.some((e) => e.id === this.selected)) this.selected = null;
    },
    failed: (message, issues) => this.dispatchEvent(new TimelineErrorEvent({ message, issues })),
  });
  private readonly link = new LinkController(this as unknown as LinkHost, {
    exists: (id) => !!this.entryById(id),
    select: (id) => {
      this.select(id);
      if (id) this.nav.ensureVisible(id, false);
    },
  });
  private readonly nav = new NavigationController(this, {
    model: () => this.model,
    zoom: this.zoom,
    select: (id) => this.userSelect(id),
  });
  private readonly frames = new FrameController(this as unknown as FrameHost, {
    story: this.story,
    zoom: this.zoom,
    nav: this.nav,
    resize: this.resize,
    language: this.language,
    internals: this.attachInternals?.() ?? null,
  });

  constructor() {
    super();
    adoptEarlyValue(this, 'entries');
  }

  /** How many entries the list view shows; "show more" adds a page. */
  private listLength = LIST_PAGE;
  /** Everything derived for drawing, written by the frame controller only. */
  private get model(): Model | null {
    return this.frames?.model ?? null;
  }

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
  /** URL of a dataset (ours as JSON, entries, a TimelineJS file or CSV) to show; setting it again retries. */
  get src(): string | null {
    return this.story.src;
  }
  set src(value: string | null) {
    const old = this.story.src;
    this.story.load(value ? String(value) : null);
    this.requestUpdate('src', old);
  }
  /** `oldest-first`, or `newest-first`: the list, print and the vertical layout (time runs up) start with the newest. */
  order: 'oldest-first' | 'newest-first' = 'oldest-first';
  /** Scroll steps: a CSS selector for page elements with `data-entry="<id>"`; the last whose top is above the viewport's middle selects its entry. */
  steps: string | null = null;

  /**
   * The story (a `TimelineDataset`; default: the built-in one), validated: invalid entries are left out and
   * reported, no dataset at all changes nothing; never throws. It takes the place of HTMLElement's `data-*` map.
   */
  // @ts-expect-error TS2416: `dataset` is a TimelineDataset here, not a DOMStringMap.
  override get dataset(): TimelineDataset {
    return this.story.shared;
  }
  // @ts-expect-error TS2416: and it takes any value, which it validates.
  override set dataset(value: unknown) {
    this.story.setDataset(value);
  }

  /** Shorthand that replaces the dataset's entries (unknown lanes get generated labels); never throws. */
  get entries(): TimelineEntry[] {
    return this.story.shared.entries;
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

  /**
   * Lit's override point for `updateComplete`: it also waits for the zoom gestures, which load
   * beside the first frame (`ZoomController.ready`), so that a page or a test that awaits it can
   * zoom at once.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.zoom.ready;
    // Binding may have constrained the window, which asks for one more update.
    return this.isUpdatePending ? super.getUpdateComplete() : done;
  }

  /** Story → index → frame: each stage is rebuilt only when its inputs change (see `view/`). */
  protected override willUpdate(changed: PropertyValues): void {
    if (!this.hasUpdated) this.story.first();
    this.frames.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    // Loaded on first use: most pages have no scroll steps.
    if (changed.has('steps') && this.steps)
      void import('./controllers/steps-controller.js').then((m) =>
        m.watchSteps(this, (id) => this.nav.reach(id)),
      );
    const count = this.story.takeLoaded();
    if (count !== null) {
      // A story has arrived: the URL may name one of its entries.
      if (this.linkable) this.link.follow(true);
      this.dispatchEvent(new TimelineLoadEvent({ count }));
    } else if (changed.has('linkable') && this.linkable) this.link.follow(true);
  }

  private entryById(id: string | null): TimelineEntry | null {
    return (id && this.story.index.byId.get(id)?.entry) || null;
  }

  private userSelect(id: string | null): void {
    if (id === this.selected) return;
    this.selected = id;
    this.nav.follow(id);
    this.link.write(id);
    this.dispatchEvent(new TimelineSelectEvent({ id, entry: freeze(this.entryById(id)) }));
    if (id) this.nav.revealDetail();
  }

  private headingText(): string {
    return this.heading ?? localize(this.story.dataset.title, this.language.lang);
  }

  /** Steps through the story; `user`: the reader pressed Previous or Next. */
  private step(delta: 1 | -1, user = false): void {
    const id = this.nav.neighbour(this.selected, delta);
    if (!id) return;
    if (user) this.userSelect(id);
    else this.select(id);
    this.nav.ensureVisible(id, user);
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

  /**
   * Shows the window from `start` to `end` (partial dates or Dates), animated (beyond the story: at once, as
   * asked). An invalid date is reported (`timeline-error`). Fires no other event.
   */
  zoomTo(start: string | Date, end: string | Date): void {
    const issues = settingsIssues({ 'zoomTo(start)': start, 'zoomTo(end)': end }, []);
    if (issues.length) this.story.report(issues);
    this.nav.moveTo(toTime(start, 'start'), toTime(end, 'end'), false);
  }

  /** Shows the whole story again, animated. Fires no event. */
  resetZoom(): void {
    this.nav.moveTo(null, null, false);
  }

  /** Fetches `src` again (after a failure, say): `timeline-load` or `timeline-error` follows. */
  reload(): void {
    this.story.reload();
  }

  /** The current view as a standalone SVG document: computed styles inlined, heading as title; '' in list view. */
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
    // No axis of years that no data asked for: in words, that it is loading or has no entries.
    const loading = this.story.pending > 0;
    const empty = !model.story.prepared.length;
    return html`<div class="frame" lang=${lang} aria-busy=${loading ? 'true' : nothing}>
      <div class="head">
        <slot name="heading"><h2 part="heading" class="heading">${this.headingText()}</h2></slot>
        ${renderToolbar({
          t,
          zoom: !this.static && !list,
          exports: !list,
          list,
          onZoom: (action) => this.nav.zoomByUser(action),
          position: model.shown.position.get(this.selected ?? '') ?? -1,
          count: model.shown.shown.length,
          onStep: (delta) => this.step(delta, true),
          // Loaded on the first click: most readers never export.
          onDownload: (type) =>
            import('./export/download.js').then((m) => m.download(this.toSVG(), this.headingText(), type)),
          onToggleView: () => (this.view = list ? 'timeline' : 'list'),
        })}
      </div>
      ${error ? renderError(this.story.message(error, lang), this.story.issues(error, lang), t, () => this.story.dismiss()) : nothing}
      ${renderLegend(dataset, model.shown.hidden, lang, t, (lanes) => (this.lanes = lanes))}
      <p id="summary" class="visually-hidden">${summary ? t.summary(...summary) : t.summaryEmpty}</p>
      ${loading || (empty && !this.story.fallback) ? renderState(loading ? t.loading : t.summaryEmpty) : nothing}
      ${this.story.fallback ? html`<slot></slot>` : empty ? nothing : list ? this.renderList(model) : this.renderPlot(model)}
      ${list ? nothing : renderDetail(entry, dataset, lang, t, () => this.userSelect(null))}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
        ${entry ? `${localize(entry.title, lang)}, ${entryDateText(entry, lang)}` : ''}
      </div>
      <div part="footer" class="footer"><slot name="footer">${renderSource(dataset, lang, t)}</slot></div>
    </div>`;
  }

  /** What every fragment draws from: the language, its words, the story and the selection. */
  private base({ story: { dataset } }: Model) {
    const { lang, strings: t } = this.language;
    return { lang, t, dataset, lanes: dataset.lanes, selected: this.selected };
  }

  private renderList(model: Model) {
    return renderList({
      ...this.base(model),
      shown: model.shown,
      eras: model.story.eras,
      newestFirst: this.order === 'newest-first',
      // Long stories come in pages; a print shows a good many, and says what it leaves out.
      count: this.print.listLength(this.listLength),
      note: this.print.printing
        ? (shown) => this.language.strings.printNote(shown, model.shown.shown.length)
        : null,
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
