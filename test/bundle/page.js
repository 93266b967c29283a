// Drives the self-contained bundle (built with stand-ins for d3-transition and d3-interpolate)
// through zoom by Ctrl+wheel, double-click, buttons and keys, then reports to the test page.
const el = document.querySelector('belarus-timeline');
await customElements.whenDefined('belarus-timeline');
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
await frame();
await el.updateComplete;
await frame();
const root = el.shadowRoot;
const labels = () => [...root.querySelectorAll('[part="axis"] text')].map((t) => t.textContent).join(' ');
const before = labels();
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
await el.updateComplete;
const afterReset = labels();
parent.postMessage(
  {
    type: 'bundle-result',
    entries: root.querySelectorAll('[part~="entry"]').length,
    zoomedByWheel: afterWheel !== before,
    zoomedByDblclick: afterDblclick !== afterWheel,
    reset: afterReset === before,
    breaks: [...root.querySelectorAll('.break-label')].map((t) => t.textContent),
    errors: window.pageErrors,
  },
  '*',
);
