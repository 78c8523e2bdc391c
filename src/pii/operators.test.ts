import { describe, expect, it } from 'vitest';
import { applyOperator, truncateIp } from './operators.js';

describe('operators', () => {
  it('mask keeps length, spaces and punctuation, and no letter or digit', () => {
    expect(applyOperator('NL91 ABNA 0417 1643 00', 'iban', 'mask')).toBe('**** **** **** **** **');
    expect(applyOperator('jan@example.nl', 'email', 'mask')).toBe('***@*******.**');
  });

  it('tag and drop', () => {
    expect(applyOperator('jan@example.nl', 'email', 'tag')).toBe('<email>');
    expect(applyOperator('jan@example.nl', 'email', 'drop')).toBe('');
  });

  it('hmac gives a short token, stable across calls, different per key', () => {
    const a = applyOperator('jan@example.nl', 'email', 'hmac', 'key-one');
    expect(a).toMatch(/^<email:[0-9a-f]{8}>$/);
    expect(applyOperator('jan@example.nl', 'email', 'hmac', 'key-one')).toBe(a);
    expect(applyOperator('jan@example.nl', 'email', 'hmac', 'key-two')).not.toBe(a);
    expect(applyOperator('piet@example.nl', 'email', 'hmac', 'key-one')).not.toBe(a);
  });

  it('hmac tokens ignore how the same value was written', () => {
    const token = (v: string, t: Parameters<typeof applyOperator>[1]) =>
      applyOperator(v, t, 'hmac', new Uint8Array([1, 2, 3]));
    expect(token('NL91 ABNA 0417 1643 00', 'iban')).toBe(token('nl91abna0417164300', 'iban'));
    expect(token('06-12345678', 'phone')).toBe(token('+31 6 12345678', 'phone'));
    expect(token('Jan@Example.NL', 'email')).toBe(token('jan@example.nl', 'email'));
  });

  it('hmac without a key is a clear input error', () => {
    expect(() => applyOperator('x@example.nl', 'email', 'hmac')).toThrow(
      expect.objectContaining({ code: 'PII_HMAC_KEY_MISSING', kind: 'input' }),
    );
    expect(() => applyOperator('x@example.nl', 'email', 'hmac', '')).toThrow(/needs a secret key/);
  });

  it('truncate keeps an IPv4 /24 and an IPv6 /48', () => {
    expect(applyOperator('192.168.12.34', 'ip_address', 'truncate')).toBe('192.168.12.0');
    expect(applyOperator('2001:0db8:85a3:0000:0000:8a2e:0370:7334', 'ip_address', 'truncate')).toBe(
      '2001:db8:85a3::',
    );
    expect(applyOperator('2001:db8::1', 'ip_address', 'truncate')).toBe('2001:db8::');
    expect(applyOperator('fe80::1%eth0', 'ip_address', 'truncate')).toBe('fe80::');
    expect(truncateIp('::ffff:192.0.2.128')).toBe('::ffff:192.0.2.0');
  });

  it('truncate keeps the month of a date, in the form it was written', () => {
    expect(applyOperator('12-03-1985', 'date_of_birth', 'truncate')).toBe('03-1985');
    expect(applyOperator('1985-03-12', 'date_of_birth', 'truncate')).toBe('1985-03');
    expect(applyOperator('12 maart 1985', 'date_of_birth', 'truncate')).toBe('maart 1985');
    expect(applyOperator('March 12, 1985', 'date_of_birth', 'truncate')).toBe('March 1985');
  });

  it('truncate falls back to the tag for other types and unreadable values', () => {
    expect(applyOperator('jan@example.nl', 'email', 'truncate')).toBe('<email>');
    expect(applyOperator('ergens in 1985', 'date_of_birth', 'truncate')).toBe('<date_of_birth>');
  });

  it('rejects an unknown operator', () => {
    expect(() => applyOperator('x', 'email', 'shred' as never)).toThrow(
      expect.objectContaining({ code: 'PII_UNKNOWN_OPERATOR' }),
    );
  });
});
