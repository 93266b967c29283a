import { horizontal } from './horizontal.js';
import type { Orientation } from './orientation.js';
import { vertical } from './vertical.js';

export type { Orientation, PlotView } from './orientation.js';
export { horizontal, vertical };

/** Below this width, `orientation="auto"` turns vertical. */
export const VERTICAL_BELOW = 600;

/** The orientation in effect: `vertical`, `horizontal`, or (anything else is `auto`) by width. */
export function orientationFor(value: unknown, width: number): Orientation {
  if (value === 'vertical') return vertical;
  if (value === 'horizontal') return horizontal;
  return width > 0 && width < VERTICAL_BELOW ? vertical : horizontal;
}
