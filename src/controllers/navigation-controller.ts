import type { ReactiveControllerHost } from 'lit';
import { pixelSpan } from '../scale/time-scale.js';
import { keyCommand } from '../view/keyboard.js';
import { TimelineRangeChangeEvent } from '../events.js';
import type { Orientation } from '../orientation/orientation.js';
import { frameBase, frameWindow, MIN_WINDOW, windowTransform, type Window } from '../view/frame.js';
import type { Model } from '../view/model.js';
import type { ZoomController } from './zoom-controller.js';

export interface NavigationHost extends ReactiveControllerHost, Element {
  readonly static: boolean;
  readonly view: string;
  readonly selected: string | null;
  readonly start: string | null;
  readonly end: string | null;
  readonly steps: string | null;
  /** Renders the focused entry's mark, so that focus can move to it. */
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface NavigationOptions {
  model: () => Model | null;
  zoom: ZoomController;
  /** The reader selected an entry (or cleared the selection with null). */
  select: (id: string | null) => void;
}

/**
 * Moving through the story: the roving tab stop over the entries, the keys, zooming by buttons and
 * keys, and the pans that bring an entry into view. The one writer of the focused entry.
 */
export class NavigationController {
  /** The entry that holds the roving tab stop. */
  focusId: string | null = null;
  /** The reader is using the keyboard: the focused entry shows its ring (see styles). */
  keyboard = false;
  /** The last `zoomTo` window that reached beyond the story: the frame takes it in. */
  outer: Window = [null, null];
  /** A window to show once the frame has been rebuilt to take it in (see `moveTo`). */
  #pending: { window: Window; user: boolean } | null = null;

  constructor(
    private readonly host: NavigationHost,
    private readonly options: NavigationOptions,
  ) {}

  /** Keeps the tab stop on an entry that is shown: `id` (the selection), else the first. */
  keep(model: Model, id: string | null): void {
    const { position, shown } = model.shown;
    if (!this.focusId || !position.has(this.focusId))
      this.focusId = id && position.has(id) ? id : (shown[0]?.entry.id ?? null);
  }

  /** The tab stop goes to `id` (a selection), without moving focus. */
  follow(id: string | null): void {
    if (id) this.focusId = id;
  }

  setKeyboard(on: boolean): void {
    if (this.keyboard === on) return;
    this.keyboard = on;
    this.host.requestUpdate();
  }

  handleKeydown(event: KeyboardEvent): void {
    const model = this.options.model();
    if (!model?.frame) return;
    this.setKeyboard(true);
    const current = (event.target as Element).closest<SVGElement>('.entry')?.dataset.id ?? this.focusId;
    const command = keyCommand(
      event,
      model.frame.orientation,
      !this.host.static && this.host.view !== 'list',
    );
    if (!command || (command.kind === 'clear' && !this.host.selected)) return;
    event.preventDefault();
    const { shown, position } = model.shown;
    const index = current ? (position.get(current) ?? -1) : -1;
    if (command.kind === 'move') {
      const to = { next: index + 1, previous: index - 1, first: 0, last: shown.length - 1 }[command.to];
      const id = shown[Math.max(0, Math.min(shown.length - 1, to))]?.entry.id;
      if (id) this.moveFocus(id);
    } else if (command.kind === 'select') {
      if (current) this.options.select(current);
    } else if (command.kind === 'clear') this.options.select(null);
    else this.zoomByUser(command.action, current);
  }

  /**
   * The entry `delta` steps from `id` in date order: with none, the first (next) or the last
   * (previous); never past an end (null there).
   */
  neighbour(id: string | null, delta: 1 | -1): string | null {
    const shown = this.options.model()?.shown;
    if (!shown?.shown.length) return null;
    const index = id ? (shown.position.get(id) ?? -1) : -1;
    const next = index === -1 ? (delta === 1 ? 0 : shown.shown.length - 1) : index + delta;
    return shown.shown[next]?.entry.id ?? null;
  }

  /** Zoom buttons and keys. Keys zoom around the focused entry, so that it stays in view and focused. */
  zoomByUser(action: 'in' | 'out' | 'reset', around: string | null = null): void {
    const model = this.options.model();
    const frame = model?.frame;
    if (!frame) return;
    if (action === 'reset') return this.moveTo(null, null, true);
    const span = around ? model.story.byId.get(around)?.span : undefined;
    const at = span ? frame.scale(span.from) : NaN;
    const inside = at >= frame.range[0] && at <= frame.range[1];
    this.options.zoom.zoomBy(action === 'in' ? 2 : 0.5, inside ? at : null, { animate: true, user: true });
  }

