/**
 * d3-zoom and d3-transition bound to the plot: the part of the zoom controller that only moving
 * the window needs. The controller loads it with `import()` while its first frame is drawn, so a
 * page's first render does not wait for these libraries (about 11 KB gzipped), and a `static`
 * timeline never loads them. The transform stays the controller's: this module tells it of every
 * change d3 makes.
 */
import { easeCubicOut } from 'd3-ease';
import { select, type Selection } from 'd3-selection';
import type { Transition } from 'd3-transition';
import { zoom, ZoomTransform, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { Zoom } from '../scale/time-scale.js';

/** What the controller hears from d3's behaviour. */
export interface GestureHooks {
  /** Whether d3-zoom may take this event (mouse, wheel, touch). */
  filter(event: Event): boolean;
  /** d3 set a transform: a gesture's step (`sourceEvent`), a transition's tick or a move. */
  zoomed(event: D3ZoomEvent<Element, unknown>): void;
  /** A gesture ended having moved the window. */
  ended(): void;
}

/** One of d3-zoom's moves: to a transform, by a scale factor (around a point), or by a pan. */
export type Move = { to: Zoom } | { by: number; at?: [number, number] } | { pan: [number, number] };

type Extent = [[number, number], [number, number]];
type Target = Selection<Element, unknown, null, undefined> | Transition<Element, unknown, null, undefined>;

/**
 * Ctrl + wheel zooms by 2^(−deltaY × this). d3's default is 0.002, ten times that with Ctrl held:
 * one mouse notch (deltaY 100) zoomed 4×. 0.005 makes a notch 1.41×, and a trackpad pinch (dozens
 * of events of deltaY 1–10) about 2× per gesture.
 */
const WHEEL_RATE = 0.005;

/** d3's own transform with the controller's numbers (d3's moves call its methods). */
const d3Transform = (t: Zoom): ZoomTransform =>
  t instanceof ZoomTransform ? t : new ZoomTransform(t.k, t.x, t.y);

export class ZoomGestures {
  readonly #behavior: ZoomBehavior<Element, unknown>;
  #bound: Selection<Element, unknown, null, undefined> | null = null;
  /** Where a gesture started: d3 reports its end only when the window moved. */
  #started: ZoomTransform | null = null;

  constructor(hooks: GestureHooks) {
    this.#behavior = zoom<Element, unknown>()
      // Double-click zooms at once, like wheel, drag and pinch: gestures stay direct.
      .duration(0)
      .wheelDelta((event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : WHEEL_RATE))
      .filter((event: Event) => hooks.filter(event))
      .on('start', (event: D3ZoomEvent<Element, unknown>) => (this.#started = event.transform))
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => hooks.zoomed(event))
      .on('end', (event: D3ZoomEvent<Element, unknown>) => {
        // A tap, a click or a wheel at the zoom limit moved nothing: there is no new window to report.
        // (d3 makes a new transform for every change.)
        if (event.sourceEvent && event.transform !== this.#started) hooks.ended();
      });
  }

  /** The node the behaviour is bound to, if any. */
  get node(): Element | null {
    return this.#bound?.node() ?? null;
  }

  configure(extent: Extent, scaleExtent: [number, number]): void {
    this.#behavior.extent(extent).translateExtent(extent).scaleExtent(scaleExtent);
  }

  /** `transform` with its translation inside the translate extent (d3's own constrain). */
  constrain(transform: Zoom): ZoomTransform {
    const extent = (this.#behavior.extent() as unknown as () => Extent)();
    return this.#behavior.constrain()(d3Transform(transform), extent, this.#behavior.translateExtent());
  }

  /** Binds to `target`, which then stores `transform` (a move d3 reports like any other). */
  bind(target: Element, transform: Zoom): void {
    this.unbind();
    this.#bound = select(target);
    this.#bound.call(this.#behavior);
    this.#behavior.transform(this.#bound, d3Transform(transform));
  }

  unbind(): void {
    if (!this.#bound) return;
    this.#bound.interrupt();
    this.#bound.on('.zoom', null);
    this.#bound = null;
  }

  /** Makes `move` at once; the node must be bound. Any transition under way stops. */
  now(move: Move): void {
    const bound = this.#bound!;
    bound.interrupt();
    this.#step(bound, move);
  }

  /**
   * Makes `move` over `duration` ms (d3-transition, easing out); `ended` is called if it ends.
   * The promise tells, once the move is over, whether it ended (true) or another move interrupted
   * it (false).
   */
  animate(move: Move, duration: number, ended: () => void): Promise<boolean> {
    const bound = this.#bound!;
    bound.interrupt();
    const transition = bound.transition().duration(duration).ease(easeCubicOut);
    this.#step(transition, move);
    transition.on('end', ended);
    return transition.end().then(
      () => true,
      () => false,
    );
  }

  #step(target: Target, move: Move): void {
    const behavior = this.#behavior;
    if ('to' in move) behavior.transform(target, d3Transform(move.to));
    else if ('by' in move) behavior.scaleBy(target, move.by, move.at);
    else behavior.translateBy(target, move.pan[0], move.pan[1]);
  }
}
