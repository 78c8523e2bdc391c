/**
 * `npm run bench -- stats-ingest [options]`: throughput and latency of the statistics endpoint
 * (POST /stats/event) on this machine, with a load generator on loopback.
 *
 * The real server (createApp on @hono/node-server, the same stack `grondslag serve` runs) listens on
 * 127.0.0.1; the generator, in the same process, keeps `--connections` requests in flight over
 * keep-alive connections for `--seconds` after a warm-up, and records every request's latency. Each
 * event is a page view of one of 50 pages, from one of 5,000 visitors (address /24 and browser), a
 * third of them with a referrer and a tenth with campaign tags: every event runs the whole ingest —
 * validation, bot filter, salt, rate limit and the aggregate upsert. Addresses reach the server
 * through X-Forwarded-For, which it trusts from loopback like from a local reverse proxy.
 *
 * Measured on both stores: the embedded PGlite (in memory) and PostgreSQL (a throw-away database on
 * the local server; skipped when it is unreachable). Generator and server share the machine's cores,
 * so the figures are a floor for the server alone.
 *
 * Options: --seconds N (timed, default 10)  --warmup N (seconds, default 2)  --connections N (default 32)
 *          --url URL (PostgreSQL admin URL, default postgres://postgres@127.0.0.1:5432/postgres; "" to skip)
 *          --out FILE (default bench/results/stats-ingest.json; a .md beside it)
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { resolveConfig } from '../src/config.js';
import { createApp } from '../src/http/app.js';
import { createLogger } from '../src/log.js';
import { demoPolicyPath, packageRoot } from '../src/paths.js';
import { loadPolicyFile } from '../src/policy/load.js';
import type { Db } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { openPglite } from '../src/store/pglite.js';
import { openPostgres } from '../src/store/postgres.js';
import { markdownTable } from './lib/stats.js';

const SITE = 'https://www.cloudaware.example';
const PAGES = Array.from({ length: 50 }, (_, i) => (i === 0 ? '/' : `/page-${i}`));
const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36',
];
const VISITORS = 5000;

interface Result {
  store: string;
  events: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  counted: number;
  /** Events answered 202 over the whole run, warm-up included: `counted` must equal it. */
  accepted: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** The n-th event of the run: a deterministic mix of visitors, pages, referrers and campaigns. */
function eventFor(n: number): { body: string; ip: string; ua: string } {
  const visitor = (n * 7919) % VISITORS;
  const page = PAGES[(n * 31) % PAGES.length]!;
  const tags = n % 10 === 0 ? '?utm_source=newsletter&utm_campaign=spring' : '';
  const referrer = n % 3 === 0 ? 'https://www.google.com/' : '';
  return {
    body: JSON.stringify({ name: 'pageview', url: `${SITE}${page}${tags}`, referrer }),
    ip: `10.${(visitor >> 8) & 255}.${visitor & 255}.${(n % 200) + 1}`,
    ua: BROWSERS[visitor % BROWSERS.length]!,
  };
}

