/** The words on an axis break: how much time it leaves out ("19 jaar" / "19 years"). */
import type { Lang } from '../data/types.js';
import type { Gap } from './gaps.js';

const DAY = 864e5;

/** [singular, plural] of year, month, day. */
const WORDS: Record<Lang, string[][]> = {
  nl: [
    ['jaar', 'jaar'],
    ['maand', 'maanden'],
    ['dag', 'dagen'],
  ],
  en: [
    ['year', 'years'],
    ['month', 'months'],
    ['day', 'days'],
  ],
};

/** Milliseconds since the start of the date's UTC month. */
const intoMonth = (d: Date) => +d - Date.UTC(d.getUTCFullYear(), d.getUTCMonth());

/**
 * The time between the entries either side of `gap` (its `from` and `to`, as `findGaps` sets them;
 * else its own `start` and `end`), in whole elapsed units, counted like an age: whole years from two
 * years on and for exact years (`'19 jaar'`, `'1 year'`), whole months below (`'8 maanden'`), days
 * below a month. Start to start, because that is how a reader counts: the break between the 2001
 * entry and the 2020 entry stands for 19 years, though the silence itself (2002 → 2020) is 18.
 */
export function gapLabel(gap: Gap, lang: Lang): string {
  const a = new Date(gap.from ?? gap.start);
  const b = new Date(gap.to ?? gap.end);
  if (!(+b >= +a)) return '';
  const months =
    (b.getUTCFullYear() - a.getUTCFullYear()) * 12 +
    b.getUTCMonth() -
    a.getUTCMonth() -
    (intoMonth(b) < intoMonth(a) ? 1 : 0);
  const [unit, n] =
    months >= 24 || (months && months % 12 === 0)
      ? [0, Math.floor(months / 12)]
      : months
        ? [1, months]
        : [2, Math.floor((+b - +a) / DAY)];
  return `${n} ${(WORDS[lang] ?? WORDS.en)[unit][n === 1 ? 0 : 1]}`;
}
