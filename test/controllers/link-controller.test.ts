import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { LinkController, readHash, writeHash, type LinkHost } from '../../src/controllers/link-controller.js';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import '../../src/define.js';

class LinkTestHost extends LitElement {
  static override properties = { linkable: { type: Boolean } };
  linkable = false;
  applied: (string | null)[] = [];
  readonly link = new LinkController(this, {
    exists: () => true,
    select: (entry) => void this.applied.push(entry),
  });
}
customElements.define('link-controller-host', LinkTestHost);

describe('URL hash pairs (controllers/link-controller)', () => {
  it('reads this element kind’s pairs, in order, and nothing else', () => {
    const pairs = readHash('#top&belarus-timeline:a=war-in-ukraine&x=1&belarus-timeline:1=election-2020');
    expect([...pairs]).to.deep.equal([
      ['a', 'war-in-ukraine'],
      ['1', 'election-2020'],
    ]);
    expect(readHash('').size).to.equal(0);
    expect(readHash('#belarus-timeline:no-equals').size).to.equal(0);
  });

  it('decodes keys and entries, and skips a malformed escape', () => {
    const pairs = readHash('belarus-timeline:my%20id=a%26b&belarus-timeline:bad=%E0%A4%A');
    expect([...pairs]).to.deep.equal([['my id', 'a&b']]);
  });

  it('sets, replaces and removes its own pair, keeping the other parts as they were', () => {
    expect(writeHash('', 'main', 'war')).to.equal('#belarus-timeline:main=war');
    expect(writeHash('#top&x=1', 'main', 'war')).to.equal('#top&x=1&belarus-timeline:main=war');
    expect(writeHash('#belarus-timeline:main=old&top', 'main', 'new')).to.equal(
      '#top&belarus-timeline:main=new',
    );
    expect(writeHash('#belarus-timeline:main=old&belarus-timeline:other=keep', 'main', null)).to.equal(
      '#belarus-timeline:other=keep',
    );
    expect(writeHash('#belarus-timeline:main=old', 'main', null)).to.equal('');
    // A key that merely starts like ours is another element's.
    expect(writeHash('#belarus-timeline:main2=x', 'main', null)).to.equal('#belarus-timeline:main2=x');
  });

  it('round-trips keys and entries that need escaping', () => {
    const hash = writeHash('#top', 'a=b&c', 'x&y=z');
    expect(readHash(hash).get('a=b&c')).to.equal('x&y=z');
  });
});

describe('LinkController (controllers/link-controller)', () => {
  const start = `${location.pathname}${location.search}`;
  const setHash = (hash: string) => history.replaceState(history.state, '', `${start}${hash}`);
  afterEach(() => setHash(''));

  it('keys an element by its id', async () => {
    const el = await fixture<LinkTestHost>(
      html`<link-controller-host id="main" linkable></link-controller-host>`,
    );
    expect(el.link.key).to.equal('main');
  });

  it('keys a timeline without an id by its index among the linkable ones', async () => {
    const wrap = await fixture(
      html`<div>
        <belarus-timeline linkable></belarus-timeline><belarus-timeline></belarus-timeline
        ><belarus-timeline linkable></belarus-timeline>
      </div>`,
    );
    const [, , third] = wrap.querySelectorAll<BelarusTimeline>('belarus-timeline');
    const link = new LinkController(third as unknown as LinkHost, { exists: () => false, select: () => {} });
    try {
      expect(link.key).to.equal('1');
    } finally {
      link.hostDisconnected();
    }
  });

  it('reads its entry from the hash, only when linkable', async () => {
    setHash('#x=1&belarus-timeline:main=war-in-ukraine&belarus-timeline:other=nope');
    const el = await fixture<LinkTestHost>(html`<link-controller-host id="main"></link-controller-host>`);
    expect(el.link.read()).to.be.null;
    el.linkable = true;
    expect(el.link.read()).to.equal('war-in-ukraine');
    setHash('#x=1');
    expect(el.link.read()).to.be.null;
  });

  it('writes the selection as a new history entry, once per change, keeping the rest of the URL', async () => {
    setHash('#x=1');
    const el = await fixture<LinkTestHost>(
      html`<link-controller-host id="main" linkable></link-controller-host>`,
    );
    // A reader's click first, as before a real selection: Chromium prunes entries pushed without
    // one from a full history, and back would then leave the test page.
    await sendMouse({ type: 'click', position: [1, 1] });
    el.link.write('election-2020');
    expect(location.hash).to.equal('#x=1&belarus-timeline:main=election-2020');
    expect(location.pathname + location.search).to.equal(start);
    el.link.write('election-2020');
    el.link.write(null);
    expect(location.hash).to.equal('#x=1');
    // The entries, walked back (history.length stops at 50 in a tab that a long run has filled, so
    // it is not counted): the same selection written twice made one entry, not two.
    const back = async () => {
      const popped = oneEvent(window, 'popstate');
      history.back();
      await popped;
      return location.hash;
    };
    expect(await back()).to.equal('#x=1&belarus-timeline:main=election-2020');
    expect(await back()).to.equal('#x=1');
  });

  it('writes nothing when not linkable', async () => {
    const el = await fixture<LinkTestHost>(html`<link-controller-host id="main"></link-controller-host>`);
    const length = history.length;
    el.link.write('election-2020');
    expect(location.hash).to.equal('');
    expect(history.length).to.equal(length);
  });

  it('applies the entry the URL names after back/forward and hash changes, only when linkable', async () => {
    const el = await fixture<LinkTestHost>(
      html`<link-controller-host id="main" linkable></link-controller-host>`,
    );
    el.link.write('first');
    el.link.write('second');
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    expect(el.applied.at(-1)).to.equal('first');
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#belarus-timeline:main=typed';
    await changed;
    expect(el.applied.at(-1)).to.equal('typed');
    el.linkable = false;
    const count = el.applied.length;
    const again = oneEvent(window, 'hashchange');
    location.hash = '#belarus-timeline:main=ignored';
    await again;
    expect(el.applied).to.have.length(count);
  });

  it('stops listening when disconnected', async () => {
    const el = await fixture<LinkTestHost>(
      html`<link-controller-host id="main" linkable></link-controller-host>`,
    );
    el.remove();
    const changed = oneEvent(window, 'hashchange');
    location.hash = '#belarus-timeline:main=gone';
    await changed;
    expect(el.applied).to.deep.equal([]);
  });
});
