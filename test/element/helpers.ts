import { fixture, html } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import '../../src/define.js';

/** Waits until observers have reported and the element has drawn what they measured. */
export async function settle(el: BelarusTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await el.updateComplete;
  }
}

/** Waits for an animated move (zoomTo, the zoom buttons and keys, next/previous) to end and be drawn. */
export async function afterMove(el: BelarusTimeline): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 450));
  await settle(el);
}

/** A timeline inside a container of `width` px, with extra attributes, drawn and settled. */
export async function timelineAt(
  width: number,
  attrs: Record<string, string | boolean> = {},
): Promise<BelarusTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = `${width}px`;
  const el = document.createElement('belarus-timeline') as BelarusTimeline;
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  wrapper.append(el);
  await settle(el);
  return el;
}

export const $ = <T extends Element = Element>(el: BelarusTimeline, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = Element>(el: BelarusTimeline, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

export const entryMark = (el: BelarusTimeline, id: string) =>
  $<SVGGElement>(el, `[part~="entry"][data-id="${id}"]`);

/**
 * Resolves once the page has stopped scrolling (the same position three frames running): a
 * selection scrolls its detail into view smoothly, and a click aimed while that scroll still moves
 * the page lands somewhere else (seen when a long run slowed the browser).
 */
async function scrollSettled(): Promise<void> {
  let still = 0;
  let last = [scrollX, scrollY].join();
  for (let i = 0; i < 120 && still < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const now = [scrollX, scrollY].join();
    still = now === last ? still + 1 : 0;
    last = now;
  }
}

/**
 * A reader's click on an entry's mark: real input through the browser, so the page has user
 * activation. (Chromium prunes, from a full session history, the entries of a page that pushed
 * entries without it: a test tab's history fills up over a run, and back then leaves the page.)
 */
export async function userClick(el: BelarusTimeline, id: string): Promise<void> {
  const mark = entryMark(el, id)!;
  const shape = mark.querySelector('circle, rect') ?? mark;
  await scrollSettled();
  shape.scrollIntoView({ block: 'center', inline: 'center' });
  const box = shape.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
  await sendMouse({ type: 'move', position: [0, 0] });
}

/** The visible tick labels of the axis. */
export const tickLabels = (el: BelarusTimeline) =>
  $$(el, '[part="axis"] text').map((t) => t.textContent!.trim());

export const detailText = (el: BelarusTimeline) =>
  $(el, '[part="detail"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** A wheel event over the middle of the plot, as a mouse or trackpad sends it. */
export function wheel(el: BelarusTimeline, init: WheelEventInit): WheelEvent {
  const plot = $<SVGSVGElement>(el, 'svg.plot')!;
  const box = plot.getBoundingClientRect();
  const event = new WheelEvent('wheel', {
    bubbles: true,
    cancelable: true,
    composed: true,
    clientX: box.left + box.width / 2,
    clientY: box.top + Math.min(box.height / 2, 120),
    deltaMode: 0,
    ...init,
  });
  plot.dispatchEvent(event);
  return event;
}
