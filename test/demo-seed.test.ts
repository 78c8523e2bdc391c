import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector, SystemInfo } from '../src/connectors/connector.js';
import { openConnector } from '../src/connectors/open.js';
import { referencePath } from '../src/datamap/graph.js';
import { parseDatamap } from '../src/datamap/load.js';
import { customerEmail, phoneDigits } from '../src/demo/cloudaware/facts.js';
import { existingDemoTables, type SeedReport, seedDemoStore } from '../src/demo/cloudaware/seed.js';
import type { SeedTarget } from '../src/demo/cloudaware/target.js';
import { demoDatamapPath, demoPolicyPath } from '../src/paths.js';
import { isValidIbanChecksum } from '../src/pii/checksums.js';
import { isValidDutchNumber } from '../src/pii/phone-numbering.js';
import { parseDuration } from '../src/policy/duration.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { demoTargets } from './helpers/demo-targets.js';

/**
 * The CloudAware demo store, generated for 1,000 customers on PGlite and on throw-away databases of
 * the machine's PostgreSQL and MariaDB: what a user of the demo relies on (valid IBANs, phone numbers
 * that lead to their owner, data due and not due under every retention rule) and that the data map
 * describes the store the generator builds.
 */

const NOW = new Date('2025-06-30T00:00:00Z');
const SEED = 7;
const CUSTOMERS = 1000;
const { datamap } = parseDatamap(readFileSync(demoDatamapPath, 'utf8'), 'datamap.yaml');
const { policy } = await loadPolicyFile(demoPolicyPath);
const store = datamap.systems.cloudaware!.collections;

/** `now` minus a retention period, as YYYY-MM-DD (compared as a literal on every engine). */
function cutoff(period: string): string {
  const d = parseDuration(period)!;
  const at = new Date(
    Date.UTC(
      NOW.getUTCFullYear() - d.years,
      NOW.getUTCMonth() - d.months,
      NOW.getUTCDate() - d.weeks * 7 - d.days,
    ),
  );
  return at.toISOString().slice(0, 10);
}

/**
 * Rows due and not due in a collection, the clock read where the data map says: in the row itself,
 * or at the end of the references that lead to the collection that keeps it (each hop here goes
 * from child to parent, so every row meets exactly one clock value).
 */
async function dueSplit(target: SeedTarget, collection: string, before: string) {
  const clock = store[collection]!.retention!.clock;
  let from = `${collection} t0`;
  let column = `t0.${typeof clock === 'string' ? clock : clock.field}`;
  if (typeof clock !== 'string') {
    const path = referencePath(datamap, { system: 'cloudaware', collection }, clock.collection)!;
    path.forEach((hop, i) => {
      expect(hop.direction).toBe('child_to_parent');
      from += ` join ${hop.to.collection} t${i + 1} on t${i}.${hop.from.field} = t${i + 1}.${hop.to.field}`;
    });
    column = `t${path.length}.${clock.field}`;
  }
  const [row] = await target.query<{ due: number; kept: number }>(
    `select sum(case when ${column} < '${before}' then 1 else 0 end) as due,
            sum(case when ${column} >= '${before}' then 1 else 0 end) as kept from ${from}`,
  );
  return { due: Number(row!.due), kept: Number(row!.kept) };
}

const count = async (target: SeedTarget, sql: string) =>
  Number(Object.values((await target.query<Record<string, unknown>>(sql))[0]!)[0]);

const rowsByEngine = new Map<string, Record<string, number>>();

