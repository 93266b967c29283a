// The zoom gesture that run.js measures and zoom-steps.js takes apart, in one place.

/**
 * The zoom gesture, one Ctrl + wheel step each (+1 in, −1 out, deltaY ∓100: 4× per step in
 * d3-zoom): 4 steps in, then 3 out and 3 in, six times. The view stays between 4× and 256× the
 * whole extent, inside ours' limit (a two-week window: about 940× for 1990–2025, 730× for the
 * article), so every one of the 40 steps moves it; zooming in only, ours stopped after 5. The
 * element cannot start wider than its whole extent (its scale never goes below 1×), so the
 * gesture turns round instead. It ends zoomed in (256×), which the drag then pans.
 */
export const ZOOM_STEPS = [1, 1, 1, 1, ...Array.from({ length: 6 }, () => [-1, -1, -1, 1, 1, 1]).flat()];
