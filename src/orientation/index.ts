import { horizontal } from './horizontal.js';
import type { Orientation } from './orientation.js';
import { vertical, verticalUp } from './vertical.js';

export type { Orientation, PlotView } from './orientation.js';
export { horizontal, vertical, verticalUp };

/** Below this width, `orientation="auto"` turns vertical. */
export const VERTICAL_BELOW = 600;

/**
 * The orientation in effect: `vertical`, `horizontal`, or (anything else is `auto`) by width;
 * vertical runs up with `order="newest-first"` (the horizontal axis always runs left to right).
 */
export function orientationFor(value: unknown, width: number, order: unknown = 'oldest-first'): Orientation {
  if (value === 'horizontal' || (value !== 'vertical' && !(width > 0 && width < VERTICAL_BELOW)))
    return horizontal;
  return order === 'newest-first' ? verticalUp : vertical;
}
