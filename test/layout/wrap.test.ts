import { expect } from '@open-wc/testing';
import { wrapText } from '../../src/layout/wrap.js';
import { prng } from '../synthetic.js';

/** A monospace stand-in for canvas measuring: 7px per character, the ellipsis included. */
const measure = (s: string) => s.length * 7;

function randomText(random: () => number, maxWord: number): string {
  const count = Math.floor(random() * 14);
  return Array.from({ length: count }, () =>
    'abcdefghijklmnopqrstuvwxyz'.slice(0, 1 + Math.floor(random() * maxWord)),
  ).join(random() < 0.2 ? '  ' : ' ');
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('wrapText', () => {
  it('returns no lines for empty or blank text', () => {
    expect(wrapText('', 100, measure)).to.deep.equal([]);
    expect(wrapText('  \n\t ', 100, measure)).to.deep.equal([]);
  });

  it('keeps text that fits on one line as it is, whitespace collapsed', () => {
    expect(wrapText('Putin comes to power', 140, measure)).to.deep.equal(['Putin comes to power']);
    expect(wrapText('  Putin\n comes  ', 140, measure)).to.deep.equal(['Putin comes']);
  });

  it('breaks between words, filling each line before starting the next', () => {
    // 70px = 10 characters.
    expect(wrapText('aaa bbb ccc dddd eeeee', 70, measure)).to.deep.equal(['aaa bbb', 'ccc dddd', 'eeeee']);
    // Exactly the width still fits.
    expect(wrapText('aaaa bbbbb cc', 70, measure)).to.deep.equal(['aaaa bbbbb', 'cc']);
  });

  it('stops at maxLines and ends the last line in an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight', 70, measure, 2);
    expect(lines).to.have.length(2);
    expect(lines[0]).to.equal('one two');
    expect(lines[1].endsWith('…')).to.be.true;
    expect(measure(lines[1])).to.be.at.most(70);
    // The last line is cut from what was left, in order.
    expect('three four five six seven eight'.startsWith(lines[1].slice(0, -1))).to.be.true;

    const one = wrapText('one two three four', 70, measure, 1);
    expect(one).to.have.length(1);
    // Cut where the width runs out, even inside a word.
    expect(one[0]).to.equal('one two t…');
  });

  it('ellipsizes a single word that is wider than the line', () => {
    const [line, ...rest] = wrapText('Oekraïneoorlogsverslaggeving', 70, measure);
    expect(rest).to.deep.equal([]);
    expect(line.endsWith('…')).to.be.true;
    expect(measure(line)).to.be.at.most(70);
    expect(line).to.equal('Oekraïneo…');
  });

  it('ellipsizes an over-long word in the middle of the text too', () => {
    const lines = wrapText('a extraordinarily b', 70, measure);
    for (const line of lines) expect(measure(line), line).to.be.at.most(70);
    expect(lines[0]).to.equal('a');
    expect(lines[lines.length - 1]).to.equal('b');
  });

  it('never exceeds the width or maxLines, and keeps the words in order (300 seeded cases)', () => {
    const random = prng(1994);
    for (let run = 0; run < 300; run++) {
      // Words up to 26 characters, lines 3 to 30: some words cannot fit.
      const text = randomText(random, 26);
      const width = 7 * (3 + Math.floor(random() * 28));
      const maxLines = 1 + Math.floor(random() * 4);
      const lines = wrapText(text, width, measure, maxLines);
      const context = `case ${run}: ${JSON.stringify(text)} in ${width}px, ${maxLines} lines → ${JSON.stringify(lines)}`;

      expect(lines.length, context).to.be.at.most(maxLines);
      expect(lines.length > 0, context).to.equal(words(text).length > 0);
      for (const line of lines) {
        expect(measure(line), context).to.be.at.most(width);
        expect(line, context).to.equal(line.trim());
        expect(line.length, context).to.be.greaterThan(0);
      }
      // Whatever is shown is the text's words in order: each line, up to any ellipsis, continues
      // the normalized text where the previous line stopped.
      const normalized = words(text).join(' ');
      let at = 0;
      for (const line of lines) {
        const shown = line.endsWith('…') ? line.slice(0, -1) : line;
        const found = normalized.indexOf(shown, at);
        expect(found, context).to.equal(at);
        at = found + shown.length;
        if (line.endsWith('…')) {
          // Skip the rest of the word that was cut.
          const next = normalized.indexOf(' ', at);
          at = next === -1 ? normalized.length : next;
        }
        at += 1;
      }
    }
  });

  it('loses no word and adds no ellipsis when every word fits and the lines suffice (300 seeded cases)', () => {
    const random = prng(2022);
    for (let run = 0; run < 300; run++) {
      const text = randomText(random, 8);
      const width = 7 * (8 + Math.floor(random() * 30));
      const lines = wrapText(text, width, measure, 99);
      const context = `case ${run}: ${JSON.stringify(text)} in ${width}px → ${JSON.stringify(lines)}`;

      expect(lines.join(' '), context).to.equal(words(text).join(' '));
      expect(
        lines.some((line) => line.includes('…')),
        context,
      ).to.be.false;
      // Greedy: the next line's first word would not have fitted on the line before.
      for (let i = 0; i + 1 < lines.length; i++) {
        const next = lines[i + 1].split(' ')[0];
        expect(measure(`${lines[i]} ${next}`), context).to.be.greaterThan(width);
      }
    }
  });
});
