import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { readHash, writeHash } from '../../src/controllers/link-controller.js';
import { $, $$, entryMark, settle, timelineAt, userClick } from './helpers.js';

const click = (el: BelarusTimeline, id: string) =>
  entryMark(el, id)!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));

/** Resolves on the next popstate (history.back/forward are asynchronous). */
const popstate = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));

describe('<belarus-timeline> beyond the peers', () => {
  describe('deep links (linkable)', () => {
    const start = location.href;
    afterEach(() => history.replaceState(null, '', start));

    it('reads and writes its own pair of the hash, keeping the others', () => {
      expect([
        ...readHash('#intro&belarus-timeline:story=war-in-ukraine&belarus-timeline:1=a%20b'),
      ]).to.deep.equal([
        ['story', 'war-in-ukraine'],
        ['1', 'a b'],
      ]);
      expect(writeHash('#intro&belarus-timeline:story=x', 'story', 'y')).to.equal(
        '#intro&belarus-timeline:story=y',
      );
      expect(writeHash('#belarus-timeline:story=x', 'story', null)).to.equal('');
      expect(readHash('#belarus-timeline:a=%E0%A4%A')).to.deep.equal(new Map());
    });

    it('keeps two timelines’ selections in the URL, each its own, and restores them on back and forward', async () => {
      history.replaceState(null, '', '#belarus-timeline:second=war-in-ukraine');
      const host = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px">
          <belarus-timeline id="first" linkable></belarus-timeline>
          <belarus-timeline id="second" linkable></belarus-timeline>
        </div>`,
      );
      const [first, second] = [...host.querySelectorAll('belarus-timeline')];
      await settle(first);
      await settle(second);
      expect(first.selected).to.equal(null);
      expect(second.selected).to.equal('war-in-ukraine');

      // Real clicks: see userClick.
      await userClick(first, 'election-2020');
      await first.updateComplete;
      expect(location.hash).to.equal(
        '#belarus-timeline:second=war-in-ukraine&belarus-timeline:first=election-2020',
      );
      await userClick(second, 'joint-troop-buildup');
      await second.updateComplete;
      expect(readHash(location.hash)).to.deep.equal(
        new Map([
          ['first', 'election-2020'],
          ['second', 'joint-troop-buildup'],
        ]),
      );

      let back = popstate();
      history.back();
      await back;
      await second.updateComplete;
      expect(second.selected).to.equal('war-in-ukraine');
      expect(first.selected).to.equal('election-2020');
      back = popstate();
      history.back();
      await back;
      await first.updateComplete;
      expect(first.selected).to.equal(null);
      const forward = popstate();
      history.forward();
      await forward;
      await first.updateComplete;
      expect(first.selected).to.equal('election-2020');
    });

    it('keys an element without an id by its index among the linkable timelines', async () => {
      history.replaceState(null, '', '#belarus-timeline:1=putin-in-power');
      const host = await fixture<HTMLDivElement>(
        html`<div style="width: 900px">
          <belarus-timeline linkable></belarus-timeline>
          <belarus-timeline></belarus-timeline>
          <belarus-timeline linkable></belarus-timeline>
        </div>`,
      );
      const all = [...host.querySelectorAll('belarus-timeline')];
      await Promise.all(all.map((el) => settle(el)));
      expect(all.map((el) => el.selected)).to.deep.equal([null, null, 'putin-in-power']);
    });

    it('ignores a hash that names no entry, with a console warning', async () => {
      history.replaceState(null, '', '#belarus-timeline:story=no-such-entry');
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        const el = await fixture<BelarusTimeline>(
          html`<belarus-timeline id="story" linkable></belarus-timeline>`,
        );
        await settle(el);
        expect(el.selected).to.equal(null);
      } finally {
        console.warn = warn;
      }
      expect(warnings.some((w) => w.includes('no-such-entry'))).to.equal(true);
    });

    it('leaves the URL alone without `linkable`', async () => {
      const el = await timelineAt(1000);
      click(el, 'election-2020');
      await el.updateComplete;
      expect(location.hash).to.equal('');
    });
  });

  describe('print', () => {
    afterEach(async () => {
      await emulateMedia({ media: 'screen' }).catch(() => {});
      window.dispatchEvent(new Event('afterprint'));
    });

    it('shows the whole story as a list with dates, quotes and sources when printing', async () => {
      const el = await timelineAt(1000, { lang: 'en' });
      const emulated = await emulateMedia({ media: 'print' }).then(
        () => true,
        () => false,
      );
      // Firefox (WebDriver BiDi) cannot emulate print media: the browser's own beforeprint event.
      if (!emulated) window.dispatchEvent(new Event('beforeprint'));
      // A media query list reports its change with the next rendering step.
      await settle(el);
      const items = $$(el, '[part="list"] > li');
      expect(items).to.have.length(14);
      const text = $(el, '[part="list"]')!.textContent!;
      expect(text).to.contain('October 10, 2022');
      expect(text).to.contain('Franka Hummels');
      expect(text).to.contain('Maandag zei Loekasjenko');
      if (emulated) {
        expect(getComputedStyle($(el, '[part="controls"]')!).display).to.equal('none');
      }
      await emulateMedia({ media: 'screen' }).catch(() => {});
      window.dispatchEvent(new Event('afterprint'));
      await el.updateComplete;
      expect($(el, 'svg.plot')).to.not.equal(null);
    });
  });

  describe('export', () => {
    it('returns a standalone SVG of the current view with the visible titles and inlined styles', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      el.zoomTo('2020', '2022-10');
      await settle(el);
      const text = el.toSVG();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      const svg = doc.documentElement;
      expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
      expect(svg.querySelector('title')!.textContent).to.equal('Lukashenko, Putin and the war in Ukraine');
      const visible = $$(el, '[part~="entry"] .label').map((t) => t.textContent!.trim());
      expect(visible.length).to.be.greaterThan(5);
      const exported = [...svg.querySelectorAll('text')].map((t) => t.textContent!.trim());
      for (const title of visible) expect(exported).to.include(title);
      // Styles travel as attributes: a lane's colour is on its marks, no class is needed.
      const solid = svg.querySelector('rect[fill="rgb(208, 58, 47)"]');
      expect(solid).to.not.equal(null);
      expect(svg.querySelector('[class]')).to.equal(null);
      expect(svg.getAttribute('font-family')).to.contain('sans-serif');
    });

    it('offers SVG and PNG downloads of the view', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const downloads: string[] = [];
      const original = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        downloads.push(this.download);
      };
      try {
        $<HTMLButtonElement>(el, '.download-svg')!.click();
        $<HTMLButtonElement>(el, '.download-png')!.click();
        // The download code loads as a chunk on the first click; the PNG is drawn first: give both time.
        for (let i = 0; i < 200 && downloads.length < 2; i++) await new Promise((r) => setTimeout(r, 50));
      } finally {
        HTMLAnchorElement.prototype.click = original;
      }
      expect(downloads.sort()).to.deep.equal([
        'Lukashenko-Putin-and-the-war-in-Ukraine.png',
        'Lukashenko-Putin-and-the-war-in-Ukraine.svg',
      ]);
    });
  });
});
