/**
 * `npm run bench -- dsr [options]`: data-subject requests for one person on a large CloudAware demo
 * store in PostgreSQL, Grondslag against hand-written SQL doing the same work, in the same run; and
 * the time the worker takes for a queue of requests.
 *
 * - **Access**: Grondslag's whole execution (plan, reading every collection, recording what was
 *   found, the package with JSON, CSV, the Art. 15 report in HTML and PDF, redaction of other
 *   people) against the hand-written statements that read the same rows. Building the package is
 *   timed apart as well (hand-written SQL makes none) and reported next to the whole. The run first
 *   checks that both read exactly the same rows. Paired runs, median ratio. The statements sent to
 *   Grondslag's own store are counted, for access and erasure.
 * - **Erasure**: Grondslag's resumable execution (key sets and precomputed values recorded before
 *   acting, batches checkpointed) against one hand-written transaction that does the same: the same
 *   rows deleted, the same fields anonymised to the same values, the same tax records kept. That it
 *   is the same work is checked first on two identical small stores: after one erases a person by
 *   Grondslag and the other by hand, every table has the same checksum. Each person can be erased
 *   once, so the timed comparison pairs neighbouring persons and compares time per row changed.
 * - **Queue**: `--queued` approved access requests for different persons, executed one after the
 *   other as the worker takes them (`pendingExecutions` → `executeRequest`).
 *
 * Web-server logs are left out of the data map here: hand-written SQL does not rewrite log files.
 * Grondslag's own state is an embedded PGlite, as in the default installation, or with --own-url a
 * database on a PostgreSQL server (dropped and created empty for the run).
 *
 * Options: --url URL (default postgres://postgres@127.0.0.1:5432/grondslag_bench_dsr; erased persons
 *                     are gone afterwards, so not the person-rows benchmark's database)
 *          --customers N (seeds when the database has no demo tables; default 1420000, ≈39.5 M rows)
 *          --persons N (access persons and erasure pairs, default 4)  --runs N (access runs, default 3)
 *          --queued N (default 1000)  --out FILE (default bench/results/dsr.json; a .md beside it)
 *          --own-url URL (Grondslag's own store on this PostgreSQL database instead of PGlite)
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Connector } from '../src/connectors/connector.js';
import { openPostgresConnector } from '../src/connectors/postgres/connector.js';
import { createSealer } from '../src/crypto/sealed.js';
import { loadDatamapFile } from '../src/datamap/load.js';
import type { Datamap } from '../src/datamap/schema.js';
import { seedDemoStore } from '../src/demo/cloudaware/seed.js';
import { openSeedTarget } from '../src/demo/cloudaware/target.js';
import { anonymiseValue } from '../src/dsr/anonymise-value.js';
import { sharedConnectors } from '../src/dsr/connector-pool.js';
import { type ExecutionDeps, executeRequest, pendingExecutions } from '../src/dsr/execute.js';
import { submitRequest } from '../src/dsr/intake.js';
import { senderFromPolicy } from '../src/dsr/letters.js';
import { approve, complete, type RequestDetails, verify } from '../src/dsr/request.js';
import { transitionRequest } from '../src/dsr/store.js';
import { demoDatamapPath, demoPolicyPath, packageRoot } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';
import type { Policy } from '../src/policy/schema.js';
import type { Db, Queryable } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { redactUrl } from '../src/store/open.js';
import { openPglite } from '../src/store/pglite.js';
import { openPostgres } from '../src/store/postgres.js';
import { markdownTable, median, ratio } from './lib/stats.js';

const PII_KEY = 'benchmark pseudonym key';
const DEMO_TABLES = [
  'customers',
  'contacts',
  'contracts',
  'invoices',
  'payments',
  'support_tickets',
  'support_messages',
  'call_records',
  'location_records',
  'web_sessions',
  'marketing_preferences',
];

interface Env {
  db: Db;
  deps: ExecutionDeps;
  policy: Policy;
  /** Milliseconds spent inside the connector (statements in the organisation's store), reset per measurement. */
  store: { ms: number };
  /** Milliseconds spent building access packages (report HTML and PDF, CSV, ZIP), reset per measurement. */
  timings: { packageMs: number };
  /** Statements sent to Grondslag's own store, reset per measurement. */
  own: { statements: number };
  close(): Promise<void>;
}

