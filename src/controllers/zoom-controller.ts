import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

export type Axis = 'x' | 'y';

export interface ZoomOptions {
  /** The element the behaviour binds to; Lit always renders it. */
  target: () => Element | null | undefined;
  /** The user zoomed or panned and the window settled (wheel, drag, pinch). */
  onUserEnd: () => void;
  /** A plain vertical wheel over the plot: the page scrolls; say how to zoom instead. */
  onPlainWheel: () => void;
}

/**
 * d3-zoom, bound to the plot while the host is connected. It owns the zoom transform; the host
 * rescales its base scale with it (semantic zoom, so marks and text keep their size) and redraws
 * once per animation frame, however many zoom events arrive.
 *
 * The page is never trapped: a plain vertical wheel is left to the page, Ctrl/⌘ + wheel and
 * trackpad pinch (which browsers send as Ctrl + wheel) zoom, a horizontal wheel pans.
 */
export class ZoomController implements ReactiveController {
  transform: ZoomTransform = zoomIdentity;
  private readonly behavior: ZoomBehavior<Element, unknown>;
  private bound: Selection<Element, unknown, null, undefined> | null = null;
  private axis: Axis = 'x';
  private enabled = true;
  private frame = 0;
  private applying = false;
  private wheelTimer = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ZoomOptions,
  ) {
    host.addController(this);
    this.behavior = zoom<Element, unknown>()
      // No animated zoom (double-click included): honours reduced motion, and no transition
      // ever runs, which lets the bundle leave d3-transition out (scripts/stubs/).
      .duration(0)
      .filter((event: Event) => {
        if (!this.enabled) return false;
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        const mouse = event as MouseEvent;
        return !mouse.ctrlKey && !mouse.button;
      })
      .on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
        this.transform = event.transform;
        // A transform the host set itself is drawn in the update that set it; one the element set
        // for a button or key is drawn at once; gestures are coalesced to one draw per frame.
        if (this.applying) return;
        if (!event.sourceEvent) {
          this.host.requestUpdate();
          return;
        }
        if (!this.frame) {
          this.frame = requestAnimationFrame(() => {
            this.frame = 0;
            this.host.requestUpdate();
          });
        }
      })
      .on('end', (event: D3ZoomEvent<Element, unknown>) => {
        if (event.sourceEvent) this.options.onUserEnd();
      });
  }

  hostConnected(): void {
    // On first connection the target is not rendered yet (hostUpdated binds it); on re-insertion
    // it is, and no update may come to bind it.
    const target = this.options.target();
    if (target) this.bind(target);
  }

  hostUpdated(): void {
    const target = this.options.target() ?? null;
    if (target && this.bound?.node() !== target) this.bind(target);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.wheelTimer);
    this.frame = 0;
    this.unbind();
  }

  /**
   * Sets the geometry: the pixel range along time, the plot's cross size, how far one may zoom in,
   * and whether zooming is on at all (`static`).
   */
  configure(
    axis: Axis,
    range: readonly [number, number],
    cross: number,
    maxScale: number,
    enabled: boolean,
  ): void {
    this.axis = axis;
    this.enabled = enabled;
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
    this.behavior
      .extent(extent)
      .translateExtent(extent)
      .scaleExtent([1, Math.max(1, maxScale)]);
  }

  /** Sets the transform without telling anyone: the page set `start`/`end` or called a method. */
  apply(transform: ZoomTransform): void {
    this.transform = transform;
    this.applying = true;
    if (this.bound) this.behavior.transform(this.bound, transform);
    this.applying = false;
    this.host.requestUpdate();
  }

  /** Zooms by factor `k` around the middle of the plot. */
  scaleBy(k: number): void {
    if (this.bound) this.behavior.scaleBy(this.bound, k);
  }

  /** Pans by `delta` pixels along time. */
  panBy(delta: number): void {
    if (!this.bound) return;
    const k = this.transform.k;
    if (this.axis === 'x') this.behavior.translateBy(this.bound, -delta / k, 0);
    else this.behavior.translateBy(this.bound, 0, -delta / k);
  }

  reset(): void {
    this.apply(zoomIdentity);
  }

  private bind(target: Element): void {
    this.unbind();
    this.bound = select(target);
    this.bound.call(this.behavior);
    // Hand the transform the host already draws to the new node: nothing to redraw.
    this.applying = true;
    this.behavior.transform(this.bound, this.transform);
    this.applying = false;
    target.addEventListener('wheel', this.handleWheel as EventListener, { passive: false });
  }

  private unbind(): void {
    if (!this.bound) return;
    this.bound.on('.zoom', null);
    this.bound.node()?.removeEventListener('wheel', this.handleWheel as EventListener);
    this.bound = null;
  }

  private readonly handleWheel = (event: WheelEvent): void => {
    if (!this.enabled) return;
    if (event.ctrlKey || event.metaKey) {
      // d3-zoom leaves the event alone once the zoom limit is reached; the browser would then
      // zoom the whole page instead. Over the plot, Ctrl/⌘ + wheel always belongs to the timeline.
      event.preventDefault();
      return;
    }
    const sideways = Math.abs(event.deltaX) > Math.abs(event.deltaY);
    if (sideways && this.axis === 'x') {
      event.preventDefault();
      this.panBy(event.deltaMode === 1 ? event.deltaX * 16 : event.deltaX);
      // The window settles when the wheel stops, as d3-zoom decides for Ctrl + wheel.
      clearTimeout(this.wheelTimer);
      this.wheelTimer = window.setTimeout(() => this.options.onUserEnd(), 150);
    } else if (!sideways) {
      this.options.onPlainWheel();
    }
  };
}
