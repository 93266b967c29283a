// The zoom and drag gestures that run.js measures and zoom-steps.js takes apart, in one place.

/**
 * The zoom gesture, one Ctrl + wheel step each (+1 in, −1 out, deltaY ∓100): 4 steps in, then 3
 * out and 3 in, six times. Ours zooms √2 (1.41×) a step (its wheel rate, in zoom-gestures.ts;
 * d3-zoom's own, 4× a step with Ctrl, was its rate when this gesture was made), so its view stays
 * between 1.41× and 4× the whole extent, far inside its limit (a two-week window: about 940× for
 * 1990–2025, 730× for the article): every one of the 40 steps moves it. The element cannot start
 * wider than its whole extent (its scale never goes below 1×), so the gesture turns round
 * instead. It ends zoomed in (4×), which the drag then pans.
 */
export const ZOOM_STEPS = [1, 1, 1, 1, ...Array.from({ length: 6 }, () => [-1, -1, -1, 1, 1, 1]).flat()];

/** The drag, after the zoom: one mouse move a step, 10 px further to the left of where it began. */
export const dragPoint = (start, step) => ({ x: start.x - (step + 1) * 10, y: start.y });
