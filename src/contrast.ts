/**
 * Lane colours against the backgrounds marks sit on. Loaded with `import()` only when a dataset
 * brings colours of its own (the built-in story's pass), so that no page pays for it up front.
 */
import type { TimelineLane } from './data/types.js';

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
 * Marks need 3:1 against the background (WCAG 1.4.11, non-text contrast): a lane colour that does not reach it in the
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
      message: `${JSON.stringify(color)} has less than 3:1 contrast with the background; a palette colour is used`,
    });
    return rest;
  });
  return { lanes: out, issues };
}
