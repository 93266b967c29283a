// Stands in for d3-interpolate in the self-contained bundle only. d3-zoom uses interpolateZoom
// only to animate a zoom transition, and the element never animates (zoom.duration(0)); the real
// module would bring all of d3-color along (~4 KB gzipped).
export function interpolateZoom() {
  throw new Error('belarus-timeline: animated zoom is not part of this bundle');
}
