import { expect } from '@open-wc/testing';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { $, $$, entryMark, timelineAt } from './helpers.js';

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
});
