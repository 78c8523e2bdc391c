import { describe, expect, it } from 'vitest';
import { found, valuesOf } from '../../test/helpers/pii.js';
import { scanText } from './scan.js';

describe('scanText', () => {
  it('reports each item once, sorted, without overlaps between detectors', () => {
    const text =
      'Klant Jan de Vries (jan@example.nl, NL91ABNA0417164300, tel 0612345678) woont op Kerkstraat 12, 1234 AB Utrecht.';
    expect(found(text)).toEqual([
      'person_name: Jan de Vries',
      'email: jan@example.nl',
      'iban: NL91ABNA0417164300',
      'phone: 0612345678',
      'postal_address: Kerkstraat 12',
      'postcode: 1234 AB',
    ]);
    const findings = scanText(text);
    for (let i = 1; i < findings.length; i++)
      expect(findings[i]!.start).toBeGreaterThanOrEqual(findings[i - 1]!.end);
  });

  it('the higher-scoring, then longer, finding wins an overlap', () => {
    // The digits of the IBAN also form a plausible phone number; the IBAN is kept whole.
    expect(found('NL91 ABNA 0417 1643 00')).toEqual(['iban: NL91 ABNA 0417 1643 00']);
  });

  it('minScore trades precision for recall: a bare 11-proof number appears when lowered', () => {
    expect(valuesOf('bsn', 'Factuur 123456782')).toEqual([]);
    expect(valuesOf('bsn', 'nummer 123456782', { minScore: 0.2 })).toEqual(['123456782']);
  });

  it('filters by type and rejects unknown types and bad thresholds', () => {
    expect(found('jan@example.nl 0612345678', { types: ['phone'] })).toEqual(['phone: 0612345678']);
    expect(() => scanText('x', { types: ['shoe_size' as never] })).toThrow(
      expect.objectContaining({ code: 'PII_UNKNOWN_TYPE' }),
    );
    expect(() => scanText('x', { minScore: 2 })).toThrow(
      expect.objectContaining({ code: 'PII_BAD_MIN_SCORE' }),
    );
  });

  it('context words are configurable per language; a list replaces the default of that type', () => {
    expect(valuesOf('bsn', 'registratienummer 111222333')).toEqual([]);
    expect(
      valuesOf('bsn', 'registratienummer 111222333', { context: { nl: { bsn: ['registratienummer'] } } }),
    ).toEqual(['111222333']);
    // With only Dutch words in use and "bsn" taken out of the Dutch list, the English "BSN" cue is gone too.
    expect(
      valuesOf('bsn', 'BSN 111222333', {
        languages: ['nl'],
        context: { nl: { bsn: ['registratienummer'] } },
      }),
    ).toEqual([]);
  });

  it('only the chosen languages’ context words count', () => {
    expect(valuesOf('bsn', 'burgerservicenummer 111222333', { languages: ['en'] })).toEqual([]);
    expect(valuesOf('bsn', 'citizen service number 111222333', { languages: ['en'] })).toEqual(['111222333']);
  });

  it('returns nothing for empty text and text without personal data', () => {
    expect(scanText('')).toEqual([]);
    expect(scanText('Versie 2.4.1 lost het probleem op; de bestelling van € 1.234,56 is verzonden.')).toEqual(
      [],
    );
  });
});
