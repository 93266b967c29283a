import { css } from 'lit';

/** Print, reduced motion, more contrast and forced colours. */
export const media = css`
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
    /* An era's heading stays with its first entry. */
    .list-era {
      break-after: avoid;
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
    .era-band {
      fill: transparent;
    }
    .era-head {
      fill: Canvas;
      stroke: GrayText;
    }
    .era-edge {
      stroke: CanvasText;
    }
    .era-label {
      fill: CanvasText;
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
