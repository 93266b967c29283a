import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PrintController } from '../../src/controllers/print-controller.js';

/** Printing needs no DOM of the host's own: a host that counts update requests. */
function fakeHost() {
  const host = {
    controllers: [] as ReactiveController[],
    requests: 0,
    addController: (c: ReactiveController) => host.controllers.push(c),
    removeController: () => {},
    requestUpdate: () => void host.requests++,
    updateComplete: Promise.resolve(true),
  };
  return host satisfies ReactiveControllerHost;
}

describe('PrintController (controllers/print-controller)', () => {
  it('adds itself to its host and starts out not printing', () => {
    const host = fakeHost();
    const print = new PrintController(host);
    expect(host.controllers).to.deep.equal([print]);
    expect(print.printing).to.be.false;
  });

  it('flips `printing` on beforeprint and afterprint, asking for one update per change', () => {
    const host = fakeHost();
    const print = new PrintController(host);
    print.hostConnected();
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(print.printing).to.be.true;
      expect(host.requests).to.equal(1);
      // No change, no update.
      window.dispatchEvent(new Event('beforeprint'));
      expect(host.requests).to.equal(1);
      window.dispatchEvent(new Event('afterprint'));
      expect(print.printing).to.be.false;
      expect(host.requests).to.equal(2);
      window.dispatchEvent(new Event('afterprint'));
      expect(host.requests).to.equal(2);
    } finally {
      print.hostDisconnected();
    }
  });

  it('releases its listeners on disconnect', () => {
    const host = fakeHost();
    const print = new PrintController(host);
    print.hostConnected();
    print.hostDisconnected();
    window.dispatchEvent(new Event('beforeprint'));
    expect(print.printing).to.be.false;
    expect(host.requests).to.equal(0);
  });

  it('listens once per connection: a reconnected controller still asks once per change', () => {
    const host = fakeHost();
    const print = new PrintController(host);
    print.hostConnected();
    print.hostDisconnected();
    print.hostConnected();
    try {
      window.dispatchEvent(new Event('beforeprint'));
      expect(host.requests).to.equal(1);
    } finally {
      print.hostDisconnected();
    }
  });

  it('follows the print media query (print preview, emulated print)', async function () {
    // Firefox over WebDriver BiDi cannot emulate a media type (the server logs a stack trace).
    if (navigator.userAgent.includes('Firefox')) this.skip();
    const host = fakeHost();
    const print = new PrintController(host);
    print.hostConnected();
    try {
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        this.skip();
      }
      await waitUntil(() => print.printing, 'not printing under print media');
      expect(host.requests).to.equal(1);
      await emulateMedia({ media: 'screen' });
      await waitUntil(() => !print.printing, 'still printing on screen');
      expect(host.requests).to.equal(2);
    } finally {
      print.hostDisconnected();
      await emulateMedia({ media: 'screen' }).catch(() => {});
    }
  });
});
