import type { TimelineLane } from './data/types.js';

/**
 * Colours for lanes without one of their own. Each has at least 3:1 contrast against both the
 * light (#ffffff) and the dark (#15171c) background, so marks stay visible in either theme.
 */
export const fallbackColors = [
  '#d03a2f',
  '#3a78c2',
  '#8266c4',
  '#a66f00',
  '#2e7d4f',
  '#c2185b',
  '#00838f',
  '#6d6d6d',
];

const safeId = /^[a-z0-9_-]+$/i;

/**
 * One constructed stylesheet per element that gives `.lane-N` its colour: the page's
 * `--belarus-timeline-lane-<id>` first, then the dataset's colour, then a fallback. Constructed
 * sheets pass a strict CSP (`style-src 'self'`) where `style="…"` attributes would not, and a
 * colour that is not a colour (or tries to break out of the rule) is never written.
 */
export function laneSheet(lanes: readonly TimelineLane[]): CSSStyleSheet {
  const rules = lanes.map((lane, i) => {
    const own =
      typeof lane.color === 'string' && !/[;{}]/.test(lane.color) && CSS.supports('color', lane.color);
    const color = own ? lane.color : fallbackColors[i % fallbackColors.length];
    const value = safeId.test(lane.id) ? `var(--belarus-timeline-lane-${lane.id}, ${color})` : color;
    return `.lane-${i} { --_lane: ${value}; }`;
  });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  return sheet;
}
