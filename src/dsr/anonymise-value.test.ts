import { describe, expect, it } from 'vitest';
import { scanText } from '../pii/scan.js';
import { anonymiseValue, fromStored, toStored } from './anonymise-value.js';
import type { FieldAnonymiser } from './plan.js';

const spec = (s: Partial<FieldAnonymiser>): FieldAnonymiser => ({
  field: 'f',
  action: 'mask',
  source: 'datamap',
  ...s,
});
const key = 'test key';

describe('anonymising one stored value', () => {
  it('hashes an identifier to the same pseudonym every time, and a different one for another value', () => {
    const a = anonymiseValue('jan@example.nl', spec({ action: 'hmac', piiType: 'email' }), key);
    expect(a).toMatch(/^<email:[0-9a-f]{8}>$/);
    expect(anonymiseValue('jan@example.nl', spec({ action: 'hmac', piiType: 'email' }), key)).toBe(a);
    expect(anonymiseValue('jan@example.com', spec({ action: 'hmac', piiType: 'email' }), key)).not.toBe(a);
  });

  it('removes the personal data from free text and keeps the rest of it', () => {
    const out = anonymiseValue(
      'Bel Piet de Vries op 06-41234567 over de storing.',
      spec({ action: 'tag', prose: true }),
    ) as string;
    expect(out).toContain('over de storing');
    expect(out).not.toContain('41234567');
    expect(scanText(out).filter((f) => f.type === 'phone')).toEqual([]);
  });

  it('fits the column that held the original: a hash shortened in hex, anything else masked', () => {
    const short = anonymiseValue('CA00000042', spec({ action: 'hmac', maxLength: 16 }), key) as string;
    expect(short).toMatch(/^[0-9a-f]{16}$/);
    expect(anonymiseValue('CA00000043', spec({ action: 'hmac', maxLength: 16 }), key)).not.toBe(short);
    expect(anonymiseValue('1234AB', spec({ action: 'tag', piiType: 'postcode', maxLength: 6 }))).toBe(
      '******',
    );
  });

  it('never writes text into a date or number: truncation keeps the month, the rest becomes NULL', () => {
    const d = new Date('1985-03-12T00:00:00Z');
    expect(anonymiseValue(d, spec({ action: 'truncate' }))).toEqual(new Date('1985-03-01T00:00:00Z'));
    expect(anonymiseValue(d, spec({ action: 'mask' }))).toBeNull();
    expect(anonymiseValue(52.09, spec({ action: 'mask' }))).toBeNull();
    expect(anonymiseValue('x', spec({ action: 'nullify' }))).toBeNull();
  });

  it('stores dates so that they come back as dates', () => {
    const d = new Date('2026-01-02T03:04:05.006Z');
    expect(fromStored(JSON.parse(JSON.stringify(toStored(d))))).toEqual(d);
  });
});
