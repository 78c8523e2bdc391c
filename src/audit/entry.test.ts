import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AuditEntry, type AuditValue, canonicalEntry, canonicalJson, checkAuditInput } from './entry.js';

const entry: AuditEntry = {
  seq: 7,
  at: new Date('2026-03-29T03:30:00.5+02:00'),
  actor: 'system:retention',
  action: 'retention.swept',
  subjectType: 'retention_rule',
  subjectId: 'web-logs',
  beforeId: null,
  afterId: 'run-9',
  data: { tables: ['b', 'a'], deleted: 12, nested: { z: true, a: null } },
};

describe('canonicalEntry', () => {
  it('writes every field, keys sorted at every level, time in UTC with milliseconds', () => {
    // Written by hand from the documented form, not copied from output.
    expect(canonicalEntry(entry)).toBe(
      '{"action":"retention.swept","actor":"system:retention","afterId":"run-9",' +
        '"at":"2026-03-29T01:30:00.500Z","beforeId":null,' +
        '"data":{"deleted":12,"nested":{"a":null,"z":true},"tables":["b","a"]},' +
        '"seq":7,"subjectId":"web-logs","subjectType":"retention_rule"}',
    );
  });

  it('does not depend on the order in which keys were set', () => {
    const reordered: AuditEntry = {
      data: { nested: { a: null, z: true }, deleted: 12, tables: ['b', 'a'] },
      afterId: 'run-9',
      beforeId: null,
      subjectId: 'web-logs',
      subjectType: 'retention_rule',
      action: 'retention.swept',
      actor: 'system:retention',
      at: new Date('2026-03-29T01:30:00.500Z'),
      seq: 7,
    };
    expect(canonicalEntry(reordered)).toBe(canonicalEntry(entry));
  });
});

const jsonValue: fc.Arbitrary<AuditValue> = fc.letrec<{ value: AuditValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('canonicalJson', () => {
  it('is JSON that parses back to the same value', () => {
    fc.assert(
      fc.property(jsonValue, (v) => {
        // -0 is written as 0, as JSON.stringify and PostgreSQL's jsonb both do.
        expect(JSON.parse(canonicalJson(v))).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });

  it('gives the same text for the same object built in any key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), jsonValue, { maxKeys: 8 }), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });
});

// [1, <hole>, 3]: JSON.stringify would turn the hole into null, so it must be refused, not hashed.
const sparse: number[] = [];
sparse[0] = 1;
sparse[2] = 3;
const cyclic: Record<string, AuditValue> = {};
cyclic.self = cyclic;

describe('checkAuditInput', () => {
  it('fills absent fields with null and an empty data object', () => {
    expect(checkAuditInput({ actor: 'cli', action: 'policy.loaded' })).toEqual({
      actor: 'cli',
      action: 'policy.loaded',
      subjectType: null,
      subjectId: null,
      beforeId: null,
      afterId: null,
      data: {},
    });
  });

  it.each([
    ['an e-mail address as subject id', { subjectType: 'user', subjectId: 'jan@example.nl' }, 'subjectId'],
    ['a phone number in data', { data: { called: '+31 6 12345678' } }, 'data.called'],
    [
      'an IBAN deep in data',
      { data: { payments: [{ from: 'NL91ABNA0417164300' }] } },
      'data.payments[0].from',
    ],
    ['an e-mail address in the actor', { actor: 'user:jan@example.nl' }, 'actor'],
    ['an e-mail address as a data key', { data: { 'jan@example.nl': 'NL91ABNA0417164300' } }, 'data[key]'],
  ])('refuses %s, naming the field but not the value', (_, fields, path) => {
    const call = () => checkAuditInput({ actor: 'user:1', action: 'user.updated', ...fields });
    expect(call).toThrow(expect.objectContaining({ code: 'AUDIT_PERSONAL_DATA' }));
    try {
      call();
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toContain(path);
      expect(message).not.toMatch(/jan@|12345678|NL91/);
    }
  });

  it.each([
    ['an undotted action', { action: 'created' }, 'action'],
    ['an upper-case action', { action: 'User.Created' }, 'action'],
    ['an actor with spaces', { actor: 'the admin' }, 'actor'],
    ['a subject id without a type', { subjectId: '42' }, 'subjectId'],
    ['data that is not an object', { data: ['x'] as never }, 'data'],
    ['an infinite number', { data: { n: Number.POSITIVE_INFINITY } }, 'data.n'],
    ['an undefined value', { data: { n: undefined } as never }, 'data.n'],
    ['a date object', { data: { when: new Date() } as never }, 'data.when'],
    ['a NUL character', { data: { s: 'a\u0000b' } }, 'data.s'],
    ['a lone surrogate', { data: { s: 'a\uD800' } }, 'data.s'],
    ['a key that is not an identifier', { data: { 'two words': 1 } }, 'data key'],
    ['deep nesting', { data: { a: { b: { c: { d: { e: 1 } } } } } }, 'data.a.b.c.d'],
    ['a sparse array', { data: { xs: sparse } }, 'data.xs[1]'],
    ['a cyclic object', { data: cyclic }, 'data.self.self.self.self'],
    ['oversized data', { data: { blob: 'x'.repeat(5000) } }, 'data'],
  ])('refuses %s', (_, fields, path) => {
    expect(() => checkAuditInput({ actor: 'user:1', action: 'user.updated', ...fields })).toThrow(
      expect.objectContaining({
        code: 'AUDIT_ENTRY_INVALID',
        details: expect.arrayContaining([expect.objectContaining({ path })]),
      }),
    );
  });
});
