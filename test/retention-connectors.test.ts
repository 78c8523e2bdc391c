import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, SweepBatch } from '../src/connectors/connector.js';
import { openLogFileConnector } from '../src/connectors/logfile/connector.js';
import { connectorTargets, daysAfterEpoch, hoursAfterEpoch, phoneOf } from './helpers/connectors.js';

/**
 * The connector operations retention adds — counting due rows in one statement, keeping rows under a
 * hold (by key, by clock window, or both), and clocks kept in another table — on every SQL store, with
 * the expected numbers worked out from the fixture's formulas (test/helpers/connectors.ts), not from
 * the code under test.
 *
 * Fixture: customer c created at day c; orders 2c-1 and 2c of customer c placed at hours 2c-1, 2c;
 * call record r made by customer ceil(r/3) at hour r.
 */

async function total(batches: AsyncIterable<SweepBatch>): Promise<number> {
  let n = 0;
  for await (const b of batches) n += b.count;
  return n;
}

describe.each(connectorTargets)('retention on $name', (target) => {
  let connector: Connector;
  let drop: () => Promise<void>;
  const it_ = it.skipIf(!target.available);

  beforeAll(async () => {
    if (!target.available) return;
    ({ connector, drop } = await target.open());
  });
  afterAll(async () => {
    await drop?.();
  });

  it_('counts due rows, rows kept per label, the oldest due clock and later cut-offs in one go', async () => {
    // Calls before hour 1000: 999 of them. Customer 5's three calls (13..15) are held by number; the
    // window hold keeps hours 100..199 (100 calls, by clock only).
    const count = await connector.countDue('call_records', {
      clockField: 'started_at',
      before: hoursAfterEpoch(1000),
      keep: [
        { label: 'hold', match: { field: 'phone', values: [phoneOf(5)] } },
        { label: 'hold', window: { from: hoursAfterEpoch(100), to: hoursAfterEpoch(200) } },
        { label: 'restriction', match: { field: 'phone', values: [phoneOf(40)] } },
      ],
      horizon: [hoursAfterEpoch(1500), hoursAfterEpoch(3000)],
    });
    // Customer 40 made calls 118..120, inside the window: kept under both labels, once per label.
    expect(count).toEqual({
      pastPeriod: 999,
      due: 999 - 3 - 100,
      kept: { hold: 103, restriction: 3 },
      oldest: hoursAfterEpoch(1),
      horizon: [1499 - 103, 2999 - 103],
    });
  });

  it_('reads a clock from the parent row through a reference', async () => {
    // Orders by the created_at of their customer: customers 1..99 were created before day 100.
    const count = await connector.countDue('orders', {
      clockField: 'created_at',
      clockPath: [{ field: 'customer_id', collection: 'customers', to: 'id', direction: 'child_to_parent' }],
      before: daysAfterEpoch(100),
      keep: [{ label: 'restriction', match: { field: 'customer_id', values: [7] } }],
    });
    expect(count.pastPeriod).toBe(99 * 2);
    expect(count.due).toBe(99 * 2 - 2);
    expect(count.oldest).toEqual(daysAfterEpoch(1));
  });

  it_('reads the latest clock of the children, and none while a child has none', async () => {
    // A customer's clock is its latest order: hour 2c. Before hour 41: customers 1..20. Customer 3's
    // second order gets no date, so customer 3 is never due.
    const before = hoursAfterEpoch(41);
    const clockPath = [
      { field: 'id', collection: 'orders', to: 'customer_id', direction: 'parent_to_child' as const },
    ];
    const beforeNull = await connector.countDue('customers', { clockField: 'placed_at', clockPath, before });
    expect(beforeNull.due).toBe(20);
    await connector.updateRows('orders', { field: 'id', values: [6] }, { placed_at: null });
    const after = await connector.countDue('customers', { clockField: 'placed_at', clockPath, before });
    expect(after.due).toBe(19);
  });

  it_('deletes exactly what it counted, keeping held rows, over a clock kept elsewhere', async () => {
    // Orders of customers created before day 60, except those of customer 2 (held by key) and of
    // customers created in days 10..19 (held by window on the customer's clock).
    const sweep = {
      clockField: 'created_at',
      clockPath: [
        { field: 'customer_id', collection: 'customers', to: 'id', direction: 'child_to_parent' as const },
      ],
      before: daysAfterEpoch(60),
      keep: [
        { label: 'hold', match: { field: 'customer_id', values: [2] } },
        { label: 'hold', window: { from: daysAfterEpoch(10), to: daysAfterEpoch(20) } },
      ],
    };
    const counted = await connector.countDue('orders', sweep);
    expect(counted.due).toBe((59 - 1 - 10) * 2);
    expect(await total(connector.deleteWhereOlder('orders', { ...sweep, batchSize: 25 }))).toBe(counted.due);
    expect((await connector.countDue('orders', sweep)).due).toBe(0);
    // The held orders are all still there.
    expect(await connector.countRows('orders', { field: 'customer_id', values: [2, 10, 15, 19] })).toBe(8);
    expect(await connector.countRows('orders', { field: 'customer_id', values: [1, 20, 59] })).toBe(0);
  });

  it_('anonymises through a clock path, resumable behind the last key', async () => {
    const sweep = {
      clockField: 'created_at',
      clockPath: [
        { field: 'customer_id', collection: 'customers', to: 'id', direction: 'child_to_parent' as const },
      ],
      before: daysAfterEpoch(200),
      fields: [{ name: 'note', operator: 'x' }],
      batchSize: 50,
    };
    let first: SweepBatch | undefined;
    for await (const b of connector.anonymiseWhereOlder('orders', sweep, () => 'weg')) {
      first = b;
      break;
    }
    let rest = 0;
    for await (const b of connector.anonymiseWhereOlder(
      'orders',
      { ...sweep, after: first!.lastKey },
      () => 'weg',
    )) {
      rest += b.count;
    }
    // Orders of customers 60..199 are left after the previous test (1..59 mostly deleted): every one
    // of them is visited once across the two calls.
    const left = await connector.countRows('orders', {
      field: 'customer_id',
      values: Array.from({ length: 199 }, (_, i) => i + 1),
    });
    expect(first!.count + rest).toBe(left);
  });

  it_('refuses a keep condition that names neither keys nor a window', async () => {
    await expect(
      connector.countDue('call_records', {
        clockField: 'started_at',
        before: hoursAfterEpoch(10),
        keep: [{ label: 'hold' }],
      }),
    ).rejects.toMatchObject({ code: 'CONNECTOR_BAD_ARGUMENT' });
  });
});

