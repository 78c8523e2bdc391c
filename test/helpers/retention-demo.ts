import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync } from 'node:zlib';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { runCli } from '../../src/cli/main.js';
import { MYSQL_ADMIN_URL, mysqlAvailable } from './connectors.js';
import { POSTGRES_ADMIN_URL, postgresAvailable } from './store.js';

/**
 * The CloudAware demo store for retention tests: a throw-away PostgreSQL or MariaDB database filled
 * by `grondslag demo seed` (the data-map colleague's generator), its nginx logs in a directory, and a
 * configuration that names both, with Grondslag's own state in an embedded store beside them.
 * Queries here are written by hand against the demo schema (examples/cloudaware/schema/), so that
 * what the retention code counts is checked against something it did not compute.
 */

export const SEED_NOW = '2026-06-01';

export interface DemoEngine {
  name: 'postgres' | 'mariadb';
  type: 'postgres' | 'mysql';
  available: boolean;
  /** A new empty database: its URL, a hand-query function and a drop. */
  create(): Promise<DemoDatabase>;
}

export interface DemoDatabase {
  url: string;
  /** One number from a hand-written query (`select count(*) …`). */
  count(sql: string): Promise<number>;
  rows<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /** A digest of every demo table's rows in key order: equal digests, equal contents. */
  checksums(): Promise<Record<string, string>>;
  drop(): Promise<void>;
}

const TABLES: Record<string, string> = {
  customers: 'id',
  contacts: 'id',
  contracts: 'id',
  invoices: 'id',
  payments: 'id',
  support_tickets: 'id',
  support_messages: 'id',
  call_records: 'id',
  location_records: 'id',
  web_sessions: 'id',
  marketing_preferences: 'customer_id',
  website_statistics: 'day, page',
};

export const demoEngines: DemoEngine[] = [
  {
    name: 'postgres',
    type: 'postgres',
    available: postgresAvailable,
    async create() {
      const name = `grondslag_ret_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
      const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
      const client = new pg.Client({ connectionString: url, options: '-c TimeZone=UTC' });
      await client.connect();
      const rows = async <T>(sql: string) => (await client.query(sql)).rows as T[];
      return {
        url,
        rows,
        count: async (sql) =>
          Number(Object.values((await rows<Record<string, unknown>>(sql))[0] ?? {})[0] ?? 0),
        async checksums() {
          const out: Record<string, string> = {};
          for (const [table, key] of Object.entries(TABLES)) {
            const r = await rows<{ digest: string | null }>(
              `select md5(coalesce(string_agg(t::text, E'\\n' order by ${key}), '')) as digest from ${table} t`,
            );
            out[table] = r[0]!.digest ?? '';
          }
          return out;
        },
        async drop() {
          await client.end().catch(() => {});
          const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
          await c.connect();
          await c.query(`drop database if exists ${name} with (force)`);
          await c.end();
        },
      };
    },
  },
  {
    name: 'mariadb',
    type: 'mysql',
    available: mysqlAvailable,
    async create() {
      const name = `grondslag_ret_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
      const admin = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = `${MYSQL_ADMIN_URL.replace(/\/[^/]*$/, '')}/${name}`;
      const conn = await mysql.createConnection({ uri: url, timezone: 'Z', dateStrings: true });
      const rows = async <T>(sql: string) => (await conn.query(sql))[0] as T[];
      return {
        url,
        rows,
        count: async (sql) =>
          Number(Object.values((await rows<Record<string, unknown>>(sql))[0] ?? {})[0] ?? 0),
        async checksums() {
          const out: Record<string, string> = {};
          for (const [table, key] of Object.entries(TABLES)) {
            const cols = (
              await rows<{ COLUMN_NAME: string }>(
                `select column_name as COLUMN_NAME from information_schema.columns where table_schema = '${name}' and table_name = '${table}' order by ordinal_position`,
              )
            ).map((c) => `coalesce(\`${c.COLUMN_NAME}\`, '~')`);
            await conn.query('set session group_concat_max_len = 1073741824');
            const r = await rows<{ digest: string | null }>(
              `select md5(coalesce(group_concat(concat_ws('|', ${cols.join(', ')}) order by ${key} separator '\\n'), '')) as digest from ${table}`,
            );
            out[table] = r[0]!.digest ?? '';
          }
          return out;
        },
        async drop() {
          await conn.end().catch(() => {});
          const c = await mysql.createConnection({ uri: MYSQL_ADMIN_URL });
          await c.query(`drop database if exists ${name}`);
          await c.end();
        },
      };
    },
  },
];

