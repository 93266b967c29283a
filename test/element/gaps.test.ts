import { expect } from '@open-wc/testing';
import type { BelarusTimeline } from '../../src/belarus-timeline.js';
import { $, $$, entryMark, settle, tickLabels, timelineAt } from './helpers.js';

const breakLabels = (el: BelarusTimeline) => $$(el, '.break-label').map((t) => t.textContent);

describe('<belarus-timeline> honest gaps', () => {
  it('compresses the empty years between 2001 and 2020 into a labelled break (nl and en)', async () => {
    const nl = await timelineAt(1280, { lang: 'nl' });
    expect(breakLabels(nl)).to.deep.equal(['19 jaar']);
    const en = await timelineAt(1280, { lang: 'en' });
    expect(breakLabels(en)).to.deep.equal(['19 years']);
    await expect(en).to.be.accessible();
  });

  it('gives 2022 more room than a linear axis, and no tick inside the break', async () => {
    const width = async (gaps: string) => {
      const el = await timelineAt(1280, { gaps });
      // February 2022 (a month band) to 10 October 2022 (a dot): the marks, not their labels.
      const a = entryMark(el, 'troops-via-belarus')!.querySelector('.uncertain')!.getBoundingClientRect();
      const b = entryMark(el, 'joint-troop-buildup')!.querySelector('.dot')!.getBoundingClientRect();
      return { el, span: (b.left + b.right) / 2 - a.left };
    };
    const auto = await width('auto');
    const none = await width('none');
    expect(breakLabels(none.el)).to.deep.equal([]);
    expect(auto.span).to.be.greaterThan(none.span * 1.5);
    const band = $(auto.el, '.break-band')!.getBoundingClientRect();
    for (const tick of $$(auto.el, '[part="axis"] text')) {
      const box = tick.getBoundingClientRect();
      const centre = (box.left + box.right) / 2;
      expect(centre < band.left || centre > band.right, `tick ${tick.textContent} inside the break`).to.equal(
        true,
      );
    }
    // Ticks are still whole years on both sides of the break.
    expect(tickLabels(auto.el)).to.include.members(['2001', '2020', '2022']);
  });

  for (const width of [1280, 1000, 800]) {
    it(`keeps the tick labels clear of the break's label at ${width} px (nl and en)`, async () => {
      for (const lang of ['nl', 'en']) {
        const el = await timelineAt(width, { lang });
        const label = $(el, '.break-label')!.getBoundingClientRect();
        expect(label.width).to.be.greaterThan(0);
        for (const tick of $$(el, '[part="axis"] text.tick')) {
          const box = tick.getBoundingClientRect();
          const apart =
            box.right + 2 <= label.left ||
            box.left >= label.right + 2 ||
            box.bottom + 2 <= label.top ||
            box.top >= label.bottom + 2;
          expect(apart, `${lang}: tick ${tick.textContent} touches the break label`).to.equal(true);
        }
      }
    });
  }

  it('keeps zoom working across the break, and draws the vertical layout’s break too', async () => {
    const el = await timelineAt(1280, { lang: 'en' });
    el.zoomTo('2000', '2022');
    await settle(el);
    expect(breakLabels(el)).to.deep.equal(['19 years']);
    el.zoomTo('2022', '2022-10');
    await settle(el);
    expect(breakLabels(el)).to.deep.equal([]);
    const narrow = await timelineAt(375, { lang: 'nl' });
    expect(narrow.layout).to.equal('vertical');
    expect(breakLabels(narrow)).to.deep.equal(['19 jaar']);
  });
});
