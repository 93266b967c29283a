import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PREFIX = 'belarus-timeline:';

/** The `key=entry` pairs of this element kind in a URL hash, in order. */
export function readHash(hash: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    if (!part.startsWith(PREFIX)) continue;
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    try {
      pairs.set(decodeURIComponent(part.slice(PREFIX.length, eq)), decodeURIComponent(part.slice(eq + 1)));
    } catch {
      // A malformed escape names nothing.
    }
  }
  return pairs;
}

/** The hash with this element's pair set to `entry` (or removed), other parts kept as they were. */
export function writeHash(hash: string, key: string, entry: string | null): string {
  const own = `${PREFIX}${encodeURIComponent(key)}=`;
  const parts = hash
    .replace(/^#/, '')
    .split('&')
    .filter((part) => part && !part.startsWith(own));
  if (entry) parts.push(`${own}${encodeURIComponent(entry)}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

export interface LinkHost extends ReactiveControllerHost, HTMLElement {
  linkable: boolean;
}

/**
 * Deep links (`linkable`): the selection lives in the page's URL hash as
 * `#belarus-timeline:<element id or index>=<entry id>`, so several timelines on one page each keep
 * their own, a shared link opens on the same entry, and back/forward restore it.
 */
export class LinkController implements ReactiveController {
  constructor(
    private readonly host: LinkHost,
    private readonly options: {
      /** Whether the story has an entry of this id. */
      exists: (id: string) => boolean;
      /** Selects it (and brings it into view), or clears the selection. */
      select: (id: string | null) => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.handleNavigation);
    window.addEventListener('hashchange', this.handleNavigation);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handleNavigation);
    window.removeEventListener('hashchange', this.handleNavigation);
  }

  /** This element's key: its id, else its index among the linkable timelines of the page. */
  get key(): string {
    if (this.host.id) return this.host.id;
    const all = [...this.host.ownerDocument.querySelectorAll('belarus-timeline[linkable]')];
    return String(Math.max(0, all.indexOf(this.host)));
  }

  /** The entry the URL names for this element, if any. */
  read(): string | null {
    return this.host.linkable ? (readHash(location.hash).get(this.key) ?? null) : null;
  }

  /** Records the user's selection as a new history entry. */
  write(entry: string | null): void {
    if (!this.host.linkable) return;
    const hash = writeHash(location.hash, this.key, entry);
    if (hash === location.hash || (hash === '' && !location.hash)) return;
    history.pushState(history.state, '', hash || `${location.pathname}${location.search}`);
  }

  /**
   * Selects what the URL names; a name that is no entry is ignored, with a warning. Back or forward
   * (not `initial`) to a URL that names nothing, or nothing valid, clears the selection made since.
   */
  follow(initial: boolean): void {
    const entry = this.read();
    const known = !!entry && this.options.exists(entry);
    if (entry && !known)
      console.warn(`<belarus-timeline>: the URL names "${entry}", which is no entry of this story; ignored.`);
    if (known || !initial) this.options.select(known ? entry : null);
  }

  private readonly handleNavigation = (): void => {
    if (this.host.linkable) this.follow(false);
  };
}
