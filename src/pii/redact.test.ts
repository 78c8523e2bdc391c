import { describe, expect, it } from 'vitest';
import { redactText } from './redact.js';

describe('redactText', () => {
  it('replaces findings with their type tag by default and leaves the rest', () => {
    expect(redactText('Mijn BSN is 111222333, mail jan@example.nl.')).toBe(
      'Mijn BSN is <bsn>, mail <email>.',
    );
  });

  it('takes one operator for all types or one per type', () => {
    const text = 'IP 192.168.1.23 van jan@example.nl';
    expect(redactText(text, { operator: 'mask' })).toBe('IP ***.***.*.** van ***@*******.**');
    expect(redactText(text, { operator: { ip_address: 'truncate' } })).toBe('IP 192.168.1.0 van <email>');
  });

  it('hmac needs a key before anything is scanned, even for text without personal data', () => {
    expect(() => redactText('niets', { operator: 'hmac' })).toThrow(
      expect.objectContaining({ code: 'PII_HMAC_KEY_MISSING' }),
    );
    expect(() => redactText('niets', { operator: { email: 'hmac' } })).toThrow(/secret key/);
    expect(redactText('jan@example.nl', { operator: 'hmac', key: 's' })).toMatch(/^<email:[0-9a-f]{8}>$/);
  });

  it('leaves look-alikes untouched', () => {
    const text =
      'Order 2024-123456, KvK 12345678, EAN 8710398501234, € 1.234,56, versie 2.4.1, op 12-03-2024.';
    expect(redactText(text)).toBe(text);
  });
});
