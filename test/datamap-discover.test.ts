import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Discovery, ProposedCollection } from '../src/datamap/discover.js';
import { parseDatamap } from '../src/datamap/load.js';
import { checkDatamapAgainstPolicy } from '../src/datamap/policy-check.js';
import { demoPolicyPath } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { runCliCaptured } from './helpers/cli.js';
import { MYSQL_ADMIN_URL, mysqlAvailable } from './helpers/connectors.js';
import { shopColumns, shopRows, shopSchema } from './helpers/discovery-fixture.js';
import { POSTGRES_ADMIN_URL, postgresAvailable } from './helpers/store.js';

/**
 * `grondslag datamap discover` on a shop database it has never seen, on real PostgreSQL and MariaDB:
 * it must find every column holding personal data and the identity fields, link the call records
 * to the customers by phone number although no foreign key says so, and propose nothing for order
 * numbers, amounts, product codes and statuses.
 */

interface Shop {
  url: string;
  type: 'postgres' | 'mysql';
  drop(): Promise<void>;
}

async function postgresShop(): Promise<Shop> {
  const name = `grondslag_discover_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  for (const s of shopSchema({ text: 'text', time: 'timestamptz' })) await c.query(s);
  const rows = shopRows();
  for (const table of Object.keys(shopColumns) as (keyof typeof shopColumns)[]) {
    const cols = shopColumns[table];
    for (const row of rows[table]) {
      await c.query(
        `insert into ${table} (${cols.join(', ')}) values (${cols.map((_, i) => `$${i + 1}`).join(', ')})`,
        row,
      );
    }
  }
  await c.query('analyze');
  await c.end();
  return {
    url,
    type: 'postgres',
    async drop() {
      const a = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

async function mariadbShop(): Promise<Shop> {
  const name = `grondslag_discover_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = `${MYSQL_ADMIN_URL.replace(/\/?$/, '/')}${name}`;
  const c = await mysql.createConnection({ uri: url, timezone: 'Z' });
  for (const s of shopSchema({ text: 'varchar(200)', time: 'datetime(3)' })) await c.query(s);
  const rows = shopRows();
  for (const table of Object.keys(shopColumns) as (keyof typeof shopColumns)[]) {
    await c.query(`insert into ${table} (${shopColumns[table].join(', ')}) values ?`, [rows[table]]);
  }
  await c.end();
  return {
    url,
    type: 'mysql',
    async drop() {
      const a = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
      await a.query(`drop database if exists ${name}`);
      await a.end();
    },
  };
}

async function cli(argv: string[], cwd: string) {
  return runCliCaptured(argv, { cwd });
}

const engines = [
  { name: 'PostgreSQL', available: postgresAvailable, make: postgresShop },
  { name: 'MariaDB', available: mysqlAvailable, make: mariadbShop },
];

