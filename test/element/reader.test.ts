import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { $, $$, afterMove, entryMark, settle, timelineAt } from './helpers.js';
import '../../src/define.js';

/** The left edge of an entry's mark (its first drawn shape) and of its label, in px. */
function markAndLabel(el: BelarusTimeline, id: string) {
  const g = entryMark(el, id)!;
  const shapes = [...g.querySelectorAll('.solid, .uncertain, .dot')].map((s) => s.getBoundingClientRect());
  const mark = {
    left: Math.min(...shapes.map((b) => b.left)),
    right: Math.max(...shapes.map((b) => b.right)),
  };
  return { mark, label: g.querySelector('.label')!.getBoundingClientRect() };
}

const ids2022 = [
  'war-in-ukraine',
  'troops-via-belarus',
  'missiles-from-belarus',
  'supply-line-sabotage',
  'belarusian-battalions',
  'provocation-claims',
  'joint-troop-buildup',
];

/** Where the marks of 2022 spread, from the leftmost start to the rightmost start. */
function spread2022(el: BelarusTimeline): number {
  const lefts = ids2022.map((id) => markAndLabel(el, id).mark.left);
  return Math.max(...lefts) - Math.min(...lefts);
}

type Segment = [number, number, number, number];
const crosses = ([a, b, c, d]: Segment, [e, f, g, h]: Segment) => {
  const side = (x1: number, y1: number, x2: number, y2: number, px: number, py: number) =>
    Math.sign((x2 - x1) * (py - y1) - (y2 - y1) * (px - x1));
  return (
    side(a, b, c, d, e, f) * side(a, b, c, d, g, h) < 0 && side(e, f, g, h, a, b) * side(e, f, g, h, c, d) < 0
  );
};

/** Every straight piece of every leader (`M x y H x L x y H x`). */
function leaderSegments(el: BelarusTimeline): Segment[][] {
  return $$(el, '.leader').map((path) => {
    const [x1, y1, xa, xb, y2, x2] = path
      .getAttribute('d')!
      .match(/-?[\d.]+/g)!
      .map(Number);
    return [
      [x1, y1, xa, y1],
      [xa, y1, xb, y2],
      [xb, y2, x2, y2],
    ] as Segment[];
  });
}

