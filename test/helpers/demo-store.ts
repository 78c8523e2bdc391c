import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { type Config, configSchema, resolveConfig } from '../../src/config.js';
import { writeAccessLogs } from '../../src/demo/cloudaware/logs.js';
import { seedDemoStore } from '../../src/demo/cloudaware/seed.js';
import { openSeedTarget } from '../../src/demo/cloudaware/target.js';
import { demoDatamapPath, demoPolicyPath } from '../../src/paths.js';
import { MYSQL_ADMIN_URL, mysqlAvailable } from './connectors.js';
import { POSTGRES_ADMIN_URL, postgresAvailable } from './store.js';

/**
 * The CloudAware demo store (the data-map colleague's generator) in a throw-away PostgreSQL or
 * MariaDB database, with its web-server logs in a temporary directory, and a way to query it with
 * hand-written SQL — the independent ground truth that execution is checked against.
 */

export type DemoEngine = 'postgres' | 'mariadb';

export interface DemoStore {
  engine: DemoEngine;
  url: string;
  logsDir: string;
  /** The configuration's `systems` for this store: `cloudaware` and `weblogs`. */
  systems: Config['systems'];
  /** Runs SQL with `?` placeholders on either engine; rows as objects. */
  sql<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  drop(): Promise<void>;
}

export const demoEngines: { engine: DemoEngine; available: boolean }[] = [
  { engine: 'postgres', available: postgresAvailable },
  { engine: 'mariadb', available: mysqlAvailable },
];

/** `?` → `$1, $2, …` for PostgreSQL. */
function dollar(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/**
 * @example
 *   const store = await freshDemoStore('postgres', { customers: 200, now });
 *   const [a] = await store.sql('select * from customers where id = ?', [7]);
 */
export async function freshDemoStore(
  engine: DemoEngine,
  options: { customers: number; now: Date; logDays?: number },
): Promise<DemoStore> {
  const name = `grondslag_demo_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const logsDir = mkdtempSync(join(tmpdir(), 'grondslag-demo-logs-'));
  let url: string;
  let sql: DemoStore['sql'];
  let close: () => Promise<void>;
  if (engine === 'postgres') {
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    // pool.end() resolves before its clients' connections are closed, so the forced drop below can
    // end one of them while it closes: an idle client's error is re-emitted by the pool, and an
    // unheard pool error would crash the test run. Nothing uses the pool any more by then.
    pool.on('error', () => {});
    sql = async (text, params = []) => (await pool.query(dollar(text), params)).rows;
    close = async () => {
      await pool.end();
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  } else {
    const admin = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
    await admin.query(`create database ${name}`);
    await admin.end();
    url = `${MYSQL_ADMIN_URL.replace(/\/?$/, '/')}${name}`;
    const pool = mysql.createPool({
      uri: url,
      connectionLimit: 2,
      timezone: 'Z',
      dateStrings: false,
      supportBigNumbers: true,
    });
    sql = async (text, params = []) => (await pool.query(text, params))[0] as never;
    close = async () => {
      await pool.end();
      const c = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
      await c.query(`drop database if exists ${name}`);
      await c.end();
    };
  }
  const target = await openSeedTarget({ type: engine === 'postgres' ? 'postgres' : 'mysql', url });
  try {
    await seedDemoStore(target, { customers: options.customers, now: options.now });
  } finally {
    await target.close();
  }
  await writeAccessLogs({
    dir: logsDir,
    customers: options.customers,
    seed: 1,
    now: options.now,
    days: options.logDays ?? 20,
  });
  return {
    engine,
    url,
    logsDir,
    systems: {
      cloudaware: { type: engine === 'postgres' ? 'postgres' : 'mysql', url },
      weblogs: { type: 'logfile', url: logsDir },
    },
    sql,
    async drop() {
      await close();
      rmSync(logsDir, { recursive: true, force: true });
    },
  };
}

/** Every line of the web-server logs in `dir` (rotated files gunzipped), for ground truth. */
export function logLines(dir: string): string[] {
  const lines: string[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.startsWith('access.log')) continue;
    const raw = readFileSync(join(dir, f));
    const text = f.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    for (const l of text.split('\n')) if (l.trim() !== '') lines.push(l);
  }
  return lines;
}

/** The client address a log line starts with. */
export const remoteAddr = (line: string) => line.split(' ', 1)[0]!;

/**
 * The resolved configuration of an installation whose systems are `demo`'s, with the CloudAware
 * policy and data map, its own store embedded in `<dir>/data` unless `store` says otherwise.
 */
export function demoConfig(
  demo: DemoStore,
  dir: string,
  store: { dataDir: string } | { url: string } = { dataDir: './data' },
): Config {
  return resolveConfig(
    configSchema.parse({ policy: demoPolicyPath, datamap: demoDatamapPath, store, systems: demo.systems }),
    join(dir, 'grondslag.config.yaml'),
    {},
    dir,
  );
}
