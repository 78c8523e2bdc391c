import { afterEach, describe, expect, it } from 'vitest';
import { appendEntries, tamperAuditLog } from '../../test/helpers/audit.js';
import { testStores } from '../../test/helpers/store.js';
import type { Db } from '../store/db.js';
import { chainHash } from './chain.js';
import type { AuditRecord } from './entry.js';
import { verifyAuditChain } from './verify.js';

describe.each(testStores)('verifying a tampered audit log on $name', (store) => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });
  /** A store with ten good entries. */
  const openWithEntries = async (): Promise<{ db: Db; records: AuditRecord[] }> => {
    const s = await store.open();
    close = s.close;
    const records = await appendEntries(s.db, 10);
    expect(await verifyAuditChain(s.db)).toEqual({ ok: true, entries: 10 });
    return { db: s.db, records };
  };

  it.skipIf(!store.available)('names an entry whose action was changed', async () => {
    const { db, records } = await openWithEntries();
    await tamperAuditLog(db, [`update grondslag.audit_log set action = 'user.deleted' where seq = 4`]);
    const result = await verifyAuditChain(db, { pageSize: 3 });
    expect(result).toMatchObject({ ok: false, entries: 10, firstBad: { seq: 4, reason: 'hash_mismatch' } });
    expect(result.ok === false && result.firstBad.actual).toBe(records[3]!.hash);
    expect(result.ok === false && result.firstBad.expected).toBe(
      chainHash(records[3]!.prevHash, { ...records[3]!, action: 'user.deleted' }),
    );
  });

  it.skipIf(!store.available)('names an entry whose data was changed', async () => {
    const { db } = await openWithEntries();
    await tamperAuditLog(db, [
      `update grondslag.audit_log set data = jsonb_set(data, '{n}', '600') where seq = 6`,
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      entries: 10,
      firstBad: { seq: 6, reason: 'hash_mismatch' },
    });
  });

  it.skipIf(!store.available)('names an entry whose time was moved by one millisecond', async () => {
    const { db } = await openWithEntries();
    await tamperAuditLog(db, [
      `update grondslag.audit_log set at = at + interval '1 millisecond' where seq = 9`,
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      firstBad: { seq: 9, reason: 'hash_mismatch' },
    });
  });

  it.skipIf(!store.available)('names the missing entry when one in the middle is deleted', async () => {
    const { db } = await openWithEntries();
    await tamperAuditLog(db, ['delete from grondslag.audit_log where seq = 5']);
    expect(await verifyAuditChain(db, { pageSize: 3 })).toEqual({
      ok: false,
      entries: 9,
      firstBad: { seq: 5, reason: 'gap', expected: 5, actual: 6 },
    });
  });

  it.skipIf(!store.available)('names entry 1 when the oldest entries are deleted', async () => {
    const { db } = await openWithEntries();
    await tamperAuditLog(db, ['delete from grondslag.audit_log where seq <= 2']);
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      firstBad: { seq: 1, reason: 'gap', expected: 1, actual: 3 },
    });
  });

  it.skipIf(!store.available)('names the first of two entries that swapped places', async () => {
    const { db } = await openWithEntries();
    await tamperAuditLog(
      db,
      ['update grondslag.audit_log set seq = 1000 where seq = 3'],
      ['update grondslag.audit_log set seq = 3 where seq = 4'],
      ['update grondslag.audit_log set seq = 4 where seq = 1000'],
    );
    expect(await verifyAuditChain(db)).toMatchObject({
      ok: false,
      firstBad: { seq: 3, reason: 'broken_link' },
    });
  });

  it.skipIf(!store.available)('sees a rewrite with a recomputed hash at the next entry', async () => {
    const { db, records } = await openWithEntries();
    const forged = { ...records[6]!, action: 'user.deleted' };
    const forgedHash = chainHash(forged.prevHash, forged);
    await tamperAuditLog(db, [
      `update grondslag.audit_log set action = 'user.deleted', hash = $1 where seq = 7`,
      [forgedHash],
    ]);
    expect(await verifyAuditChain(db)).toEqual({
      ok: false,
      entries: 10,
      firstBad: { seq: 8, reason: 'broken_link', expected: forgedHash, actual: records[6]!.hash },
    });
  });
});
