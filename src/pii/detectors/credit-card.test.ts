import { describe, expect, it } from 'vitest';
import { valuesOf } from '../../../test/helpers/pii.js';

describe('credit-card detector', () => {
  it('finds Visa, Mastercard, Amex and Discover numbers, spaced, dashed and compact', () => {
    const text =
      'Visa 4111 1111 1111 1111, MC 5500-0000-0000-0004, Amex 3400 000000 00009, 6011000000000004.';
    expect(valuesOf('credit_card', text)).toEqual([
      '4111 1111 1111 1111',
      '5500-0000-0000-0004',
      '3400 000000 00009',
      '6011000000000004',
    ]);
  });

  it('rejects a failed Luhn check and numbers outside any issuer range', () => {
    expect(valuesOf('credit_card', 'kaart 4111 1111 1111 1112, kaart 9111111111111111')).toEqual([]);
  });

  it('leaves an EAN-13 code alone, also one that passes Luhn', () => {
    expect(valuesOf('credit_card', 'EAN 5901234123457 en 4006381333931')).toEqual([]);
  });

  it('an order cue before a Luhn-valid number keeps it below the threshold', () => {
    expect(valuesOf('credit_card', 'Ordernummer 4111111111111111')).toEqual([]);
  });
});