/**
 * A connector that adds the time of every call into the store to `store.ms`: how much of an
 * execution is the work pushed down to the store, and how much Grondslag's own bookkeeping.
 */
function timed(c: Connector, store: { ms: number }): Connector {
  const t: Connector = Object.create(c);
  const time = async <T>(f: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await f();
    } finally {
      store.ms += performance.now() - t0;
    }
  };
  t.deleteRows = (...a) => time(() => c.deleteRows(...a));
  t.updateRows = (...a) => time(() => c.updateRows(...a));
  t.anonymiseRows = (...a) => time(() => c.anonymiseRows(...a));
  if (c.writeRows) t.writeRows = (...a) => time(() => c.writeRows!(...a));
  // A transaction of changes is store work as a whole; the calls inside it are not counted again.
  if (c.withTransaction) t.withTransaction = (fn) => time(() => c.withTransaction!(fn));
  t.findRows = (...a) => {
    const it = c.findRows(...a)[Symbol.asyncIterator]();
    return { [Symbol.asyncIterator]: () => ({ next: () => time(() => it.next()) }) };
  };
  return t;
}

/** Grondslag's own store, counting the statements sent to it (those inside transactions too). */
function counted(db: Db, own: { statements: number }): Db {
  const count = (q: Queryable): Queryable => ({
    query: <R>(sql: string, params?: readonly unknown[]) => {
      own.statements++;
      return q.query<R>(sql, params);
    },
    exec: (sql) => q.exec(sql),
  });
  return {
    ...count(db),
    driver: db.driver,
    transaction: (fn) => db.transaction((tx) => fn(count(tx))),
    close: () => db.close(),
  };
}

async function createDatabase(adminUrl: string, name: string, drop: boolean): Promise<boolean> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if (drop) await admin.query(`drop database if exists "${name}" with (force)`);
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) await admin.query(`create database "${name}"`);
    return rowCount === 0;
  } finally {
    await admin.end();
  }
}

async function ensureSeeded(url: string, customers: number, drop = false): Promise<void> {
  const u = new URL(url);
  const name = u.pathname.slice(1);
  const adminUrl = url.replace(/\/[^/]*$/, '/postgres');
  await createDatabase(adminUrl, name, drop);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`select to_regclass('public.invoices') is not null as seeded`);
  await client.end();
  if (rows[0].seeded) return;
  process.stdout.write(`seeding ${customers.toLocaleString('en-US')} customers into ${name} …\n`);
  const target = await openSeedTarget({ type: 'postgres', url });
  try {
    await seedDemoStore(target, { customers, now: new Date(Date.UTC(2026, 5, 15)) });
  } finally {
    await target.close();
  }
}

/** The demo data map without the web-server logs, which hand-written SQL does not reach. */
async function sqlOnlyDatamap(): Promise<Datamap> {
  const { datamap } = await loadDatamapFile(demoDatamapPath);
  const { weblogs: _logs, ...systems } = datamap.systems;
  return { ...datamap, systems };
}

/**
 * Grondslag's own store: an embedded PGlite as in the default installation, or — with `--own-url` —
 * a database on a PostgreSQL server, created empty for the run, as a larger installation runs it.
 */
async function openOwnStore(ownUrl: string | undefined): Promise<Db> {
  if (!ownUrl) return openPglite();
  const name = new URL(ownUrl).pathname.slice(1);
  await createDatabase(ownUrl.replace(/\/[^/]*$/, '/postgres'), name, true);
  return openPostgres(ownUrl);
}

async function executionEnv(url: string, datamap: Datamap, ownUrl?: string): Promise<Env> {
  const own = { statements: 0 };
  const db = counted(await openOwnStore(ownUrl), own);
  await migrate(db);
  const policy = (await loadPolicyFile(demoPolicyPath)).policy;
  const store = { ms: 0 };
  const timings = { packageMs: 0 };
  // As the worker does: connections and catalogues shared by the requests it takes.
  const shared = sharedConnectors(async (name) => timed(await openPostgresConnector(name, url), store));
  const deps: ExecutionDeps = {
    db,
    sealer: createSealer(randomBytes(32)),
    policy,
    datamap,
    openSystem: shared.openSystem,
    piiKey: PII_KEY,
    timings,
  };
  return {
    db,
    deps,
    policy,
    store,
    timings,
    own,
    close: async () => {
      await shared.close();
      await db.close();
    },
  };
}

