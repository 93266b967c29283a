import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../data/types.js';
import { strings, toLang, type Strings } from '../i18n.js';

/**
 * The host's language, like Shoelace's LocalizeController: its own `lang`, else the nearest
 * ancestor's (across shadow roots), else English. Changes to any `lang` on the page later are
 * followed: the host re-renders.
 */
export class LangController implements ReactiveController {
  #observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The language in effect now. */
  get lang(): Lang {
    let node: Element | null = this.host;
    while (node) {
      const value = node.getAttribute('lang');
      if (value) return toLang(value);
      node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
    return 'en';
  }

  /** The element's own words in that language. */
  get strings(): Strings {
    return strings[this.lang];
  }

  hostConnected(): void {
    this.#observer = new MutationObserver(() => this.host.requestUpdate());
    this.#observer.observe(this.host.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
