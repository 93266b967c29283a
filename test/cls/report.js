// Reports the page's layout shift once the timeline has drawn and settled.
const el = document.querySelector('belarus-timeline');
await customElements.whenDefined('belarus-timeline');
await el.updateComplete;
for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
parent.postMessage(
  {
    type: 'cls-result',
    cls: window.cls,
    moved: document.getElementById('after').getBoundingClientRect().top - window.afterTop,
    height: el.getBoundingClientRect().height,
    entries: el.shadowRoot.querySelectorAll('[part~="entry"]').length,
  },
  '*',
);
