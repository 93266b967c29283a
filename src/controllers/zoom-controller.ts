import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { D3ZoomEvent } from 'd3-zoom';
import type { Zoom } from '../scale/time-scale.js';
import type { Move, ZoomGestures } from './zoom-gestures.js';

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
/** How far (px) a finger moves before its gesture is told apart: a pan along time, or the page's scroll. */
const TOUCH_SLOP = 8;
/** Each gesture starts anew at its touchstart, so its end needs no listener. */
const TOUCH = ['touchstart', 'touchmove'];

type Gestures = typeof import('./zoom-gestures.js');
/** d3-zoom and d3-transition, loaded once for every timeline of the page. */
let gestures: Promise<Gestures> | null = null;
const loadGestures = () => (gestures ??= import('./zoom-gestures.js'));

/**
 * The zoom transform and its one writer. The gestures (d3-zoom, bound to the plot while the host
 * is connected) load with `import()` during the first update that allows zooming, so the first
 * frame does not wait for them (`ready` tells when they are bound); until then a move sets the
 * transform here, and binding hands it to d3. After that every change, gesture or not, goes
 * through d3's behaviour, so d3's stored transform on the node and the one the host draws are
 * always the same. The host rescales its base scale with it (semantic zoom: marks and text keep
 * their size) and redraws once per animation frame.
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
  #transform: Zoom = { k: 1, x: 0, y: 0 };
  #gestures: ZoomGestures | null = null;
  #loading: Promise<void> | null = null;
  /** The gestures are being loaded: moves that need them wait. */
  #waiting = false;
  #connected = false;
  #axis: Axis = 'x';
  #enabled = true;
  #extent: [[number, number], [number, number]] = [
    [0, 0],
    [0, 0],
  ];
  #maxScale = 1;
  #frame = 0;
  #quiet = false;
  #wheelTimer = 0;
  #hintTimer = 0;
  /** The current one-finger touch: where it started, and once decided, whether it pans. */
  #finger: { x: number; y: number; pans?: boolean } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
  }

  /** The transform in effect (d3's, on the node once it is bound). */
  get transform(): Zoom {
    return this.#transform;
  }

  /**
   * Settles once the gestures are loaded and bound to the plot (at once if zooming was never
   * allowed). The host's `updateComplete` waits for it. If they fail to load, the timeline stays
   * as it is, without gestures or animated moves, and the console says why.
   */
  get ready(): Promise<void> {
    return this.#loading ?? Promise.resolve();
  }

  hostConnected(): void {
    this.#connected = true;
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
    if (target && this.#gestures?.node !== target) this.#bind(target);
  }

  hostDisconnected(): void {
    this.#connected = false;
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
   * whether zooming is on at all (`static`). Zooming on, the gestures start loading.
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
    this.#extent =
      axis === 'x'
        ? [
            [r0, 0],
            [r1, cross],
          ]
        : [
            [0, r0],
            [cross, r1],
          ];
    this.#maxScale = Math.max(1, maxScale);
    this.#gestures?.configure(this.#extent, [1, this.#maxScale]);
    if (on) this.#loading ??= this.#load();
  }

  async #load(): Promise<void> {
    this.#waiting = true;
    try {
      const { ZoomGestures } = await loadGestures();
      this.#gestures = new ZoomGestures({
        filter: (event) => this.#filter(event),
        zoomed: (event) => this.#handleZoom(event),
        ended: () => this.options.onUserEnd(),
      });
    } catch (error) {
      console.error('<belarus-timeline>: the zoom gestures could not load.', error);
      return;
    } finally {
      this.#waiting = false;
    }
    this.#gestures.configure(this.#extent, [1, this.#maxScale]);
    const target = this.#connected ? this.options.target() : null;
    if (target) this.#bind(target);
  }

  /**
   * Moves to `transform`. `animate`: over a few hundred milliseconds (instant under reduced
   * motion); `user`: the reader asked, so the settled window is reported. Without either, the move
   * is silent and instant: the page set `start`/`end`, or the geometry changed. Before the
   * gestures are bound, a silent move is made here, and binding hands it to d3; an animated one
   * waits for them while they load.
   */
  move(transform: Zoom, options: MoveOptions = {}): Promise<boolean> {
    if (options.animate && this.#waiting) return this.#loading!.then(() => this.move(transform, options));
    // d3-zoom's transform() does not constrain (scaleBy and translateBy do): a window that no
    // gesture could reach would make the next gesture jump.
    transform = this.#constrain(transform);
    if (!this.#gestures?.node) {
      this.#transform = transform;
      this.host.requestUpdate();
      if (options.user) queueMicrotask(this.options.onUserEnd);
      return Promise.resolve(true);
    }
    return this.#run(options, { to: transform });
  }

  /**
   * `transform` inside the scale extent (around the middle of the plot) and, once the gestures are
   * in, the translate extent.
   */
  #constrain(transform: Zoom): Zoom {
    const extent = this.#extent;
    const k = Math.max(1, Math.min(this.#maxScale, transform.k));
    const x = this.#axis === 'x';
    const middle = x ? (extent[0][0] + extent[1][0]) / 2 : (extent[0][1] + extent[1][1]) / 2;
    // The time at the middle stays at the middle while k comes inside the limits.
    const at = (middle - (x ? transform.x : transform.y)) / transform.k;
    const shift = middle - at * k;
    const scaled = x ? { k, x: shift, y: 0 } : { k, x: 0, y: shift };
    return this.#gestures ? this.#gestures.constrain(scaled) : scaled;
  }

  /** Zooms by `k` around `at` (px along time; default the middle of the plot). */
  zoomBy(k: number, at: number | null, options: MoveOptions = {}): Promise<boolean> {
    const point: [number, number] | undefined =
      at === null ? undefined : this.#axis === 'x' ? [at, 0] : [0, at];
    return this.#run(options, { by: k, at: point });
  }

  /** Pans by `delta` px along time. */
  panBy(delta: number, options: MoveOptions = {}): Promise<boolean> {
    return this.#run(options, () => {
      const k = this.#transform.k;
      return { pan: this.#axis === 'x' ? [-delta / k, 0] : [0, -delta / k] };
    });
  }

  /**
   * Runs one of d3-zoom's moves on the node, at once or animated. The promise tells, once the move
   * is over, whether it ended (true) or another move interrupted it (false). A move asked for
   * while the gestures load waits for them; with no plot to move, it does nothing.
   */
  #run({ animate = false, user = false }: MoveOptions, move: Move | (() => Move)): Promise<boolean> {
    const gestures = this.#gestures;
    if (!gestures?.node) {
      if (this.#waiting) return this.#loading!.then(() => this.#run({ animate, user }, move));
      return Promise.resolve(true);
    }
    const step = typeof move === 'function' ? move() : move;
    const done = () => {
      if (user) this.options.onUserEnd();
    };
    if (!animate || matchMedia('(prefers-reduced-motion: reduce)').matches) {
      this.#quiet = !user;
      gestures.now(step);
      this.#quiet = false;
      this.host.requestUpdate();
      // After the update under way (a move made while the host draws the frame it needs).
      queueMicrotask(done);
      return Promise.resolve(true);
    }
    return gestures.animate(step, DURATION, done);
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

  /** Hands the transform the host already draws to d3 on `target` (constrained, now that d3 can). */
  #bind(target: Element): void {
    const gestures = this.#gestures;
    if (!gestures) return;
    this.#unbind();
    const before = this.#transform;
    const transform = this.#constrain(before);
    // The same window: nothing to redraw. (One that only d3 could constrain is drawn anew.)
    this.#quiet = transform.k === before.k && transform.x === before.x && transform.y === before.y;
    gestures.bind(target, transform);
    this.#quiet = false;
    target.addEventListener('wheel', this.#handleWheel as EventListener, { passive: false });
  }

  #unbind(): void {
    const node = this.#gestures?.node;
    if (!node) return;
    this.#gestures!.unbind();
    node.removeEventListener('wheel', this.#handleWheel as EventListener);
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