for (const engine of engines) {
  describe.skipIf(!engine.available)(`grondslag datamap discover on ${engine.name}`, () => {
    let shop: Shop;
    let dir: string;
    let discovery: Discovery;
    const collection = (name: string): ProposedCollection => {
      const c = discovery.collections.find((x) => x.name === name);
      if (!c) throw new Error(`no proposal for ${name}`);
      return c;
    };
    const field = (c: string, f: string) => collection(c).fields.find((x) => x.name === f);

    beforeAll(async () => {
      shop = await engine.make();
      dir = mkdtempSync(join(tmpdir(), 'grondslag-discover-'));
      writeFileSync(
        join(dir, 'grondslag.config.yaml'),
        `policy: ${JSON.stringify(demoPolicyPath)}\nsystems:\n  shop: { type: ${shop.type}, url: ${JSON.stringify(shop.url)} }\n`,
      );
      const { code, stdout, stderr } = await cli(['datamap', 'discover', 'shop', '--json'], dir);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      discovery = JSON.parse(stdout);
    }, 120_000);

    afterAll(async () => {
      await shop?.drop();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('finds every column holding personal data, with the policy category for it', () => {
      const expected: Record<string, string> = {
        'customers.first_name': 'name',
        'customers.last_name': 'name',
        'customers.email': 'email',
        'customers.phone': 'phone',
        'customers.iban': 'bank_account',
        'customers.postcode': 'address',
        'request_log.client_ip': 'ip_address',
        'request_log.user_agent': 'browser_device',
        'call_records.caller': 'phone',
      };
      for (const [key, category] of Object.entries(expected)) {
        const [c, f] = key.split('.') as [string, string];
        const proposed = field(c, f);
        expect(proposed?.categories, key).toContain(category);
        // The evidence comes from values: most sampled values showed it, with masked examples only.
        expect(proposed?.evidence?.types[0]?.share, key).toBeGreaterThan(0.5);
        for (const ex of proposed?.evidence?.types[0]?.examples ?? []) expect(ex).toMatch(/\*/);
      }
      const personal = discovery.collections.flatMap((c) =>
        c.fields.filter((f) => f.categories.length > 0).map((f) => `${c.name}.${f.name}`),
      );
      expect(personal.sort()).toEqual(Object.keys(expected).sort());
    });

    it('finds the identity fields, including the customer key others refer to', () => {
      const identities = Object.fromEntries(
        discovery.collections.flatMap((c) =>
          c.fields.filter((f) => f.identity).map((f) => [`${c.name}.${f.name}`, f.identity]),
        ),
      );
      expect(identities).toMatchObject({
        'customers.id': 'customer_id',
        'customers.email': 'email',
        'customers.phone': 'phone',
        'customers.iban': 'iban',
        'request_log.client_ip': 'ip_address',
        'call_records.caller': 'phone',
      });
      expect(identities['orders.id']).toBeUndefined();
    });

    it('proposes no annotations for order numbers, amounts, product codes and statuses', () => {
      const orders = collection('orders');
      for (const name of ['order_number', 'amount', 'product_code', 'status']) {
        expect(
          orders.fields.find((f) => f.name === name),
          name,
        ).toBeUndefined();
      }
      expect(orders.fields.every((f) => f.categories.length === 0 && f.identity === undefined)).toBe(true);
      expect(orders.notPersonal).toEqual(expect.arrayContaining(['order_number', 'product_code', 'status']));
      expect(collection('request_log').notPersonal).toContain('path');
    });

    it('proposes references from foreign keys and from phone numbers found in the customers', () => {
      expect(field('orders', 'customer_id')?.references).toMatchObject({
        collection: 'customers',
        field: 'id',
        origin: 'foreign_key',
      });
      const caller = field('call_records', 'caller')?.references;
      expect(caller).toMatchObject({ collection: 'customers', field: 'phone', origin: 'declared' });
      expect(caller?.evidence).toMatch(
        /\d+ of \d+ distinct sampled values \(100%\) found in customers\.phone/,
      );
    });

    it('offers the end of the relationship as the retention clock, not a date of creation', () => {
      const clocks = collection('customers').clockCandidates.map((c) => c.field);
      expect(clocks[0]).toBe('closed_at');
      expect(clocks).toContain('created_at');
      expect(collection('call_records').clockCandidates[0]?.field).toBe('started_at');
    });

    it('--write puts a reviewable data map in a new file and refuses to overwrite it', async () => {
      const first = await cli(
        ['datamap', 'discover', 'shop', '--write', 'proposal.yaml', '--sample', '50'],
        dir,
      );
      expect(first.code).toBe(0);
      expect(first.stdout).toMatch(/proposal\.yaml: proposal for shop/);
      const text = readFileSync(join(dir, 'proposal.yaml'), 'utf8');
      // The evidence is in comments beside the annotation, never an unmasked value.
      expect(text).toMatch(/# email in 100% of 50 sampled values \(.*\*/);
      expect(text).not.toContain(String(shopRows().customers[0]![4]));
      // What is written is a data map the loader accepts and whose categories the policy knows.
      const loaded = parseDatamap(text, 'proposal.yaml');
      const { policy } = await loadPolicyFile(demoPolicyPath);
      expect(checkDatamapAgainstPolicy(loaded, policy).errors).toEqual([]);
      expect(loaded.datamap.systems.shop?.collections.customers?.fields.email).toMatchObject({
        categories: ['email'],
        identity: 'email',
      });

      writeFileSync(join(dir, 'proposal.yaml'), 'reviewed by a person\n');
      const again = await cli(['datamap', 'discover', 'shop', '--write', 'proposal.yaml'], dir);
      expect(again.code).toBe(2);
      expect(again.stderr).toMatch(/exists; pass --force/);
      expect(readFileSync(join(dir, 'proposal.yaml'), 'utf8')).toBe('reviewed by a person\n');
      const forced = await cli(['datamap', 'discover', 'shop', '--write', 'proposal.yaml', '--force'], dir);
      expect(forced.code).toBe(0);
      expect(readFileSync(join(dir, 'proposal.yaml'), 'utf8')).toMatch(/^# Proposed by/);
    }, 60_000);

    it('names an unknown system instead of guessing', async () => {
      const { code, stderr } = await cli(['datamap', 'discover', 'shopp'], dir);
      expect(code).toBe(2);
      expect(stderr).toMatch(/"shopp" is not a system of the configuration \(systems: shop\)/);
    });
  });
}
