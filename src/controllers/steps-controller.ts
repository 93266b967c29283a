import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface StepsHost extends ReactiveControllerHost {
  /** The selector of the page's steps; empty or null: no steps. */
  readonly steps: string | null;
}

/** The reader scrolled to a step: the id its `data-entry` names. */
export type StepHandler = (id: string) => void;

/**
 * Root margins that make the viewport's root reach far above the screen and end at its middle:
 * a step intersects exactly while some of it is above the middle, so its top crossing the middle
 * either way, even in one jump (`scrollTo`), changes whether it intersects, and the observer tells.
 * A root that ends at the top of the screen would miss a step jumped over from above to below.
 */
const ROOT_MARGIN = '100000px 0px -50% 0px';

/** One per host, while its `steps` is set: the element keeps no field for it. */
const watching = new WeakMap<StepsHost, StepsController>();

/**
 * Scroll steps (scrollytelling): the page's elements that match the host's `steps`, each naming an
 * entry with `data-entry`. The current step is the last one, in page order, whose top is above
 * the middle of the viewport; when it changes, the host hears its entry's id.
 *
 * Cheap per scroll: an IntersectionObserver tells when a step's top crosses the middle, with the
 * geometry it measured anyway, so scrolling runs no script between crossings and reads no layout.
 * A MutationObserver on the document re-queries the steps (once a frame at most), so steps added
 * later count. Both are released when the host is disconnected or its `steps` removed.
 */
class StepsController implements ReactiveController {
  #selector: string | null = null;
  #steps: Element[] = [];
  /** Whether each step's top is above the middle, as the observer last measured it. */
  #above = new Map<Element, boolean>();
  #current: Element | null = null;
  #intersections: IntersectionObserver | null = null;
  #mutations: MutationObserver | null = null;
  #frame = 0;

  constructor(
    private readonly host: StepsHost,
    private readonly onStep: StepHandler,
  ) {}

  hostConnected(): void {
    this.#start();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  hostUpdated(): void {
    const selector = this.host.steps || null;
    if (selector === this.#selector) return;
    this.#stop();
    if (selector) this.#start();
    else {
      this.host.removeController(this);
      watching.delete(this.host);
    }
  }

  #start(): void {
    this.#selector = this.host.steps || null;
    if (!this.#selector || this.#intersections) return;
    this.#intersections = new IntersectionObserver((entries) => this.#handleIntersections(entries), {
      rootMargin: ROOT_MARGIN,
    });
    this.#mutations = new MutationObserver(() => this.#schedule());
    this.#mutations.observe(document, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['data-entry'],
    });
    this.#refresh();
  }

  #stop(): void {
    this.#intersections?.disconnect();
    this.#mutations?.disconnect();
    cancelAnimationFrame(this.#frame);
    this.#intersections = this.#mutations = null;
    this.#frame = 0;
    this.#steps = [];
    this.#above.clear();
    this.#current = null;
    this.#selector = null;
  }

  #schedule(): void {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#refresh();
    });
  }

  /** Queries the steps again: new ones are observed (the observer then reports them), gone ones let go. */
  #refresh(): void {
    const observer = this.#intersections;
    if (!observer || !this.#selector) return;
    let steps: Element[];
    try {
      steps = [...document.querySelectorAll(this.#selector)];
    } catch {
      console.warn(`<belarus-timeline>: steps="${this.#selector}" is no CSS selector; no scroll steps.`);
      steps = [];
    }
    const now = new Set(steps);
    for (const step of this.#steps) {
      if (now.has(step)) continue;
      observer.unobserve(step);
      this.#above.delete(step);
    }
    for (const step of steps) if (!this.#above.has(step)) observer.observe(step);
    this.#steps = steps;
    this.#update();
  }

  #handleIntersections(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      // The root ends at the viewport's middle (its bottom), wherever the page is shown.
      const middle = entry.rootBounds?.bottom ?? innerHeight / 2;
      this.#above.set(entry.target, entry.boundingClientRect.top < middle);
    }
    this.#update();
  }

  #update(): void {
    let current: Element | null = null;
    for (let i = this.#steps.length - 1; i >= 0 && !current; i--)
      if (this.#above.get(this.#steps[i])) current = this.#steps[i];
    if (current === this.#current) return;
    this.#current = current;
    // Back above the first step, the selection stays what it was.
    const id = current?.getAttribute('data-entry');
    if (id) this.onStep(id);
  }
}

/** Starts scroll steps on `host` (once: a second call finds them running). */
export function watchSteps(host: StepsHost, onStep: StepHandler): void {
  if (!host.steps || watching.has(host)) return;
  const controller = new StepsController(host, onStep);
  watching.set(host, controller);
  host.addController(controller);
}