  /** Zooms to a cluster's stretch of time (at most to the narrowest window), so it opens up. */
  openCluster(start: number, end: number): void {
    const mid = (start + end) / 2;
    const half = Math.max(MIN_WINDOW, end - start) / 2;
    this.moveTo(mid - half, mid + half, true);
  }

  /**
   * Moves to the window [from, to] (ms; null: the story's edge), animated. A window beyond the
   * frame's time, or the whole story after one, changes the frame under it: the host's next update
   * rebuilds it and shows the window at once (`takePending`).
   */
  moveTo(from: number | null, to: number | null, user: boolean): void {
    const frame = this.options.model()?.frame;
    if (!frame) return;
    const wider = (from !== null && from < frame.extent[0]) || (to !== null && to > frame.extent[1]);
    if (wider || (from === null && to === null && this.outer.some((t) => t !== null))) {
      this.outer = wider ? [from, to] : [null, null];
      this.#pending = { window: [from, to], user };
      return this.host.requestUpdate();
    }
    const transform = windowTransform(frame.orientation, frame.base, frame.extent, from, to);
    this.options.zoom.move(transform, { animate: true, user });
  }

  /**
   * Sets the window the page asked for (`asked`, from `start`/`end`) in a frame laid out at a
   * width: first, and again whenever the geometry under it changes (a new story, gaps,
   * orientation), since a transform means nothing there; or the window a `moveTo` left for the
   * rebuilt frame. True when it moved.
   */
  placeWindow(model: Model, orientation: Orientation, range: [number, number], asked: Window): boolean {
    const window = [this.host.start, this.host.end, model.pieces, orientation];
    const pending = this.#pending;
    if (!pending && model.window?.every((v, i) => v === window[i])) return false;
    this.#pending = null;
    model.window = window;
    const [from, to] = pending?.window ?? asked;
    const extent = [model.pieces[0].from, model.pieces[model.pieces.length - 1].to] as const;
    const transform = windowTransform(
      orientation,
      frameBase(orientation, model.pieces, range),
      extent,
      from,
      to,
    );
    this.options.zoom.move(transform, { user: pending?.user });
    return true;
  }

  /**
   * The reader reached an entry by other means than the plot (a scroll step): it is selected (a
   * user action) and panned into view. The page is not scrolled. An id that is no entry is ignored.
   */
  reach(id: string): void {
    if (!this.options.model()?.story.byId.has(id)) return;
    this.options.select(id);
    void this.ensureVisible(id, true);
  }

  /** Pans an entry that lies outside the visible window into view; `user`: the reader moved. */
  ensureVisible(id: string, user: boolean): Promise<boolean> {
    const model = this.options.model();
    const prepared = model?.story.byId.get(id);
    const frame = model?.frame;
    if (!prepared || !frame || this.host.static) return Promise.resolve(true);
    const { range, scale } = frame;
    const [a, b] = pixelSpan(scale, prepared.span.from, prepared.span.to);
    if (b >= range[0] && a <= range[1]) return Promise.resolve(true);
    // A long period is brought in by its start; a short entry is centred.
    const delta = b - a > range[1] - range[0] ? a - range[0] - 24 : (a + b) / 2 - (range[0] + range[1]) / 2;
    return this.options.zoom.panBy(delta, { animate: true, user });
  }

  /** The reader zoomed or panned and the window settled: the page hears which window it is. */
  reportWindow(): void {
    const frame = this.options.model()?.frame;
    if (!frame) return;
    // The transform now, which may be newer than the last frame drawn.
    const [start, end] = frameWindow(frame, this.options.zoom.transform);
    this.host.dispatchEvent(new TimelineRangeChangeEvent({ start, end }));
  }

  async moveFocus(id: string): Promise<void> {
    this.focusId = id;
    this.host.requestUpdate();
    // Moving focus off screen pans there: the reader moved the window, so the page hears of it.
    // Another key press may interrupt the pan: then that one moves the focus.
    if (!(await this.ensureVisible(id, true))) return;
    await (this.host as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    // focusVisible: Firefox shows no ring for a focus moved by script unless asked to.
    const mark = this.host.renderRoot.querySelector<SVGElement>(`.entry[data-id="${CSS.escape(id)}"]`);
    mark?.focus({ focusVisible: true } as FocusOptions);
  }

  /**
   * After the reader selects, the detail's top comes into view (smooth unless reduced motion);
   * focus stays where it is. Not with scroll steps: there the reader scrolls the page.
   */
  async revealDetail(): Promise<void> {
    await (this.host as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    if (this.host.steps) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    const detail = this.host.renderRoot.querySelector('[part="detail"]:not([hidden])');
    detail?.scrollIntoView({ block: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
  }
}
