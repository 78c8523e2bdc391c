import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GrondslagError } from '../errors.js';
import { createKeyringSealer, createSealer, lookupKeyOf, sealedKeyId } from './sealed.js';
import { resealNested } from './sealed-json.js';

describe('re-sealing the sealed values inside a JSON document', () => {
  const oldKey = randomBytes(32);
  const newKey = randomBytes(32);
  const old = createSealer(oldKey);
  const ring = createKeyringSealer([newKey, oldKey], lookupKeyOf(oldKey));

  it('re-seals a document that is one sealed value', () => {
    const doc = old.seal(JSON.stringify([42, '+31612345678']));
    const out = resealNested(ring, doc) as string;
    expect(sealedKeyId(out)).toBe(ring.keyId);
    expect(JSON.parse(createSealer(newKey).openText(out))).toEqual([42, '+31612345678']);
  });

  it('re-seals nested values under an old key and leaves everything else as it was', () => {
    const current = ring.seal('already current');
    const doc = {
      key: [old.seal('17'), 3, null, true],
      refs: { phone: old.seal('+31612345678'), note: 'plain text', deep: [{ v: old.seal('x') }] },
      current,
      // Looks a little like a sealed value, but has not its four parts: not touched.
      label: 's1.not-sealed',
    };
    const out = resealNested(ring, doc) as typeof doc;
    const only = createSealer(newKey);
    expect(only.openText(out.key[0] as string)).toBe('17');
    expect(out.key.slice(1)).toEqual([3, null, true]);
    expect(only.openText(out.refs.phone)).toBe('+31612345678');
    expect(only.openText(out.refs.deep[0]!.v)).toBe('x');
    expect(out.refs.note).toBe('plain text');
    expect(out.current).toBe(current);
    expect(out.label).toBe('s1.not-sealed');
  });

  it('fails with CRYPTO_WRONG_KEY on a value whose key is not in the keyring', () => {
    const stranger = createSealer(randomBytes(32)).seal('y');
    let err: unknown;
    try {
      resealNested(ring, { a: [stranger] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GrondslagError);
    expect((err as GrondslagError).code).toBe('CRYPTO_WRONG_KEY');
  });
});
