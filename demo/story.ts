// The scroll-steps demo: the element selects the entry of the paragraph at the middle of the
// screen by itself (`steps`); this page only keeps the selected mark inside the timeline's own
// sticky box where the timeline is taller than it (phones), without scrolling the page.
import '../src/index.js';
import type { BelarusTimeline } from '../src/index.js';

const timeline = document.querySelector<BelarusTimeline>('belarus-timeline')!;
const box = timeline.parentElement!;

timeline.addEventListener('timeline-select', async (event) => {
  const id = event.detail.id;
  if (!id) return;
  await timeline.updateComplete;
  const mark = timeline.shadowRoot?.querySelector(`[part~="entry"][data-id="${CSS.escape(id)}"]`);
  if (!mark) return;
  const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  const behavior = matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3), behavior });
});
