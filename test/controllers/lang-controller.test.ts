import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LangController } from '../../src/controllers/lang-controller.js';
import { strings } from '../../src/i18n.js';

class LangHost extends LitElement {
  updates = 0;
  readonly language = new LangController(this);

  override render() {
    return html`<p>${this.language.strings.close}</p>`;
  }

  override updated() {
    this.updates++;
  }
}
customElements.define('lang-controller-host', LangHost);

const text = (el: LangHost) => el.shadowRoot!.querySelector('p')!.textContent;

describe('LangController (controllers/lang-controller)', () => {
  let pageLang: string | null;
  beforeEach(() => {
    // The page's own `lang` would answer for every host without one.
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('reads the host’s own lang, regional variants included', async () => {
    const el = await fixture<LangHost>(html`<lang-controller-host lang="nl-BE"></lang-controller-host>`);
    expect(el.language.lang).to.equal('nl');
    expect(el.language.strings).to.equal(strings.nl);
    expect(text(el)).to.equal('Sluiten');
  });

  it('speaks English without any lang, and for languages it does not know', async () => {
    const el = await fixture<LangHost>(html`<lang-controller-host></lang-controller-host>`);
    expect(el.language.lang).to.equal('en');
    expect(text(el)).to.equal('Close');
    el.setAttribute('lang', 'fr');
    expect(el.language.lang).to.equal('en');
  });

  it('prefers its own lang over an ancestor’s', async () => {
    const wrap = await fixture(
      html`<div lang="nl">
        <section><lang-controller-host lang="en"></lang-controller-host></section>
      </div>`,
    );
    expect(wrap.querySelector<LangHost>('lang-controller-host')!.language.lang).to.equal('en');
  });

  it('inherits the nearest ancestor’s lang', async () => {
    const wrap = await fixture(
      html`<div lang="en">
        <section lang="nl"><lang-controller-host></lang-controller-host></section>
      </div>`,
    );
    const el = wrap.querySelector<LangHost>('lang-controller-host')!;
    expect(el.language.lang).to.equal('nl');
    expect(text(el)).to.equal('Sluiten');
  });

  it('inherits across a shadow root, from the host it sits in', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="nl"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('lang-controller-host') as LangHost;
    root.append(document.createElement('span'));
    root.firstElementChild!.append(el);
    await el.updateComplete;
    expect(el.language.lang).to.equal('nl');
    expect(text(el)).to.equal('Sluiten');
  });

  it('follows a later change of an ancestor’s lang, and of the page’s', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><lang-controller-host></lang-controller-host></div>`,
    );
    const el = wrap.querySelector<LangHost>('lang-controller-host')!;
    expect(text(el)).to.equal('Close');
    wrap.setAttribute('lang', 'nl');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.equal('Sluiten');
    wrap.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'nl');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.language.lang).to.equal('nl');
  });

  it('stops watching when disconnected', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><lang-controller-host></lang-controller-host></div>`,
    );
    const el = wrap.querySelector<LangHost>('lang-controller-host')!;
    el.remove();
    const before = el.updates;
    document.documentElement.setAttribute('lang', 'nl');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.updates).to.equal(before);
    expect(el.isUpdatePending).to.be.false;
  });
});
