import { css } from 'lit';

/** The host, its public custom properties and the themes. */
export const tokens = css`
  :host {
    --_font: var(--belarus-timeline-font, inherit);
    --_fg: var(--belarus-timeline-fg, #1a1a1a);
    --_bg: var(--belarus-timeline-bg, #ffffff);
    --_muted: var(--belarus-timeline-muted, #5c5f66);
    --_accent: var(--belarus-timeline-accent, #0b57d0);
    --_era: var(--belarus-timeline-era, #8c6a2e);
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
    --_era: var(--belarus-timeline-era, #d2b177);
    color-scheme: dark;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_fg: var(--belarus-timeline-fg, #e8e8ea);
      --_bg: var(--belarus-timeline-bg, #15171c);
      --_muted: var(--belarus-timeline-muted, #a8adb7);
      --_accent: var(--belarus-timeline-accent, #8ab4f8);
      --_era: var(--belarus-timeline-era, #d2b177);
      color-scheme: dark;
    }
  }

  [hidden] {
    display: none !important;
  }
`;
