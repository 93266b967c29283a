import { css } from 'lit';

/** The detail panel, the error, the list view and the footer. */
export const panels = css`
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

  /* Summaries keep their line breaks (TimelineJS paragraphs arrive as newlines). */
  .summary {
    white-space: pre-line;
  }

  /* The image's box is there before the image: a fixed ratio that it is fitted into, so nothing
     below it moves when it arrives (and a broken one leaves a box, not a jump). */
  .media {
    margin: 0.75rem 0;
    max-width: 26rem;
  }

  .media img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 3 / 2;
    object-fit: contain;
    background: var(--_band);
  }

  .media figcaption {
    margin-top: 0.25rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .media .credit {
    font-size: 0.75rem;
    text-transform: uppercase;
    letter-spacing: 0.03em;
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

  .list-era h3 {
    margin: 1.25rem 0 0.5rem;
    padding: 0.25rem 0.5rem;
    border-bottom: 2px solid var(--_era);
    background: color-mix(in srgb, var(--_era) 16%, var(--_bg));
    font-size: 0.875rem;
    letter-spacing: 0.02em;
  }

  .list-item.selected {
    background: color-mix(in srgb, var(--_accent) 8%, transparent);
  }

  .list-group {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list-item h3,
  .list-item h4 {
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
`;
