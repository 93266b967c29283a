/**
 * A linear UTC time scale: the few methods the element and d3-zoom's `rescaleX` use, instead of
 * d3-scale's `scaleUtc` (~13 KB with its interpolators and formats).
 */
import { timeTicks } from '../dates/ticks.js';

/** Maps dates to pixels, and back; also a d3-zoom `ZoomScale`, so `transform.rescaleX(x)` works. */
export interface TimeScale {
  (date: Date | number): number;
  domain(): [Date, Date];
  domain(d: [Date | number, Date | number]): TimeScale;
  range(): [number, number];
  range(r: [number, number]): TimeScale;
  invert(px: number): Date;
  copy(): TimeScale;
  ticks(count?: number): Date[];
}

/** Like d3-scale: 2000-01-01 → 0 and 2000-01-02 → 1 until told otherwise. */
const DOMAIN: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)];

/**
 * A linear scale from `domain` (dates or epoch ms) to `range` (pixels). Not clamped. A degenerate
 * domain maps every date to the middle of the range, and a degenerate range inverts to the middle of
 * the domain, so neither yields NaN. `invert` rounds to whole milliseconds, as Dates are, so that
 * `invert(scale(d))` gives `d` back.
 */
export function scaleTime(
  domain: [Date | number, Date | number] = DOMAIN,
  range: [number, number] = [0, 1],
): TimeScale {
  let d0 = +domain[0];
  let d1 = +domain[1];
  let r0 = +range[0];
  let r1 = +range[1];

  const scale = ((date: Date | number) =>
    d0 === d1 ? (r0 + r1) / 2 : r0 + ((+date - d0) / (d1 - d0)) * (r1 - r0)) as TimeScale;

  scale.domain = ((d?: [Date | number, Date | number]) => {
    if (!d) return [new Date(d0), new Date(d1)];
    d0 = +d[0];
    d1 = +d[1];
    return scale;
  }) as TimeScale['domain'];

  scale.range = ((r?: [number, number]) => {
    if (!r) return [r0, r1];
    r0 = +r[0];
    r1 = +r[1];
    return scale;
  }) as TimeScale['range'];

  scale.invert = (px: number) =>
    new Date(Math.round(r0 === r1 ? (d0 + d1) / 2 : d0 + ((px - r0) / (r1 - r0)) * (d1 - d0)));

  scale.copy = () => scaleTime([d0, d1], [r0, r1]);

  scale.ticks = (count = 10) => timeTicks(new Date(d0), new Date(d1), count);

  return scale;
}
