// The self-contained bundle with one `static` timeline: it draws the story and never zooms, so
// the zoom gestures' chunk (d3-zoom, d3-transition) is never fetched. Reports the entries drawn
// and every script of dist/ the page fetched, half a second after the element is done.
const el = document.querySelector('belarus-timeline');
await customElements.whenDefined('belarus-timeline');
await el.updateComplete;
await new Promise((resolve) => setTimeout(resolve, 500));
parent.postMessage(
  {
    type: 'static-result',
    entries: el.shadowRoot.querySelectorAll('[part~="entry"]').length,
    scripts: window.distScripts(),
    errors: window.pageErrors,
  },
  '*',
);