async function approved(env: Env, email: string, details: RequestDetails): Promise<string> {
  const now = new Date();
  const dsr = {
    db: env.db,
    sealer: env.deps.sealer,
    clock: () => now,
    sender: senderFromPolicy(env.policy),
    publicUrl: 'http://localhost',
  };
  const { request } = await submitRequest(dsr, {
    details,
    identity: { email },
    channel: 'cli',
    language: 'nl',
    actor: 'cli',
  });
  await transitionRequest(env.db, env.deps.sealer, request.id, (r) =>
    verify(r, { method: 'email_code' }, now),
  );
  await transitionRequest(env.db, env.deps.sealer, request.id, (r) => approve(r, { by: 'cli' }, now));
  return request.id;
}

/** Closes a request once executed, so the next one for the same person is not grouped into it. */
async function close(env: Env, id: string): Promise<void> {
  await transitionRequest(env.db, env.deps.sealer, id, (r) => complete(r, { by: 'cli' }, new Date()));
}

/** The hand-written read of everything the person's request covers; returns primary keys per table. */
async function handRead(client: pg.Client, email: string): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  const q = async (table: string, sql: string, params: unknown[], key = 'id') => {
    const { rows } = await client.query(sql, params);
    found.set(
      table,
      rows.map((r: Record<string, unknown>) => String(r[key])),
    );
    return rows as Record<string, unknown>[];
  };
  const ids = (rows: Record<string, unknown>[], f = 'id') => [...new Set(rows.map((r) => r[f]))];
  const customers = await q('customers', 'select * from customers where email = any($1)', [
    [email, email.toLowerCase()],
  ]);
  const c = ids(customers);
  const contacts = await q(
    'contacts',
    'select * from contacts where email = any($1) or customer_id = any($2)',
    [[email, email.toLowerCase()], c],
  );
  const contracts = await q('contracts', 'select * from contracts where customer_id = any($1)', [c]);
  const invoices = await q(
    'invoices',
    'select * from invoices where customer_id = any($1) or contract_id = any($2)',
    [c, ids(contracts)],
  );
  const tickets = await q('support_tickets', 'select * from support_tickets where customer_id = any($1)', [
    c,
  ]);
  await q('web_sessions', 'select * from web_sessions where customer_id = any($1)', [c]);
  await q(
    'marketing_preferences',
    'select * from marketing_preferences where customer_id = any($1)',
    [c],
    'customer_id',
  );
  const phones = ids(contacts, 'phone');
  await q('call_records', 'select * from call_records where msisdn = any($1) or other_party = any($1)', [
    phones,
  ]);
  await q('location_records', 'select * from location_records where msisdn = any($1)', [phones]);
  await q('payments', 'select * from payments where invoice_id = any($1)', [ids(invoices)]);
  await q('support_messages', 'select * from support_messages where ticket_id = any($1)', [ids(tickets)]);
  return found;
}

const spec = (
  field: string,
  action: 'hmac' | 'tag' | 'truncate',
  piiType?: 'email' | 'iban' | 'person_name' | 'postal_address',
) => ({
  field,
  action,
  source: 'datamap' as const,
  ...(piiType ? { piiType } : {}),
});

/**
 * The hand-written erasure: one transaction that deletes what goes, keeps the invoices and payments
 * of the tax period, anonymises older ones and the customer row the kept ones point at, with the
 * same operators and key as the data map names. Returns the rows changed.
 */
