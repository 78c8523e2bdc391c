import { describe, expect, it } from 'vitest';
import { found, valuesOf } from '../../../test/helpers/pii.js';

describe('IBAN detector', () => {
  it('finds IBANs of several countries, spaced and compact', () => {
    const text =
      'Rekening NL91 ABNA 0417 1643 00, DE89370400440532013000, GB82 WEST 1234 5698 7654 32, BE68539007547034, NO9386011117947.';
    expect(valuesOf('iban', text)).toEqual([
      'NL91 ABNA 0417 1643 00',
      'DE89370400440532013000',
      'GB82 WEST 1234 5698 7654 32',
      'BE68539007547034',
      'NO9386011117947',
    ]);
  });

  it('rejects a wrong checksum, a wrong country length and an unknown country', () => {
    expect(valuesOf('iban', 'NL91ABNA0417164301 NL91ABNA04171643 XX91ABNA0417164300')).toEqual([]);
  });

  it('does not take an IBAN out of a longer code', () => {
    expect(valuesOf('iban', 'REFNL91ABNA0417164300 en NL91ABNA04171643001')).toEqual([]);
  });

  it('takes a lower-case IBAN written in groups whole, not its digits as a phone number', () => {
    expect(found('IBAN: nl91 abna 0417 1643 00 graag')).toEqual(['iban: nl91 abna 0417 1643 00']);
  });
});