describe.each(demoTargets)('the CloudAware demo store on $name', (factory) => {
  const skip = !factory.available;
  let target: SeedTarget;
  let drop: () => Promise<void>;
  let report: SeedReport;

  beforeAll(async () => {
    if (skip) return;
    ({ target, drop } = await factory.open());
    report = await seedDemoStore(target, { customers: CUSTOMERS, seed: SEED, now: NOW, chunkSize: 300 });
  });
  afterAll(async () => {
    await drop?.();
  });

  it.skipIf(skip)(
    `has ${CUSTOMERS} customers and exactly the rows it reports (${factory.where})`,
    async () => {
      expect(report.customers).toBe(CUSTOMERS);
      expect(await count(target, 'select count(*) from customers')).toBe(CUSTOMERS);
      for (const [table, rows] of Object.entries(report.rows)) {
        expect(await count(target, `select count(*) from ${table}`), table).toBe(rows);
        expect(rows, table).toBeGreaterThan(0);
      }
      // Every customer has a contract, a primary contact and a marketing-preferences row.
      for (const table of ['contracts', 'contacts', 'marketing_preferences']) {
        expect(await count(target, `select count(distinct customer_id) from ${table}`), table).toBe(
          CUSTOMERS,
        );
      }
      expect(report.totalRows).toBe(Object.values(report.rows).reduce((a, b) => a + b, 0));
      rowsByEngine.set(factory.name, report.rows);
      // The same seed gives the same rows on every engine.
      if (factory.name !== 'pglite' && rowsByEngine.has('pglite'))
        expect(report.rows).toEqual(rowsByEngine.get('pglite'));
    },
  );

  it.skipIf(skip)('has the foreign keys the data map marks as foreign_key, and no others', async () => {
    const schema = factory.name === 'mariadb' ? 'database()' : 'current_schema()';
    const fks = await count(
      target,
      `select count(*) from information_schema.table_constraints
        where constraint_type = 'FOREIGN KEY' and table_schema = ${schema}`,
    );
    const declared = Object.values(store).flatMap((c) =>
      Object.values(c.fields).filter((f) => f.references?.origin === 'foreign_key'),
    );
    expect(fks).toBe(declared.length);
  });

  it.skipIf(skip)('every IBAN passes the mod-97 check, in payments and in what customers wrote', async () => {
    const ibans = await target.query<{ iban: string }>('select distinct iban from payments');
    expect(ibans.length).toBeGreaterThan(CUSTOMERS / 2);
    for (const { iban } of ibans) {
      expect(iban).toMatch(/^NL\d{2}[A-Z]{4}\d{10}$/);
      expect(isValidIbanChecksum(iban), iban).toBe(true);
    }
    const bodies = await target.query<{ body: string }>(
      "select body from support_messages where body like '%rekening NL%'",
    );
    expect(bodies.length).toBeGreaterThan(0);
    for (const { body } of bodies) {
      const written = /NL\d{2}(?: [A-Z0-9]{4}){3} \d{2}/.exec(body)![0];
      expect(isValidIbanChecksum(written.replaceAll(' ', '')), written).toBe(true);
    }
  });

  it.skipIf(skip)(
    'phone numbers are valid Dutch mobile numbers, one per contact, and lead call records to their owner',
    async () => {
      const phones = await target.query<{ id: number; phone: string }>('select id, phone from contacts');
      expect(new Set(phones.map((p) => p.phone)).size).toBe(phones.length);
      for (const { id, phone } of phones) {
        expect(phone).toBe(`+316${phoneDigits(Number(id))}`);
        expect(isValidDutchNumber(phone.slice(3)), phone).toBe(true);
      }
      const orphans = await count(
        target,
        'select count(*) from call_records r where not exists (select 1 from contacts c where c.phone = r.msisdn)',
      );
      expect(orphans).toBe(0);
      expect(await count(target, 'select count(*) from location_records')).toBeGreaterThan(0);
    },
  );

  it.skipIf(skip)(
    'e-mail addresses are unique, on reserved example domains, as the log writer computes them',
    async () => {
      const rows = await target.query<{ id: number; email: string }>('select id, email from customers');
      expect(new Set(rows.map((r) => r.email)).size).toBe(CUSTOMERS);
      for (const { id, email } of rows) {
        expect(email).toMatch(/^[a-z]+\.[a-z]+\d+@example\.(com|net|org)$/);
        expect(email).toBe(customerEmail(SEED, Number(id)));
      }
      // A contact person's address is never another customer's: a request by e-mail finds one person.
      const shared = await count(
        target,
        'select count(*) from contacts k join customers c on c.email = k.email where k.customer_id <> c.id',
      );
      expect(shared).toBe(0);
      const own = await count(
        target,
        "select count(*) from contacts k join customers c on c.email = k.email and k.role = 'primary'",
      );
      expect(own).toBe(CUSTOMERS);
    },
  );

  it.skipIf(skip)(
    'has rows due and rows not due under every retention rule bound in the data map',
    async () => {
      const rules = new Set<string>();
      for (const [collection, c] of Object.entries(store)) {
        if (!c.retention) continue;
        const rule = policy.retention.find((r) => r.id === c.retention!.rule)!;
        const split = await dueSplit(target, collection, cutoff(rule.period));
        expect(split.due, `${collection} (${rule.id}) due`).toBeGreaterThan(0);
        expect(split.kept, `${collection} (${rule.id}) not due`).toBeGreaterThan(0);
        rules.add(rule.id);
      }
      // Every rule of the policy governs some table (the web-server logs rule also governs sessions).
      expect([...rules].sort()).toEqual(policy.retention.map((r) => r.id).sort());
    },
  );

  it.skipIf(skip)('refuses to generate over the existing tables, and replaces them when asked', async () => {
    await expect(seedDemoStore(target, { customers: 10, seed: SEED, now: NOW })).rejects.toMatchObject({
      code: 'DEMO_STORE_NOT_EMPTY',
    });
    expect(await count(target, 'select count(*) from customers')).toBe(CUSTOMERS);
    const again = await seedDemoStore(target, { customers: 10, seed: SEED, now: NOW, replace: true });
    expect(again.customers).toBe(10);
    expect(await count(target, 'select count(*) from customers')).toBe(10);
    expect(await existingDemoTables(target)).toHaveLength(12);
  });
});

