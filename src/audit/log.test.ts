import { describe, expect, it } from 'vitest';
import { appendEntries } from '../../test/helpers/audit.js';
import { freshPostgres, storePerTest, testStores } from '../../test/helpers/store.js';
import { GrondslagError } from '../errors.js';
import { openPostgres } from '../store/postgres.js';
import { GENESIS_HASH } from './chain.js';
import { appendAudit, appendAudits } from './log.js';
import { listAudit } from './records.js';
import { verifyAuditChain } from './verify.js';

describe.each(testStores)('audit log on $name', (store) => {
  const open = storePerTest(store);

  it.skipIf(!store.available)('appends numbered, chained entries that verify', async () => {
    const db = await open();
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 0 });
    const records = await appendEntries(db, 25);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(records[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < records.length; i++) expect(records[i]!.prevHash).toBe(records[i - 1]!.hash);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 25 });
    // Small pages exercise the paging: the result must not depend on where pages end.
    expect(await verifyAuditChain(db, { pageSize: 4 })).toEqual({ ok: true, entries: 25 });
    expect(await verifyAuditChain(db, { pageSize: 25 })).toEqual({ ok: true, entries: 25 });
  });

  it.skipIf(!store.available)(
    'appends several entries in one go as the same chain as one by one',
    async () => {
      const [one, many] = [await open(), await open()];
      // Two identical logs of two entries each.
      const at = (i: number) => new Date(Date.UTC(2026, 2, 29, 1, 0, i));
      await appendEntries(one, 2, { at });
      await appendEntries(many, 2, { at });
      const clock = [
        new Date('2026-03-29T03:30:00.500Z'),
        // Earlier than the entry before it: `at` stays at the previous entry's time.
        new Date('2026-03-29T03:29:00.000Z'),
        new Date('2026-03-29T03:31:00.000Z'),
      ];
      const inputs = ['policy.loaded', 'user.created', 'retention.swept'].map((action, i) => ({
        actor: 'cli',
        action,
        subjectType: 'test',
        subjectId: `s${i}`,
        data: { n: i },
      }));
      const byOne = [];
      for (const [i, input] of inputs.entries()) {
        byOne.push(await one.transaction((tx) => appendAudit(tx, input, { now: () => clock[i]! })));
      }
      let tick = 0;
      const together = await many.transaction((tx) =>
        appendAudits(tx, inputs, { now: () => clock[tick++]! }),
      );
      expect(together).toEqual(byOne);
      expect(together.map((r) => r.seq)).toEqual([3, 4, 5]);
      expect(together[1]!.at).toEqual(together[0]!.at);
      expect((await listAudit(many, { limit: 3 })).reverse()).toEqual(together);
      expect(await verifyAuditChain(many)).toEqual({ ok: true, entries: 5 });
      expect(await many.transaction((tx) => appendAudits(tx, []))).toEqual([]);
    },
  );

  it.skipIf(!store.available)(
    'appends a list longer than one statement holds as one unbroken chain',
    async () => {
      const db = await open();
      // 6,000 entries of 11 parameters each: more than the 65,535 one statement may carry.
      const inputs = Array.from({ length: 6000 }, (_, i) => ({
        actor: 'cli',
        action: 'policy.loaded',
        subjectType: 'test',
        subjectId: `s${i}`,
      }));
      const records = await db.transaction((tx) => appendAudits(tx, inputs));
      expect(records.map((r) => r.seq)).toEqual(inputs.map((_, i) => i + 1));
      expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 6000 });
    },
  );

  it.skipIf(!store.available)('stores what was appended, read back identically', async () => {
    const db = await open();
    const appended = await db.transaction((tx) =>
      appendAudit(
        tx,
        {
          actor: 'system:retention',
          action: 'retention.swept',
          subjectType: 'retention_rule',
          subjectId: 'web-logs',
          data: {
            deleted: 1234,
            tables: ['access_log', 'error_log'],
            dryRun: false,
            ratio: 0.1 + 0.2,
            note: null,
          },
        },
        { now: () => new Date('2026-03-29T03:30:00.123+02:00') },
      ),
    );
    const [stored] = await listAudit(db, { limit: 1 });
    expect(stored).toEqual(appended);
    expect(stored!.at.toISOString()).toBe('2026-03-29T01:30:00.123Z');
  });

  it.skipIf(!store.available)('leaves no entry and no hole when the transaction rolls back', async () => {
    const db = await open();
    await appendEntries(db, 2);
    await expect(
      db.transaction(async (tx) => {
        await appendAudit(tx, { actor: 'cli', action: 'policy.loaded', subjectType: 'policy' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 2 });
    const [next] = await appendEntries(db, 1);
    expect(next!.seq).toBe(3);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
  });

  it.skipIf(!store.available)('keeps one chain when 50 transactions append at once', async () => {
    const db = await open();
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db.transaction(async (tx) => {
          await tx.query('select 1');
          return appendAudit(tx, {
            actor: `user:${i}`,
            action: 'user.created',
            subjectType: 'user',
            subjectId: `${i}`,
          });
        }),
      ),
    );
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 50 });
    const subjects = (await listAudit(db, { limit: 100 })).map((r) => Number(r.subjectId));
    expect(subjects.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it.skipIf(!store.available)('never dates an entry before the one it follows', async () => {
    const db = await open();
    const later = new Date('2026-02-01T12:00:00.000Z');
    const [first, second] = await appendEntries(db, 2, {
      at: (i) => (i === 1 ? later : new Date('2026-01-31T08:00:00.000Z')),
    });
    expect(first!.at).toEqual(later);
    expect(second!.at).toEqual(later);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 2 });
  });

  it.skipIf(!store.available)('refuses personal data and writes nothing', async () => {
    const db = await open();
    const attempt = db.transaction((tx) =>
      appendAudit(tx, {
        actor: 'user:7',
        action: 'request.received',
        subjectType: 'request',
        subjectId: 'r-1',
        data: { contact: 'Mail jan.jansen@example.nl' },
      }),
    );
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GrondslagError);
    expect((error as GrondslagError).code).toBe('AUDIT_PERSONAL_DATA');
    expect((error as GrondslagError).message).toContain('data.contact');
    expect((error as GrondslagError).message).not.toContain('jansen');
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 0 });
  });

  it.skipIf(!store.available)('refuses to append outside a transaction', async () => {
    const db = await open();
    await expect(appendAudit(db, { actor: 'cli', action: 'policy.loaded' })).rejects.toMatchObject({
      code: 'AUDIT_OUTSIDE_TRANSACTION',
    });
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 0 });
  });

  it.skipIf(!store.available)('refuses ordinary updates, deletes and truncation of the log', async () => {
    const db = await open();
    await appendEntries(db, 3);
    await expect(
      db.query(`update grondslag.audit_log set action = 'user.deleted' where seq = 2`),
    ).rejects.toThrow(/append-only/);
    await expect(db.query('delete from grondslag.audit_log where seq = 3')).rejects.toThrow(/append-only/);
    await expect(db.query('truncate grondslag.audit_log')).rejects.toThrow(/append-only/);
    expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 3 });
  });
});

