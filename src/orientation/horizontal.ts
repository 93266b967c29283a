import { nothing, svg } from 'lit';
import { localize } from '../data/localize.js';
import { formatTick } from '../dates/tick-format.js';
import { layoutHorizontal, type PlacedEntry } from '../layout/layout.js';
import { H, TEXT } from '../layout/metrics.js';
import { eraBands } from '../render/eras.js';
import type { Orientation } from './orientation.js';

/** A mark along x: solid and uncertain stretches, a day's dot, an ongoing period's arrow. */
export function horizontalMark(p: PlacedEntry) {
  const half = H.markHeight / 2;
  const { mark } = p;
  return svg`${mark.segments.map(
    (s) =>
      svg`<rect class=${s.certain ? 'solid' : 'uncertain'} x=${s.a} y=${p.cross - half} width=${s.b - s.a} height=${H.markHeight} rx="3"></rect>`,
  )}
    ${mark.dot !== null ? svg`<circle class="dot" cx=${mark.dot} cy=${p.cross} r="6"></circle>` : nothing}
    ${
      mark.openEnd !== null
        ? svg`<path class="open" d="M${mark.openEnd + 1} ${p.cross - half} l7 ${half} l-7 ${half}"></path>`
        : nothing
    }`;
}

/** Time runs left to right; each lane is a band of rows. */
export const horizontal: Orientation = {
  name: 'horizontal',
  axis: 'x',
  // The axis runs left to right in either order, as a reader of left-to-right text expects.
  reversed: false,
  tickSpacing: H.tickSpacing,
  // Ticks keep out of the break's zigzags (its label sits below the axis, in the band).
  breakClearance: 36,
  limit: 40,
  bin: 56,
  perLane: true,
  keys: { next: 'ArrowRight', previous: 'ArrowLeft' },
  range: (width) => [H.side, Math.max(H.side + 100, width - H.side)],
  cross: () => 400,
  transform: (shift, k) => ({ k, x: shift, y: 0 }),
  layout: (items, x, range, width, measure, laneCount, hidden, eras) =>
    layoutHorizontal(items, laneCount, x, range, width, measure, hidden, eras),
  entryName: (date, _lane, title) => `${date}: ${title}`,

  axisFragment({ ticks, scale, lang, layout, rates }) {
    return svg`<g part="axis" class="axis" aria-hidden="true">
      ${rates.map((r) => svg`<rect class="rate" x=${r.a} y=${H.axis - 5} width=${r.b - r.a} height="3" opacity=${0.15 + 0.85 * r.level}></rect>`)}
      ${ticks.map((tick) => {
        const p = scale(tick);
        return svg`<line class="grid" x1=${p} x2=${p} y1=${H.axis - 6} y2=${layout.height - H.laneGap}></line>
          <text class="tick" x=${p} y=${H.axis - 12} text-anchor="middle">${formatTick(tick, lang, ticks)}</text>`;
      })}
    </g>`;
  },

  // The label stands in the band under the axis, above the first lane's marks: on the tick row,
  // "19 years" touched the ticks at the break's ends ("2002", "2020").
  breakFragment({ layout }, { px: [a, c] }, label) {
    const labelY = (layout.lanes[0]?.y ?? H.axis) + TEXT.small.size + 2;
    const zig = (at: number) => `M${at} ${H.axis - 10} l-3 4 l6 4 l-3 4`;
    return svg`<rect class="break-band" x=${a} y=${H.axis - 4} width=${c - a} height=${layout.height - H.axis}></rect>
      <path class="break-zig" d=${zig(a)}></path><path class="break-zig" d=${zig(c)}></path>
      <text class="break-label" x=${(a + c) / 2} y=${labelY} text-anchor="middle">${label}</text>`;
  },

  // A band down through every lane, its label in the strip between axis and lanes (clipped to it).
  eraFragment(view) {
    const [top, bottom] = [H.axis, view.layout.height - H.laneGap];
    return eraBands(
      view,
      (
        [a, b],
        label,
      ) => svg`<rect class="era-band" x=${a} y=${top} width=${b - a} height=${bottom - top}></rect>
        <rect class="era-head" x=${a} y=${top} width=${b - a} height=${H.eraStrip - 2}></rect>
        <line class="era-edge" x1=${a} x2=${a} y1=${top} y2=${bottom}></line>
        <svg x=${a} y=${top} width=${b - a} height=${H.eraStrip}>
          <text class="era-label" x="5" y=${TEXT.era.size + 3}>${label}</text>
        </svg>`,
    );
  },

  under({ layout, lanes, lang }) {
    return svg`<g class="lanes" aria-hidden="true">
      ${layout.lanes.map(
        (band) => svg`<g part="lane" class="lane lane-${band.lane}">
          <rect class="band" x="0" y=${band.y} width=${layout.width} height=${band.height}></rect>
          <rect class="lane-swatch" x=${H.side - 6} y=${band.y + 6} width="4" height="12"></rect>
          <text class="lane-label" x=${H.side + 2} y=${band.y + 16}>${localize(lanes[band.lane]?.label, lang)}</text>
        </g>`,
      )}
    </g>`;
  },

  over: () => nothing,

  entryFragment: (p) => horizontalMark(p),

  clusterFragment({ mark, cross }, count) {
    return svg`<rect class="cluster-bar" x=${mark.a} y=${cross - 10} width=${mark.b - mark.a} height="20" rx="10"></rect>
      <text class="cluster-count" x=${(mark.a + mark.b) / 2} y=${cross + 4} text-anchor="middle">${count}</text>`;
  },
};
