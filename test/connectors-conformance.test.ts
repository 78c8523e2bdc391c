import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row, SweepBatch } from '../src/connectors/connector.js';
import { connectorTargets, daysAfterEpoch, FIXTURE, hoursAfterEpoch, phoneOf } from './helpers/connectors.js';

/**
 * One behaviour, four stores: every SQL connector runs this same suite against a real database
 * holding the fixture of test/helpers/connectors.ts. Tests work on disjoint parts of the fixture, so
 * the order they run in does not matter.
 */

async function collect(batches: AsyncIterable<Row[]>, maxBatch?: number): Promise<Row[]> {
  const rows: Row[] = [];
  for await (const batch of batches) {
    if (maxBatch !== undefined) expect(batch.length).toBeLessThanOrEqual(maxBatch);
    rows.push(...batch);
  }
  return rows;
}

async function drain(batches: AsyncIterable<SweepBatch>): Promise<number> {
  let n = 0;
  for await (const b of batches) n += b.count;
  return n;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const ids = (rows: Row[]) => rows.map((r) => Number(r.id)).sort((a, b) => a - b);

describe.each(connectorTargets)('connector conformance on $name', (target) => {
  let connector: Connector;
  let drop: (() => Promise<void>) | undefined;
  /** Statements sent while a test has set this. */
  let statements: string[] | undefined;

  beforeAll(async () => {
    if (!target.available) return;
    ({ connector, drop } = await target.open((sql) => statements?.push(sql)));
  });
  afterAll(async () => {
    await drop?.();
  });

  const it_ = it.skipIf(!target.available);

  it_('introspects tables, columns, primary keys, foreign keys and row estimates', async () => {
    const { collections } = await connector.introspect();
    const byName = new Map(collections.map((c) => [c.name, c]));
    expect([...byName.keys()].sort()).toEqual(['call_records', 'customers', 'order "lines"', 'orders']);
    const customers = byName.get('customers')!;
    expect(customers.fields.map((f) => f.name)).toEqual([
      'id',
      'email',
      'phone',
      'name',
      'created_at',
      'credit',
    ]);
    expect(customers.fields.find((f) => f.name === 'email')).toMatchObject({ type: 'text', nullable: false });
    expect(customers.fields.find((f) => f.name === 'phone')).toMatchObject({ type: 'text', nullable: true });
    expect(customers.fields.find((f) => f.name === 'id')).toMatchObject({ type: 'integer', nullable: false });
    expect(customers.fields.find((f) => f.name === 'created_at')?.type).toBe('timestamp');
    expect(customers.primaryKey).toEqual(['id']);
    expect(customers.foreignKeys).toEqual([]);
    expect(customers.rowEstimate).toBeGreaterThan(FIXTURE.customers / 2);
    expect(customers.rowEstimate).toBeLessThan(FIXTURE.customers * 2);
    expect(byName.get('orders')!.foreignKeys).toMatchObject([
      { fields: ['customer_id'], references: { collection: 'customers', fields: ['id'] } },
    ]);
    // Keyed by phone number, without a foreign key: the data map declares that reference by hand.
    expect(byName.get('call_records')!.foreignKeys).toEqual([]);
    expect(byName.get('order "lines"')!.fields.map((f) => f.name)).toEqual([
      'id',
      'select',
      'user name',
      'tick`name',
      'group',
    ]);
  });

  it_('samples rows with every field, or the fields asked for', async () => {
    const rows = await connector.sample('customers', { limit: 5 });
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]!).sort()).toEqual(['created_at', 'credit', 'email', 'id', 'name', 'phone']);
    const narrow = await connector.sample('customers', { limit: 3, fields: ['email'] });
    expect(narrow).toHaveLength(3);
    expect(Object.keys(narrow[0]!)).toEqual(['email']);
  });

  it_('finds the rows of 5,000 keys in bounded batches, each row once', async () => {
    const keys = [...range(1, 5000), 999_999, 1, 2];
    const customers = await collect(
      connector.findRows('customers', { field: 'id', values: keys }, { fields: ['email'], batchSize: 700 }),
      700,
    );
    expect(ids(customers)).toEqual(range(1, 5000));
    const c42 = customers.find((r) => Number(r.id) === 42);
    expect(c42).toEqual({ id: c42!.id, email: 'c42@example.nl' });

    const orders = await collect(
      connector.findRows('orders', { field: 'customer_id', values: range(1, 5000) }, { batchSize: 1000 }),
      1000,
    );
    expect(orders).toHaveLength(10_000);
    expect(new Set(orders.map((o) => Number(o.id))).size).toBe(10_000);

    const calls = await collect(
      connector.findRows('call_records', { field: 'phone', values: [phoneOf(7), phoneOf(8)] }),
    );
    expect(ids(calls)).toEqual(range(19, 24));
    expect(
      await connector.countRows('call_records', { field: 'phone', values: [phoneOf(7), phoneOf(8)] }),
    ).toBe(6);
    expect(await collect(connector.findRows('customers', { field: 'id', values: [] }))).toEqual([]);
  });

  it_('finds the rows matching any of several key lists, each row once', async () => {
    const few = await collect(
      connector.findRows('customers', [
        { field: 'id', values: [1, 2] },
        { field: 'email', values: ['c2@example.nl', 'c3@example.nl'] },
      ]),
    );
    expect(ids(few)).toEqual([1, 2, 3]);
    // Lists longer than one statement takes are asked chunk by chunk; still each row once.
    const many = await collect(
      connector.findRows(
        'customers',
        [
          { field: 'id', values: range(1, 12_000) },
          { field: 'phone', values: range(1, 20).map(phoneOf) },
        ],
        { batchSize: 900 },
      ),
      900,
    );
    expect(ids(many)).toEqual(range(1, FIXTURE.customers));
  });

  it_('answers several callers at once, each with its own rows', async () => {
    const [a, b, n] = await Promise.all([
      collect(
        connector.findRows('orders', { field: 'customer_id', values: range(1, 800) }, { batchSize: 300 }),
      ),
      collect(connector.findRows('call_records', { field: 'phone', values: range(1, 400).map(phoneOf) })),
      connector.countRows('customers', { field: 'id', values: range(1, 250) }),
    ]);
    expect(ids(a)).toEqual(range(1, 1600));
    expect(ids(b)).toEqual(range(1, 1200));
    expect(n).toBe(250);
  });

  it_('deletes the matching rows and nothing else', async () => {
    const customersGone = range(5001, 5100);
    const before = await connector.countRows('orders');
    expect(await connector.deleteRows('orders', { field: 'customer_id', values: customersGone })).toBe(200);
    expect(await connector.countRows('orders', { field: 'customer_id', values: customersGone })).toBe(0);
    expect(await connector.countRows('orders')).toBe(before - 200);
    expect(await connector.countRows('orders', { field: 'customer_id', values: [5000, 5101] })).toBe(4);
  });

  it_('rectifies a field of the matching rows', async () => {
    expect(
      await connector.updateRows('customers', { field: 'id', values: [5950] }, { email: 'nieuw@example.nl' }),
    ).toBe(1);
    const rows = await collect(connector.findRows('customers', { field: 'id', values: [5949, 5950] }));
    expect(rows.map((r) => r.email).sort()).toEqual(['c5949@example.nl', 'nieuw@example.nl']);
  });

  it_('anonymises fields in batches through the caller’s transform, leaving other rows alone', async () => {
    const seen: unknown[] = [];
    const n = await connector.anonymiseRows(
      'customers',
      { field: 'id', values: range(5101, 5400) },
      [
        { name: 'email', operator: { kind: 'mask' } },
        { name: 'phone', operator: { kind: 'redact' } },
      ],
      (value, { field }) => {
        seen.push(field.operator);
        return (field.operator as { kind: string }).kind === 'mask'
          ? `${String(value).slice(0, 2)}***`
          : null;
      },
      { batchSize: 64 },
    );
    expect(n).toBe(300);
    expect(seen).toHaveLength(600);
    const changed = await collect(
      connector.findRows('customers', { field: 'id', values: range(5101, 5400) }),
    );
    const c5200 = changed.find((r) => Number(r.id) === 5200)!;
    expect(c5200).toMatchObject({ email: 'c5***', phone: null, name: 'Klant 5200' });
    expect(changed.every((r) => r.email === `${`c${r.id}`.slice(0, 2)}***` && r.phone === null)).toBe(true);
    const untouched = await collect(connector.findRows('customers', { field: 'id', values: [5100, 5401] }));
    expect(untouched.map((r) => [r.email, r.phone])).toEqual(
      [5100, 5401].map((id) => [`c${id}@example.nl`, phoneOf(id)]),
    );
  });

  it_('writes an anonymised batch back with one statement, not one per row', async () => {
    const customers = range(5401, 5900);
    await connector.introspect();
    statements = [];
    try {
      const n = await connector.anonymiseRows(
        'orders',
        { field: 'customer_id', values: customers },
        [{ name: 'note', operator: 'replace' }],
        () => 'weg',
        { batchSize: 250 },
      );
      expect(n).toBe(1000);
      const writes = statements.filter((s) => /^\s*(with .*\)\s*)?update/is.test(s));
      const reads = statements.filter((s) => /^\s*select/i.test(s));
      expect(writes).toHaveLength(4);
      expect(reads.length).toBeLessThanOrEqual(5);
      expect(statements.length).toBe(writes.length + reads.length);
    } finally {
      statements = undefined;
    }
    const notes = await collect(
      connector.findRows('orders', { field: 'customer_id', values: [5400, 5401, 5900, 5901] }),
    );
    expect(
      notes.map((r) => [Number(r.customer_id), r.note]).sort((a, b) => Number(a[0]) - Number(b[0])),
    ).toEqual([
      [5400, 'bestelling 10799'],
      [5400, 'bestelling 10800'],
      [5401, 'weg'],
      [5401, 'weg'],
      [5900, 'weg'],
      [5900, 'weg'],
      [5901, 'bestelling 11801'],
      [5901, 'bestelling 11802'],
    ]);
  });

  it_('deletes by retention in committed batches that resume without counting twice', async () => {
    // Records 1..2499 started before hour 2500; the six of customers 1 and 2 are under a legal hold.
    const sweep = {
      clockField: 'started_at',
      before: hoursAfterEpoch(2500),
      batchSize: 400,
      exclude: { field: 'phone', values: [phoneOf(1), phoneOf(2)] },
    };
    const due = 2499 - 6;
    let first = 0;
    for await (const batch of connector.deleteWhereOlder('call_records', sweep)) {
      first += batch.count;
      expect(batch.lastKey).toHaveLength(1);
      break; // a crash after the first batch
    }
    expect(first).toBe(400);
    expect(await connector.countRows('call_records')).toBe(FIXTURE.callRecords - 400);
    let rest = 0;
    for await (const batch of connector.deleteWhereOlder('call_records', sweep)) {
      expect(batch.count).toBeLessThanOrEqual(400);
      rest += batch.count;
    }
    expect(first + rest).toBe(due);
    expect(await connector.countRows('call_records')).toBe(FIXTURE.callRecords - due);
    const kept = await collect(connector.findRows('call_records', { field: 'id', values: range(1, 2501) }));
    expect(ids(kept)).toEqual([1, 2, 3, 4, 5, 6, 2500, 2501]);
    // A third run finds nothing left to do.
    let again = 0;
    for await (const batch of connector.deleteWhereOlder('call_records', sweep)) again += batch.count;
    expect(again).toBe(0);
  });

  it_('writes values computed beforehand into rows by key, the same again when repeated', async () => {
    const keys = range(5910, 5919);
    const rows = keys.map((id) => ({ id, email: `w${id}@example.invalid`, phone: null }));
    // A key that is not there is skipped; the rows around the range stay as they were.
    const written = await connector.writeRows!(
      'customers',
      [...rows, { id: 99_999, email: 'x', phone: null }],
      ['email', 'phone'],
    );
    expect(written).toBe(10);
    const again = await connector.writeRows!('customers', rows, ['email', 'phone']);
    expect(again === 10 || again === 0).toBe(true); // MySQL counts changed rows only
    const after = await collect(connector.findRows('customers', { field: 'id', values: range(5909, 5920) }));
    const byId = new Map(after.map((r) => [Number(r.id), r]));
    for (const id of keys)
      expect(byId.get(id)).toMatchObject({ email: `w${id}@example.invalid`, phone: null });
    for (const id of [5909, 5920]) {
      expect(byId.get(id)).toMatchObject({ email: `c${id}@example.nl`, phone: phoneOf(id) });
    }
    await expect(connector.writeRows!('customers', rows, ['id'])).rejects.toMatchObject({
      code: 'CONNECTOR_BAD_ARGUMENT',
    });
  });

  it_('commits the changes of a transaction together, and none of them when it fails', async () => {
    const email = (id: number) => `t${id}@example.invalid`;
    await expect(
      connector.withTransaction!(async (tx) => {
        await tx.updateRows('customers', { field: 'id', values: [5930] }, { email: email(5930) });
        await tx.deleteRows('orders', { field: 'customer_id', values: [5931] });
        throw new Error('stopped inside the transaction');
      }),
    ).rejects.toThrow('stopped inside the transaction');
    const untouched = await collect(connector.findRows('customers', { field: 'id', values: [5930] }));
    expect(untouched[0]!.email).toBe('c5930@example.nl');
    expect(await connector.countRows('orders', { field: 'customer_id', values: [5931] })).toBeGreaterThan(0);

    const deleted = await connector.withTransaction!(async (tx) => {
      await tx.updateRows('customers', { field: 'id', values: [5930] }, { email: email(5930) });
      await tx.writeRows!('customers', [{ id: 5932, email: email(5932) }], ['email']);
      return tx.deleteRows('orders', { field: 'customer_id', values: [5931] });
    });
    expect(deleted).toBeGreaterThan(0);
    const changed = await collect(connector.findRows('customers', { field: 'id', values: [5930, 5932] }));
    expect(changed.map((r) => r.email).sort()).toEqual([email(5930), email(5932)]);
    expect(await connector.countRows('orders', { field: 'customer_id', values: [5931] })).toBe(0);
  });

  it_('anonymises by retention and resumes behind the last key, rewriting each row once', async () => {
    // Customers 1..1000 were created before day 1001.
    const sweep = {
      clockField: 'created_at',
      before: daysAfterEpoch(1001),
      batchSize: 300,
      fields: [{ name: 'name', operator: 'suffix' }],
    };
    const mark = (v: unknown) => `${v}#`;
    let lastKey: unknown[] | undefined;
    let total = 0;
    for await (const batch of connector.anonymiseWhereOlder('customers', sweep, mark)) {
      total += batch.count;
      lastKey = batch.lastKey;
      break;
    }
    expect(total).toBe(300);
    for await (const batch of connector.anonymiseWhereOlder(
      'customers',
      { ...sweep, after: lastKey },
      mark,
    )) {
      total += batch.count;
    }
    expect(total).toBe(1000);
    const rows = await collect(connector.findRows('customers', { field: 'id', values: range(1, 1001) }));
    expect(rows.filter((r) => r.name === `Klant ${r.id}#`)).toHaveLength(1000);
    expect(rows.find((r) => Number(r.id) === 1001)?.name).toBe('Klant 1001');
  });

  it_('handles names with quotes, spaces, backticks and reserved words', async () => {
    const table = FIXTURE.weirdTable;
    const group3 = await collect(
      connector.findRows(table, { field: 'group', values: [3] }, { fields: ['select', 'tick`name'] }),
    );
    expect(group3).toHaveLength(30);
    expect(group3.every((r) => r.select === `s${r.id}` && r['tick`name'] === `t${r.id}`)).toBe(true);
    expect(
      await connector.anonymiseRows(
        table,
        { field: 'group', values: [4] },
        [{ name: 'user name', operator: 'x' }],
        () => 'x',
      ),
    ).toBe(30);
    expect(await connector.countRows(table, { field: 'user name', values: ['x'] })).toBe(30);
    expect(await connector.deleteRows(table, { field: 'select', values: ['s5', 's6'] })).toBe(2);
    expect(
      await connector.updateRows(table, { field: 'tick`name', values: ['t7'] }, { select: 'order' }),
    ).toBe(1);
    expect(await connector.countRows(table)).toBe(FIXTURE.weirdRows - 2);
  });

  it_('rejects an unknown collection or field with its code, and sends nothing that names it', async () => {
    await connector.introspect();
    statements = [];
    try {
      await expect(
        collect(connector.findRows('customer', { field: 'id', values: [1] })),
      ).rejects.toMatchObject({
        code: 'CONNECTOR_UNKNOWN_COLLECTION',
        collection: 'customer',
        system: 'crm',
      });
      await expect(
        connector.deleteRows('customers; drop table orders', { field: 'id', values: [1] }),
      ).rejects.toMatchObject({
        code: 'CONNECTOR_UNKNOWN_COLLECTION',
      });
      // Only catalogue reads ran (the connector looked once more for a table created since).
      expect(statements.every((s) => !s.includes('customers;') && !/\bcustomer\b/.test(s))).toBe(true);
      statements = [];
      await expect(
        connector.deleteRows('customers', { field: 'e-mail', values: ['x'] }),
      ).rejects.toMatchObject({
        code: 'CONNECTOR_UNKNOWN_FIELD',
        collection: 'customers',
        field: 'e-mail',
      });
      await expect(
        connector.anonymiseRows(
          'customers',
          { field: 'id', values: [1] },
          [{ name: 'mail', operator: 'x' }],
          () => 'x',
        ),
      ).rejects.toMatchObject({ code: 'CONNECTOR_UNKNOWN_FIELD', field: 'mail' });
      await expect(
        collect(
          connector.findRows('customers', { field: 'id', values: [1] }, { fields: ['email', 'pasword'] }),
        ),
      ).rejects.toMatchObject({ code: 'CONNECTOR_UNKNOWN_FIELD', field: 'pasword' });
      const sweep = connector.deleteWhereOlder('customers', { clockField: 'created', before: new Date() });
      await expect(drain(sweep)).rejects.toMatchObject({ code: 'CONNECTOR_UNKNOWN_FIELD' });
      expect(statements).toEqual([]);
    } finally {
      statements = undefined;
    }
    expect(await connector.countRows('customers', { field: 'id', values: [1] })).toBe(1);
  });

  it_('refuses a retention clock that is not a time', async () => {
    const sweep = connector.deleteWhereOlder('customers', { clockField: 'credit', before: new Date() });
    await expect(drain(sweep)).rejects.toMatchObject({ code: 'CONNECTOR_BAD_ARGUMENT', field: 'credit' });
    expect(await connector.countRows('customers', { field: 'id', values: [6000] })).toBe(1);
  });
});
