import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Rename, readSource } from '../data/read-source.js';
import type { ValidationIssue } from '../data/validate.js';

export type SourceResult =
  | {
      ok: true;
      url: string;
      /** What was read: a dataset of ours as it came, or one made from a TimelineJS file or CSV. */
      json: unknown;
      /** What the reader of a TimelineJS file or CSV found wrong (`row 4: …`); `[]` for our own JSON. */
      issues: ValidationIssue[];
      /** For a TimelineJS file or CSV: names the validator's issues in the file's terms. */
      rename?: Rename;
    }
  | { ok: false; url: string; kind: 'http'; status: number }
  | { ok: false; url: string; kind: 'network' | 'json' };

/**
 * Fetches `src` and reads it (`readSource`: our JSON, a TimelineJS file or its spreadsheet as CSV);
 * `checkSource(result.json, result.issues, result.rename)` then validates it. A new URL aborts the previous request, and a late answer is dropped (only the
 * newest request may report), so a slow response can never overwrite a newer one. Disconnecting
 * aborts; reconnecting fetches again what was cut off.
 */
export class SourceController implements ReactiveController {
  private controller: AbortController | null = null;
  /** The URL asked for last (null: none). */
  url: string | null = null;
  /** Its last answer was a failure: asking for it again retries. */
  failed = false;
  private done = true;
  private retry = false;
  private readonly host: ReactiveControllerHost & Partial<Element>;
  private generation = 0;
  /** Requests in flight: the lifecycle test counts them. */
  get pending(): number {
    return this.controller ? 1 : 0;
  }

  constructor(
    host: ReactiveControllerHost,
    private readonly onResult: (result: SourceResult) => void,
  ) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.url && !this.done) this.start(this.url);
  }

  hostDisconnected(): void {
    this.abort();
  }

  /**
   * Fetches `url`, now if the host is connected, else once it is. Asking again for the URL asked
   * for last is a retry: it asks the server, not the browser's cache (which may keep a failure).
   */
  load(url: string | null): void {
    this.retry = url === this.url;
    this.url = url;
    this.abort();
    this.done = !url;
    this.failed = false;
    if (url && this.host.isConnected !== false) this.start(url);
  }

  /** Drops the request in flight, if any: newer data came another way. */
  stop(): void {
    this.abort();
    this.done = true;
  }

  private abort(): void {
    this.generation++;
    this.controller?.abort();
    this.controller = null;
  }

  private async start(url: string): Promise<void> {
    this.abort();
    const generation = this.generation;
    const controller = new AbortController();
    this.controller = controller;
    this.done = false;
    const report = (result: SourceResult) => {
      if (generation !== this.generation) return;
      this.controller = null;
      this.done = true;
      this.failed = !result.ok;
      this.onResult(result);
    };
    let response: Response;
    try {
      // Cookies go only to the page's own origin; another origin must allow CORS (see README).
      const cache = this.retry ? 'no-cache' : 'default';
      response = await fetch(url, { credentials: 'same-origin', signal: controller.signal, cache });
    } catch {
      if (!controller.signal.aborted) report({ ok: false, url, kind: 'network' });
      return;
    }
    if (!response.ok) return report({ ok: false, url, kind: 'http', status: response.status });
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (!controller.signal.aborted) report({ ok: false, url, kind: 'network' });
      return;
    }
    const read = await readSource(text, response.headers.get('content-type'));
    if ('error' in read) return report({ ok: false, url, kind: 'json' });
    report({
      ok: true,
      url,
      json: read.raw,
      issues: read.issues,
      ...(read.rename && { rename: read.rename }),
    });
  }
}
