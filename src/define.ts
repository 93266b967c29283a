import { BelarusTimeline } from './belarus-timeline.js';

// Registering is this package's one side effect; a second copy of the package on the page must
// not throw.
if (!customElements.get('belarus-timeline')) {
  // The cast: `dataset` is a TimelineDataset (the story, not the data-* map), so TypeScript no longer sees an HTMLElement.
  customElements.define('belarus-timeline', BelarusTimeline as unknown as CustomElementConstructor);
}

declare global {
  interface HTMLElementTagNameMap {
    'belarus-timeline': BelarusTimeline;
  }
}
