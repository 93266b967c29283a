import { expect } from '@open-wc/testing';
import { localize } from '../../src/data/localize.js';

describe('localize', () => {
  it('returns a plain string as is in every language', () => {
    expect(localize('Minsk', 'nl')).to.equal('Minsk');
    expect(localize('Minsk', 'en')).to.equal('Minsk');
  });
  it('picks the language, then falls back to the other one', () => {
    expect(localize({ nl: 'heden', en: 'present' }, 'nl')).to.equal('heden');
    expect(localize({ nl: 'heden', en: 'present' }, 'en')).to.equal('present');
    expect(localize({ nl: 'alleen nl' }, 'en')).to.equal('alleen nl');
    expect(localize({}, 'en')).to.equal('');
    expect(localize(undefined, 'nl')).to.equal('');
  });
});
