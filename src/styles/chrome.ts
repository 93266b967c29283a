import { css } from 'lit';

/**
 * Heading, controls, buttons and legend. The controls wrap rather than stick out: at 150px wide
 * their row alone was 325px.
 */
export const chrome = css`
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

  .steps {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.375rem;
  }

  .position {
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
    min-width: 3rem;
    text-align: center;
  }

  button:disabled {
    opacity: 0.55;
    cursor: default;
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
    min-width: 0;
    max-width: 100%;
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

  .state {
    margin: 0;
    padding: 1.5rem 1rem;
    color: var(--_muted);
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
`;
