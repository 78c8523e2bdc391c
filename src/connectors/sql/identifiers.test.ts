import { describe, expect, it } from 'vitest';
import { quoteIdentifier, quoteQualified } from './identifiers.js';

describe('quoteIdentifier', () => {
  it('doubles the quote character of each dialect inside the name', () => {
    expect(quoteIdentifier('postgres', 'say "hi"')).toBe('"say ""hi"""');
    expect(quoteIdentifier('sqlite', 'say "hi"')).toBe('"say ""hi"""');
    expect(quoteIdentifier('mysql', 'say `hi`')).toBe('`say ``hi```');
    // The other dialect's quote is an ordinary character.
    expect(quoteIdentifier('mysql', 'a"b')).toBe('`a"b`');
  });

  it('quotes reserved words and qualified names part by part', () => {
    expect(quoteIdentifier('postgres', 'order')).toBe('"order"');
    expect(quoteQualified('postgres', ['my schema', 'user'])).toBe('"my schema"."user"');
    expect(quoteQualified('mysql', ['db', 'a.b'])).toBe('`db`.`a.b`');
  });

  it('refuses names no store can hold', () => {
    expect(() => quoteIdentifier('postgres', '')).toThrow(/empty/);
    expect(() => quoteIdentifier('mysql', 'a\0b')).toThrow(/NUL/);
  });
});