describe.skipIf(!testStores.find((s) => s.name === 'postgres')?.available)(
  'audit log on PostgreSQL with several processes',
  () => {
    it('keeps one chain when 50 appends race from three separate connection pools', async () => {
      const { db, url, drop } = await freshPostgres();
      // Three pools stand for three Grondslag processes sharing the database.
      const pools = [db, openPostgres(url, { max: 8 }), openPostgres(url, { max: 8 })];
      try {
        const appended = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            pools[i % pools.length]!.transaction(async (tx) => {
              // A change first, as in real use, so transactions overlap before they reach the lock.
              await tx.query('select pg_sleep(0.01)');
              return appendAudit(tx, {
                actor: `token:${i}`,
                action: 'request.updated',
                subjectType: 'request',
                subjectId: `${i}`,
              });
            }),
          ),
        );
        expect(appended.map((r) => r.seq).sort((a, b) => a - b)).toEqual(
          Array.from({ length: 50 }, (_, i) => i + 1),
        );
        expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: 50 });
      } finally {
        await pools[1]!.close();
        await pools[2]!.close();
        await drop();
      }
    });
  },
);

describe.skipIf(!testStores.every((s) => s.available))('the same entries on both drivers', () => {
  it('get the same hashes, so a log moved from PGlite to PostgreSQL still verifies', async () => {
    const hashes: string[][] = [];
    for (const store of testStores) {
      const { db, close } = await store.open();
      try {
        const records = await appendEntries(db, 3, {
          at: (i) => new Date(Date.UTC(2026, 0, i, 9, 30, 15, 250)),
          entry: (i) => ({ data: { ratio: i / 3, label: 'één — ✓', nested: { z: [i, null], a: true } } }),
        });
        const stored = await listAudit(db, { limit: 3 });
        expect(stored.map((r) => r.hash).reverse()).toEqual(records.map((r) => r.hash));
        hashes.push(records.map((r) => r.hash));
      } finally {
        await close();
      }
    }
    expect(hashes[1]).toEqual(hashes[0]);
  });
});
