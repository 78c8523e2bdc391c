import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/audit/verify.js';
import { resealAll, sealedKeyUsage } from '../src/crypto/rotate.js';
import { createKeyringSealer, createSealer, lookupKeyOf, sealedKeyId } from '../src/crypto/sealed.js';
import type { Db } from '../src/store/db.js';
import { freshPglite } from './helpers/store.js';

/** Re-sealing survives an interruption: committed batches stay done, the next run finishes the rest. */

const oldKey = randomBytes(32);
const newKey = randomBytes(32);
let db: Db;

beforeAll(async () => {
  db = await freshPglite();
  const old = createSealer(oldKey);
  for (let i = 0; i < 7; i++) {
    await db.query(
      `insert into grondslag.retention_hold
        (id, reference, authority, issued_on, identity_kind, identity_hash, identity_cipher, created_by, created_at)
       values ($1, $2, 'OvJ', '2026-01-01', 'email', $3, $4, 'cli', now())`,
      [randomUUID(), `ref-${i}`, old.lookup('hold:email', `p${i}@example.nl`), old.seal(`p${i}@example.nl`)],
    );
  }
});
afterAll(async () => {
  await db?.close();
});

describe('re-sealing under a new key', () => {
  it('resumes after an interruption and ends with every value under the new key, unchanged', async () => {
    const ring = createKeyringSealer([newKey, oldKey], lookupKeyOf(oldKey));
    let batches = 0;
    await expect(
      resealAll(db, ring, {
        actor: 'cli',
        batchSize: 3,
        onBatch: () => {
          batches += 1;
          if (batches === 1) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const halfway = await sealedKeyUsage(db);
    expect(halfway[ring.keyId]).toBe(3);
    expect(halfway[createSealer(oldKey).keyId]).toBe(4);

    const done = await resealAll(db, ring, { actor: 'cli', batchSize: 3 });
    expect(done.tables['grondslag.retention_hold']).toBe(4);
    expect(await sealedKeyUsage(db)).toEqual({ [ring.keyId]: 7 });

    const rows = await db.query<{ reference: string; identity_cipher: string; identity_hash: string }>(
      'select reference, identity_cipher, identity_hash from grondslag.retention_hold order by reference',
    );
    const onlyNew = createKeyringSealer([newKey], lookupKeyOf(oldKey));
    for (const [i, r] of rows.rows.entries()) {
      expect(sealedKeyId(r.identity_cipher)).toBe(ring.keyId);
      expect(onlyNew.openText(r.identity_cipher)).toBe(`p${i}@example.nl`);
      // Lookups still match: the hash stored under the old key is what the new keyring computes.
      expect(onlyNew.lookup('hold:email', `p${i}@example.nl`)).toBe(r.identity_hash);
    }
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });
});
