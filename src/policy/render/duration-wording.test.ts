import { describe, expect, it } from 'vitest';
import { durationWording } from './duration-wording.js';
import { phrasesFor } from './phrases.js';

const nl = phrasesFor('nl');
const en = phrasesFor('en');

describe('durationWording', () => {
  it('words the seed periods as the Dutch statement writes them', () => {
    expect(durationWording('P1Y', nl)).toBe('1 jaar');
    expect(durationWording('P7Y', nl)).toBe('7 jaar');
    expect(durationWording('P3M', nl)).toBe('3 maanden');
    expect(durationWording('P1M', nl)).toBe('1 maand');
    expect(durationWording('P4W', nl, 'words')).toBe('vier weken');
  });

  it('words them in English with English plurals', () => {
    expect(durationWording('P1Y', en)).toBe('1 year');
    expect(durationWording('P7Y', en)).toBe('7 years');
    expect(durationWording('P3M', en)).toBe('3 months');
    expect(durationWording('P4W', en, 'words')).toBe('four weeks');
    expect(durationWording('P2M', en, 'words')).toBe('two months');
  });

  it('joins periods of several units as a list', () => {
    expect(durationWording('P1Y6M', en)).toBe('1 year and 6 months');
    expect(durationWording('P1Y6M', nl)).toBe('1 jaar en 6 maanden');
    expect(durationWording('P1Y2M3D', nl)).toBe('1 jaar, 2 maanden en 3 dagen');
  });

  it('spells out only numbers a reader expects in words', () => {
    expect(durationWording('P1W', nl, 'words')).toBe('één week');
    expect(durationWording('P30D', nl, 'words')).toBe('30 dagen');
    expect(durationWording('P30D', en, 'words')).toBe('30 days');
  });

  it('refuses a text that is not a calendar duration', () => {
    expect(() => durationWording('PT24H', nl)).toThrow(
      expect.objectContaining({ code: 'RENDER_INVALID_DURATION' }),
    );
  });
});
