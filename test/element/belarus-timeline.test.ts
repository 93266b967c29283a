import { expect, html, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { TimelineRangeChangeEvent, TimelineSelectEvent } from '../../src/events.js';
import { belarusStory } from '../../src/data/index.js';
import { $, $$, afterMove, detailText, entryMark, settle, tickLabels, timelineAt, wheel } from './helpers.js';

/** Collects the events of `type` that `el` fires while `action` runs and the element settles. */
async function eventsDuring(el: BelarusTimeline, type: string, action: () => unknown): Promise<Event[]> {
  const seen: Event[] = [];
  const listener = (e: Event) => seen.push(e);
  el.addEventListener(type, listener);
  await action();
  await settle(el);
  await new Promise((r) => setTimeout(r, 250));
  el.removeEventListener(type, listener);
  return seen;
}

describe('<belarus-timeline>', () => {
  it('passes an accessibility audit, horizontal and vertical', async () => {
    const wide = await timelineAt(1280, { selected: 'joint-troop-buildup' });
    await expect(wide).to.be.accessible();
    const narrow = await timelineAt(375, { selected: 'lukashenko-presidency' });
    await expect(narrow).to.be.accessible();
  });

  it('draws every entry of the built-in story with its date and title as accessible name', async () => {
    const el = await timelineAt(1280, { lang: 'en' });
    const marks = $$(el, '[part~="entry"]');
    expect(marks.map((m) => m.getAttribute('data-id')).sort()).to.deep.equal(
      belarusStory.entries.map((e) => e.id).sort(),
    );
    expect(entryMark(el, 'joint-troop-buildup')!.getAttribute('aria-label')).to.match(/^October 10, 2022: /);
    const presidency = entryMark(el, 'lukashenko-presidency')!;
    expect(presidency.getAttribute('part')).to.equal('entry period');
    expect(presidency.getAttribute('aria-label')).to.match(/^1994 – present: .*\(period\)$/);
    expect(entryMark(el, 'election-2020')!.getAttribute('part')).to.equal('entry point');
  });

  it('shows the heading from the dataset, the heading attribute, or the heading slot', async () => {
    const el = await timelineAt(1000, { lang: 'en' });
    expect($(el, '[part="heading"]')!.textContent).to.equal('Lukashenko, Putin and the war in Ukraine');
    el.heading = 'Belarus since 1994';
    await el.updateComplete;
    expect($(el, '[part="heading"]')!.textContent).to.equal('Belarus since 1994');
    const slotted = await fixture<BelarusTimeline>(
      html`<belarus-timeline><h1 slot="heading">Own heading</h1></belarus-timeline>`,
    );
    const slot = $<HTMLSlotElement>(slotted, 'slot[name="heading"]')!;
    expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Own heading']);
  });

  describe('lang', () => {
    it('inherits the nearest ancestor’s lang, and its own attribute wins', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="nl" style="width: 1000px"><belarus-timeline></belarus-timeline></div>`,
      );
      const el = wrapper.querySelector('belarus-timeline')!;
      await settle(el);
      expect($(el, '[part="heading"]')!.textContent).to.equal('Loekasjenko, Poetin en de oorlog in Oekraïne');
      expect(entryMark(el, 'lukashenko-presidency')!.getAttribute('aria-label')).to.match(
        /^1994 – heden: .*\(periode\)$/,
      );
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(entryMark(el, 'lukashenko-presidency')!.getAttribute('aria-label')).to.match(/^1994 – present/);
      el.removeAttribute('lang');
      wrapper.setAttribute('lang', 'en-GB');
      await settle(el);
      expect($(el, '[part="heading"]')!.textContent).to.equal('Lukashenko, Putin and the war in Ukraine');
    });

    it('defaults to English without any lang', async () => {
      const el = await timelineAt(1000);
      document.documentElement.removeAttribute('lang');
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, '[part="heading"]')!.textContent).to.equal('Lukashenko, Putin and the war in Ukraine');
    });
  });

  describe('detail panel', () => {
    const cases = {
      nl: { buildup: '10 oktober 2022', presidency: ['1994 – heden'], quote: 'Franka Hummels' },
      en: { buildup: 'October 10, 2022', presidency: ['1994 – present'], quote: 'Franka Hummels' },
    };
    for (const [lang, expected] of Object.entries(cases)) {
      it(`shows date at its precision, title, summary, quotes, excerpt and date note (${lang})`, async () => {
        const el = await timelineAt(1280, { lang, selected: 'joint-troop-buildup' });
        const entry = belarusStory.entries.find((e) => e.id === 'joint-troop-buildup')!;
        const text = detailText(el);
        expect(text).to.contain(expected.buildup);
        const title = typeof entry.title === 'string' ? entry.title : entry.title[lang as 'nl' | 'en']!;
        expect($(el, '[part="detail"] h3')!.textContent).to.equal(title);
        expect(text).to.contain(entry.source!.excerpt);
        const note = entry.dateNote as { nl: string; en: string };
        expect(text).to.contain(note[lang as 'nl' | 'en']);
        el.selected = 'lukashenko-presidency';
        await el.updateComplete;
        expect(detailText(el)).to.contain(expected.presidency[0]);
      });
    }

    it('shows each quote with its speaker, and the English translation in English', async () => {
      const entry = belarusStory.entries.find((e) => e.quotes?.length)!;
      const quote = entry.quotes![0];
      const el = await timelineAt(1280, { lang: 'en', selected: entry.id });
      const figure = $(el, '[part="detail"] figure')!;
      expect(figure.querySelector('blockquote')!.textContent).to.contain(quote.text);
      expect(figure.querySelector('figcaption')!.textContent).to.contain(quote.speaker);
      const translation = typeof quote.translation === 'string' ? quote.translation : quote.translation!.en!;
      expect(figure.textContent).to.contain(translation);
    });

    it('is hidden without a selection', async () => {
      const el = await timelineAt(1280);
      expect($<HTMLElement>(el, '[part="detail"]')!.hidden).to.equal(true);
    });
  });

  describe('selection', () => {
    it('selects on click, reflects `selected` and fires timeline-select with the entry', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const mark = entryMark(el, 'election-2020')!;
      setTimeout(() => mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
      const event = await oneEvent(el, 'timeline-select');
      expect(event).to.be.instanceOf(TimelineSelectEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.id).to.equal('election-2020');
      expect(event.detail.entry!.date).to.equal('2020-08-09');
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('election-2020');
      expect(entryMark(el, 'election-2020')!.getAttribute('aria-pressed')).to.equal('true');
      expect($<HTMLElement>(el, '[part="detail"]')!.hidden).to.equal(false);
    });

    it('clears the selection with the close button, telling the page', async () => {
      const el = await timelineAt(1280, { selected: 'election-2020' });
      const events = await eventsDuring(el, 'timeline-select', () =>
        $<HTMLButtonElement>(el, '[part="detail"] .close')!.click(),
      );
      expect(events.map((e) => (e as TimelineSelectEvent).detail.id)).to.deep.equal([null]);
      expect(el.hasAttribute('selected')).to.equal(false);
    });

    it('selects with Enter and clears with Escape from the keyboard', async () => {
      const el = await timelineAt(1280);
      const first = $$<SVGGElement>(el, '[part~="entry"][tabindex="0"]');
      expect(first).to.have.length(1);
      first[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.selected).to.equal('putin-in-power');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.selected).to.equal(null);
    });

    it('does not fire when the page sets `selected` or calls select, next or previous', async () => {
      const el = await timelineAt(1280);
      const events = await eventsDuring(el, 'timeline-select', async () => {
        el.selected = 'election-2020';
        await el.updateComplete;
        el.select('war-in-ukraine');
        el.next();
        el.previous();
        el.select(null);
      });
      expect(events).to.have.length(0);
    });

    it('walks the entries in date order with next() and previous()', async () => {
      const el = await timelineAt(1280);
      el.next();
      expect(el.selected).to.equal('lukashenko-presidency');
      el.next();
      expect(el.selected).to.equal('putin-in-power');
      el.previous();
      expect(el.selected).to.equal('lukashenko-presidency');
      el.select('joint-troop-buildup');
      el.next();
      expect(el.selected).to.equal('joint-troop-buildup');
      el.select('does-not-exist');
      expect(el.selected).to.equal(null);
      el.previous();
      expect(el.selected).to.equal('joint-troop-buildup');
    });
  });

  describe('zoom', () => {
    it('zooms in and out with the buttons, changing the window and the tick labels', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const whole = tickLabels(el);
      expect(whole).to.include('2000');
      const events = await eventsDuring(el, 'timeline-range-change', async () => {
        for (let i = 0; i < 5; i++) {
          $<HTMLButtonElement>(el, '.zoom-in')!.click();
          await afterMove(el);
        }
      });
      const zoomed = tickLabels(el);
      expect(zoomed).to.not.deep.equal(whole);
      expect(events).to.have.length(5);
      const last = events.at(-1) as TimelineRangeChangeEvent;
      expect(last).to.be.instanceOf(TimelineRangeChangeEvent);
      const span = +last.detail.end - +last.detail.start;
      expect(span).to.be.lessThan((+new Date('2023-01-01') - +new Date('1993-01-01')) / 20);
      $<HTMLButtonElement>(el, '.reset')!.click();
      await afterMove(el);
      expect(tickLabels(el)).to.deep.equal(whole);
    });

    it('re-labels the axis from years to months to days as the window shrinks', async () => {
      // A linear axis: with gaps="auto" the busy 2022 already shows months at the whole story.
      const el = await timelineAt(1280, { lang: 'nl', gaps: 'none' });
      expect(tickLabels(el).every((t) => /^\d{4}$/.test(t))).to.equal(true);
      el.zoomTo('2022', '2022-10');
      await afterMove(el);
      expect(tickLabels(el)).to.include('jul');
      el.zoomTo('2022-10-01', '2022-10-20');
      await afterMove(el);
      expect(tickLabels(el).some((t) => /^\d{1,2} okt$/.test(t))).to.equal(true);
    });

    it('zooms with Ctrl+wheel and pinch, but lets a plain wheel scroll the page', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const before = tickLabels(el);
      const plain = wheel(el, { deltaY: 120 });
      await settle(el);
      expect(plain.defaultPrevented).to.equal(false);
      expect(tickLabels(el)).to.deep.equal(before);
      expect($<HTMLElement>(el, '.hint')!.hidden).to.equal(false);
      expect($(el, '.hint')!.textContent).to.contain('Ctrl');

      const events = await eventsDuring(el, 'timeline-range-change', async () => {
        for (let i = 0; i < 6; i++) {
          const zoomEvent = wheel(el, { deltaY: -200, ctrlKey: true });
          expect(zoomEvent.defaultPrevented).to.equal(true);
          await settle(el);
        }
      });
      expect(tickLabels(el)).to.not.deep.equal(before);
      expect(events.length).to.be.greaterThan(0);
    });

    it('sets the window from `start` and `end` without firing timeline-range-change', async () => {
      const el = await timelineAt(1280, { lang: 'en' });
      const events = await eventsDuring(el, 'timeline-range-change', async () => {
        el.start = '2022';
        el.end = '2022-10';
      });
      expect(events).to.have.length(0);
      const labels = tickLabels(el);
      expect(labels).to.include('Jul');
      expect(labels).to.not.include('2010');
      // Entries outside the window are not drawn.
      expect(entryMark(el, 'putin-lukashenko-2001')).to.equal(null);
      el.resetZoom();
      await afterMove(el);
      expect(entryMark(el, 'putin-lukashenko-2001')).to.not.equal(null);
    });

    it('applies `start` and `end` given as attributes before the first draw', async () => {
      const el = await timelineAt(1280, { lang: 'en', start: '2022', end: '2022-10' });
      expect(tickLabels(el)).to.include('Jul');
    });

    it('does not zoom or pan when `static`', async () => {
      const el = await timelineAt(1280, { static: true });
      const before = tickLabels(el);
      // No zoom buttons: previous and next, the list toggle and the downloads stay.
      expect($$(el, '[part="controls"] button').map((b) => b.className)).to.deep.equal([
        'previous',
        'next',
        'download-svg',
        'download-png',
        'view-toggle',
      ]);
      const event = wheel(el, { deltaY: -300, ctrlKey: true });
      await settle(el);
      expect(event.defaultPrevented).to.equal(false);
      expect(tickLabels(el)).to.deep.equal(before);
    });
  });

  describe('layout', () => {
    it('follows the element’s own width, not the viewport', async () => {
      const el = await timelineAt(1280);
      expect(el.layout).to.equal('horizontal');
      expect(el.matches(':state(vertical)')).to.equal(false);
      el.parentElement!.style.width = '375px';
      await settle(el);
      expect(el.layout).to.equal('vertical');
      expect(el.matches(':state(vertical)')).to.equal(true);
      el.orientation = 'horizontal';
      await settle(el);
      expect(el.layout).to.equal('horizontal');
      el.parentElement!.style.width = '1280px';
      el.orientation = 'vertical';
      await settle(el);
      expect(el.layout).to.equal('vertical');
    });

    it('starts a new layout from `start`/`end`, not from the other axis’s zoom', async () => {
      const el = await timelineAt(1280);
      el.zoomTo('2022', '2022-10');
      await settle(el);
      expect($$(el, '[part~="entry"]').length).to.be.lessThan(14);
      el.parentElement!.style.width = '375px';
      await settle(el);
      expect(el.layout).to.equal('vertical');
      expect($$(el, '[part~="entry"]')).to.have.length(14);
    });

    for (const width of [1280, 800, 375]) {
      it(`never lets two marks or labels overlap at ${width}px`, async () => {
        const el = await timelineAt(width, { lang: 'nl' });
        const boxes = $$<SVGGElement>(el, '[part~="entry"]').map((g) => ({
          id: g.dataset.id!,
          box: g.getBoundingClientRect(),
        }));
        // Vertical: the marks live in their own track layer, beside the text blocks.
        for (const track of $$<SVGGElement>(el, '.tracks > g')) {
          for (const shape of track.querySelectorAll('rect, circle')) {
            boxes.push({ id: `track:${track.dataset.id}`, box: shape.getBoundingClientRect() });
          }
        }
        expect(boxes.length).to.be.greaterThan(13);
        const overlaps: string[] = [];
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            // The segments of one mark touch each other (and Firefox counts their strokes).
            if (boxes[i].id === boxes[j].id) continue;
            const a = boxes[i].box;
            const b = boxes[j].box;
            const overlap =
              Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
              Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
            if (overlap) overlaps.push(`${boxes[i].id} × ${boxes[j].id}`);
          }
        }
        expect(overlaps).to.deep.equal([]);
        // Every label fits inside the element.
        const host = el.getBoundingClientRect();
        for (const label of $$(el, '.label')) {
          const box = label.getBoundingClientRect();
          expect(box.left).to.be.at.least(host.left - 0.5);
          expect(box.right).to.be.at.most(host.right + 0.5);
        }
      });
    }
  });

  describe('theme', () => {
    it('reflects theme and switches colours', async () => {
      const light = await timelineAt(800, { theme: 'light' });
      const dark = await timelineAt(800, { theme: 'dark' });
      expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(21, 23, 28)');
      await expect(dark).to.be.accessible();
    });
  });
});