describe('<belarus-timeline> the reader’s story', () => {
  it('gives room where it happens: 2022 spreads 2.5× wider than on a linear axis', async () => {
    const auto = await timelineAt(1280, { lang: 'en' });
    const none = await timelineAt(1280, { lang: 'en', gaps: 'none' });
    expect(spread2022(auto)).to.be.at.least(2.5 * spread2022(none));
    // February to October 2022 gets at least a tenth of the plot.
    const plot = $(auto, 'svg.plot')!.getBoundingClientRect();
    const feb = markAndLabel(auto, 'troops-via-belarus').mark.left;
    const oct = markAndLabel(auto, 'provocation-claims').mark.left;
    expect(oct - feb).to.be.at.least(plot.width / 10);
    await expect(auto).to.be.accessible();
  });

  it('keeps every label at its mark at 1280 px (nl and en)', async () => {
    for (const lang of ['nl', 'en']) {
      const el = await timelineAt(1280, { lang });
      for (const g of $$<SVGGElement>(el, '[part~="entry"]')) {
        const { mark, label } = markAndLabel(el, g.dataset.id!);
        expect(label.left, g.dataset.id).to.be.at.most(mark.left + 1);
        expect(label.right, g.dataset.id).to.be.at.least(mark.left);
      }
    }
  });

  it('joins each vertical label to its mark by a leader that crosses no other (375 px)', async () => {
    for (const lang of ['nl', 'en']) {
      const el = await timelineAt(375, { lang });
      expect(el.layout).to.equal('vertical');
      const leaders = leaderSegments(el);
      expect(leaders.length).to.equal(14);
      for (let i = 0; i < leaders.length; i++)
        for (let j = i + 1; j < leaders.length; j++)
          for (const p of leaders[i])
            for (const q of leaders[j]) expect(crosses(p, q), `${lang}: ${i} × ${j}`).to.equal(false);
    }
  });

  it('draws nothing wider than itself down to 320 px (nl and en)', async () => {
    for (const lang of ['nl', 'en'])
      for (const width of [375, 320]) {
        const el = await timelineAt(width, { lang, selected: 'joint-troop-buildup' });
        const host = el.getBoundingClientRect();
        for (const node of el.shadowRoot!.querySelectorAll('*')) {
          const box = node.getBoundingClientRect();
          if (!box.width) continue;
          expect(box.right, `${lang} ${width}: ${node.tagName} ${node.getAttribute('class')}`).to.be.at.most(
            host.right + 0.5,
          );
        }
      }
  });

  it('walks the story with Previous and Next, showing the position, disabled at the ends', async () => {
    const el = await timelineAt(1280, { lang: 'nl', start: '1994', end: '1996' });
    const previous = $<HTMLButtonElement>(el, 'button.previous')!;
    const next = $<HTMLButtonElement>(el, 'button.next')!;
    const position = () => $(el, '.position [aria-hidden]')!.textContent!.trim();
    expect([previous.textContent!.trim(), next.textContent!.trim()]).to.deep.equal(['Vorige', 'Volgende']);
    expect(position()).to.equal('– / 14');
    const chosen: (string | null)[] = [];
    el.addEventListener('timeline-select', (e) => chosen.push(e.detail.id));
    next.click();
    await settle(el);
    expect(el.selected).to.equal('lukashenko-presidency');
    expect(position()).to.equal('1 / 14');
    expect(previous.disabled).to.equal(true);
    for (let i = 0; i < 13; i++) {
      $<HTMLButtonElement>(el, 'button.next')!.click();
      await settle(el);
    }
    await afterMove(el);
    expect(el.selected).to.equal('joint-troop-buildup');
    expect(position()).to.equal('14 / 14');
    expect($<HTMLButtonElement>(el, 'button.next')!.disabled).to.equal(true);
    expect(chosen).to.have.length(14);
    // It panned: the selected mark is inside the plot, though the window started in 1994.
    const plot = $(el, 'svg.plot')!.getBoundingClientRect();
    const mark = entryMark(el, 'joint-troop-buildup')!.querySelector('.dot')!.getBoundingClientRect();
    expect(mark.left).to.be.within(plot.left, plot.right);
    const en = await timelineAt(1280, { lang: 'en' });
    expect($(en, 'button.previous')!.textContent!.trim()).to.equal('Previous');
    expect($(en, 'button.next')!.textContent!.trim()).to.equal('Next');
    await expect(el).to.be.accessible();
  });

  for (const [width, height] of [
    [1280, 900],
    [375, 800],
  ])
    it(`brings the detail into view after a click, keeping focus (${width}×${height})`, async () => {
      await setViewport({ width, height });
      try {
        await executeServerCommand('emulate-media-features', [
          { name: 'prefers-reduced-motion', value: 'reduce' },
        ]);
        const el = await timelineAt(width, { lang: 'en' });
        el.scrollIntoView({ block: 'start' });
        // The first entry: the detail opens below the whole plot, out of view at 375 px.
        const mark = entryMark(el, 'lukashenko-presidency')!;
        mark.focus({ preventScroll: true });
        mark.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await settle(el);
        await new Promise((resolve) => setTimeout(resolve, 100));
        const top = $(el, '[part="detail"]')!.getBoundingClientRect().top;
        expect(top).to.be.within(0, height);
        expect(el.shadowRoot!.activeElement).to.equal(mark);
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('emulate-media-features', []);
        await setViewport({ width: 800, height: 600 });
      }
    });

  it('reads the minimal light-DOM list: titles without their dates, one lane, ids from titles', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
    const el = document.createElement('belarus-timeline') as BelarusTimeline;
    el.setAttribute('lang', 'en');
    const ol = document.createElement('ol');
    for (const [date, label, title] of [
      ['2008-05-02', '2 May 2008', 'The harbour reopens'],
      ['2009', '2009', 'A new quay'],
      ['2010-03', 'March 2010', 'The harbour reopens'],
    ]) {
      const li = document.createElement('li');
      const time = document.createElement('time');
      time.setAttribute('datetime', date);
      time.textContent = label;
      li.append(time, ` ${title}`);
      ol.append(li);
    }
    el.append(ol);
    const loaded = oneEvent(el, 'timeline-load');
    host.append(el);
    expect((await loaded).detail.count).to.equal(3);
    await settle(el);
    expect($$<SVGGElement>(el, '[part~="entry"]').map((g) => g.dataset.id)).to.deep.equal([
      'the-harbour-reopens',
      'a-new-quay',
      'the-harbour-reopens-2',
    ]);
    expect(entryMark(el, 'a-new-quay')!.getAttribute('aria-label')).to.equal('2009: A new quay');
    expect($$(el, '[part="lane-toggle"]').map((b) => b.textContent!.trim())).to.deep.equal(['Timeline']);
    expect($(el, '[part="error"]')).to.equal(null);
  });
});
