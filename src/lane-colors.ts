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

/** The backgrounds marks sit on: the light and the dark theme's (`styles/tokens.ts`). */
const BACKGROUNDS = ['#ffffff', '#15171c'];

let canvas: OffscreenCanvasRenderingContext2D | null | undefined;

/** WCAG relative luminance of 8-bit sRGB channels. */
const luminance = ([r, g, b]: Uint8ClampedArray | number[]) =>
  [r, g, b]
    .map((c) => c / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);

/**
 * The contrast of `color` painted over `background`, as the browser paints it (so any CSS colour,
 * alpha included, counts as it looks); 1 for what it cannot paint. Null without a canvas.
 */
function contrast(color: string, background: string): number | null {
  canvas ??=
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true })
      : null;
  if (!canvas) return null;
  const paint = (fill: string) => {
    canvas!.fillStyle = fill;
    canvas!.fillRect(0, 0, 1, 1);
    return luminance(canvas!.getImageData(0, 0, 1, 1).data);
  };
  const bg = paint(background);
  const mark = paint(color);
  return (Math.max(mark, bg) + 0.05) / (Math.min(mark, bg) + 0.05);
}

/**
 * Marks need 3:1 against the background (SPEC §4): a lane colour that does not reach it in the
 * light and the dark theme alike (`transparent`, `#fff`) is dropped, so that the lane takes a
 * palette colour, and each is an issue. The page can still set any colour it likes through
 * `--belarus-timeline-lane-<id>`.
 */
export function checkContrast(lanes: readonly TimelineLane[]): {
  lanes: TimelineLane[];
  issues: { path: string; message: string }[];
} {
  const issues: { path: string; message: string }[] = [];
  const out = lanes.map((lane, i) => {
    const { color, ...rest } = lane;
    if (color === undefined || BACKGROUNDS.every((bg) => (contrast(color, bg) ?? 3) >= 3)) return lane;
    issues.push({
      path: `lanes[${i}].color`,
      message: `${JSON.stringify(color)} has less than 3:1 contrast with the background, so the lane gets a colour of its own`,
    });
    return rest;
  });
  return { lanes: out, issues };
}

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
