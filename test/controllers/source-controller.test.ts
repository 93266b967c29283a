import { expect, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SourceController, type SourceResult } from '../../src/controllers/source-controller.js';

/** The controller needs no DOM: a host that only keeps its controllers. */
function fakeHost(): ReactiveControllerHost & { controllers: ReactiveController[] } {
  const controllers: ReactiveController[] = [];
  return {
    controllers,
    addController: (c) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
}

function source() {
  const results: SourceResult[] = [];
  const host = fakeHost();
  const controller = new SourceController(host, (r) => results.push(r));
  return { host, controller, results };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SourceController (controllers/source-controller)', () => {
  it('adds itself to its host', () => {
    const { host, controller } = source();
    expect(host.controllers).to.deep.equal([controller]);
  });

  it('reads a dataset of ours as it came, with no issues', async () => {
    const { controller, results } = source();
    controller.load('/test/fixtures/small.json');
    expect(controller.pending).to.equal(1);
    await waitUntil(() => results.length === 1);
    const [result] = results;
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.url).to.equal('/test/fixtures/small.json');
    expect((result.json as { title: unknown }).title).to.deep.equal({
      nl: 'Klein verhaal',
      en: 'A small story',
    });
    expect(result.issues).to.deep.equal([]);
    expect(result.rename).to.be.undefined;
    expect(controller.pending).to.equal(0);
  });

  it('reads a TimelineJS spreadsheet (CSV), with a rename for the validator’s issues', async () => {
    const { controller, results } = source();
    controller.load('/test/fixtures/timelinejs.csv');
    await waitUntil(() => results.length === 1);
    const [result] = results;
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.rename).to.be.a('function');
    expect((result.json as { entries: unknown[] }).entries.length).to.be.greaterThan(0);
  });

  it('tells an HTTP error, an answer that is not JSON, and an unreachable server apart', async () => {
    const { controller, results } = source();
    controller.load('/test/fixtures/no-such-file.json');
    await waitUntil(() => results.length === 1);
    expect(results[0]).to.deep.equal({
      ok: false,
      url: '/test/fixtures/no-such-file.json',
      kind: 'http',
      status: 404,
    });
    controller.load('/test/fixtures/not-json.txt');
    await waitUntil(() => results.length === 2);
    expect(results[1]).to.deep.equal({ ok: false, url: '/test/fixtures/not-json.txt', kind: 'json' });
    // Nothing listens on port 9 (discard) here: the connection is refused, a network error.
    controller.load('http://127.0.0.1:9/story.json');
    await waitUntil(() => results.length === 3, 'no network error', { timeout: 5000 });
    expect(results[2]).to.deep.equal({ ok: false, url: 'http://127.0.0.1:9/story.json', kind: 'network' });
  });

  it('lets only the newest request report: a slow answer never overwrites a newer one', async () => {
    const { controller, results } = source();
    controller.load('/__delay/400/test/fixtures/small.json');
    controller.load('/test/fixtures/other.json');
    expect(controller.pending).to.equal(1);
    await waitUntil(() => results.length === 1);
    await sleep(600);
    expect(results).to.have.length(1);
    expect(results[0].url).to.equal('/test/fixtures/other.json');
  });

  it('stops on load(null): nothing reports', async () => {
    const { controller, results } = source();
    controller.load('/__delay/200/test/fixtures/small.json');
    controller.load(null);
    expect(controller.pending).to.equal(0);
    await sleep(400);
    expect(results).to.deep.equal([]);
  });

  it('aborts on disconnect, and fetches again on reconnect what was cut off', async () => {
    const { controller, results } = source();
    controller.load('/__delay/200/test/fixtures/small.json');
    controller.hostDisconnected();
    expect(controller.pending).to.equal(0);
    await sleep(400);
    expect(results).to.deep.equal([]);
    controller.hostConnected();
    expect(controller.pending).to.equal(1);
    await waitUntil(() => results.length === 1);
    expect(results[0].ok).to.be.true;
    // What was done is not fetched again.
    controller.hostDisconnected();
    controller.hostConnected();
    expect(controller.pending).to.equal(0);
  });
});
