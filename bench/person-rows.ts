/**
 * `npm run bench -- person-rows [options]`: "find all rows of one person" on the CloudAware demo store
 * in PostgreSQL, Grondslag against hand-written SQL, in the same run.
 *
 * Grondslag: examples/cloudaware/datamap.yaml → planTraversal(email) → findPersonRows over the
 * PostgreSQL connector (validated names, keyset-paginated batches, one statement per step and match).
 * Hand-written: the statements a developer who knows the schema would write for the same rows, on a
 * plain `pg` client. Both return every column of every row; the run first checks that they return
 * exactly the same rows (primary keys per table), then times them in turns, several persons, several
 * runs each, and reports medians and the ratio: per run the two timings are taken back to back and
 * divided, and the figure is the median of those paired ratios (a shared machine's busy moments then
 * hit both sides alike). Timings are warm (after one untimed run per person).
 *
 * Options: --url URL (default postgres://postgres@127.0.0.1:5432/grondslag_bench_demo)
 *          --customers N (seeds the store with `grondslag demo seed` when it has no demo tables;
 *                         default 1420000, about 10 million invoices, the largest table)
 *          --persons N (default 10)  --runs N (timed runs per person and method, default 31)
 *          --out FILE (default bench/results/person-rows.json; a .md beside it)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { runCli } from '../src/cli/main.js';
import type { Row } from '../src/connectors/connector.js';
import { findPersonRows } from '../src/connectors/person-rows.js';
import { openPostgresConnector } from '../src/connectors/postgres/connector.js';
import { planTraversal, type TraversalPlan } from '../src/datamap/graph.js';
import { parseDatamap } from '../src/datamap/load.js';
import { packageRoot } from '../src/paths.js';
import { markdownTable, median, ratio } from './lib/stats.js';

const SYSTEM = 'cloudaware';

/** Rows per table, keyed by table name, as primary-key strings. */
type Found = Map<string, string[]>;

/**
 * The hand-written way: one statement per table, each using the keys the earlier ones returned.
 * `or` where a table is reached two ways (contacts by e-mail or by customer; invoices by customer or
 * by contract), which is what one writes by hand.
 */
async function handWritten(client: pg.Client, email: string): Promise<Found> {
  const found: Found = new Map();
  const q = async (table: string, sql: string, params: unknown[], key = 'id') => {
    const { rows } = await client.query(sql, params);
    found.set(
      table,
      rows.map((r: Row) => String(r[key])),
    );
    return rows as Row[];
  };
  const ids = (rows: Row[], field = 'id') => [...new Set(rows.map((r) => r[field]))];
  const customers = await q('customers', 'select * from customers where email = $1', [email]);
  const customerIds = ids(customers);
  const contacts = await q('contacts', 'select * from contacts where email = $1 or customer_id = any($2)', [
    email,
    customerIds,
  ]);
  const contracts = await q('contracts', 'select * from contracts where customer_id = any($1)', [
    customerIds,
  ]);
  const invoices = await q(
    'invoices',
    'select * from invoices where customer_id = any($1) or contract_id = any($2)',
    [customerIds, ids(contracts)],
  );
  const tickets = await q('support_tickets', 'select * from support_tickets where customer_id = any($1)', [
    customerIds,
  ]);
  await q('web_sessions', 'select * from web_sessions where customer_id = any($1)', [customerIds]);
  await q(
    'marketing_preferences',
    'select * from marketing_preferences where customer_id = any($1)',
    [customerIds],
    'customer_id',
  );
  const phones = ids(contacts, 'phone');
  await q('call_records', 'select * from call_records where msisdn = any($1)', [phones]);
  await q('location_records', 'select * from location_records where msisdn = any($1)', [phones]);
  await q('payments', 'select * from payments where invoice_id = any($1)', [ids(invoices)]);
  await q('support_messages', 'select * from support_messages where ticket_id = any($1)', [ids(tickets)]);
  return found;
}

/** Grondslag's way: the data map's plan, executed by the connector. */
async function grondslag(
  plan: TraversalPlan,
  connector: Awaited<ReturnType<typeof openPostgresConnector>>,
): Promise<Found> {
  const found: Found = new Map(plan.steps.map((s) => [s.collection, []]));
  for await (const batch of findPersonRows(plan, { [SYSTEM]: connector })) {
    const key = plan.steps[batch.step]!.primaryKey;
    found.get(batch.collection)!.push(...batch.rows.map((r) => key.map((k) => String(r[k])).join(',')));
  }
  return found;
}

function sameRows(a: Found, b: Found): string | undefined {
  const tables = new Set([...a.keys(), ...b.keys()]);
  for (const t of tables) {
    const x = [...(a.get(t) ?? [])].sort().join(' ');
    const y = [...(b.get(t) ?? [])].sort().join(' ');
    if (x !== y)
      return `${t}: grondslag ${a.get(t)?.length ?? 0} rows, hand-written ${b.get(t)?.length ?? 0} rows`;
  }
  return undefined;
}

const total = (f: Found) => [...f.values()].reduce((s, rows) => s + rows.length, 0);

