/**
 * `npm run bench -- retention [options]`: Grondslag's retention sweep on PostgreSQL against a single
 * raw `DELETE … WHERE` of the same rows, in the same run, each while a concurrent writer works on the
 * same table.
 *
 * The table is a call-record table like the demo's: N rows past the period (the due ones) and a set
 * of recent "live" rows. Each phase starts from the same data (the due rows are seeded again between
 * them) and measures:
 * - throughput: due rows removed per second of wall time, start to finish. For Grondslag this is the
 *   whole engine — binding, the up-front count, the batched deletes through the connector and the
 *   per-batch checkpoint in Grondslag's own store (a second PostgreSQL database);
 * - the concurrent writer's latency per operation, in a loop on its own connection: insert a new
 *   call, update a live call, and update an old (due) call, the way a billing correction touches an
 *   old record. The last is what a long DELETE stalls: it waits for the DELETE's row lock.
 *
 * Options: --url URL (admin URL of the server; default postgres://postgres@127.0.0.1:5432/postgres)
 *          --rows N (due rows, default 10000000)  --live N (recent rows, default 100000)
 *          --batch N (rows per sweep batch, default 100000)
 *          --out FILE (default bench/results/retention.json; a .md beside it)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openPostgresConnector } from '../src/connectors/postgres/connector.js';
import { createSealer } from '../src/crypto/sealed.js';
import { parseDatamap } from '../src/datamap/load.js';
import { packageRoot } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';
import { sweepRetention } from '../src/retention/sweep.js';
import { fixedConnectors } from '../src/retention/systems.js';
import { migrate } from '../src/store/migrate.js';
import { openPostgres } from '../src/store/postgres.js';
import { markdownTable, median, ratio } from './lib/stats.js';

const AT = new Date('2026-06-01T00:00:00Z');
/** Due rows started in 2023; live rows in May 2026; the cut-off (telecom traffic, one year) is 2025-06-01. */
const DUE_FROM = '2023-01-01 00:00:00+00';
const LIVE_FROM = '2026-05-01 00:00:00+00';

const datamapText = `
version: 1
systems:
  bench:
    collections:
      bench_calls:
        primaryKey: [id]
        retention: { rule: telecom_traffic, clock: started_at }
        fields:
          id: { type: integer }
          msisdn: { type: text, categories: [telecom_traffic], identity: phone }
          started_at: { type: timestamp }
`;

