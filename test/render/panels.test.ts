import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { belarusStory } from '../../src/data/article-2022-10.js';
import type { TimelineDataset } from '../../src/data/types.js';
import { strings } from '../../src/i18n.js';
import {
  renderDetail,
  renderError,
  renderLegend,
  renderSource,
  toggledLanes,
} from '../../src/render/panels.js';
import { show, textOf } from './helpers.js';

const war = belarusStory.entries.find((e) => e.id === 'war-in-ukraine')!;

describe('panels (render/panels)', () => {
  describe('detail', () => {
    it('is an empty, hidden section when nothing is selected', async () => {
      const root = await show(renderDetail(null, belarusStory, 'en', strings.en, () => {}));
      const section = root.querySelector<HTMLElement>('[part="detail"]')!;
      expect(section.hidden).to.be.true;
      expect(textOf(section)).to.equal('');
    });

    it('shows the selected entry under its title, labelled by it, with lane and date', async () => {
      const root = await show(renderDetail(war, belarusStory, 'en', strings.en, () => {}));
      const section = root.querySelector<HTMLElement>('[part="detail"]')!;
      expect(section.hidden).to.be.false;
      expect(section.classList.contains('lane-3')).to.be.true;
      expect(section.getAttribute('aria-labelledby')).to.equal('detail-title');
      expect(textOf(section.querySelector('#detail-title'))).to.equal('War in Ukraine');
      expect(textOf(section.querySelector('.detail-meta'))).to.equal(
        'War in Ukraine · February 24, 2022 – present',
      );
      expect(section.querySelector('.summary')).to.exist;
    });

    it('has a close button with a name, which calls back', async () => {
      let closed = 0;
      const root = await show(renderDetail(war, belarusStory, 'nl', strings.nl, () => closed++));
      const close = root.querySelector<HTMLButtonElement>('button.close')!;
      expect(close.getAttribute('aria-label')).to.equal('Sluiten');
      close.click();
      expect(closed).to.equal(1);
      expect(textOf(root.querySelector('#detail-title'))).to.equal('Oorlog in Oekraïne');
    });
  });

  describe('legend', () => {
    it('computes the lanes value a toggle sets: the ids shown, or null for all', () => {
      expect(toggledLanes(belarusStory, new Set(), 1)).to.equal('belarus,relations,war');
      expect(toggledLanes(belarusStory, new Set([1]), 1)).to.be.null;
      expect(toggledLanes(belarusStory, new Set([0, 1]), 3)).to.equal('relations');
      expect(toggledLanes(belarusStory, new Set([0, 1, 2]), 3)).to.equal('');
    });

    it('is a named list of toggles, pressed for the lanes shown', async () => {
      const root = await show(renderLegend(belarusStory, new Set([2]), 'en', strings.en, () => {}));
      const legend = root.querySelector('[part="legend"]')!;
      expect(legend.getAttribute('aria-label')).to.equal('Lanes: click to show or hide');
      const toggles = [...root.querySelectorAll<HTMLButtonElement>('[part="lane-toggle"]')];
      expect(toggles.map(textOf)).to.deep.equal(['Belarus', 'Russia', 'Belarus–Russia', 'War in Ukraine']);
      expect(toggles.map((b) => b.getAttribute('aria-pressed'))).to.deep.equal([
        'true',
        'true',
        'false',
        'true',
      ]);
    });

    it('calls back with the toggled lanes', async () => {
      const seen: (string | null)[] = [];
      const root = await show(
        renderLegend(belarusStory, new Set([2]), 'en', strings.en, (l) => seen.push(l)),
      );
      const toggles = root.querySelectorAll<HTMLButtonElement>('[part="lane-toggle"]');
      toggles[0].click();
      toggles[2].click();
      expect(seen).to.deep.equal(['russia,war', null]);
    });
  });

  describe('error', () => {
    const issues = [
      { path: 'entries[0].date', message: 'not a date' },
      { path: '', message: 'not an object' },
      { path: 'lanes', message: 'missing' },
      { path: 'entries[3].id', message: 'duplicate' },
      { path: 'entries[4].id', message: 'duplicate' },
    ];

    it('is an alert with the message and the first three issues, then how many more', async () => {
      const root = await show(renderError('Bad data.', issues, strings.en, () => {}));
      const error = root.querySelector('[part="error"]')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(textOf(error.querySelector('p'))).to.equal('Bad data.');
      expect([...error.querySelectorAll('li')].map(textOf)).to.deep.equal([
        'entries[0].date: not a date',
        '(root): not an object',
        'lanes: missing',
        'and 2 more',
      ]);
    });

    it('lists no issues when there are none, and dismisses', async () => {
      let dismissed = 0;
      const root = await show(renderError('Down.', [], strings.nl, () => dismissed++));
      expect(root.querySelector('ul')).to.be.null;
      const button = root.querySelector<HTMLButtonElement>('button.dismiss')!;
      expect(button.getAttribute('aria-label')).to.equal('Melding sluiten');
      button.click();
      expect(dismissed).to.equal(1);
    });
  });

  describe('source', () => {
    const withSource = (url?: string): TimelineDataset => ({
      ...belarusStory,
      source: { label: { nl: 'Krant', en: 'Newspaper' }, ...(url === undefined ? {} : { url }) },
    });

    it('names the source and when the story was told', async () => {
      const root = await show(renderSource(belarusStory, 'en', strings.en));
      expect(textOf(root)).to.equal('Source: News article, October 2022 · as of October 2022');
      expect(root.querySelector('a')).to.be.null;
      const nl = await show(renderSource(belarusStory, 'nl', strings.nl));
      expect(textOf(nl)).to.equal('Bron: Nieuwsartikel, oktober 2022 · stand van zaken: oktober 2022');
    });

    it('links an http(s) source, never another scheme', async () => {
      const link = (
        await show(renderSource(withSource('https://example.org/x'), 'en', strings.en))
      ).querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('https://example.org/x');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(textOf(link)).to.equal('Newspaper');
      const script = await show(renderSource(withSource('javascript:alert(1)'), 'en', strings.en));
      expect(script.querySelector('a')).to.be.null;
      expect(textOf(script)).to.contain('Source: Newspaper');
    });

    it('draws nothing without a source', async () => {
      const root = await show(renderSource({ ...belarusStory, source: undefined }, 'en', strings.en));
      expect(textOf(root)).to.equal('');
      // And clears what was there before.
      render(renderSource(belarusStory, 'en', strings.en), root);
      render(renderSource({ ...belarusStory, source: undefined }, 'en', strings.en), root);
      expect(textOf(root)).to.equal('');
    });
  });
});