describe('retention on log files', () => {
  let dir: string;
  const months = ['Jan', 'Feb', 'Mar'];
  // Day d of January 2025 (1..31): 10 lines, line i from 10.0.<d>.<i>.
  const lines = (from: number, to: number) => {
    const out: string[] = [];
    for (let d = from; d <= to; d++) {
      for (let i = 0; i < 10; i++) {
        out.push(
          `10.0.${d}.${i} - - [${String(d).padStart(2, '0')}/${months[0]}/2025:10:00:0${i} +0000] "GET / HTTP/1.1" 200 5 "-" "curl/8"`,
        );
      }
    }
    return `${out.join('\n')}\n`;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'grondslag-retention-logs-'));
    writeFileSync(join(dir, 'access.log'), lines(21, 31));
    writeFileSync(join(dir, 'access.log.1'), lines(11, 20));
    writeFileSync(join(dir, 'access.log.2'), lines(1, 10));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts lines like the SQL stores, with holds by value and by window', async () => {
    const c = await openLogFileConnector('web', dir);
    const count = await c.countDue('access.log', {
      clockField: 'time',
      before: new Date(Date.UTC(2025, 0, 15)),
      keep: [
        { label: 'hold', match: { field: 'remote_addr', values: ['10.0.3.1', '10.0.3.2'] } },
        {
          label: 'hold',
          window: { from: new Date(Date.UTC(2025, 0, 12)), to: new Date(Date.UTC(2025, 0, 13)) },
        },
      ],
      horizon: [new Date(Date.UTC(2025, 0, 20))],
    });
    expect(count).toEqual({
      pastPeriod: 140,
      due: 140 - 2 - 10,
      kept: { hold: 12 },
      oldest: new Date(Date.UTC(2025, 0, 1, 10, 0, 0)),
      horizon: [190 - 12],
    });
    let removed = 0;
    const files: string[] = [];
    for await (const b of c.deleteWhereOlder('access.log', {
      clockField: 'time',
      before: new Date(Date.UTC(2025, 0, 15)),
      keep: [{ label: 'hold', match: { field: 'remote_addr', values: ['10.0.3.1', '10.0.3.2'] } }],
    })) {
      removed += b.count;
      if (b.removedFile) files.push(b.file!);
    }
    // The held lines keep access.log.2 in place; it is rewritten, not removed.
    expect(removed).toBe(140 - 2);
    expect(files).toEqual([]);
  });
});