async function ensureSeeded(url: string, customers: number): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, '/postgres') });
  await admin.connect();
  const db = new URL(url).pathname.slice(1);
  const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [db]);
  if (rowCount === 0) await admin.query(`create database "${db.replaceAll('"', '""')}"`);
  await admin.end();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`select to_regclass('public.invoices') is not null as seeded`);
  await client.end();
  if (rows[0].seeded) return;
  process.stdout.write(`seeding ${customers.toLocaleString('en-US')} customers into ${url} …\n`);
  const code = await runCli(['demo', 'seed', '--customers', String(customers), '--url', url], {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  });
  if (code !== 0) throw new Error(`grondslag demo seed exited with ${code}`);
}

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/grondslag_bench_demo' },
      customers: { type: 'string', default: '1420000' },
      persons: { type: 'string', default: '10' },
      runs: { type: 'string', default: '31' },
      out: { type: 'string', default: join(packageRoot, 'bench/results/person-rows.json') },
    },
  });
  const url = values.url;
  const runs = Number(values.runs);
  await ensureSeeded(url, Number(values.customers));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sizes = await client.query(
    `select relname as table, reltuples::bigint as rows from pg_class
      where relkind = 'r' and relnamespace = 'public'::regnamespace order by reltuples desc`,
  );
  const biggest = sizes.rows[0] as { table: string; rows: string };
  const { rows: countRows } = await client.query('select max(id) as n from customers');
  const customerCount = Number(countRows[0].n);
  // Persons spread over the id range, so some are old customers with long histories, some new.
  const personCount = Number(values.persons);
  const ids = Array.from({ length: personCount }, (_, i) =>
    Math.max(1, Math.round(((i + 0.5) / personCount) * customerCount)),
  );
  const { rows: people } = await client.query(
    'select id, email from customers where id = any($1) order by id',
    [ids],
  );

  const { datamap } = parseDatamap(
    await readFile(join(packageRoot, 'examples/cloudaware/datamap.yaml'), 'utf8'),
    'examples/cloudaware/datamap.yaml',
  );
  const connector = await openPostgresConnector(SYSTEM, url);
  await connector.introspect();

  process.stdout.write(
    `person-rows benchmark — ${customerCount.toLocaleString('en-US')} customers, largest table ` +
      `${biggest.table} ≈ ${Number(biggest.rows).toLocaleString('en-US')} rows; ${people.length} persons × ${runs} runs\n`,
  );

  const results: {
    customer: number;
    rows: number;
    tables: number;
    grondslagMs: number;
    handMs: number;
    ratio: number;
  }[] = [];
  const pairedRatios: number[] = [];
  const persons = (people as { id: string; email: string }[]).map((person) => ({
    ...person,
    plan: planTraversal(datamap, { kind: 'email', value: person.email }),
    times: { grondslag: [] as number[], hand: [] as number[] },
    found: new Map() as Found,
  }));
  for (const person of persons) {
    if (person.plan.steps.some((s) => s.system !== SYSTEM))
      throw new Error('the plan leaves the demo database');
    // The untimed first run of each: warms the caches and checks both return exactly the same rows.
    person.found = await grondslag(person.plan, connector);
    const diff = sameRows(person.found, await handWritten(client, person.email));
    if (diff) throw new Error(`customer ${person.id}: the two ways found different rows — ${diff}`);
  }
  // Runs go round the persons, so a busy spell on the machine is spread over all of them; within a
  // run the two ways go back to back, alternating which goes first.
  for (let r = 0; r < runs; r++) {
    for (const person of persons) {
      const order = r % 2 === 0 ? (['grondslag', 'hand'] as const) : (['hand', 'grondslag'] as const);
      for (const which of order) {
        const t0 = performance.now();
        if (which === 'grondslag') await grondslag(person.plan, connector);
        else await handWritten(client, person.email);
        person.times[which].push(performance.now() - t0);
      }
    }
  }
  for (const person of persons) {
    const { times, found } = person;
    // The two timings of a run were taken back to back, so their ratio is what a busy moment on the
    // machine affects least; the person's figure is the median of those paired ratios.
    const paired = times.grondslag.map((t, i) => t / times.hand[i]!);
    pairedRatios.push(...paired);
    results.push({
      customer: Number(person.id),
      rows: total(found),
      tables: [...found.values()].filter((x) => x.length > 0).length,
      grondslagMs: median(times.grondslag),
      handMs: median(times.hand),
      ratio: median(paired),
    });
  }
  await connector.close();
  await client.end();

  const overall = median(pairedRatios);
  const load = loadavg().map((l) => l.toFixed(1));
  const table = markdownTable(
    [
      'customer',
      'rows found',
      'tables',
      'Grondslag (median ms)',
      'hand-written SQL (median ms)',
      'ratio (paired)',
    ],
    [
      ...results.map((r) => [
        String(r.customer),
        String(r.rows),
        String(r.tables),
        r.grondslagMs.toFixed(2),
        r.handMs.toFixed(2),
        `${ratio(r.ratio)}×`,
      ]),
      [
        'all',
        '',
        '',
        median(results.map((r) => r.grondslagMs)).toFixed(2),
        median(results.map((r) => r.handMs)).toFixed(2),
        `${ratio(overall)}×`,
      ],
    ],
  );
  process.stdout.write(
    `\n${table}\n\nratio (median of ${pairedRatios.length} paired runs): ${ratio(overall)}× (target ≤ 1.5×)\n` +
      `load average at the end: ${load.join(', ')} on ${cpus().length} CPUs\n`,
  );

  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverage: load },
    database: { url: url.replace(/\/\/[^@]*@/, '//'), customers: customerCount, largest: biggest },
    runs,
    results,
    medianPairedRatio: overall,
  };
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(values.out.replace(/\.json$/, '.md'), `${table}\n`);
}
