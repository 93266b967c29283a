import { expect } from '@open-wc/testing';
import type { TimelineDataset } from '../../src/data/types.js';
import { $, $$, detailText, entryMark, settle, timelineAt } from './helpers.js';

const story: TimelineDataset = {
  title: 'Labelled dates',
  asOf: '2024',
  lanes: [{ id: 'one', label: 'One' }],
  entries: [
    { id: 'early', date: '2001', lane: 'one', title: 'Early' },
    {
      id: 'spring',
      date: '2022-03',
      lane: 'one',
      title: 'In spring',
      dateLabel: { nl: 'voorjaar 2022', en: 'spring 2022' },
    },
    { id: 'late', date: '2023-11-02', lane: 'one', title: 'Late' },
  ],
};

async function labelled(width: number, attrs: Record<string, string> = {}) {
  const el = await timelineAt(width, { lang: 'en', gaps: 'none', ...attrs });
  el.dataset = story;
  await settle(el);
  return el;
}

describe('<belarus-timeline> dateLabel', () => {
  it('names the mark with the label, and the date still places it', async () => {
    const el = await labelled(1280);
    expect(entryMark(el, 'spring')!.getAttribute('aria-label')).to.equal('spring 2022: In spring');
    expect(entryMark(el, 'early')!.getAttribute('aria-label')).to.equal('2001: Early');
    // March 2022: after the 2022 tick, before the entry of November 2023.
    const at = (year: string) =>
      Number(
        $$(el, '[part="axis"] .tick')
          .find((t) => t.textContent!.trim() === year)!
          .getAttribute('x'),
      );
    const mark = entryMark(el, 'spring')!.querySelector('.uncertain, .solid')!;
    const x = Number(mark.getAttribute('x'));
    expect(x).to.be.greaterThan(at('2022'));
    const late = entryMark(el, 'late')!.querySelector('.dot')!;
    expect(x).to.be.lessThan(Number(late.getAttribute('cx')));
  });

  it('shows the label in the vertical meta line, the detail, the list and the announcement', async () => {
    const el = await labelled(375, { lang: 'nl' });
    const meta = entryMark(el, 'spring')!.querySelector('.meta')!.textContent!;
    expect(meta.replace(/\s+/g, ' ').trim()).to.equal('voorjaar 2022 · One');
    expect(entryMark(el, 'spring')!.getAttribute('aria-label')).to.match(/^voorjaar 2022 · One: In spring/);
    entryMark(el, 'spring')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const time = $(el, '[part="detail"] time')!;
    expect(time.textContent).to.equal('voorjaar 2022');
    expect(time.getAttribute('datetime')).to.equal('2022-03');
    expect(detailText(el)).to.contain('voorjaar 2022');
    expect($(el, '[aria-live="polite"]')!.textContent!.trim()).to.equal('In spring, voorjaar 2022');
    el.view = 'list';
    await settle(el);
    const item = $(el, '[part="list"] [data-id="spring"] time')!;
    expect(item.textContent).to.equal('voorjaar 2022');
    expect($(el, '[part="list"] [data-id="late"] time')!.textContent).to.equal('2 november 2023');
  });
});
