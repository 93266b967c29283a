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

/** Adopts the lanes' sheet into `root`, in place of the previous story's. */
export function adoptLaneSheet(root: ShadowRoot | undefined, lanes: readonly TimelineLane[]): void {
  if (!root?.adoptedStyleSheets) return;
  const sheets = root.adoptedStyleSheets.filter((s) => !(s as { lanes?: true }).lanes);
  root.adoptedStyleSheets = [...sheets, Object.assign(laneSheet(lanes), { lanes: true })];
}

/** Sets a custom state (`:state(name)`); browsers without CustomStateSet keep the property only. */
export function setCustomState(internals: ElementInternals | null, name: string, on: boolean): void {
  try {
    if (on) internals?.states.add(name);
    else internals?.states.delete(name);
  } catch {
    // No CustomStateSet.
  }
}
