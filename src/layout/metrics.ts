/**
 * Every size that the styles, the text measurer and the layout share. Changing one here changes
 * all three; a label that the CSS drew larger than the layout measured would overlap its neighbour.
 */

/** The plot's text styles: size and weight in CSS px, and how far baselines stand apart. */
export const TEXT = {
  /** An entry's title. */
  label: { size: 13, weight: 600, line: 17 },
  /** The vertical layout's lane and date line above a title. */
  meta: { size: 11, weight: 400, line: 13 },
  /** Axis tick labels. */
  tick: { size: 12, weight: 400, line: 14 },
  /** Break labels (italic, regular) and cluster counts (bold). */
  small: { size: 11, weight: 700, line: 12 },
  /** Era labels, in their strip above the lanes (horizontal) or beside the axis (vertical). */
  era: { size: 11, weight: 600, line: 13 },
} as const;

export type TextStyle = 'label' | 'meta';

/** The horizontal layout: lane bands of rows under the axis. */
export const H = {
  axis: 34,
  laneHeader: 22,
  row: 42,
  laneGap: 10,
  markHeight: 12,
  labelGap: 6,
  itemGap: 14,
  /** Margin either side of the plot. */
  side: 16,
  /** Pixels between ticks. */
  tickSpacing: 100,
  /** The strip for era labels between axis and lanes, when the story has eras. */
  eraStrip: 20,
} as const;

/** The vertical layout: time runs down beside the axis, text blocks beside the marks. */
export const V = {
  top: 18,
  axisLabel: 44,
  trackWidth: 9,
  blockGap: 10,
  lineHeight: TEXT.label.line,
  metaLine: TEXT.meta.line,
  tickSpacing: 70,
  /**
   * Pixels per entry along time, within `minLength`..`maxLength`: about a text block's height, so
   * that with room given where it happens each block can sit beside its own mark.
   */
  perEntry: 70,
  minLength: 440,
  maxLength: 1600,
  /** The strip for era labels between axis and tracks, when the story has eras. */
  eraStrip: 16,
} as const;

/** Pixels a compressed gap takes at the unzoomed scale: room for its label ("19 years"). */
export const BREAK_WIDTH = 52;