async function measure(store: string, db: Db, o: { seconds: number; warmup: number; connections: number }) {
  const app = createApp({
    db,
    config: {
      ...resolveConfig(undefined, undefined, {}, process.cwd()),
      stats: { sites: { bench: { origins: [SITE] } }, ratePerMinute: 1_000_000 },
    },
    policy: await loadPolicyFile(demoPolicyPath),
    clock: () => new Date(),
    log: createLogger({ level: 'error' }),
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
  const post = (e: { body: string; ip: string; ua: string }) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/stats/event',
          method: 'POST',
          agent,
          headers: {
            'content-type': 'text/plain',
            'content-length': Buffer.byteLength(e.body),
            origin: SITE,
            'user-agent': e.ua,
            'x-forwarded-for': e.ip,
          },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(e.body);
    });
  let n = 0;
  let errors = 0;
  let accepted = 0;
  const latencies: number[] = [];
  let recording = false;
  let stopAt = 0;
  const worker = async () => {
    while (performance.now() < stopAt) {
      const e = eventFor(n++);
      const start = performance.now();
      const status = await post(e);
      const ms = performance.now() - start;
      if (status === 202) accepted++;
      if (!recording) continue;
      if (status === 202) latencies.push(ms);
      else errors++;
    }
  };
  const run = async (seconds: number) => {
    stopAt = performance.now() + seconds * 1000;
    await Promise.all(Array.from({ length: o.connections }, worker));
  };
  await run(o.warmup);
  recording = true;
  const started = performance.now();
  await run(o.seconds);
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const { rows } = await db.query<{ n: number }>(
    `select coalesce(sum(pageviews), 0)::int8 as n from grondslag.stats_daily where site = 'bench' and dimension = 'site'`,
  );
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  const result: Result = {
    store,
    events: latencies.length,
    errors,
    seconds: round(elapsed),
    perSecond: Math.round(latencies.length / elapsed),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    maxMs: round(latencies.at(-1) ?? Number.NaN),
    counted: Number(rows[0]?.n ?? 0),
    accepted,
  };
  process.stderr.write(`${store}: ${result.perSecond} events/s, p99 ${result.p99Ms} ms\n`);
  return result;
}

async function withPostgres<T>(adminUrl: string, fn: (db: Db) => Promise<T>): Promise<T | undefined> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    process.stderr.write(`PostgreSQL at ${adminUrl} is unreachable: skipped\n`);
    return undefined;
  }
  const name = `grondslag_bench_stats_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  await admin.query(`create database ${name}`);
  const db = openPostgres(adminUrl.replace(/\/[^/]*$/, `/${name}`));
  try {
    await migrate(db);
    return await fn(db);
  } finally {
    await db.close();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

export async function main(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      seconds: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '2' },
      connections: { type: 'string', default: '32' },
      url: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
      out: { type: 'string', default: join(packageRoot, 'bench/results/stats-ingest.json') },
    },
  });
  const o = {
    seconds: Number(values.seconds),
    warmup: Number(values.warmup),
    connections: Number(values.connections),
  };
  const results: Result[] = [];
  const lite = await openPglite();
  try {
    await migrate(lite);
    results.push(await measure('PGlite (embedded, in memory)', lite, o));
  } finally {
    await lite.close();
  }
  if (values.url) {
    const r = await withPostgres(values.url, (db) => measure('PostgreSQL (local server)', db, o));
    if (r) results.push(r);
  }
  const table = markdownTable(
    ['Store', 'Events/s', 'p50 ms', 'p99 ms', 'max ms', 'Events', 'Errors', 'Accepted', 'Counted'],
    results.map((r) => [
      r.store,
      String(r.perSecond),
      r.p50Ms.toFixed(2),
      r.p99Ms.toFixed(2),
      r.maxMs.toFixed(2),
      String(r.events),
      String(r.errors),
      String(r.accepted),
      String(r.counted),
    ]),
  );
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, load ${loadavg()[0]?.toFixed(2)}, Node ${process.version}`;
  const out = {
    date: new Date().toISOString(),
    machine,
    options: o,
    results,
  };
  process.stdout.write(
    `\nPOST /stats/event, ${o.connections} connections, ${o.seconds} s (${machine})\n\n${table}\n`,
  );
  mkdirSync(dirname(values.out), { recursive: true });
  writeFileSync(values.out, `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(
    values.out.replace(/\.json$/, '.md'),
    `# Statistics ingest (POST /stats/event)\n\n${out.date}; ${machine}; ${o.connections} connections on loopback, ${o.seconds} s after ${o.warmup} s warm-up. "Accepted" is every event answered 202 (warm-up included), "Counted" the page views in the aggregates afterwards: equal when nothing was lost.\n\n${table}\n`,
  );
}
