// Stands in for d3-transition in the self-contained bundle only. d3-zoom imports it to interrupt
// running transitions, but the element never starts one (zoom.duration(0): no animated zoom,
// which also honours prefers-reduced-motion), so interrupting has nothing to do. Dropping the
// real module drops d3-color, most of d3-interpolate, d3-ease and d3-timer with it (~8 KB gzipped).
import { selection } from 'd3-selection';

export function interrupt() {}

selection.prototype.interrupt = function () {
  return this;
};
