import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { belarusStory, localize } from '../../src/data/index.js';
import { entrySpan } from '../../src/dates/partial-date.js';
import { formatEntryDate } from '../../src/dates/format.js';
import { $, $$, afterMove, entryMark, settle, timelineAt } from './helpers.js';
import { contrast } from './color.js';

/** The built-in entries in date order (stable for equal starts): the order the keyboard walks. */
const dateOrder = belarusStory.entries
  .map((entry, i) => ({ entry, i, from: +entrySpan(entry, belarusStory.asOf)!.from }))
  .sort((a, b) => a.from - b.from || a.i - b.i)
  .map((x) => x.entry);

const focusedId = (el: BelarusTimeline) =>
  (el.shadowRoot!.activeElement as SVGElement | null)?.dataset?.id ?? null;

describe('<belarus-timeline> accessibility', () => {
  afterEach(async () => {
    // Firefox (driven over WebDriver BiDi) cannot emulate media features; nothing to undo there.
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' }).catch(() => {});
    await executeServerCommand('emulate-media-features', []);
  });

  describe('axe', () => {
    for (const theme of ['light', 'dark']) {
      for (const width of [1280, 375]) {
        it(`has no violations: ${theme}, ${width}px, with a selection`, async () => {
          const el = await timelineAt(width, { theme, selected: 'missiles-from-belarus', lang: 'nl' });
          expect(el.layout).to.equal(width < 600 ? 'vertical' : 'horizontal');
          await expect(el).to.be.accessible();
        });
      }
      it(`has no violations in list view (${theme})`, async () => {
        const el = await timelineAt(800, { theme, view: 'list', selected: 'election-2020' });
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('keyboard', () => {
    for (const [width, forward, back] of [
      [1280, 'ArrowRight', 'ArrowLeft'],
      [375, 'ArrowDown', 'ArrowUp'],
    ] as const) {
      it(`walks every entry in date order with ${forward}, reading date and title (${width}px)`, async () => {
        const el = await timelineAt(width, { lang: 'en' });
        const first = $$<SVGGElement>(el, '[part~="entry"]').filter((g) => g.tabIndex === 0);
        expect(first.map((g) => g.dataset.id)).to.deep.equal([dateOrder[0].id]);
        first[0].focus();
        for (let i = 0; i < dateOrder.length; i++) {
          if (i > 0) await sendKeys({ press: forward });
          await el.updateComplete;
          const entry = dateOrder[i];
          expect(focusedId(el)).to.equal(entry.id);
          const name = entryMark(el, entry.id)!.getAttribute('aria-label')!;
          expect(name).to.contain(formatEntryDate(entry, 'en'));
          expect(name).to.contain(localize(entry.title, 'en'));
          expect(name.endsWith('(period)')).to.equal(entry.end !== undefined);
          // Only the focused entry is in the tab order.
          expect($$(el, '[part~="entry"][tabindex="0"]').length).to.equal(1);
        }
        await sendKeys({ press: back });
        expect(focusedId(el)).to.equal(dateOrder.at(-2)!.id);
        await sendKeys({ press: 'Home' });
        expect(focusedId(el)).to.equal(dateOrder[0].id);
        await sendKeys({ press: 'End' });
        expect(focusedId(el)).to.equal(dateOrder.at(-1)!.id);
      });
    }

    it('is one tab stop: Tab enters the entries once and leaves them with the next Tab', async () => {
      const el = await timelineAt(1280);
      // Something focusable after the element, so that Tab stays in the page (Firefox would
      // otherwise hand focus to its own toolbar, and the document would lose focus).
      const after = document.createElement('button');
      after.textContent = 'after';
      el.parentElement!.after(after);
      const toggles = $$<HTMLButtonElement>(el, '[part="lane-toggle"]');
      toggles.at(-1)!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focusedId(el)).to.equal(dateOrder[0].id);
      await sendKeys({ press: 'Tab' });
      expect(focusedId(el)).to.equal(null);
      expect(document.activeElement).to.equal(after);
      after.remove();
    });

    it('pans an entry outside the window into view when focus moves to it', async () => {
      const el = await timelineAt(1280, { start: '2022', end: '2022-10' });
      expect(entryMark(el, 'election-2020')).to.equal(null);
      const events: Event[] = [];
      el.addEventListener('timeline-range-change', (e) => events.push(e));
      entryMark(el, 'supply-line-sabotage')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await afterMove(el);
      expect(focusedId(el)).to.equal('election-2020');
      expect(events.length).to.equal(1);
      const box = entryMark(el, 'election-2020')!.getBoundingClientRect();
      const plot = $(el, 'svg.plot')!.getBoundingClientRect();
      expect(box.left).to.be.at.least(plot.left);
      expect(box.right).to.be.at.most(plot.right + 1);
    });

    it('zooms with +, - and 0', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const labels = () => $$(el, '[part="axis"] text').map((t) => t.textContent);
      const whole = labels();
      entryMark(el, dateOrder[0].id)!.focus();
      await sendKeys({ press: '+' });
      await afterMove(el);
      await sendKeys({ press: '+' });
      await afterMove(el);
      expect(labels()).to.not.deep.equal(whole);
      await sendKeys({ press: '0' });
      await afterMove(el);
      expect(labels()).to.deep.equal(whole);
    });

    it('shows a focus ring that no other entry covers', async () => {
      const el = await timelineAt(1280);
      entryMark(el, dateOrder[0].id)!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      const focused = entryMark(el, dateOrder[1].id)!;
      const hit = focused.querySelector('.hit')!;
      expect(parseFloat(getComputedStyle(hit).strokeWidth)).to.be.at.least(2);
      expect(getComputedStyle(hit).stroke).to.not.equal('none');
      const ring = hit.getBoundingClientRect();
      for (const other of $$(el, '[part~="entry"]').filter((g) => g !== focused)) {
        const box = other.getBoundingClientRect();
        const overlap =
          Math.min(ring.right, box.right) > Math.max(ring.left, box.left) &&
          Math.min(ring.bottom, box.bottom) > Math.max(ring.top, box.top);
        expect(overlap, `${(other as SVGElement).dataset.id} covers the ring`).to.equal(false);
      }
    });
  });

  describe('screen readers', () => {
    it('announces a new selection politely with title and date only', async () => {
      const el = await timelineAt(1280, { lang: 'nl' });
      const region = $<HTMLElement>(el, '[aria-live="polite"]')!;
      expect(region.textContent!.trim()).to.equal('');
      entryMark(el, 'joint-troop-buildup')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await el.updateComplete;
      expect(region.textContent!.trim()).to.equal('Gezamenlijke troepenopbouw, 10 oktober 2022');
    });

    it('names the plot and describes it in one sentence from the data', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const plot = $(el, 'svg.plot')!;
      expect(plot.getAttribute('aria-label')).to.equal('Timeline: Lukashenko, Putin and the war in Ukraine');
      const summary = $(el, `#${plot.getAttribute('aria-describedby')}`)!;
      expect(summary.textContent).to.equal('14 entries from 1994 to 2022, in 4 lanes.');
      el.lanes = 'russia';
      await el.updateComplete;
      expect(summary.textContent).to.equal('1 entry from 2000 to 2022, in 1 lane.');
    });

    it('hides the axis labels from assistive technology', async () => {
      const el = await timelineAt(1280);
      expect($(el, '[part="axis"]')!.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('list view', () => {
    it('lists the same entries as the timeline, in the keyboard’s order, with dates, lanes and sources', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      $<HTMLButtonElement>(el, '.view-toggle')!.click();
      await el.updateComplete;
      expect(el.view).to.equal('list');
      expect(el.getAttribute('view')).to.equal('list');
      expect($(el, 'svg.plot')).to.equal(null);
      const items = $$<HTMLLIElement>(el, '[part="list"] > li');
      expect(items.map((li) => li.dataset.id)).to.deep.equal(dateOrder.map((e) => e.id));
      items.forEach((li, i) => {
        const entry = dateOrder[i];
        expect(li.querySelector('h3')!.textContent!.trim()).to.equal(localize(entry.title, 'en'));
        expect(li.querySelector('time')!.textContent).to.equal(formatEntryDate(entry, 'en'));
        const lane = belarusStory.lanes.find((l) => l.id === entry.lane)!;
        expect(li.textContent).to.contain(localize(lane.label, 'en'));
        expect(li.textContent).to.contain(entry.source!.excerpt);
      });
    });

    it('shares the selection with the timeline', async () => {
      const el = await timelineAt(1280, { view: 'list', selected: 'war-in-ukraine' });
      const pressed = $$<HTMLButtonElement>(el, '.list-select[aria-pressed="true"]');
      expect(pressed.map((b) => b.dataset.id)).to.deep.equal(['war-in-ukraine']);
      const events: string[] = [];
      el.addEventListener('timeline-select', (e) => events.push(e.detail.id!));
      $<HTMLButtonElement>(el, '.list-select[data-id="election-2020"]')!.click();
      await el.updateComplete;
      expect(el.selected).to.equal('election-2020');
      expect(events).to.deep.equal(['election-2020']);
      el.view = 'timeline';
      await settle(el);
      expect(entryMark(el, 'election-2020')!.getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('lanes', () => {
    it('toggles a lane from the legend, reflects `lanes` and drops its entries from the keyboard order', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const war = $$<HTMLButtonElement>(el, '[part="lane-toggle"]').find((b) =>
        b.textContent!.includes('War'),
      )!;
      expect(war.getAttribute('aria-pressed')).to.equal('true');
      war.click();
      await settle(el);
      expect(el.getAttribute('lanes')).to.equal('belarus,russia,relations');
      expect(war.getAttribute('aria-pressed')).to.equal('false');
      const warIds = belarusStory.entries.filter((e) => e.lane === 'war').map((e) => e.id);
      for (const id of warIds) expect(entryMark(el, id)).to.equal(null);
      const order = dateOrder.filter((e) => e.lane !== 'war');
      entryMark(el, order[0].id)!.focus();
      for (let i = 1; i < order.length; i++) {
        await sendKeys({ press: 'ArrowRight' });
        expect(focusedId(el)).to.equal(order[i].id);
      }
      war.click();
      await settle(el);
      expect(el.hasAttribute('lanes')).to.equal(false);
      expect(entryMark(el, warIds[0])).to.not.equal(null);
    });

    it('follows the `lanes` attribute', async () => {
      const el = await timelineAt(1280, { lanes: 'russia,war' });
      const pressed = $$<HTMLButtonElement>(el, '[part="lane-toggle"]').map((b) =>
        b.getAttribute('aria-pressed'),
      );
      expect(pressed).to.deep.equal(['false', 'true', 'false', 'true']);
      const shown = $$<SVGGElement>(el, '[part~="entry"]').map((g) => g.dataset.id);
      const expected = belarusStory.entries
        .filter((e) => e.lane === 'russia' || e.lane === 'war')
        .map((e) => e.id);
      expect(shown.sort()).to.deep.equal(expected.sort());
    });
  });

  describe('touch and pointer', () => {
    it('gives every control and entry a target of at least 24×24 px', async () => {
      for (const width of [1280, 375]) {
        const el = await timelineAt(width, { selected: 'election-2020' });
        const targets = [...$$(el, 'button'), ...$$(el, '[part~="entry"] .hit')];
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          expect(box.width, `${target.className || target.tagName} width`).to.be.at.least(24);
          expect(box.height, `${target.className || target.tagName} height`).to.be.at.least(24);
        }
      }
    });

    it('lets a vertical swipe scroll the page (touch-action)', async () => {
      const el = await timelineAt(1280);
      expect(getComputedStyle($(el, 'svg.plot')!).touchAction).to.equal('pan-y');
    });
  });

  describe('contrast', () => {
    for (const theme of ['light', 'dark'] as const) {
      it(`meets 4.5:1 for text and 3:1 for marks in the ${theme} theme, lanes included`, async () => {
        const el = await timelineAt(1280, { theme });
        const style = getComputedStyle(el);
        const bg = style.backgroundColor;
        const band = getComputedStyle($(el, '.lane .band')!).fill;
        const ratios: Record<string, number> = {
          text: contrast(style.color, bg),
          'text on lane band': contrast(getComputedStyle($(el, '.label')!).fill, band),
          'muted text (ticks)': contrast(getComputedStyle($(el, '.axis .tick')!).fill, bg),
          'focus ring / accent': contrast(style.getPropertyValue('--_accent').trim(), bg),
        };
        for (const [i, lane] of belarusStory.lanes.entries()) {
          const mark = el.shadowRoot!.querySelector(
            `.lane-${i} .solid, .lane-${i} .dot, .lane-${i} .uncertain`,
          )!;
          const color =
            getComputedStyle(mark).stroke !== 'none' && mark.classList.contains('uncertain')
              ? getComputedStyle(mark).stroke
              : getComputedStyle(mark).fill;
          ratios[`lane ${lane.id} on background`] = contrast(color, bg);
          ratios[`lane ${lane.id} on band`] = contrast(color, band);
        }
        console.log(
          `contrast (${theme}): ${Object.entries(ratios)
            .map(([k, v]) => `${k} ${v.toFixed(2)}`)
            .join('; ')}`,
        );
        expect(ratios.text).to.be.at.least(4.5);
        expect(ratios['text on lane band']).to.be.at.least(4.5);
        expect(ratios['muted text (ticks)']).to.be.at.least(4.5);
        for (const [name, ratio] of Object.entries(ratios)) {
          expect(ratio, name).to.be.at.least(name.startsWith('lane') || name.startsWith('focus') ? 3 : 4.5);
        }
      });
    }
  });
});
