import { html, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { localize } from '../data/localize.js';
import { entryDateText } from '../dates/format.js';
import type { PlacedEntry } from '../layout/layout.js';
import { V } from '../layout/metrics.js';
import type { Orientation, PlotView } from '../orientation/orientation.js';
import { gapLabel } from '../scale/gap-label.js';
import type { Prepared } from '../view/story-index.js';
import { renderLines } from './lines.js';

/** What the plot draws from, besides the frame's view. */
export interface PlotContext extends PlotView {
  orientation: Orientation;
  /** The heading, for the plot's accessible name. */
  title: string;
  byId: ReadonlyMap<string, Prepared>;
  /** The entry that holds the roving tab stop. */
  focusId: string | null;
  /** The reader is using the keyboard: the focused entry shows its ring. */
  keyboard: boolean;
  hint: boolean;
  /** The reader clicked an entry. */
  onSelect: (id: string) => void;
  /** The reader clicked a cluster: its stretch of time (ms). */
  onCluster: (start: number, end: number) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onPointerDown: () => void;
}

/** A counted cluster: its stretch of time with the count; a click zooms into it. */
function renderCluster(ctx: PlotContext, p: PlacedEntry) {
  const { count, start, end } = p.cluster!;
  const name = `${ctx.t.cluster(count)}, ${p.label.meta.join(' ')}: ${ctx.t.openCluster}`;
  const { hit } = p;
  return svg`<g part="cluster" class="cluster lane-${p.lane}" data-start=${start} data-end=${end} data-count=${count}
    role="button" aria-label=${name}>
    <rect class="hit" x=${hit.x} y=${hit.y} width=${hit.width} height=${hit.height} rx="6"></rect>
    ${ctx.orientation.clusterFragment(p, count)}
  </g>`;
}

function renderEntry(ctx: PlotContext, p: PlacedEntry) {
  if (p.cluster) return renderCluster(ctx, p);
  const { entry } = ctx.byId.get(p.id)!;
  const period = entry.end !== undefined;
  const title = localize(entry.title, ctx.lang);
  const lane = localize(ctx.lanes[p.lane]?.label, ctx.lang);
  // The name starts with what is visible, in the same order (WCAG 2.5.3, label in name).
  const name = `${ctx.orientation.entryName(entryDateText(entry, ctx.lang), lane, title)}${period ? ` (${ctx.t.period})` : ''}`;
  const selected = entry.id === ctx.selected;
  const { hit, label } = p;
  return svg`<g
    part="entry ${period ? 'period' : 'point'}"
    class="entry lane-${p.lane}${selected ? ' selected' : ''}"
    data-id=${entry.id}
    role="button"
    aria-pressed=${selected ? 'true' : 'false'}
    aria-label=${name}
    tabindex=${entry.id === ctx.focusId ? '0' : '-1'}
  >
    <rect class="hit" x=${hit.x} y=${hit.y} width=${hit.width} height=${hit.height} rx="6"></rect>
    ${ctx.orientation.entryFragment(p)}
    <text class="label" x=${label.x} y=${label.y}>${renderLines(label.lines, label.x, V.lineHeight)}</text>
  </g>`;
}

/**
 * `repeat`'s key of each mark: an entry's id; a cluster's place among the clusters (`#3`: no entry
 * id has a `#`). A zoom step bins the clusters anew, so keyed by their stretch of time every one
 * was a new node each frame; by place, they are updated (at 100,000 entries, cloning them was the
 * largest cost of a zoom frame).
 */
function markKeys(marks: readonly PlacedEntry[]): string[] {
  let k = 0;
  return marks.map((p) => (p.cluster ? `#${k++}` : p.id));
}

/** One listener for every mark: a cluster opens, an entry is selected. */
function handleClick(ctx: PlotContext, event: Event) {
  const target = event.target as Element;
  const cluster = target.closest<SVGElement>('.cluster');
  if (cluster) return ctx.onCluster(Number(cluster.dataset.start), Number(cluster.dataset.end));
  const id = target.closest<SVGElement>('.entry')?.dataset.id;
  if (id) ctx.onSelect(id);
}

/** The plot: axis, lanes or tracks, breaks and entries, with the wheel hint beneath. */
export function renderPlot(ctx: PlotContext) {
  const { layout, orientation, t } = ctx;
  const keys = markKeys(layout.entries);
  return html`<div class="plot-wrap">
    <svg
      class="plot ${orientation.name}${ctx.keyboard ? ' keyboard' : ''}"
      @pointerdown=${ctx.onPointerDown}
      part="plot"
      role="group"
      aria-label=${`${t.plot}: ${ctx.title}`}
      aria-describedby="summary"
      width=${layout.width}
      height=${layout.height}
      viewBox="0 0 ${layout.width} ${layout.height}"
    >
      ${orientation.axisFragment(ctx)} ${orientation.under(ctx)}
      <g class="breaks" aria-hidden="true">
        ${ctx.breaks.map((b) => orientation.breakFragment(ctx, b, gapLabel(b.gap, ctx.lang)))}
      </g>
      ${orientation.eraFragment(ctx)} ${orientation.over(ctx)}
      <g
        class="entries"
        role="group"
        aria-label=${t.entriesLabel}
        @click=${(e: Event) => handleClick(ctx, e)}
        @keydown=${ctx.onKeydown}
      >
        ${repeat(
          layout.entries,
          (_, i) => keys[i],
          (p) => renderEntry(ctx, p),
        )}
      </g>
    </svg>
    <div class="hint" role="status" ?hidden=${!ctx.hint}>${ctx.hint ? t.wheelHint : ''}</div>
  </div>`;
}
