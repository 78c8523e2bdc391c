import { describe, expect, it } from 'vitest';
import {
  icaoCheckDigit,
  isValidGtin,
  isValidIbanChecksum,
  passesElevenProof,
  passesLuhn,
} from './checksums.js';

describe('checksums', () => {
  it('MOD 97-10 accepts real IBANs and rejects one changed digit', () => {
    for (const iban of [
      'NL91ABNA0417164300',
      'DE89370400440532013000',
      'GB82WEST12345698765432',
      'FR1420041010050500013M02606',
    ]) {
      expect(isValidIbanChecksum(iban)).toBe(true);
    }
    expect(isValidIbanChecksum('NL91ABNA0417164301')).toBe(false);
    expect(isValidIbanChecksum('NL19ABNA0417164300')).toBe(false);
  });

  it('the 11-proof accepts valid BSNs and rejects others, including all zeros', () => {
    expect(passesElevenProof('111222333')).toBe(true);
    expect(passesElevenProof('123456782')).toBe(true);
    expect(passesElevenProof('123456789')).toBe(false);
    expect(passesElevenProof('000000000')).toBe(false);
    expect(passesElevenProof('12345678')).toBe(false);
  });

  it('Luhn accepts test card numbers and rejects a changed last digit', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('340000000000009')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
  });

  it('GS1 check digits of EAN-13 codes', () => {
    expect(isValidGtin('4006381333931')).toBe(true);
    expect(isValidGtin('4006381333932')).toBe(false);
  });

  it('ICAO 9303 check digits of the specimen passport (document number, dates)', () => {
    expect(icaoCheckDigit('L898902C3')).toBe(6);
    expect(icaoCheckDigit('740812')).toBe(2);
    expect(icaoCheckDigit('120415')).toBe(9);
    expect(icaoCheckDigit('ZE184226B<<<<<')).toBe(1);
    expect(icaoCheckDigit('abc')).toBe(-1);
  });
});