async function handErase(client: pg.Client, email: string, cutoff: string): Promise<number> {
  await client.query('begin');
  try {
    let changed = 0;
    const run = async (sql: string, params: unknown[]) => {
      const r = await client.query(sql, params);
      changed += r.rowCount ?? 0;
      return r.rows;
    };
    const emails = [email, email.toLowerCase()];
    const c = (await client.query('select id from customers where email = any($1)', [emails])).rows.map(
      (r) => r.id,
    );
    const contacts = (
      await client.query('select id, phone from contacts where email = any($1) or customer_id = any($2)', [
        emails,
        c,
      ])
    ).rows;
    const phones = [...new Set(contacts.map((r) => r.phone))];
    const contracts = (
      await client.query('select id from contracts where customer_id = any($1)', [c])
    ).rows.map((r) => r.id);
    const invoices = (
      await client.query(
        'select id, contract_id, issued_at from invoices where customer_id = any($1) or contract_id = any($2)',
        [c, contracts],
      )
    ).rows;
    const payments = (
      await client.query(
        'select id, invoice_id, paid_at, iban, account_holder from payments where invoice_id = any($1)',
        [invoices.map((i) => i.id)],
      )
    ).rows;
    const recent = (d: Date) => d.toISOString().slice(0, 10) >= cutoff;
    const paidRecently = new Set(payments.filter((p) => recent(p.paid_at)).map((p) => String(p.invoice_id)));
    const oldInvoices = invoices.filter((i) => !recent(i.issued_at) && !paidRecently.has(String(i.id)));
    const oldPayments = payments.filter((p) => !recent(p.paid_at));
    const tickets = (
      await client.query('select id from support_tickets where customer_id = any($1)', [c])
    ).rows.map((r) => r.id);

    await run('delete from web_sessions where customer_id = any($1)', [c]);
    await run('delete from marketing_preferences where customer_id = any($1)', [c]);
    await run('delete from call_records where msisdn = any($1) or other_party = any($1)', [phones]);
    await run('delete from location_records where msisdn = any($1)', [phones]);
    await run('delete from contacts where id = any($1)', [contacts.map((r) => r.id)]);
    if (oldPayments.length > 0) {
      await run(
        `update payments p set iban = x.iban, account_holder = x.holder
           from unnest($1::bigint[], $2::text[], $3::text[]) as x(id, iban, holder) where p.id = x.id`,
        [
          oldPayments.map((p) => p.id),
          oldPayments.map((p) => anonymiseValue(p.iban, spec('iban', 'hmac', 'iban'), PII_KEY)),
          oldPayments.map((p) =>
            anonymiseValue(p.account_holder, spec('account_holder', 'tag', 'person_name')),
          ),
        ],
      );
    }
    if (oldInvoices.length > 0) {
      await run(
        `update invoices set billing_name = '<person_name>', billing_address = '<postal_address>' where id = any($1)`,
        [oldInvoices.map((i) => i.id)],
      );
    }
    // Contracts an invoice still points at stay; the rest go.
    const pinned = [...new Set(invoices.map((i) => String(i.contract_id)))];
    await run('delete from contracts where id = any($1) and not (id::text = any($2))', [contracts, pinned]);
    await run('delete from support_messages where ticket_id = any($1)', [tickets]);
    await run('delete from support_tickets where id = any($1)', [tickets]);
    if (invoices.length > 0 || pinned.length > 0) {
      for (const row of (await client.query('select * from customers where id = any($1)', [c])).rows) {
        await run(
          `update customers set customer_number = $2, company_name = null, first_name = '<person_name>', last_name = '<person_name>',
             email = $3, street = '<postal_address>', house_number = '<postal_address>', postcode = '<postal_address>',
             city = '<postal_address>', date_of_birth = null where id = $1`,
          [
            row.id,
            anonymiseValue(
              row.customer_number,
              { field: 'customer_number', action: 'hmac', source: 'default' },
              PII_KEY,
            ),
            anonymiseValue(row.email, spec('email', 'hmac', 'email'), PII_KEY),
          ],
        );
      }
    } else {
      await run('delete from customers where id = any($1)', [c]);
    }
    await client.query('commit');
    return changed;
  } catch (e) {
    await client.query('rollback');
    throw e;
  }
}

async function checksums(client: pg.Client): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of DEMO_TABLES) {
    const key = t === 'marketing_preferences' ? 'customer_id' : 'id';
    const { rows } = await client.query(
      `select md5(coalesce(string_agg(t::text, '|' order by ${key}), '')) as h from ${t} t`,
    );
    out[t] = rows[0].h;
  }
  return out;
}

