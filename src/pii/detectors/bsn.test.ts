import { describe, expect, it } from 'vitest';
import { scoreOf, valuesOf } from '../../../test/helpers/pii.js';

describe('BSN detector', () => {
  it('finds an 11-proof number after a BSN cue, in all written forms', () => {
    expect(valuesOf('bsn', 'Mijn BSN is 111222333.')).toEqual(['111222333']);
    expect(valuesOf('bsn', 'burgerservicenummer: 1234.56.782')).toEqual(['1234.56.782']);
    expect(valuesOf('bsn', 'sofinummer 123 456 782')).toEqual(['123 456 782']);
    expect(valuesOf('bsn', 'Citizen service number 123.456.782')).toEqual(['123.456.782']);
    expect(valuesOf('bsn', 'Persoonsnummer 999999990')).toEqual(['999999990']);
  });

  it('does not report a number that fails the 11-proof, even after a cue', () => {
    expect(valuesOf('bsn', 'BSN 123456789')).toEqual([]);
  });

  it('leaves 11-proof order and invoice numbers without a BSN cue below the threshold', () => {
    // Both pass the 11-proof; only the context tells them apart.
    expect(valuesOf('bsn', 'Factuur 123456782 is betaald. Bestelling 111222333 is verzonden.')).toEqual([]);
    expect(scoreOf('bsn', 'referentie 111222333', '111222333')).toBeLessThan(0.5);
    expect(scoreOf('bsn', 'nummer 111222333', '111222333')).toBeLessThan(0.5);
  });

  it('takes the nearer cue: a BSN and an order number in one sentence', () => {
    expect(valuesOf('bsn', 'BSN 111222333, ordernummer 123456782')).toEqual(['111222333']);
  });

  it('leaves KvK numbers (8 digits), VAT numbers and longer numbers alone', () => {
    expect(
      valuesOf('bsn', 'BSN? KvK 12345678, btw NL123456782B01, BSN 1112223334, BSN 111222333,50'),
    ).toEqual([]);
  });

  it('reads the label across a remark in brackets', () => {
    expect(valuesOf('bsn', 'BSN (stond op het ID, klant schreef het zelf over): 111222333')).toEqual([
      '111222333',
    ]);
    expect(valuesOf('bsn', 'Ordernummer (zie de factuur van maart): 111222333')).toEqual([]);
  });
});
