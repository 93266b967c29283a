import { html } from 'lit';

/** What the element says in words when there is no story to draw: loading, or no entries. */
export const renderState = (text: string, kind = '') =>
  html`<p class="state ${kind}" role="status">${text}</p>`;
