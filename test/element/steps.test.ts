import { expect, fixture, html } from '@open-wc/testing';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import type { TimelineSelectEvent } from '../../src/events.js';
import { afterMove, entryMark, settle } from './helpers.js';

/**
 * A page of tall paragraphs after a timeline; each paragraph names an entry. The timeline's box
 * keeps its height: its detail panel growing would otherwise move the paragraphs, and the
 * browser's scroll anchoring would scroll the page to keep them in place. It stays in the flow,
 * above the paragraphs, so that anything scrolling it into view would scroll the page.
 */
async function storyPage(entries: string[], steps = '.step') {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <div class="host" style="width: 1000px; height: 300px; overflow: auto"></div>
      <div style="height: ${innerHeight}px"></div>
      <div class="steps"></div>
      <div style="height: ${innerHeight}px"></div>
    </div>`,
  );
  const wrapper = page.querySelector('.steps')!;
  for (const id of entries) wrapper.append(step(id));
  const el = document.createElement('belarus-timeline') as BelarusTimeline;
  el.lang = 'en';
  if (steps) el.setAttribute('steps', steps);
  page.querySelector('.host')!.append(el);
  // The element loads the steps code on first use: the same module, so once it is here the
  // element's import has resolved too (Firefox took longer than a few frames for the first).
  if (steps) await import('../../src/controllers/steps-controller.js');
  await settle(el);
  const seen: (string | null)[] = [];
  el.addEventListener('timeline-select', (e) => seen.push((e as TimelineSelectEvent).detail.id));
  return { page, el, wrapper, seen };
}

function step(id: string): HTMLElement {
  const p = document.createElement('p');
  p.className = 'step';
  p.dataset.entry = id;
  p.style.cssText = `height: ${Math.round(innerHeight * 0.8)}px; margin: 0`;
  p.textContent = id;
  return p;
}

/** Scrolls so that `target`'s top is `by` px above (positive) or below the viewport's middle. */
async function scrollToStep(el: BelarusTimeline, target: Element, by = 20): Promise<number> {
  const top = target.getBoundingClientRect().top + scrollY;
  const y = Math.round(top - innerHeight / 2 + by);
  window.scrollTo(0, y);
  await settle(el);
  return y;
}

const stepOf = (root: ParentNode, id: string) => root.querySelector(`[data-entry="${id}"]`)!;

describe('<belarus-timeline steps>', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('passes an accessibility audit with a step selected', async () => {
    const { el, page } = await storyPage(['election-2020', 'war-in-ukraine']);
    await scrollToStep(el, stepOf(page, 'war-in-ukraine'));
    expect(el.selected).to.equal('war-in-ukraine');
    await expect(el).to.be.accessible();
  });

  it('selects the last step above the middle, scrolling down and back up, as the reader’s action', async () => {
    const { el, page, seen } = await storyPage(['election-2020', 'war-in-ukraine', 'joint-troop-buildup']);
    // The first step's top is still below the middle: nothing yet.
    await scrollToStep(el, stepOf(page, 'election-2020'), -40);
    expect(el.selected).to.equal(null);
    expect(seen).to.deep.equal([]);
    await scrollToStep(el, stepOf(page, 'election-2020'));
    expect(el.selected).to.equal('election-2020');
    await scrollToStep(el, stepOf(page, 'war-in-ukraine'));
    expect(el.selected).to.equal('war-in-ukraine');
    // A jump past a step: the one at the middle counts, not the ones jumped over.
    await scrollToStep(el, stepOf(page, 'joint-troop-buildup'), 200);
    expect(el.selected).to.equal('joint-troop-buildup');
    expect(seen).to.deep.equal(['election-2020', 'war-in-ukraine', 'joint-troop-buildup']);
    // Back up, in one jump from the last step to the first.
    const y = await scrollToStep(el, stepOf(page, 'election-2020'));
    expect(el.selected).to.equal('election-2020');
    expect(seen.at(-1)).to.equal('election-2020');
    await afterMove(el);
    // The element never scrolls the page itself.
    expect(scrollY).to.equal(y);
  });

  it('pans the selected entry into view', async () => {
    const { el, page } = await storyPage(['election-2020', 'joint-troop-buildup']);
    el.zoomTo('2020-06', '2020-12');
    await afterMove(el);
    expect(entryMark(el, 'joint-troop-buildup')).to.equal(null);
    const y = await scrollToStep(el, stepOf(page, 'joint-troop-buildup'));
    await afterMove(el);
    expect(el.selected).to.equal('joint-troop-buildup');
    expect(entryMark(el, 'joint-troop-buildup')).to.not.equal(null);
    expect(scrollY).to.equal(y);
  });

  it('counts steps added later, and ignores steps that name no entry', async () => {
    const { el, wrapper, seen } = await storyPage(['election-2020']);
    wrapper.append(step('no-such-entry'), step('war-in-ukraine'));
    await settle(el);
    await scrollToStep(el, stepOf(wrapper, 'no-such-entry'));
    expect(el.selected).to.equal(null);
    await scrollToStep(el, stepOf(wrapper, 'war-in-ukraine'));
    expect(el.selected).to.equal('war-in-ukraine');
    expect(seen).to.deep.equal(['war-in-ukraine']);
  });

  it('starts when steps is set, and stops when it is removed', async () => {
    const { el, page, seen } = await storyPage(['election-2020', 'war-in-ukraine'], '');
    await scrollToStep(el, stepOf(page, 'election-2020'));
    expect(el.selected).to.equal(null);
    el.steps = '.step';
    await settle(el);
    await settle(el);
    expect(el.selected).to.equal('election-2020');
    el.removeAttribute('steps');
    await settle(el);
    await scrollToStep(el, stepOf(page, 'war-in-ukraine'));
    expect(el.selected).to.equal('election-2020');
    expect(seen).to.deep.equal(['election-2020']);
  });

  it('lets go when disconnected, and picks up again when put back', async () => {
    const { el, page, seen } = await storyPage(['election-2020', 'war-in-ukraine', 'joint-troop-buildup']);
    await scrollToStep(el, stepOf(page, 'election-2020'));
    const host = el.parentElement!;
    el.remove();
    await scrollToStep(el, stepOf(page, 'war-in-ukraine'));
    expect(el.selected).to.equal('election-2020');
    expect(seen).to.deep.equal(['election-2020']);
    host.append(el);
    await settle(el);
    await scrollToStep(el, stepOf(page, 'joint-troop-buildup'));
    expect(el.selected).to.equal('joint-troop-buildup');
  });
});
