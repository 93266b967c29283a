import { nothing, svg } from 'lit';
import { formatTick } from '../dates/tick-format.js';
import { layoutVertical, type PlacedEntry } from '../layout/layout.js';
import { TEXT, V } from '../layout/metrics.js';
import { eraBands } from '../render/eras.js';
import { renderLines } from '../render/lines.js';
import type { Orientation, PlotView } from './orientation.js';

/** A mark along y, in its thin track beside the axis; its open end points the way time runs. */
function verticalMark(p: PlacedEntry, way: 1 | -1) {
  const { mark } = p;
  return svg`${mark.segments.map(
    (s) =>
      svg`<rect class=${s.certain ? 'solid' : 'uncertain'} x=${p.cross - 3} y=${s.a} width="6" height=${s.b - s.a} rx="2"></rect>`,
  )}
    ${mark.dot !== null ? svg`<circle class="dot" cx=${p.cross} cy=${mark.dot} r="5"></circle>` : nothing}
    ${mark.openEnd !== null ? svg`<path class="open" d="M${p.cross - 4} ${mark.openEnd} l4 ${7 * way} l4 ${-7 * way}"></path>` : nothing}`;
}

/** The tracks of marks with their leaders; `way`: 1 where time runs down, -1 up. */
function tracks({ layout, selected }: PlotView, way: 1 | -1) {
  return svg`<g class="tracks" aria-hidden="true">
      ${layout.entries.map((p) => {
        const [x1, y1, x2, y2] = p.leader ?? [0, 0, 0, 0];
        return svg`<g class="track-mark lane-${p.lane}${p.id === selected ? ' selected' : ''}" data-id=${p.id}>
          <path class="leader" d="M${x1} ${y1} H${x2 - 10} L${x2 - 2} ${y2} H${x2}"></path>
          ${verticalMark(p, way)}
        </g>`;
      })}
    </g>`;
}

/** Where the meta lines of a text block start, above its title. */
const metaTop = (p: PlacedEntry) => p.label.y - TEXT.label.size - 2 - p.label.meta.length * V.metaLine;

/** Time runs down (narrow containers): lanes merge, marks sit in tracks with leaders to their text. */
export const vertical: Orientation = {
  name: 'vertical',
  axis: 'y',
  reversed: false,
  tickSpacing: V.tickSpacing,
  // The break label sits in the break, between the ticks at its ends.
  breakClearance: 0,
  limit: 30,
  bin: 48,
  perLane: false,
  keys: { next: 'ArrowDown', previous: 'ArrowUp' },
  range: (_width, count) => [V.top, V.top + Math.min(V.maxLength, Math.max(V.minLength, count * V.perEntry))],
  cross: (width) => width,
  transform: (shift, k) => ({ k, x: 0, y: shift }),
  layout: (items, y, range, width, measure, _lanes, _hidden, eras) =>
    layoutVertical(items, y, range, width, measure, eras),
  entryName: (date, lane, title) => `${date} · ${lane}: ${title}`,

  axisFragment({ ticks, scale, lang, layout, rates }) {
    return svg`<g part="axis" class="axis" aria-hidden="true">
      ${rates.map((r) => svg`<rect class="rate" x=${V.axisLabel + 2} y=${r.a} width="3" height=${r.b - r.a} opacity=${0.15 + 0.85 * r.level}></rect>`)}
      ${ticks.map((tick) => {
        const p = scale(tick);
        return svg`<line class="grid" x1=${V.axisLabel + 4} x2=${layout.width - 8} y1=${p} y2=${p}></line>
          <text class="tick" x=${V.axisLabel} y=${p + 4} text-anchor="end">${formatTick(tick, lang, ticks)}</text>`;
      })}
      <line class="domain" x1=${V.axisLabel + 6} x2=${V.axisLabel + 6} y1="0" y2=${layout.height}></line>
    </g>`;
  },

  breakFragment({ layout }, { px: [a, c] }, label) {
    const zig = (at: number) => `M${V.axisLabel - 2} ${at} l4 -3 l4 6 l4 -3`;
    return svg`<rect class="break-band" x="0" y=${a} width=${layout.width} height=${c - a}></rect>
      <path class="break-zig" d=${zig(a)}></path><path class="break-zig" d=${zig(c)}></path>
      <text class="break-label" x=${V.axisLabel} y=${(a + c) / 2 - 2} text-anchor="end">${renderLines(label.split(' '), V.axisLabel, 12)}</text>`;
  },

  // A band across the plot beside the axis; its label runs down the strip by the axis (clipped to it).
  eraFragment(view) {
    const x = V.axisLabel + 7;
    const right = view.layout.width;
    return eraBands(
      view,
      ([a, b], label) => svg`<rect class="era-band" x=${x} y=${a} width=${right - x} height=${b - a}></rect>
        <rect class="era-head" x=${x} y=${a} width=${V.eraStrip - 2} height=${b - a}></rect>
        <line class="era-edge" x1=${x} x2=${right} y1=${a} y2=${a}></line>
        <svg x=${x} y=${a} width=${V.eraStrip} height=${b - a}>
          <text class="era-label" transform="rotate(90)" x="5" y="-4">${label}</text>
        </svg>`,
    );
  },

  under: () => nothing,

  over: (view) => tracks(view, 1),

  entryFragment(p) {
    const top = metaTop(p);
    return svg`<rect class="lane-marker" x=${p.label.x - 14} y=${top + 3} width="9" height="9" rx="2"></rect>
      <text class="meta" x=${p.label.x} y=${top + 11}>${renderLines(p.label.meta, p.label.x, V.metaLine)}</text>`;
  },

  clusterFragment(p) {
    const { label } = p;
    const y = label.y - TEXT.label.size - 2 - (label.meta.length - 1) * V.metaLine;
    return svg`<text class="meta" x=${label.x} y=${y}>${renderLines(label.meta, label.x, V.metaLine)}</text>
      <text class="label" x=${label.x} y=${label.y}>${renderLines(label.lines, label.x, V.lineHeight)}</text>`;
  },
};

/**
 * `order="newest-first"`: time runs up, the newest at the top. The same layout in a mirrored base
 * scale (see `frameBase`), its text blocks going down from the newest, and the keys follow what
 * the eye sees: Down goes to the entry below, an older one.
 */
export const verticalUp: Orientation = {
  ...vertical,
  reversed: true,
  keys: { next: 'ArrowUp', previous: 'ArrowDown' },
  layout: (items, y, range, width, measure, _lanes, _hidden, eras) =>
    layoutVertical(items, y, range, width, measure, eras, true),
  over: (view) => tracks(view, -1),
};
