// Drives the self-contained bundle (the real d3-zoom with d3-transition) through zoom by
// Ctrl+wheel, double-click, the reset button and an animated zoomTo, then reports to the test page.
const el = document.querySelector('belarus-timeline');
await customElements.whenDefined('belarus-timeline');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
await frame();
await el.updateComplete;
await frame();
const root = el.shadowRoot;
const labels = () => [...root.querySelectorAll('[part="axis"] text')].map((t) => t.textContent).join(' ');
const before = labels();
const entries = root.querySelectorAll('[part~="entry"]').length;
const breaks = [...root.querySelectorAll('.break-label')].map((t) => t.textContent);
const plot = root.querySelector('svg.plot');
const box = plot.getBoundingClientRect();
const at = {
  clientX: box.left + box.width / 2,
  clientY: box.top + 80,
  bubbles: true,
  cancelable: true,
  composed: true,
};
plot.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -300, ctrlKey: true }));
await frame();
const afterWheel = labels();
plot.dispatchEvent(new MouseEvent('dblclick', at));
await frame();
const afterDblclick = labels();
root.querySelector('.reset').click();
await new Promise((resolve) => setTimeout(resolve, 500));
await frame();
const afterReset = labels();
// An animated move: the first tick labels of the frames on the way, until it settles.
el.zoomTo('2022-02', '2022-10');
const seen = new Set();
const started = performance.now();
// Until the axis has stood still for ten frames (the move takes 350 ms), at most 3 s.
for (let still = 0; still < 10 && performance.now() - started < 3000;) {
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const now = labels();
  still = performance.now() - started > 400 && seen.has(now) ? still + 1 : 0;
  seen.add(now);
}
const afterZoomTo = labels();
parent.postMessage(
  {
    type: 'bundle-result',
    entries,
    zoomedByWheel: afterWheel !== before,
    zoomedByDblclick: afterDblclick !== afterWheel,
    reset: afterReset === before,
    animatedFrames: seen.size,
    zoomedTo: afterZoomTo,
    breaks,
    scripts: window.distScripts(),
    errors: window.pageErrors,
  },
  '*',
);
