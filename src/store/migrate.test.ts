import { describe, expect, it } from 'vitest';
import { storePerTest, testStores } from '../../test/helpers/store.js';
import { migrate, migrationStatus } from './migrate.js';
import { migrations } from './migrations.js';

describe.each(testStores)('store on $name', (store) => {
  const open = storePerTest(store);

  it.skipIf(!store.available)('has every migration applied and applying again changes nothing', async () => {
    const db = await open();
    const status = await migrationStatus(db);
    expect(status.map((s) => s.id)).toEqual(migrations.map((m) => m.id));
    expect(status.every((s) => s.appliedAt instanceof Date)).toBe(true);
    expect(await migrate(db)).toEqual([]);
  });

  it.skipIf(!store.available)('rolls a failed transaction back completely', async () => {
    const db = await open();
    await db.exec('create table grondslag.tx_probe (n int primary key)');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('insert into grondslag.tx_probe values ($1)', [1]);
        await tx.query('insert into grondslag.tx_probe values ($1)', [1]);
      }),
    ).rejects.toThrow();
    const { rows } = await db.query<{ n: number }>('select count(*) as n from grondslag.tx_probe');
    expect(rows[0]?.n).toBe(0);
  });

  it.skipIf(!store.available)(
    'returns counts as numbers and timestamps as dates on both drivers',
    async () => {
      const db = await open();
      const { rows } = await db.query<{ n: number; t: Date; j: { a: number } }>(
        `select 12345678901::bigint as n, timestamptz '2026-01-31 10:00:00+00' as t, '{"a":1}'::jsonb as j`,
      );
      expect(rows[0]).toEqual({ n: 12345678901, t: new Date('2026-01-31T10:00:00Z'), j: { a: 1 } });
    },
  );
});