/** A timestamp literal both engines read as UTC instants in the demo's columns. */
export function ts(engine: DemoEngine['name'], iso: string): string {
  const text = `${iso.slice(0, 10)} ${iso.length > 10 ? iso.slice(11, 19) : '00:00:00'}`;
  return engine === 'postgres' ? `timestamptz '${text}+00'` : `timestamp '${text}'`;
}

export const dateLit = (iso: string) => `date '${iso.slice(0, 10)}'`;

/** Writes a configuration for the demo database and log directory; returns its path. */
export function writeDemoConfig(
  dir: string,
  engine: DemoEngine,
  url: string,
  logs: string,
  extra: { storeUrl?: string } = {},
): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'grondslag.config.yaml');
  const policy = new URL('../../examples/cloudaware/policy.yaml', import.meta.url).pathname;
  const datamap = new URL('../../examples/cloudaware/datamap.yaml', import.meta.url).pathname;
  writeFileSync(
    file,
    [
      `policy: ${JSON.stringify(policy)}`,
      `datamap: ${JSON.stringify(datamap)}`,
      extra.storeUrl
        ? `store: { url: ${JSON.stringify(extra.storeUrl)} }`
        : `store: { dataDir: ${JSON.stringify(join(dir, 'state'))} }`,
      'systems:',
      `  cloudaware: { type: ${engine.type}, url: ${JSON.stringify(url)} }`,
      `  weblogs: { type: logfile, url: ${JSON.stringify(logs)} }`,
      '',
    ].join('\n'),
  );
  return file;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI in-process, with captured output. */
export async function cli(
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; stdin?: string },
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    stdin: Readable.from(options.stdin !== undefined ? [options.stdin] : []),
    cwd: options.cwd,
    env: { ...process.env, GRONDSLAG_SECRET_KEY: '7'.repeat(64), ...options.env },
  });
  return { code, stdout, stderr };
}

/** Seeds the demo store and its logs as of SEED_NOW. */
export async function seedDemo(config: string, cwd: string, logs: string, customers: number): Promise<void> {
  const r = await cli(
    [
      'demo',
      'seed',
      '--config',
      config,
      '--system',
      'cloudaware',
      '--customers',
      String(customers),
      '--logs',
      logs,
      '--log-days',
      '400',
      '--now',
      SEED_NOW,
      '--json',
    ],
    { cwd },
  );
  if (r.code !== 0) throw new Error(`demo seed failed (${r.code}): ${r.stderr}`);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Access-log lines per file, read and dated by hand (the common log format's `[10/Oct/2025:13:55:36 +0000]`). */
export function logLineTimes(dir: string): { file: string; times: Date[] }[] {
  return readdirSync(dir)
    .filter((f) => f.startsWith('access.log'))
    .sort()
    .map((file) => {
      const raw = readFileSync(join(dir, file));
      const text = (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
      const times = text
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const m = /\[(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{4})\]/.exec(line);
          if (!m) throw new Error(`not a log line: ${line}`);
          const offset =
            Number(m[7]!.slice(0, 3)) * 60 +
            Math.sign(Number(m[7]!.slice(0, 3)) || 1) * Number(m[7]!.slice(3));
          return new Date(
            Date.UTC(
              Number(m[3]),
              MONTHS.indexOf(m[2]!),
              Number(m[1]),
              Number(m[4]),
              Number(m[5]),
              Number(m[6]),
            ) -
              offset * 60_000,
          );
        });
      return { file, times };
    });
}

/** Readable digest of the log directory: file names and their decompressed contents. */
export function logDigest(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.startsWith('access.log'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f));
      return `${f}\n${(f.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')}`;
    })
    .join('\n--\n');
}
