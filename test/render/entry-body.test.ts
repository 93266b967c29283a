import { expect } from '@open-wc/testing';
import { belarusStory } from '../../src/data/article-2022-10.js';
import type { TimelineEntry } from '../../src/data/types.js';
import { entryBody, safeUrl } from '../../src/render/entry-body.js';
import { show, textOf } from './helpers.js';

const entry = (id: string) => belarusStory.entries.find((e) => e.id === id)!;

describe('entry body (render/entry-body)', () => {
  describe('safeUrl', () => {
    it('lets absolute http(s) URLs through, normalised', () => {
      expect(safeUrl('https://example.org/a b')).to.equal('https://example.org/a%20b');
      expect(safeUrl('HTTP://Example.org')).to.equal('http://example.org/');
    });

    it('refuses script, data and other schemes, relative URLs and non-strings', () => {
      for (const url of [
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox',
        'ftp://example.org/file',
        'mailto:someone@example.org',
        '/relative/path',
        '//example.org/protocol-relative',
        '',
        null,
        undefined,
        42,
        { href: 'https://example.org' },
      ])
        expect(safeUrl(url), String(url)).to.be.null;
    });
  });

  it('shows the summary, the quote with its speaker and role, the excerpt, in English', async () => {
    const root = await show(entryBody(entry('lukashenko-presidency'), 'en'));
    expect(textOf(root.querySelector('.summary'))).to.match(/^Alexander Lukashenko has been president/);
    const quote = root.querySelector('figure.quote')!;
    expect(textOf(quote.querySelector('blockquote'))).to.equal('“hij heeft eigenlijk bijna geen macht meer”');
    expect(quote.querySelector('blockquote')!.getAttribute('lang')).to.equal('nl');
    expect(textOf(quote.querySelector('.translation'))).to.equal(
      'Translation: “he actually has almost no power left”',
    );
    expect(textOf(quote.querySelector('figcaption'))).to.equal(
      '— Franka Hummels, journalist and Belarus expert',
    );
    expect(textOf(root.querySelector('.excerpt'))).to.equal(
      'From the article: Loeksjenko is sinds 1994 president van Belarus',
    );
    expect(root.querySelector('.excerpt q')!.getAttribute('lang')).to.equal('nl');
    // The date is from the article: nothing to say about it.
    expect(root.querySelector('.date-note')).to.be.null;
  });

  it('leaves the translation out in Dutch', async () => {
    const root = await show(entryBody(entry('lukashenko-presidency'), 'nl'));
    expect(root.querySelector('.translation')).to.be.null;
    expect(textOf(root.querySelector('figcaption'))).to.equal(
      '— Franka Hummels, journalist en Belarus-kenner',
    );
    expect(textOf(root.querySelector('.excerpt'))).to.match(/^Uit het artikel:/);
  });

  it('says how a date is known when it is not from the article', async () => {
    const root = await show(entryBody(entry('joint-troop-buildup'), 'en'));
    const note = textOf(root.querySelector('.date-note'));
    expect(note.startsWith('Date inferred: ')).to.be.true;
    const bare: TimelineEntry = { id: 'b', date: '2020', lane: 'a', title: 'B', dateBasis: 'background' };
    expect(textOf((await show(entryBody(bare, 'nl'))).querySelector('.date-note'))).to.equal(
      'Datum uit achtergrondkennis',
    );
  });

  it('links the source only when its URL is safe', async () => {
    const base = { id: 'x', date: '2020', lane: 'a', title: 'X' };
    const safe = await show(
      entryBody({ ...base, source: { excerpt: 'words', url: 'https://example.org/a' } }, 'en'),
    );
    const link = safe.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/a');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    // A link that is not the story's own source is a source of its own, its excerpt the link text.
    expect(textOf(safe.querySelector('.excerpt'))).to.equal('Source: words');
    expect(textOf(link)).to.equal('words');
    const own = await show(
      entryBody(
        { ...base, source: { excerpt: 'words', url: 'https://example.org/a' } },
        'en',
        'https://example.org/a',
      ),
    );
    expect(textOf(own.querySelector('a'))).to.equal('Source');
    const unsafe = await show(
      entryBody({ ...base, source: { excerpt: 'words', url: 'javascript:alert(1)' } }, 'en'),
    );
    expect(unsafe.querySelector('a')).to.be.null;
    expect(textOf(unsafe.querySelector('.excerpt'))).to.equal('From the article: words');
  });

  it('shows nothing for an entry with nothing to say, and text as text', async () => {
    const empty = await show(entryBody({ id: 'x', date: '2020', lane: 'a', title: 'X' }, 'en'));
    expect(textOf(empty)).to.equal('');
    const tricky = await show(
      entryBody(
        { id: 'x', date: '2020', lane: 'a', title: 'X', summary: '<img src=x onerror=alert(1)>' },
        'en',
      ),
    );
    expect(tricky.querySelector('img')).to.be.null;
    expect(textOf(tricky.querySelector('.summary'))).to.equal('<img src=x onerror=alert(1)>');
  });
});
