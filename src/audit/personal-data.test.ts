import { describe, expect, it } from 'vitest';
import { findPersonalData, isValidIban } from './personal-data.js';

describe('findPersonalData', () => {
  it.each([
    ['jan@example.nl', 'e-mail address'],
    ['reply to j.de.vries+privacy@klant.cloudaware.eu, thanks', 'e-mail address'],
    ['NL91ABNA0417164300', 'IBAN'],
    ['nl91abna0417164300', 'IBAN'],
    ['paid from NL91 ABNA 0417 1643 00 yesterday', 'IBAN'],
    ['GB82 WEST 1234 5698 7654 32', 'IBAN'],
    ['0612345678', 'phone number'],
    ['06-12345678', 'phone number'],
    ['+31 6 12345678', 'phone number'],
    ['+31612345678', 'phone number'],
    ['0031 20 123 4567', 'phone number'],
    ['(020) 123 4567', 'phone number'],
    ['call 020-1234567.', 'phone number'],
    ['555-123-4567', 'phone number'],
  ])('flags %j as %s', (text, kind) => {
    expect(findPersonalData(text)).toContain(kind);
  });

  it.each([
    'user:42',
    'retention.swept',
    'customer_contracts',
    '2026000123',
    '123e4567-e89b-12d3-a456-426614174000',
    '12345678-1234-1234-1234-123456789012',
    '2026-01-31T10:00:00.000Z',
    '2026-01-31 10:00:00+01:00',
    '31-01-2026 10:00',
    '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08',
    'sha256:0123456789abcdef0123456789abcdef',
    '3.14159265358',
    'v1.2.3',
    'deleted 1234 rows in 56 ms',
    // The IBAN shape with a wrong check digit is not an IBAN.
    'NL91ABNA0417164301',
    'DE12ABCDEFGHIJKLMNOP',
    'privacy@',
  ])('lets %j through', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe('isValidIban', () => {
  it('accepts published example IBANs and rejects a changed digit', () => {
    for (const iban of [
      'NL91ABNA0417164300',
      'DE89370400440532013000',
      'BE68539007547034',
      'FR1420041010050500013M02606',
    ]) {
      expect(isValidIban(iban)).toBe(true);
      const changed = iban.slice(0, -1) + (iban.endsWith('1') ? '2' : '1');
      expect(isValidIban(changed)).toBe(false);
    }
  });
});
