import { expect } from '@open-wc/testing';
import { LIMITS, validateDataset } from '../../src/data/validate.js';
import type { ValidationResult } from '../../src/data/validate.js';

type Obj = Record<string, unknown>;

const entry = (fields: Obj = {}): Obj => ({ id: 'a', date: '2022', lane: 'l', title: 'A', ...fields });
const dataset = (entries: unknown[], fields: Obj = {}): Obj => ({
  title: 'T',
  asOf: '2022-10',
  lanes: [{ id: 'l', label: 'L' }],
  entries,
  ...fields,
});
const one = (fields: Obj) => validateDataset(dataset([entry(fields)]));
const paths = (r: ValidationResult) => r.issues.map((i) => i.path);

const FAMILY = '👨‍👩‍👧‍👦';

describe('validateDataset: media, dateLabel, summary, eras (SPEC §6.3)', () => {
  describe('media', () => {
    it('keeps an image with src, alt, caption and credit', () => {
      const media = {
        src: 'https://example.org/a.jpg',
        alt: 'Two men',
        caption: { en: 'In 2001' },
        credit: 'EPA',
      };
      const r = one({ media });
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset!.entries[0].media).to.deep.equal(media);
    });

    for (const src of [
      'photos/a.jpg',
      '/a.jpg',
      '../a.png',
      '//cdn.example.org/a.jpg',
      'http://x.org/a.gif',
    ]) {
      it(`takes the URL ${src}`, () => {
        const r = one({ media: { src, alt: 'A' } });
        expect(r.issues).to.deep.equal([]);
        expect(r.dataset!.entries[0].media!.src).to.equal(src);
      });
    }

    for (const src of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:image/png;base64,AAAA',
      'file:///etc/passwd',
      '',
      5,
    ]) {
      it(`leaves out the image, keeps the entry, for the src ${JSON.stringify(src)}`, () => {
        const r = one({ media: { src, alt: 'A' } });
        expect(r.dataset!.entries).to.have.length(1);
        expect(r.dataset!.entries[0]).not.to.have.property('media');
        expect(paths(r)).to.deep.equal(['entries[0].media.src']);
      });
    }

    it('names the scheme in the message', () => {
      const r = one({ media: { src: 'javascript:alert(1)', alt: 'A' } });
      expect(r.issues[0].message).to.equal(
        '"javascript:alert(1)" is not an http:, https: or relative URL, so the image is left out',
      );
    });

    it('needs an alt text: without one the image is left out', () => {
      for (const alt of [undefined, '', '  ', { nl: '' }, 5]) {
        const r = one({ media: { src: 'a.jpg', alt } });
        expect(r.dataset!.entries[0], JSON.stringify(alt)).not.to.have.property('media');
        expect(paths(r)[0]).to.match(/^entries\[0\]\.media\.alt/);
      }
    });

    it('drops a bad caption or credit alone', () => {
      const r = one({ media: { src: 'a.jpg', alt: 'A', caption: 5, credit: { en: 'x' } } });
      expect(r.dataset!.entries[0].media).to.deep.equal({ src: 'a.jpg', alt: 'A' });
      expect(paths(r)).to.deep.equal(['entries[0].media.caption', 'entries[0].media.credit']);
    });

    it('is an issue when it is not an object', () => {
      const r = one({ media: 'a.jpg' });
      expect(r.dataset!.entries[0]).not.to.have.property('media');
      expect(paths(r)).to.deep.equal(['entries[0].media']);
    });
  });

  describe('dateLabel and the dataset summary', () => {
    it('keeps a dateLabel and a summary, localized or not', () => {
      const r = validateDataset(
        dataset([entry({ dateLabel: { nl: 'Lente 2022', en: 'Spring 2022' } })], { summary: 'About it' }),
      );
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset!.entries[0].dateLabel).to.deep.equal({ nl: 'Lente 2022', en: 'Spring 2022' });
      expect(r.dataset!.summary).to.equal('About it');
    });

    it('drops a bad one alone, with its path', () => {
      const r = validateDataset(
        dataset([entry({ dateLabel: 42 })], { summary: 'x'.repeat(LIMITS.summary + 1) }),
      );
      expect(r.dataset!.entries).to.have.length(1);
      expect(r.dataset!.entries[0]).not.to.have.property('dateLabel');
      expect(r.dataset).not.to.have.property('summary');
      expect(paths(r)).to.have.members(['summary', 'entries[0].dateLabel']);
    });
  });

  describe('eras', () => {
    const era = (fields: Obj = {}): Obj => ({ id: 'e', start: '2000', end: '2010', label: 'E', ...fields });

    it('keeps valid eras, ongoing ones too', () => {
      const eras = [era(), era({ id: 'f', start: '2020-08', end: 'ongoing', label: { en: 'After' } })];
      const r = validateDataset(dataset([entry()], { eras }));
      expect(r.issues).to.deep.equal([]);
      expect(r.dataset!.eras).to.deep.equal(eras);
    });

    it('leaves out an era with a bad field, with its path', () => {
      const eras = [
        era({ id: 'Bad id' }),
        era({ id: 'b', start: '2000-13' }),
        era({ id: 'c', end: undefined }),
        era({ id: 'd', end: '1999' }),
        era({ id: 'e2', label: '' }),
        era({ id: 'ok' }),
        era({ id: 'ok' }),
        'not an era',
      ];
      const r = validateDataset(dataset([entry()], { eras }));
      expect(r.dataset!.eras!.map((e) => e.id)).to.deep.equal(['ok']);
      expect(paths(r)).to.deep.equal([
        'eras[0].id',
        'eras[1].start',
        'eras[2].end',
        'eras[3].end',
        'eras[4].label',
        'eras[6].id',
        'eras[7]',
      ]);
      expect(r.issues[3].message).to.match(/ends before it starts/);
    });

    it('is an issue when eras is not a list, and the rest is kept', () => {
      const r = validateDataset(dataset([entry()], { eras: { id: 'e' } }));
      expect(r.dataset!.entries).to.have.length(1);
      expect(r.dataset).not.to.have.property('eras');
      expect(paths(r)).to.deep.equal(['eras']);
    });
  });

  describe('text limits count what people see', () => {
    it('counts twenty family emoji in a title as twenty characters', () => {
      const title = FAMILY.repeat(20);
      expect(title.length).to.be.greaterThan(LIMITS.title); // 220 UTF-16 code units
      expect(one({ title }).issues).to.deep.equal([]);
    });

    it('counts a letter with combining accents as one', () => {
      expect(one({ title: 'e\u0301'.repeat(LIMITS.title) }).issues).to.deep.equal([]);
      const r = one({ title: 'e\u0301'.repeat(LIMITS.title + 1) });
      expect(r.issues[0].message).to.equal('the text is 201 characters long, more than the limit of 200');
    });

    it('says how many graphemes a text too long has', () => {
      const r = one({ title: FAMILY.repeat(LIMITS.title + 1) });
      expect(r.issues).to.deep.equal([
        { path: 'entries[0].title', message: 'the text is 201 characters long, more than the limit of 200' },
      ]);
    });
  });
});
