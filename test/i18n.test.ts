import { expect } from '@open-wc/testing';
import { strings, toLang } from '../src/i18n.js';

/** The keys of `value`, nested keys as `a.b`, each with the type of its value (and a function's arity). */
function shape(value: object, prefix = ''): string[] {
  return Object.entries(value)
    .flatMap(([key, v]) => {
      if (v !== null && typeof v === 'object') return shape(v, `${prefix}${key}.`);
      return [`${prefix}${key}: ${typeof v}${typeof v === 'function' ? `/${v.length}` : ''}`];
    })
    .sort();
}

describe('toLang', () => {
  it('reads Dutch in any case and region as nl', () => {
    for (const value of ['nl', 'NL', 'nl-NL', 'NL-be', 'nl-be', 'nl-SR']) {
      expect(toLang(value), value).to.equal('nl');
    }
  });

  it('reads everything else as en', () => {
    for (const value of ['en', 'en-GB', 'de', 'fr-BE', 'nld', 'n', 'be-NL', 'en-nl', '', ' nl', 'nl_NL']) {
      expect(toLang(value), JSON.stringify(value)).to.equal('en');
    }
    expect(toLang(null)).to.equal('en');
    expect(toLang(undefined)).to.equal('en');
  });
});

describe('strings', () => {
  it('has nl and en with the same keys, nested ones too, and the same kinds of value', () => {
    expect(Object.keys(strings).sort()).to.deep.equal(['en', 'nl']);
    const en = shape(strings.en);
    expect(en.length).to.be.greaterThan(5);
    expect(shape(strings.nl)).to.deep.equal(en);
  });

  it('has text for every key in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      const walk = (value: object, path: string) => {
        for (const [key, v] of Object.entries(value)) {
          if (typeof v === 'string') expect(v.trim(), `${lang}.${path}${key}`).not.to.equal('');
          else if (typeof v === 'function')
            expect(v(3, 1994, 2022, 2), `${lang}.${path}${key}`).to.include('3');
          else walk(v, `${path}${key}.`);
        }
      };
      walk(strings[lang], '');
    }
  });
});
