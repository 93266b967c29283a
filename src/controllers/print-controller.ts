import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Most entries a print shows (or the list's length, if longer), then a note. 20,000 entries took
 * 7.3 s and 120,000 shadow nodes to print in Chromium; capped, 0.2–0.7 s and 6,000 (`hostile-states.test.ts`).
 */
const PRINT_LIMIT = 1000;

/**
 * Whether the page is being printed (or shown as a print preview, or emulated as print): the host
 * then draws the whole story as a list.
 */
export class PrintController implements ReactiveController {
  printing = false;
  #query: MediaQueryList | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** How many entries the list shows: `length` on screen, at least `PRINT_LIMIT` in print. */
  listLength(length: number): number {
    return this.printing ? Math.max(PRINT_LIMIT, length) : length;
  }

  hostConnected(): void {
    this.#query = matchMedia('print');
    this.#query.addEventListener('change', this.#handle);
    window.addEventListener('beforeprint', this.#handle);
    window.addEventListener('afterprint', this.#handle);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#handle);
    window.removeEventListener('beforeprint', this.#handle);
    window.removeEventListener('afterprint', this.#handle);
  }

  readonly #handle = (event: Event): void => {
    const printing = event.type === 'beforeprint' || (event.type !== 'afterprint' && !!this.#query?.matches);
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };
}
