import type { ReactiveController, ReactiveControllerHost } from 'lit';

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
