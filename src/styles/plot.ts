import { css, unsafeCSS } from 'lit';
import { TEXT } from '../layout/metrics.js';

const px = (n: number) => unsafeCSS(`${n}px`);

/** The plot: axis, lanes, breaks, marks, labels; text sizes from the layout metrics. */
export const plot = css`
  .plot-wrap {
    position: relative;
    margin-top: 0.25rem;
  }

  svg.plot {
    display: block;
    max-width: 100%;
    overflow: hidden;
    user-select: none;
    -webkit-user-select: none;
    /* A vertical swipe scrolls the page; one-finger horizontal drags and pinches reach d3-zoom. */
    touch-action: pan-y;
    font-family: var(--_font);
  }

  :host(:not([static])) svg.plot.horizontal {
    cursor: grab;
  }

  .axis .tick {
    fill: var(--_muted);
    font-size: ${px(TEXT.tick.size)};
    font-variant-numeric: tabular-nums;
  }

  /* How much room a year gets: darker where the story is dense (gaps="auto"). */
  .axis .rate {
    fill: var(--_accent);
  }

  .axis .grid {
    stroke: var(--_grid);
    stroke-width: 1px;
  }

  .axis .domain {
    stroke: var(--_muted);
  }

  .lane .band {
    fill: var(--_band);
  }

  /* A compressed gap: the lanes' bands stop, and the axis says how much time is left out. */
  .break-band {
    fill: var(--_bg);
  }

  .break-zig {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5px;
  }

  .break-label {
    fill: var(--_muted);
    font-size: ${px(TEXT.small.size)};
    font-style: italic;
  }

  /* An era: a faint wash behind the lanes, its label on a stronger (opaque) strip: text contrast is
     then measured against one colour, whatever the lanes beneath. */
  .era-band {
    fill: color-mix(in srgb, var(--_era) 7%, transparent);
  }

  .era-head {
    fill: color-mix(in srgb, var(--_era) 16%, var(--_bg));
  }

  .era-edge {
    stroke: var(--_era);
    stroke-width: 1px;
  }

  .era-label {
    fill: var(--_fg);
    font-size: ${px(TEXT.era.size)};
    font-weight: ${unsafeCSS(TEXT.era.weight)};
  }

  .lane-swatch,
  .lane-marker {
    fill: var(--_lane);
  }

  .lane-label {
    fill: var(--_fg);
    font-size: 12px;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }

  .solid,
  .dot {
    fill: var(--_lane);
  }

  /* What a year or a month covers without claiming a day: a pale fill with a dashed edge. */
  .uncertain {
    fill: color-mix(in srgb, var(--_lane) 28%, transparent);
    stroke: var(--_lane);
    stroke-width: 1.25px;
    stroke-dasharray: 3 2;
  }

  .open {
    fill: none;
    stroke: var(--_lane);
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .leader {
    fill: none;
    stroke: var(--_lane);
    stroke-width: 1px;
    opacity: 0.8;
  }

  .entry {
    cursor: pointer;
    outline: none;
  }

  .entry .hit,
  .cluster .hit {
    fill: transparent;
    stroke: none;
    transition:
      fill 120ms ease-out,
      stroke 120ms ease-out;
  }

  .solid,
  .uncertain,
  .dot {
    transition: opacity 120ms ease-out;
  }

  .entry:hover .hit,
  .cluster:hover .hit {
    fill: color-mix(in srgb, var(--_lane) 10%, transparent);
  }

  .entry.selected .hit {
    fill: color-mix(in srgb, var(--_accent) 12%, transparent);
    stroke: var(--_accent);
    stroke-width: 1.5px;
  }

  /* :focus-visible alone misses in Firefox for SVG entries focused from a key handler, so the
     element also marks keyboard use itself. */
  .entry:focus-visible .hit,
  .keyboard .entry:focus .hit {
    stroke: var(--_accent);
    stroke-width: 3px;
  }

  .cluster {
    cursor: zoom-in;
  }

  .cluster-bar {
    fill: color-mix(in srgb, var(--_lane) 22%, var(--_bg));
    stroke: var(--_lane);
    stroke-width: 1.5px;
  }

  .cluster-count {
    fill: var(--_fg);
    font-size: ${px(TEXT.small.size)};
    font-weight: ${unsafeCSS(TEXT.small.weight)};
    font-variant-numeric: tabular-nums;
  }

  .label {
    fill: var(--_fg);
    font-size: ${px(TEXT.label.size)};
    font-weight: ${unsafeCSS(TEXT.label.weight)};
  }

  .meta {
    fill: var(--_muted);
    font-size: ${px(TEXT.meta.size)};
    font-weight: ${unsafeCSS(TEXT.meta.weight)};
  }

  .track-mark.selected .leader {
    stroke-width: 2px;
    opacity: 1;
  }

  .hint {
    position: absolute;
    top: 2.25rem;
    left: 50%;
    transform: translateX(-50%);
    padding: 0.4rem 0.75rem;
    border-radius: 6px;
    background: var(--_fg);
    color: var(--_bg);
    font-size: 0.875rem;
    pointer-events: none;
    white-space: nowrap;
  }
`;
