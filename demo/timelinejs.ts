import '../src/index.js';
import type { BelarusTimeline } from '../src/index.js';

// Each side says how many entries it drew and which problems it found, so the two can be compared.
for (const id of ['sheet', 'native']) {
  const el = document.getElementById(id) as BelarusTimeline;
  const out = document.getElementById(`${id}-count`)!;
  const show = () => (out.textContent = `· ${el.entries.length} entries`);
  el.addEventListener('timeline-load', show);
  el.addEventListener('timeline-error', (e) => (out.textContent = `· ${e.detail.issues.length} problem(s)`));
  // Linked selection: choosing an entry on one side selects it on the other.
  el.addEventListener('timeline-select', (e) => {
    const other = document.getElementById(id === 'sheet' ? 'native' : 'sheet') as BelarusTimeline;
    other.select(e.detail.id);
  });
  // The built-in dataset is there at once; the sheet says so when it has loaded.
  if (id === 'native') customElements.whenDefined('belarus-timeline').then(show);
}
