import '../../src/index.js';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';

declare global {
  interface Window {
    cspViolations: string[];
  }
}

// Draw, select, zoom and open the list, then tell the test page what happened.
const el = document.querySelector<BelarusTimeline>('belarus-timeline')!;
await customElements.whenDefined('belarus-timeline');
await new Promise((resolve) => setTimeout(resolve, 300));
await el.updateComplete;
el.shadowRoot!.querySelector<HTMLButtonElement>('.zoom-in')!.click();
await el.updateComplete;
el.view = 'list';
await el.updateComplete;
el.view = 'timeline';
el.dataset = {
  title: 'Swapped',
  asOf: '2020',
  lanes: [{ id: 'x', label: 'X', color: 'crimson' }],
  eras: [{ id: 'era', start: '2019', end: '2020', label: 'An era' }],
  entries: [
    {
      id: 'one',
      date: '2019',
      lane: 'x',
      title: 'One',
      media: { src: '/test/fixtures/photo.png?csp', alt: 'Two colours', caption: 'A caption' },
    },
  ],
};
await el.updateComplete;
// Eras and an image, in the detail and in the list, under the same policy.
el.select('one');
await el.updateComplete;
const drawn = {
  eras: el.shadowRoot!.querySelectorAll('[part="era"]').length,
  image: el.shadowRoot!.querySelector('[part="detail"] img')?.getAttribute('alt') ?? null,
};
el.view = 'list';
await el.updateComplete;
el.view = 'timeline';
el.select(null);
await el.updateComplete;
await new Promise((resolve) => requestAnimationFrame(resolve));
parent.postMessage(
  {
    type: 'csp-result',
    violations: window.cspViolations,
    ...drawn,
    entries: el.shadowRoot!.querySelectorAll('[part~="entry"]').length,
    detail: el.shadowRoot!.querySelector('[part="detail"]')?.hasAttribute('hidden') ?? null,
    laneColor: getComputedStyle(el.shadowRoot!.querySelector('.lane-0 .swatch, .swatch')!).backgroundColor,
  },
  '*',
);
