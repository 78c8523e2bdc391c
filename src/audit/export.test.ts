import { describe, expect, it } from 'vitest';
import { appendEntries, tamperAuditLog } from '../../test/helpers/audit.js';
import { storePerTest, testStores } from '../../test/helpers/store.js';
import { chainHash, checkLink, GENESIS_HASH } from './chain.js';
import { exportAudit } from './export.js';

/** Entry i is written on 2026-01-i at noon UTC. */
const day = (i: number) => new Date(Date.UTC(2026, 0, i, 12));

describe.each(testStores)('exporting a period of the audit log on $name', (store) => {
  const open = storePerTest(store);

  it.skipIf(!store.available)('holds the entries of the period and the hash they chain from', async () => {
    const db = await open();
    const records = await appendEntries(db, 12, { at: day });
    const doc = await exportAudit(
      db,
      { from: new Date('2026-01-05T00:00:00Z'), to: new Date('2026-01-09T00:00:00Z') },
      { pageSize: 3 },
    );
    expect(doc.entries.map((e) => e.seq)).toEqual([5, 6, 7, 8]);
    expect(doc.previous).toEqual({ seq: 4, hash: records[3]!.hash });
    expect(doc.verification).toEqual({ ok: true, entries: 12 });
    expect(doc.period).toEqual({ from: '2026-01-05T00:00:00.000Z', to: '2026-01-09T00:00:00.000Z' });

    // A recipient can check the period from the document alone, after a trip through JSON.
    const received = JSON.parse(JSON.stringify(doc)) as typeof doc;
    let head = received.previous;
    for (const e of received.entries) {
      const record = { ...e, at: new Date(e.at) };
      expect(checkLink(head, record)).toBeUndefined();
      expect(chainHash(record.prevHash, record)).toBe(e.hash);
      head = { seq: e.seq, hash: e.hash };
    }
  });

  it.skipIf(!store.available)(
    'chains a period that starts at the beginning from the genesis hash',
    async () => {
      const db = await open();
      await appendEntries(db, 3, { at: day });
      const doc = await exportAudit(db, {
        from: new Date('2025-12-01Z'),
        to: new Date('2026-01-03T00:00:00Z'),
      });
      expect(doc.entries.map((e) => e.seq)).toEqual([1, 2]);
      expect(doc.previous).toEqual({ seq: 0, hash: GENESIS_HASH });
    },
  );

  it.skipIf(!store.available)(
    'exports an empty period with the hash of the last entry before it',
    async () => {
      const db = await open();
      const records = await appendEntries(db, 3, { at: day });
      const doc = await exportAudit(db, { from: new Date('2026-02-01Z'), to: new Date('2026-03-01Z') });
      expect(doc.entries).toEqual([]);
      expect(doc.previous).toEqual({ seq: 3, hash: records[2]!.hash });
    },
  );

  it.skipIf(!store.available)('reports a broken log in the export', async () => {
    const db = await open();
    await appendEntries(db, 4, { at: day });
    await tamperAuditLog(db, [`update grondslag.audit_log set actor = 'user:999' where seq = 2`]);
    const doc = await exportAudit(db, {
      from: new Date('2026-01-03T00:00:00Z'),
      to: new Date('2026-02-01Z'),
    });
    expect(doc.verification).toMatchObject({ ok: false, firstBad: { seq: 2, reason: 'hash_mismatch' } });
  });

  it.skipIf(!store.available)('refuses a period that ends before it starts', async () => {
    const db = await open();
    await expect(
      exportAudit(db, { from: new Date('2026-02-01Z'), to: new Date('2026-01-01Z') }),
    ).rejects.toMatchObject({
      code: 'AUDIT_BAD_PERIOD',
    });
  });
});