interface WriterStats {
  ops: number;
  insert: number[];
  updateLive: number[];
  updateOld: number[];
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Due rows, with ids from `firstId`, spread over 2023–2024 (before the cut-off). */
async function seedDue(
  client: pg.Client,
  firstId: number,
  rows: number,
  log: (s: string) => void,
): Promise<void> {
  const chunk = 1_000_000;
  for (let from = 0; from < rows; from += chunk) {
    const n = Math.min(chunk, rows - from);
    await client.query(
      `insert into bench_calls (id, msisdn, other_party, started_at, duration_s, cell_id)
       select $1::bigint + g,
              '+316' || lpad(((g * 7919) % 50000000)::text, 8, '0'),
              '+316' || lpad(((g * 104729) % 50000000)::text, 8, '0'),
              timestamptz '${DUE_FROM}' + (g % 47000000) * interval '1 second',
              (g % 3600)::int, 'cell-' || (g % 5000)
         from generate_series($2::bigint, $3::bigint) g`,
      [firstId, from, from + n - 1],
    );
    log(`  seeded ${(from + n).toLocaleString('en-US')} of ${rows.toLocaleString('en-US')} due rows`);
  }
  await client.query('vacuum analyze bench_calls');
}

/**
 * Loops until `stop()`: insert a call, update a live call, update an old call; each timed. The old
 * ids are drawn from the due rows (present or already deleted: an update of a deleted row is a no-op
 * that still has to wait for the row's lock).
 */
/** Ids of the rows the writer inserts, above every seeded id and unique across both phases. */
let nextWriterId = 9_000_000_000;

function startWriter(
  url: string,
  live: { from: number; count: number },
  due: { from: number; count: number },
) {
  const client = new pg.Client({ connectionString: url });
  const stats: WriterStats = { ops: 0, insert: [], updateLive: [], updateOld: [] };
  let running = true;
  const done = (async () => {
    await client.connect();
    await client.query(`set statement_timeout = '10min'`);
    let i = 0;
    while (running) {
      i++;
      const t0 = performance.now();
      await client.query(
        `insert into bench_calls (id, msisdn, other_party, started_at, duration_s, cell_id)
         values ($1, '+31612340000', '+31687650000', now(), 60, 'cell-1')`,
        [nextWriterId++],
      );
      const t1 = performance.now();
      await client.query('update bench_calls set duration_s = duration_s + 1 where id = $1', [
        live.from + ((i * 7919) % live.count),
      ]);
      const t2 = performance.now();
      await client.query('update bench_calls set duration_s = duration_s + 1 where id = $1', [
        due.from + ((i * 104729) % due.count),
      ]);
      const t3 = performance.now();
      stats.insert.push(t1 - t0);
      stats.updateLive.push(t2 - t1);
      stats.updateOld.push(t3 - t2);
      stats.ops += 3;
    }
    await client.end();
  })();
  return {
    stats,
    async stop() {
      running = false;
      await done;
    },
  };
}

export async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      rows: { type: 'string', default: '10000000' },
      live: { type: 'string', default: '100000' },
      batch: { type: 'string', default: '100000' },
      out: { type: 'string', default: join(packageRoot, 'bench/results/retention.json') },
    },
  });
  const rows = Number(values.rows);
  const liveCount = Number(values.live);
  const batchSize = Number(values.batch);
  const log = (s: string) => process.stderr.write(`${s}\n`);
  const admin = new pg.Client({ connectionString: values.url });
  await admin.connect();
  for (const db of ['grondslag_bench_retention', 'grondslag_bench_retention_state']) {
    await admin.query(`drop database if exists ${db} with (force)`);
    await admin.query(`create database ${db}`);
  }
  await admin.end();
  const storeUrl = values.url.replace(/\/[^/]*$/, '/grondslag_bench_retention');
  const stateUrl = values.url.replace(/\/[^/]*$/, '/grondslag_bench_retention_state');

  const client = new pg.Client({ connectionString: storeUrl });
  await client.connect();
  await client.query(`create table bench_calls (
    id bigint primary key, msisdn text not null, other_party text not null,
    started_at timestamptz not null, duration_s integer not null, cell_id text not null)`);
  await client.query('create index bench_calls_started_at on bench_calls (started_at)');
  const liveFrom = 8_000_000_000;
  await client.query(
    `insert into bench_calls select $1::bigint + g, '+31611111111', '+31622222222',
       timestamptz '${LIVE_FROM}' + g * interval '10 seconds', 30, 'cell-live' from generate_series(0, $2::bigint - 1) g`,
    [liveFrom, liveCount],
  );
  const dueFrom = 1;
  log(
    `retention benchmark: ${rows.toLocaleString('en-US')} due rows, ${liveCount.toLocaleString('en-US')} live rows, batches of ${batchSize}`,
  );

  const state = openPostgres(stateUrl);
  await migrate(state);
  const policy = (await loadPolicyFile(join(packageRoot, 'examples/cloudaware/policy.yaml'))).policy;
  const datamap = parseDatamap(datamapText, 'bench datamap').datamap;
  const live = { from: liveFrom, count: liveCount };
  const due = { from: dueFrom, count: rows };

  // Phase 1: Grondslag's sweep.
  await seedDue(client, dueFrom, rows, log);
  const connector = await openPostgresConnector('bench', storeUrl);
  const deps = {
    db: state,
    policy,
    datamap,
    systems: fixedConnectors({ bench: connector }),
    sealer: createSealer(Buffer.alloc(32, 7)),
  };
  log('sweeping with Grondslag …');
  let writer = startWriter(storeUrl, live, due);
  let t0 = performance.now();
  let lastLog = 0;
  const report = await sweepRetention(deps, {
    at: AT,
    actor: 'cli',
    batchSize,
    onProgress: (p) => {
      if (performance.now() - lastLog > 5000) {
        lastLog = performance.now();
        log(`  ${p.done.toLocaleString('en-US')} / ${p.total.toLocaleString('en-US')}`);
      }
    },
  });
  const sweepMs = performance.now() - t0;
  await writer.stop();
  const sweepWriter = writer.stats;
  const swept = report.runs.at(-1)!.rules.find((r) => r.rule === 'telecom_traffic')!.deleted;
  if (swept !== rows) throw new Error(`the sweep removed ${swept} rows, expected ${rows}`);
  await deps.systems.close();
  await state.close();

  // Phase 2: one raw DELETE of the same rows.
  await seedDue(client, dueFrom, rows, log);
  log('deleting with one raw DELETE …');
  writer = startWriter(storeUrl, live, due);
  t0 = performance.now();
  const raw = await client.query(`delete from bench_calls where started_at < $1`, [
    new Date('2025-06-01T00:00:00Z'),
  ]);
  const rawMs = performance.now() - t0;
  await writer.stop();
  const rawWriter = writer.stats;
  if (raw.rowCount !== rows) throw new Error(`the raw DELETE removed ${raw.rowCount} rows, expected ${rows}`);
  await client.end();

  const throughput = { sweep: rows / (sweepMs / 1000), raw: rows / (rawMs / 1000) };
  const lat = (s: WriterStats) => ({
    ops: s.ops,
    insertP99: percentile(s.insert, 99),
    updateLiveP99: percentile(s.updateLive, 99),
    updateOldP50: median(s.updateOld.length > 0 ? s.updateOld : [Number.NaN]),
    updateOldP99: percentile(s.updateOld, 99),
    allP99: percentile([...s.insert, ...s.updateLive, ...s.updateOld], 99),
    max: Math.max(...s.insert, ...s.updateLive, ...s.updateOld),
  });
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model },
    rows,
    liveRows: liveCount,
    batchSize,
    sweep: { ms: sweepMs, rowsPerSecond: throughput.sweep, writer: lat(sweepWriter) },
    raw: { ms: rawMs, rowsPerSecond: throughput.raw, writer: lat(rawWriter) },
    throughputRatio: throughput.sweep / throughput.raw,
  };
  const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const table = markdownTable(
    [
      'method',
      'time (s)',
      'rows/s',
      'writer ops',
      'insert p99 (ms)',
      'update live p99 (ms)',
      'update old p99 (ms)',
      'all ops p99 (ms)',
      'max (ms)',
    ],
    (['sweep', 'raw'] as const).map((k) => {
      const r = result[k];
      return [
        k === 'sweep' ? `Grondslag sweep (batches of ${batchSize})` : 'raw DELETE … WHERE',
        (r.ms / 1000).toFixed(1),
        Math.round(r.rowsPerSecond).toLocaleString('en-US'),
        String(r.writer.ops),
        ms(r.writer.insertP99),
        ms(r.writer.updateLiveP99),
        ms(r.writer.updateOldP99),
        ms(r.writer.allP99),
        ms(r.writer.max),
      ];
    }),
  );
  const summary = `${table}\n\nThroughput ratio (sweep / raw DELETE): ${ratio(result.throughputRatio)}\n`;
  process.stdout.write(`\nretention benchmark — ${rows.toLocaleString('en-US')} due rows\n\n${summary}`);
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(
    values.out.replace(/\.json$/, '.md'),
    `# Retention sweep vs raw DELETE\n\n${rows} due rows, ${result.date}\n\n${summary}`,
  );
}
