import { fixture, html } from '@open-wc/testing';
import { render } from 'lit';

/** Renders a fragment into a fresh container in the document, as the element's shadow root would hold it. */
export async function show(template: unknown): Promise<HTMLDivElement> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  render(template, container);
  return container;
}

/** Text as a person reads it: whitespace collapsed. */
export const textOf = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const click = (node: Element) =>
  node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }));