/** Same work: on two identical small stores, Grondslag's erasure and the hand-written one leave identical tables. */
async function checkSameWork(baseUrl: string, datamap: Datamap, cutoff: string): Promise<void> {
  const urls = ['a', 'b'].map((s) => baseUrl.replace(/\/[^/]*$/, `/grondslag_bench_dsr_twin_${s}`));
  for (const url of urls) await ensureSeeded(url, 300, true);
  const [a, b] = (await Promise.all(
    urls.map(async (url) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      return c;
    }),
  )) as [pg.Client, pg.Client];
  try {
    const { rows } = await a.query(
      `select email from customers c where exists (select 1 from invoices i where i.customer_id = c.id and i.issued_at < $1)
         and exists (select 1 from invoices i where i.customer_id = c.id and i.issued_at >= $1) order by id limit 3`,
      [cutoff],
    );
    const env = await executionEnv(urls[0]!, datamap);
    for (const { email } of rows) {
      const read = await handRead(a, email);
      const id = await approved(env, email, { type: 'access' });
      const exec = await executeRequest(env.deps, id);
      const pkg = exec.outcome?.package as { collections: { collection: string; rows: number }[] };
      for (const c of pkg.collections) {
        if (read.get(c.collection)?.length !== c.rows) {
          throw new Error(
            `access of ${c.collection}: Grondslag read ${c.rows} rows, hand-written ${read.get(c.collection)?.length}`,
          );
        }
      }
      await close(env, id);
      const erase = await approved(env, email, { type: 'erasure' });
      await executeRequest(env.deps, erase);
      await close(env, erase);
      await handErase(b, email, cutoff);
    }
    await env.close();
    const [x, y] = [await checksums(a), await checksums(b)];
    for (const t of DEMO_TABLES) {
      if (x[t] !== y[t])
        throw new Error(`the hand-written erasure does not do the same work: table ${t} differs`);
    }
  } finally {
    await a.end();
    await b.end();
  }
}

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/grondslag_bench_dsr' },
      customers: { type: 'string', default: '1420000' },
      persons: { type: 'string', default: '4' },
      runs: { type: 'string', default: '3' },
      queued: { type: 'string', default: '1000' },
      out: { type: 'string', default: join(packageRoot, 'bench/results/dsr.json') },
      'own-url': { type: 'string' },
    },
  });
  const url = values.url;
  const cutoff = `${new Date().getUTCFullYear() - 7}-01-01`;
  const datamap = await sqlOnlyDatamap();
  process.stdout.write(
    'checking that the hand-written statements do the same work, on two small identical stores …\n',
  );
  await checkSameWork(url, datamap, cutoff);

  await ensureSeeded(url, Number(values.customers));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: size } = await client.query(
    `select sum(reltuples)::bigint as rows, max(reltuples)::bigint as largest from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace`,
  );
  const { rows: maxId } = await client.query('select max(id) as n from customers');
  const customers = Number(maxId[0].n);
  const env = await executionEnv(url, datamap, values['own-url']);
  const ownStoreName = values['own-url'] ? `PostgreSQL (${redactUrl(values['own-url'])})` : 'embedded PGlite';
  const personCount = Number(values.persons);
  const runs = Number(values.runs);
  // Persons spread over the id range (each erasure pair: the person and the next id).
  const spread = (n: number, offset: number) =>
    Array.from({ length: n }, (_, i) => Math.max(1, Math.round(((i + offset) / n) * customers)));
  // The first customer from `id` on that still has an address (an earlier run may have erased some).
  const personFrom = async (id: number) => {
    const { rows } = await client.query<{ id: string; email: string }>(
      `select id, email from customers where id >= $1 and email like '%@%' order by id limit 1`,
      [id],
    );
    return { id: Number(rows[0]!.id), email: rows[0]!.email };
  };
  const emailOf = async (id: number) => (await personFrom(id)).email;
  process.stdout.write(
    `dsr benchmark — ${customers.toLocaleString('en-US')} customers, ≈${Number(size[0].rows).toLocaleString('en-US')} rows; Grondslag's own store: ${ownStoreName}; load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs\n`,
  );

  // Access.
  const access: {
    customer: number;
    rows: number;
    grondslagMs: number;
    packageMs: number;
    storeMs: number;
    handMs: number;
    ratio: number;
    withoutPackageRatio: number;
    storeRatio: number;
    ownStatements: number;
  }[] = [];
  for (const id of spread(personCount, 0.3)) {
    const email = (await emailOf(id))!;
    const times = {
      g: [] as number[],
      h: [] as number[],
      s: [] as number[],
      p: [] as number[],
      o: [] as number[],
    };
    let rows = 0;
    for (let r = 0; r <= runs; r++) {
      const t0 = performance.now();
      const read = await handRead(client, email);
      const t1 = performance.now();
      const req = await approved(env, email, { type: 'access' });
      env.store.ms = 0;
      env.timings.packageMs = 0;
      env.own.statements = 0;
      const t2 = performance.now();
      const exec = await executeRequest(env.deps, req);
      const t3 = performance.now();
      const ownStatements = env.own.statements;
      const storeMs = env.store.ms;
      const packageMs = env.timings.packageMs;
      await close(env, req);
      rows = [...read.values()].reduce((n, k) => n + k.length, 0);
      const pkgRows = (exec.outcome!.package as { collections: { rows: number }[] }).collections.reduce(
        (n, c) => n + c.rows,
        0,
      );
      if (pkgRows !== rows)
        throw new Error(`customer ${id}: Grondslag read ${pkgRows} rows, hand-written ${rows}`);
      if (r === 0) continue; // warm-up
      times.h.push(t1 - t0);
      times.g.push(t3 - t2);
      times.s.push(storeMs);
      times.p.push(packageMs);
      times.o.push(ownStatements);
    }
    access.push({
      customer: id,
      rows,
      grondslagMs: median(times.g),
      packageMs: median(times.p),
      storeMs: median(times.s),
      handMs: median(times.h),
      ratio: median(times.g.map((g, i) => g / times.h[i]!)),
      withoutPackageRatio: median(times.g.map((g, i) => (g - times.p[i]!) / times.h[i]!)),
      storeRatio: median(times.s.map((x, i) => x / times.h[i]!)),
      ownStatements: median(times.o),
    });
  }

  // Erasure, in pairs of neighbouring persons.
  const erasure: {
    grondslag: number;
    hand: number;
    grondslagRows: number;
    handRows: number;
    grondslagMs: number;
    storeMs: number;
    handMs: number;
    ratio: number;
    storeRatio: number;
    ownStatements: number;
  }[] = [];
  for (const id of spread(personCount, 0.6)) {
    const gp = await personFrom(id);
    const hp = await personFrom(gp.id + 1);
    const [g, h] = [gp.email, hp.email];
    const req = await approved(env, g, { type: 'erasure' });
    env.store.ms = 0;
    env.own.statements = 0;
    const t0 = performance.now();
    const exec = await executeRequest(env.deps, req);
    const t1 = performance.now();
    const ownStatements = env.own.statements;
    const storeMs = env.store.ms;
    const handRows = await handErase(client, h, cutoff);
    const t2 = performance.now();
    const totals = (exec.outcome!.certificate as { totals: { erased: number; anonymised: number } }).totals;
    const grondslagRows = totals.erased + totals.anonymised;
    erasure.push({
      grondslag: gp.id,
      hand: hp.id,
      grondslagRows,
      handRows,
      grondslagMs: t1 - t0,
      storeMs,
      handMs: t2 - t1,
      ratio: (t1 - t0) / Math.max(1, grondslagRows) / ((t2 - t1) / Math.max(1, handRows)),
      storeRatio: storeMs / Math.max(1, grondslagRows) / ((t2 - t1) / Math.max(1, handRows)),
      ownStatements,
    });
  }

  // The queue.
  const queued = Number(values.queued);
  const ids = spread(queued, 0.45).map((id) => id + 2);
  for (const id of ids) {
    const email = await emailOf(id);
    if (email) await approved(env, email, { type: 'access' });
  }
  const perRequest: number[] = [];
  env.store.ms = 0;
  env.timings.packageMs = 0;
  const q0 = performance.now();
  for (;;) {
    const batch = await pendingExecutions(env.db, 50);
    if (batch.length === 0) break;
    for (const id of batch) {
      const t = performance.now();
      await executeRequest(env.deps, id);
      perRequest.push(performance.now() - t);
    }
  }
  const queueSeconds = (performance.now() - q0) / 1000;
  const queueStoreSeconds = env.store.ms / 1000;
  const queuePackageSeconds = env.timings.packageMs / 1000;
  await env.close();
  await client.end();

  const accessTable = markdownTable(
    [
      'access: customer',
      'rows',
      'Grondslag ms (all)',
      'of which the package',
      'of which in the store',
      'hand-written SQL ms',
      'ratio all',
      'ratio without the package',
      'ratio store work',
      'statements in own store',
    ],
    [
      ...access.map((a) => [
        String(a.customer),
        String(a.rows),
        a.grondslagMs.toFixed(1),
        a.packageMs.toFixed(1),
        a.storeMs.toFixed(1),
        a.handMs.toFixed(1),
        `${ratio(a.ratio)}×`,
        `${ratio(a.withoutPackageRatio)}×`,
        `${ratio(a.storeRatio)}×`,
        String(a.ownStatements),
      ]),
      [
        'median',
        '',
        median(access.map((a) => a.grondslagMs)).toFixed(1),
        median(access.map((a) => a.packageMs)).toFixed(1),
        median(access.map((a) => a.storeMs)).toFixed(1),
        median(access.map((a) => a.handMs)).toFixed(1),
        `${ratio(median(access.map((a) => a.ratio)))}×`,
        `${ratio(median(access.map((a) => a.withoutPackageRatio)))}×`,
        `${ratio(median(access.map((a) => a.storeRatio)))}×`,
        String(median(access.map((a) => a.ownStatements))),
      ],
    ],
  );
  const erasureTable = markdownTable(
    [
      'erasure: customers (G / hand)',
      'rows changed (G / hand)',
      'Grondslag ms (all)',
      'of which in the store',
      'hand-written ms',
      'ratio per row, all',
      'ratio per row, store work',
      'ratio per request, all',
      'ratio per request, store work',
      'statements in own store',
    ],
    [
      ...erasure.map((e) => [
        `${e.grondslag} / ${e.hand}`,
        `${e.grondslagRows} / ${e.handRows}`,
        e.grondslagMs.toFixed(1),
        e.storeMs.toFixed(1),
        e.handMs.toFixed(1),
        `${ratio(e.ratio)}×`,
        `${ratio(e.storeRatio)}×`,
        `${ratio(e.grondslagMs / e.handMs)}×`,
        `${ratio(e.storeMs / e.handMs)}×`,
        String(e.ownStatements),
      ]),
      [
        'median',
        '',
        median(erasure.map((e) => e.grondslagMs)).toFixed(1),
        median(erasure.map((e) => e.storeMs)).toFixed(1),
        median(erasure.map((e) => e.handMs)).toFixed(1),
        `${ratio(median(erasure.map((e) => e.ratio)))}×`,
        `${ratio(median(erasure.map((e) => e.storeRatio)))}×`,
        `${ratio(median(erasure.map((e) => e.grondslagMs / e.handMs)))}×`,
        `${ratio(median(erasure.map((e) => e.storeMs / e.handMs)))}×`,
        String(median(erasure.map((e) => e.ownStatements))),
      ],
    ],
  );
  const queueLine = `queue: ${perRequest.length} access requests executed one after the other in ${queueSeconds.toFixed(1)} s (median ${median(perRequest).toFixed(0)} ms per request; of the total, ${queuePackageSeconds.toFixed(1)} s building packages and ${queueStoreSeconds.toFixed(1)} s in the store)`;
  const load = loadavg().map((l) => l.toFixed(1));
  process.stdout.write(
    `\n${accessTable}\n\n${erasureTable}\n\n${queueLine}\nload average at the end: ${load.join(', ')} on ${cpus().length} CPUs\n`,
  );
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverage: load },
    database: { url: url.replace(/\/\/[^@]*@/, '//'), customers, rows: Number(size[0].rows) },
    ownStore: ownStoreName,
    access,
    erasure,
    queue: {
      requests: perRequest.length,
      seconds: queueSeconds,
      medianMs: median(perRequest),
      packageSeconds: queuePackageSeconds,
      storeSeconds: queueStoreSeconds,
    },
  };
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(
    values.out.replace(/\.json$/, '.md'),
    `Grondslag's own store: ${ownStoreName}\n\n${accessTable}\n\n${erasureTable}\n\n${queueLine}\n`,
  );
}