describe('the data map describes the generated store', () => {
  let dir: string;
  let live: SystemInfo;
  let connector: Connector | undefined;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'grondslag-demo-map-'));
    const pglite = demoTargets.find((t) => t.name === 'pglite')!;
    const opened = await pglite.open();
    await seedDemoStore(opened.target, { customers: 50, seed: SEED, now: NOW });
    await opened.target.close();
    // Read the store the way `datamap check` does: through the connector.
    connector = await openConnector('cloudaware', { type: 'pglite', url: opened.dataDir! });
    live = await connector.introspect();
    await connector.close();
    connector = undefined;
    await opened.drop();
  });
  afterAll(async () => {
    await connector?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('every table of the store is a collection of the map, and every collection a table', () => {
    expect(live.collections.map((c) => c.name).sort()).toEqual(Object.keys(store).sort());
  });

  it('every field of the map is a column of that type, and the primary keys agree', () => {
    for (const info of live.collections) {
      const mapped = store[info.name]!;
      expect(info.primaryKey, info.name).toEqual(mapped.primaryKey);
      for (const [field, f] of Object.entries(mapped.fields)) {
        const column = info.fields.find((c) => c.name === field);
        expect(column, `${info.name}.${field}`).toBeDefined();
        if (f.type) expect(column!.type, `${info.name}.${field}`).toBe(f.type);
      }
    }
  });

  it('the references marked foreign_key are the foreign keys of the store', () => {
    const inStore = live.collections.flatMap((c) =>
      c.foreignKeys.map(
        (fk) => `${c.name}.${fk.fields.join()} → ${fk.references.collection}.${fk.references.fields.join()}`,
      ),
    );
    const inMap = Object.entries(store).flatMap(([name, c]) =>
      Object.entries(c.fields)
        .filter(([, f]) => f.references?.origin === 'foreign_key')
        .map(([field, f]) => `${name}.${field} → ${f.references!.collection}.${f.references!.field}`),
    );
    expect(inStore.sort()).toEqual(inMap.sort());
  });
});
