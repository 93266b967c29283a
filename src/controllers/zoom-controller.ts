import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { easeCubicOut } from 'd3-ease';
import { select, type Selection } from 'd3-selection';
import type { Transition } from 'd3-transition';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export type Axis = 'x' | 'y';

export interface MoveOptions {
  /** Over a few hundred milliseconds (instant under reduced motion). */
  animate?: boolean;
  /** The reader asked: report the window once it settles. */
  user?: boolean;
}

export interface ZoomOptions {
  /** The element the behaviour binds to; Lit always renders it. */
  target: () => Element | null | undefined;
  /** The user zoomed or panned and the window settled (wheel, drag, pinch, buttons, keys). */
  onUserEnd: () => void;
}

/** How long a programmatic move takes: long enough to follow, short enough not to wait for. */
const DURATION = 350;
/**
 * Ctrl + wheel zooms by 2^(−deltaY × this). d3's default is 0.002, ten times that with Ctrl held:
 * one mouse notch (deltaY 100) zoomed 4×. 0.005 makes a notch 1.41×, and a trackpad pinch (dozens
 * of events of deltaY 1–10) about 2× per gesture.
 */
const WHEEL_RATE = 0.005;
/** How far (px) a finger moves before its gesture is told apart: a pan along time, or the page's scroll. */
const TOUCH_SLOP = 8;
/** Each gesture starts anew at its touchstart, so its end needs no listener. */
const TOUCH = ['touchstart', 'touchmove'];

/**
 * d3-zoom, bound to the plot while the host is connected: the one writer of the zoom transform.
 * Every change, gesture or not, goes through d3's behaviour, so d3's stored transform on the node
 * and the one the host draws are always the same. The host rescales its base scale with it
 * (semantic zoom: marks and text keep their size) and redraws once per animation frame.
 *
 * Programmatic moves animate with d3-transition, and are instant under reduced motion. The page
 * is never trapped: a plain vertical wheel is left to the page (with a hint), Ctrl/⌘ + wheel and
 * trackpad pinch zoom, a horizontal wheel pans. On touch, a one-finger gesture is decided by its
 * first movement: along time (horizontal layout) it pans, otherwise d3-zoom never sees it, so it
 * calls no `preventDefault` and the page scrolls; two fingers pinch.
 */
