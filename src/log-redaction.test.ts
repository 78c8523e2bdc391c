import { describe, expect, it } from 'vitest';
import { createLogger } from './log.js';
import { redactLogEntry } from './log-redaction.js';

describe('log redaction', () => {
  it('tags personal data in the message and string fields, nested ones too', () => {
    const out = redactLogEntry({
      level: 'warn',
      msg: 'bounce from jan@example.nl',
      error: { name: 'Error', message: 'phone 0612345678 unknown' },
      list: ['NL91ABNA0417164300'],
      count: 3,
    });
    expect(out).toEqual({
      level: 'warn',
      msg: 'bounce from <email>',
      error: { name: 'Error', message: 'phone <phone> unknown' },
      list: ['<iban>'],
      count: 3,
    });
  });

  it('leaves UUIDs, hex hashes and the time intact', () => {
    const ids = {
      time: '2026-11-25T14:27:59.000Z',
      requestId: '0b9c1f52-4a7e-4c1b-9b1e-3f2a1d6c7e88',
      sha256: '3f9a1c2b4d5e6f70819212345678201234567890a3b4c5d6e7f708192a3b4c5d',
      digits: '0612345678061234567806123456780612',
    };
    expect(redactLogEntry(ids)).toEqual(ids);
  });

  it('is what a logger does by default', () => {
    const lines: string[] = [];
    createLogger({ write: (l) => lines.push(l) }).info('code sent to jan@example.nl', {
      request: '0b9c1f52-4a7e-4c1b-9b1e-3f2a1d6c7e88',
    });
    const entry = JSON.parse(lines[0]!);
    expect(entry.msg).toBe('code sent to <email>');
    expect(entry.request).toBe('0b9c1f52-4a7e-4c1b-9b1e-3f2a1d6c7e88');
  });
});
