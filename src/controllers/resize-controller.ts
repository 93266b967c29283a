import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { textMeasurer } from '../layout/measure.js';

/**
 * Measures the host: its content width (from ResizeObserver, never read during render) and the
 * font it inherits, which the label measurer needs. One read step, then the host re-renders.
 */
export class ResizeController implements ReactiveController {
  width = 0;
  font = 'sans-serif';
  /** Text widths in the plot's styles, in the font the host inherits. */
  readonly measure = textMeasurer(() => this.font);
  private observer?: ResizeObserver;
  private frame = 0;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measure once at connection, so that the first frame is drawn at the real width (the
    // observer's first report comes a frame later); from then on the observer reports.
    if (!this.width) {
      this.width = Math.round(this.host.getBoundingClientRect().width);
      if (this.width) this.font = getComputedStyle(this.host).fontFamily || this.font;
    }
    this.observer = new ResizeObserver((records) => {
      const box = records[records.length - 1].contentBoxSize?.[0];
      const width = Math.round(box ? box.inlineSize : records[records.length - 1].contentRect.width);
      const font = getComputedStyle(this.host).fontFamily || 'sans-serif';
      if (width === this.width && font === this.font) return;
      this.width = width;
      this.font = font;
      // Redraw in the next frame, not inside the observer's delivery: a redraw changes the host's
      // height, which would re-notify within the same loop and raise "ResizeObserver loop" errors.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => this.host.requestUpdate());
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
  }
}