export class ZoomController implements ReactiveController {
  /** A plain wheel was used over the plot a moment ago: the host says how to zoom. */
  hint = false;
  #transform: ZoomTransform = zoomIdentity;
  #behavior: ZoomBehavior<Element, unknown>;
  #bound: Selection<Element, unknown, null, undefined> | null = null;
  #axis: Axis = 'x';
  #enabled = true;
  #frame = 0;
  #quiet = false;
  #wheelTimer = 0;
  #hintTimer = 0;
  /** Where a gesture started: d3 reports its end only when the window moved. */
  #started: ZoomTransform = zoomIdentity;
  /** The current one-finger touch: where it started, and once decided, whether it pans. */
  #finger: { x: number; y: number; pans?: boolean } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this.#behavior = zoom<Element, unknown>()
      // Double-click zooms at once, like wheel, drag and pinch: gestures stay direct.
      .duration(0)
      .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : WHEEL_RATE))
      .filter((event: Event) => this.#filter(event))
      .on('start', (event: D3ZoomEvent<Element, unknown>) => (this.#started = event.transform))
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => this.#handleZoom(event))
      .on('end', (event: D3ZoomEvent<Element, unknown>) => {
        // A tap, a click or a wheel at the zoom limit moved nothing: there is no new window to report.
        // (d3 makes a new transform for every change.)
        if (event.sourceEvent && event.transform !== this.#started) this.options.onUserEnd();
      });
  }

  /** The transform in effect (d3's, on the node once it is bound). */
  get transform(): ZoomTransform {
    return this.#transform;
  }

  hostConnected(): void {
    // Capturing on the host, the touch arbiter runs before d3-zoom's listeners on the plot inside.
    const host = this.host as unknown as EventTarget;
    for (const type of TOUCH)
      host.addEventListener(type, this.#handleTouch as EventListener, { capture: true, passive: true });
    // On first connection the target is not rendered yet (hostUpdated binds it); on re-insertion
    // it is, and no update may come to bind it.
    const target = this.options.target();
    if (target) this.#bind(target);
  }

  hostUpdated(): void {
    const target = this.options.target() ?? null;
    if (target && this.#bound?.node() !== target) this.#bind(target);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#wheelTimer);
    clearTimeout(this.#hintTimer);
    this.#frame = 0;
    this.#unbind();
    const host = this.host as unknown as EventTarget;
    for (const type of TOUCH)
      host.removeEventListener(type, this.#handleTouch as EventListener, { capture: true });
  }

  /**
   * The geometry: the pixel range along time, the plot's cross size, how far one may zoom in, and
   * whether zooming is on at all (`static`).
   */
  configure(
    axis: Axis,
    range: readonly [number, number],
    cross: number,
    maxScale: number,
    on: boolean,
  ): void {
    this.#axis = axis;
    this.#enabled = on;
    const [r0, r1] = range;
    const extent: [[number, number], [number, number]] =
      axis === 'x'
        ? [
            [r0, 0],
            [r1, cross],
          ]
        : [
            [0, r0],
            [cross, r1],
          ];
    this.#behavior
      .extent(extent)
      .translateExtent(extent)
      .scaleExtent([1, Math.max(1, maxScale)]);
  }

  /**
   * Moves to `transform`. `animate`: over a few hundred milliseconds (instant under reduced
   * motion); `user`: the reader asked, so the settled window is reported. Without either, the move
   * is silent and instant: the page set `start`/`end`, or the geometry changed.
   */
  move(transform: ZoomTransform, options: MoveOptions = {}): Promise<boolean> {
    // d3-zoom's transform() does not constrain (scaleBy and translateBy do): a window that no
    // gesture could reach would make the next gesture jump.
    transform = this.#constrain(transform);
    if (!this.#bound) {
      this.#transform = transform;
      this.host.requestUpdate();
      if (options.user) queueMicrotask(this.options.onUserEnd);
      return Promise.resolve(true);
    }
    return this.#run(options, (target) => this.#behavior.transform(target, transform));
  }

  /** `transform` inside the scale extent (around the middle of the plot) and the translate extent. */
  #constrain(transform: ZoomTransform): ZoomTransform {
    const extent = (this.#behavior.extent() as unknown as () => [[number, number], [number, number]])();
    const [lo, hi] = this.#behavior.scaleExtent();
    const k = Math.max(lo, Math.min(hi, transform.k));
    const x = this.#axis === 'x';
    const middle = x ? (extent[0][0] + extent[1][0]) / 2 : (extent[0][1] + extent[1][1]) / 2;
    // The time at the middle stays at the middle while k comes inside the limits.
    const at = (middle - (x ? transform.x : transform.y)) / transform.k;
    const shift = middle - at * k;
    const scaled = x ? zoomIdentity.translate(shift, 0).scale(k) : zoomIdentity.translate(0, shift).scale(k);
    return this.#behavior.constrain()(scaled, extent, this.#behavior.translateExtent());
  }

  /** Zooms by `k` around `at` (px along time; default the middle of the plot). */
  zoomBy(k: number, at: number | null, options: MoveOptions = {}): Promise<boolean> {
    const point: [number, number] | undefined =
      at === null ? undefined : this.#axis === 'x' ? [at, 0] : [0, at];
    return this.#run(options, (target) => this.#behavior.scaleBy(target, k, point));
  }

  /** Pans by `delta` px along time. */
  panBy(delta: number, options: MoveOptions = {}): Promise<boolean> {
    const k = this.#transform.k;
    const [x, y] = this.#axis === 'x' ? [-delta / k, 0] : [0, -delta / k];
    return this.#run(options, (target) => this.#behavior.translateBy(target, x, y));
  }

  /**
   * Runs one of d3-zoom's moves on the node, or on a transition of it. The promise tells, once the
   * move is over, whether it ended (true) or another move interrupted it (false).
   */
  #run(
    { animate = false, user = false }: MoveOptions,
    step: (
      target: Selection<Element, unknown, null, undefined> | Transition<Element, unknown, null, undefined>,
    ) => void,
  ): Promise<boolean> {
    const bound = this.#bound;
    if (!bound) return Promise.resolve(true);
    const done = () => {
      if (user) this.options.onUserEnd();
    };
    bound.interrupt();
    if (!animate || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.#quiet = !user;
      step(bound);
      this.#quiet = false;
      this.host.requestUpdate();
      // After the update under way (a move made while the host draws the frame it needs).
      queueMicrotask(done);
      return Promise.resolve(true);
    }
    const transition = bound.transition().duration(DURATION).ease(easeCubicOut);
    step(transition);
    transition.on('end', done);
    return transition.end().then(
      () => true,
      () => false,
    );
  }

  #filter(event: Event): boolean {
    if (!this.#enabled) return false;
    if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
    const mouse = event as MouseEvent;
    return !mouse.ctrlKey && !mouse.button;
  }

  #handleZoom(event: D3ZoomEvent<Element, unknown>): void {
    this.#transform = event.transform;
    // A silent move is drawn by the update that made it; transitions tick once a frame already;
    // gestures are coalesced to one draw per frame.
    if (this.#quiet) return;
    if (!event.sourceEvent) return this.host.requestUpdate();
    if (!this.#frame) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = 0;
        this.host.requestUpdate();
      });
    }
  }

  #bind(target: Element): void {
    this.#unbind();
    this.#bound = select(target);
    this.#bound.call(this.#behavior);
    // Hand the transform the host already draws to the new node: nothing to redraw.
    this.#quiet = true;
    this.#behavior.transform(this.#bound, this.#transform);
    this.#quiet = false;
    target.addEventListener('wheel', this.#handleWheel as EventListener, { passive: false });
  }

  #unbind(): void {
    if (!this.#bound) return;
    this.#bound.interrupt();
    this.#bound.on('.zoom', null);
    this.#bound.node()?.removeEventListener('wheel', this.#handleWheel as EventListener);
    this.#bound = null;
  }

  /**
   * One finger: until it has moved `TOUCH_SLOP` px its moves are kept from d3-zoom (which would
   * cancel them, and with them the page's scroll); then a move along time pans, through d3, and
   * any other keeps going to the page. Two fingers are d3's pinch.
   */
  readonly #handleTouch = (event: TouchEvent): void => {
    const touches = event.touches;
    if (event.type === 'touchstart') {
      this.#finger = touches.length === 1 ? { x: touches[0].clientX, y: touches[0].clientY } : null;
    } else if (this.#finger && this.#enabled) {
      const finger = this.#finger;
      if (finger.pans === undefined) {
        const dx = Math.abs(touches[0].clientX - finger.x);
        const dy = Math.abs(touches[0].clientY - finger.y);
        if (Math.max(dx, dy) >= TOUCH_SLOP) finger.pans = this.#axis === 'x' && dx > dy;
      }
      if (!finger.pans) event.stopPropagation();
    }
  };

  readonly #handleWheel = (event: WheelEvent): void => {
    if (!this.#enabled) return;
    if (event.ctrlKey || event.metaKey) {
      // d3-zoom leaves the event alone once the zoom limit is reached; the browser would then
      // zoom the whole page instead. Over the plot, Ctrl/⌘ + wheel always belongs to the timeline.
      event.preventDefault();
      return;
    }
    const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (sideways && this.#axis === 'x') {
      event.preventDefault();
      this.panBy(event.deltaMode === 1 ? event.deltaX * 16 : event.deltaX);
      // The window settles when the wheel stops, as d3-zoom decides for Ctrl + wheel.
      clearTimeout(this.#wheelTimer);
      this.#wheelTimer = window.setTimeout(() => this.options.onUserEnd(), 150);
    } else if (!sideways) {
      this.hint = true;
      this.host.requestUpdate();
      clearTimeout(this.#hintTimer);
      this.#hintTimer = window.setTimeout(() => {
        this.hint = false;
        this.host.requestUpdate();
      }, 1800);
    }
  };
}
