import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, Row } from '../src/connectors/connector.js';
import { LogFileConnector } from '../src/connectors/logfile/connector.js';
import { countPersonRows, findPersonRows } from '../src/connectors/person-rows.js';
import { planTraversal } from '../src/datamap/graph.js';
import { parseDatamap } from '../src/datamap/load.js';
import { connectorTargets, phoneOf } from './helpers/connectors.js';

/**
 * Finding one person's rows across two systems: the SQL fixture of test/helpers/connectors.ts (on
 * SQLite) and web-server logs whose logged-in user is the customer's e-mail address. Customer 7
 * has two orders (13, 14), three call records (19..21) and two log lines.
 */

const datamapYaml = `
version: 1
systems:
  crm:
    collections:
      customers:
        primaryKey: [id]
        fields:
          id: { categories: [] }
          email: { categories: [contact], identity: email }
          phone: { categories: [contact], identity: phone }
      orders:
        primaryKey: [id]
        fields:
          id: { categories: [] }
          customer_id:
            references: { collection: customers, field: id, origin: foreign_key }
      call_records:
        primaryKey: [id]
        fields:
          id: { categories: [] }
          phone:
            categories: [traffic]
            references: { collection: customers, field: phone }
  web:
    collections:
      access.log:
        kind: logfiles
        fields:
          remote_addr: { categories: [online], identity: ip_address }
          remote_user:
            categories: [contact]
            references: { system: crm, collection: customers, field: email }
`;

describe('finding a person’s rows through the data map', () => {
  const sqlite = connectorTargets.find((t) => t.name === 'sqlite')!;
  let crm: Connector;
  let drop: () => Promise<void>;
  let logDir: string;
  let connectors: Record<string, Connector>;
  const { datamap } = parseDatamap(datamapYaml, 'datamap.yaml');

  beforeAll(async () => {
    ({ connector: crm, drop } = await sqlite.open());
    logDir = mkdtempSync(join(tmpdir(), 'grondslag-person-logs-'));
    const log = (ip: string, user: string, i: number) =>
      `${ip} - ${user} [01/Feb/2025:10:00:0${i} +0000] "GET /account HTTP/1.1" 200 10 "-" "test"`;
    writeFileSync(
      join(logDir, 'access.log'),
      [
        log('192.0.2.7', 'c7@example.nl', 1),
        log('192.0.2.8', 'c8@example.nl', 2),
        log('192.0.2.70', 'c7@example.nl', 3),
        log('192.0.2.7', '-', 4),
      ].join('\n'),
    );
    connectors = { crm, web: new LogFileConnector('web', logDir) };
  });
  afterAll(async () => {
    await drop?.();
    rmSync(logDir, { recursive: true, force: true });
  });

  async function rowsByCollection(batches: AsyncIterable<{ collection: string; rows: Row[] }>) {
    const out: Record<string, Row[]> = {};
    for await (const b of batches) out[b.collection] = [...(out[b.collection] ?? []), ...b.rows];
    return out;
  }

  it('starts at the e-mail address and follows references into both systems', async () => {
    const plan = planTraversal(datamap, { kind: 'email', value: 'c7@example.nl' });
    const found = await rowsByCollection(findPersonRows(plan, connectors, { batchSize: 2 }));
    expect(found.customers!.map((r) => Number(r.id))).toEqual([7]);
    expect(found.orders!.map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual([13, 14]);
    expect(found.call_records!.map((r) => Number(r.id)).sort((a, b) => a - b)).toEqual([19, 20, 21]);
    expect(found['access.log']!.map((r) => r.remote_addr)).toEqual(['192.0.2.7', '192.0.2.70']);
  });

  it('returns a row reached by two identities once', async () => {
    const plan = planTraversal(datamap, [
      { kind: 'email', value: 'c7@example.nl' },
      { kind: 'phone', value: phoneOf(7) },
    ]);
    const counts = await countPersonRows(plan, connectors);
    expect(Object.fromEntries(counts.map((c) => [c.collection, c.rows]))).toEqual({
      customers: 1,
      orders: 2,
      call_records: 3,
      'access.log': 2,
    });
  });

  it('finds nothing for an unknown person, and names a system without a connector', async () => {
    const nobody = planTraversal(datamap, { kind: 'email', value: 'niemand@example.nl' });
    expect((await countPersonRows(nobody, connectors)).every((c) => c.rows === 0)).toBe(true);
    const plan = planTraversal(datamap, { kind: 'ip_address', value: '192.0.2.8' });
    await expect(countPersonRows(plan, { crm })).rejects.toMatchObject({
      code: 'CONNECTOR_UNKNOWN_SYSTEM',
      system: 'web',
    });
  });
});
