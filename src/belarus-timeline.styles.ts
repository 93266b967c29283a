import { css } from 'lit';

export const styles = css`
  :host {
    --_font: var(--belarus-timeline-font, inherit);
    --_fg: var(--belarus-timeline-fg, #1a1a1a);
    --_bg: var(--belarus-timeline-bg, #ffffff);
    --_muted: var(--belarus-timeline-muted, #5c5f66);
    --_accent: var(--belarus-timeline-accent, #0b57d0);
    --_band: color-mix(in srgb, var(--_fg) 3.5%, var(--_bg));
    --_grid: color-mix(in srgb, var(--_fg) 12%, var(--_bg));
    --_lane: var(--_muted);
    display: block;
    container-type: inline-size;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: 1rem;
    line-height: 1.45;
    color-scheme: light;
  }

  :host([theme='dark']) {
    --_fg: var(--belarus-timeline-fg, #e8e8ea);
    --_bg: var(--belarus-timeline-bg, #15171c);
    --_muted: var(--belarus-timeline-muted, #a8adb7);
    --_accent: var(--belarus-timeline-accent, #8ab4f8);
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_fg: var(--belarus-timeline-fg, #e8e8ea);
      --_bg: var(--belarus-timeline-bg, #15171c);
      --_muted: var(--belarus-timeline-muted, #a8adb7);
      --_accent: var(--belarus-timeline-accent, #8ab4f8);
      color-scheme: dark;
    }
  }

  [hidden] {
    display: none !important;
  }

  .frame {
    padding: 1rem 0 0.5rem;
  }

  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    padding: 0 1rem;
  }

  .heading,
  ::slotted([slot='heading']) {
    margin: 0;
    font-size: 1.35rem;
    line-height: 1.25;
    font-weight: 700;
  }

  .controls {
    display: flex;
    gap: 0.375rem;
  }

  button {
    font: inherit;
    font-size: 0.875rem;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_muted);
    border-radius: 6px;
    min-width: 2rem;
    min-height: 2rem;
    padding: 0 0.6rem;
    cursor: pointer;
  }

  button:hover {
    background: var(--_band);
  }

  button:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .zoom-in,
  .zoom-out {
    font-size: 1.15rem;
    line-height: 1;
    padding: 0;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.25rem;
    margin: 0.5rem 0 0;
    padding: 0 0.5rem;
    list-style: none;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .detail-meta {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
  }

  .lane-toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-height: 1.75rem;
    padding: 0 0.5rem;
    border-color: transparent;
    font-size: 0.8125rem;
    color: var(--_fg);
  }

  /* A hidden lane: its swatch turns into an outline and its name is struck through. */
  .lane-toggle[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
  }

  .lane-toggle[aria-pressed='false'] .swatch {
    background: transparent;
    outline: 2px solid var(--_lane);
    outline-offset: -2px;
  }

  .swatch {
    display: inline-block;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 3px;
    background: var(--_lane);
  }

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
    font-size: 12px;
    font-variant-numeric: tabular-nums;
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
    font-size: 11px;
    font-style: italic;
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
    font-size: 11px;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .label {
    fill: var(--_fg);
    font-size: 13px;
    font-weight: 600;
  }

  .meta {
    fill: var(--_muted);
    font-size: 11px;
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

  .detail {
    margin: 0.75rem 1rem 0;
    padding: 0.875rem 1rem 1rem;
    border: 1px solid var(--_grid);
    border-left: 4px solid var(--_lane);
    border-radius: 8px;
    max-width: 46rem;
  }

  .detail-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }

  .detail-meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }

  .detail h3 {
    margin: 0.25rem 0 0.5rem;
    font-size: 1.15rem;
    line-height: 1.3;
  }

  .detail p {
    margin: 0.5rem 0;
  }

  .quote {
    margin: 0.75rem 0;
    padding-left: 0.875rem;
    border-left: 2px solid var(--_grid);
  }

  .quote blockquote {
    margin: 0;
    font-style: italic;
  }

  .quote blockquote p {
    margin: 0;
  }

  .translation {
    color: var(--_muted);
  }

  .quote figcaption {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .excerpt,
  .date-note {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .excerpt .label,
  .date-note .label {
    font-weight: 600;
    color: var(--_fg);
  }

  .close {
    font-size: 1.25rem;
    line-height: 1;
    padding: 0;
  }

  .error {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
    margin: 0.75rem 1rem 0;
    padding: 0.625rem 0.875rem;
    border: 1px solid var(--_fg);
    border-left: 4px solid var(--_fg);
    border-radius: 6px;
    font-size: 0.875rem;
  }

  .error p,
  .error ul {
    margin: 0.125rem 0;
  }

  .error ul {
    padding-left: 1.25rem;
  }

  .view-toggle[aria-pressed='true'] {
    background: var(--_fg);
    color: var(--_bg);
  }

  .list {
    margin: 0.75rem 1rem 0;
    padding: 0;
    list-style: none;
    max-width: 46rem;
  }

  .list-item {
    padding: 0.75rem 0 0.75rem 0.875rem;
    border-left: 4px solid var(--_lane);
    margin-bottom: 0.75rem;
  }

  .list-item.selected {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }

  .list-item h3 {
    margin: 0.125rem 0 0.25rem;
    font-size: 1.05rem;
  }

  .list-select {
    font: inherit;
    font-weight: 700;
    text-align: start;
    border: none;
    background: none;
    padding: 0;
    min-height: 1.5rem;
    color: var(--_fg);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 3px;
  }

  .list-select[aria-pressed='true'] {
    text-decoration-thickness: 3px;
  }

  .list-more {
    margin: 0 1rem;
  }

  .list p {
    margin: 0.375rem 0;
  }

  .footer {
    margin: 0.75rem 1rem 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }

  .footer a {
    color: inherit;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Paper gets the whole story as a list (the element switches to it while printing). */
  @media print {
    :host {
      --_fg: #000;
      --_bg: #fff;
      --_muted: #333;
    }
    .controls,
    .legend,
    .hint,
    .list-more,
    .dismiss {
      display: none !important;
    }
    .list-item {
      break-inside: avoid;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    .entry .hit,
    .solid,
    .uncertain,
    .dot {
      transition: none !important;
      animation: none !important;
    }
  }

  /* Stronger marks for readers who ask for more contrast. */
  @media (prefers-contrast: more) {
    :host {
      --_muted: var(--_fg);
      --_grid: color-mix(in srgb, var(--_fg) 40%, var(--_bg));
    }
    .uncertain {
      fill: color-mix(in srgb, var(--_lane) 45%, transparent);
      stroke-width: 2px;
      stroke-dasharray: 4 2;
    }
    .open,
    .leader {
      stroke-width: 2.5px;
    }
    .label {
      font-weight: 700;
    }
  }

  /* Windows High Contrast and other forced palettes: every mark, lane, focus ring and selection
     in system colours, so that none of them disappears. */
  @media (forced-colors: active) {
    .entry .hit {
      transition: none;
    }
    .solid,
    .dot,
    .lane-swatch,
    .lane-marker {
      fill: CanvasText;
    }
    .uncertain {
      fill: Canvas;
      stroke: CanvasText;
    }
    .open,
    .leader,
    .axis .domain {
      stroke: CanvasText;
    }
    .axis .grid {
      stroke: GrayText;
    }
    .break-band {
      fill: Canvas;
    }
    .break-zig {
      stroke: CanvasText;
    }
    .break-label {
      fill: CanvasText;
    }
    .lane .band {
      fill: Canvas;
      stroke: GrayText;
    }
    .cluster-bar {
      fill: Canvas;
      stroke: CanvasText;
    }
    .cluster-count {
      fill: CanvasText;
    }
    .label,
    .lane-label {
      fill: CanvasText;
    }
    .meta,
    .axis .tick {
      fill: GrayText;
    }
    .entry.selected .hit {
      fill: Canvas;
      stroke: Highlight;
      stroke-width: 2px;
    }
    .entry:focus-visible .hit,
    .keyboard .entry:focus .hit {
      stroke: Highlight;
      stroke-width: 3px;
    }
    .swatch {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .lane-toggle[aria-pressed='false'] .swatch {
      background: Canvas;
      outline-color: CanvasText;
    }
  }
`;
