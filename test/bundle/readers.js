// The self-contained bundle loading a TimelineJS sheet and a bad TimelineJS file: the CSV and
// TimelineJS readers and the Dutch issues come as chunks beside the file. Reports what was drawn,
// the issues shown and every script the page fetched.
const [sheet, bad] = document.querySelectorAll('belarus-timeline');
await customElements.whenDefined('belarus-timeline');
const event = (el, type) => new Promise((resolve) => el.addEventListener(type, resolve, { once: true }));
const [loaded, failed] = await Promise.all([event(sheet, 'timeline-load'), event(bad, 'timeline-error')]);
await Promise.all([sheet.updateComplete, bad.updateComplete]);
// The Dutch messages are a chunk of their own: until it is in, the alert lists no issue (at most 5 s).
for (let t = 0; t < 50 && !bad.shadowRoot.querySelector('[part="error"] li'); t++)
  await new Promise((resolve) => setTimeout(resolve, 100));
const text = (el, selector) =>
  [...el.shadowRoot.querySelectorAll(selector)].map((n) => n.textContent.trim()).join(' | ');
parent.postMessage(
  {
    type: 'readers-result',
    count: loaded.detail.count,
    entries: [...sheet.shadowRoot.querySelectorAll('[part~="entry"]')].map((g) =>
      g.getAttribute('aria-label'),
    ),
    issues: failed.detail.issues.length,
    alert: text(bad, '[part="error"]'),
    scripts: window.distScripts(),
    errors: window.pageErrors,
  },
  '*',
);
