import '../src/index.js';
import type { BelarusTimeline } from '../src/index.js';
import { belarusStory, localize } from '../src/data/index.js';

const timeline = document.querySelector<BelarusTimeline>('#story')!;
const form = document.querySelector<HTMLFormElement>('#controls')!;
const log = document.querySelector<HTMLOListElement>('#log')!;
const layout = document.querySelector<HTMLOutputElement>('#layout')!;

// `?lang=en&theme=dark&orientation=vertical` preset the main timeline (handy for screenshots).
const params = new URLSearchParams(location.search);
for (const name of ['lang', 'theme', 'orientation', 'selected', 'start', 'end']) {
  const value = params.get(name);
  if (value) timeline.setAttribute(name, value);
}
if (params.get('theme') === 'dark') document.documentElement.classList.add('dark-page');

const selectedField = form.elements.namedItem('selected') as HTMLSelectElement;
for (const entry of belarusStory.entries) {
  selectedField.append(new Option(`${entry.id} (${entry.date})`, entry.id));
}

const sync = () => {
  for (const name of [
    'lang',
    'orientation',
    'theme',
    'selected',
    'start',
    'end',
    'heading',
    'view',
    'gaps',
    'lanes',
  ]) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    const value = timeline.getAttribute(name) ?? '';
    if (field.value !== value)
      field.value = value || (field instanceof HTMLSelectElement ? field.options[0].value : '');
  }
  (form.elements.namedItem('static') as HTMLInputElement).checked = timeline.static;
  layout.value = timeline.layout;
};

form.addEventListener('input', (event) => {
  const field = event.target as HTMLInputElement;
  if (field.type === 'checkbox') timeline.toggleAttribute(field.name, field.checked);
  else if (field.value) timeline.setAttribute(field.name, field.value);
  else timeline.removeAttribute(field.name);
});

form.addEventListener('click', (event) => {
  const call = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-call]')?.dataset.call;
  if (call === 'zoomTo') timeline.zoomTo('2022', '2022-10');
  else if (call === 'next' || call === 'previous' || call === 'resetZoom') timeline[call]();
  sync();
});

const write = (text: string) => {
  const item = document.createElement('li');
  item.textContent = text;
  log.prepend(item);
};

timeline.addEventListener('timeline-select', (event) => {
  const title = event.detail.entry ? localize(event.detail.entry.title, 'en') : '';
  write(`timeline-select  id=${event.detail.id ?? 'null'}  ${title}`);
  sync();
});
timeline.addEventListener('timeline-load', (event) => write(`timeline-load  count=${event.detail.count}`));
timeline.addEventListener('timeline-error', (event) => write(`timeline-error  ${event.detail.message}`));
timeline.addEventListener('timeline-range-change', (event) => {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  write(`timeline-range-change  ${day(event.detail.start)} → ${day(event.detail.end)}`);
});

new ResizeObserver(() => (layout.value = timeline.layout)).observe(timeline);
customElements.whenDefined('belarus-timeline').then(() => timeline.updateComplete.then(sync));

// A seeded synthetic archive, to see clusters at work (the same generator as the tests').
const archive = document.querySelector<BelarusTimeline>('#archive')!;
const load = async (n: number) => {
  const { syntheticStory } = await import('../test/synthetic.js');
  archive.dataset = syntheticStory(n, 7);
};
document.querySelector('#load-10k')!.addEventListener('click', () => load(10_000));
document.querySelector('#load-100k')!.addEventListener('click', () => load(100_000));
// `?archive=10000` loads the archive at once (for screenshots).
if (params.get('archive')) load(Math.min(100_000, Number(params.get('archive')) || 10_000));
