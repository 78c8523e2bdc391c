import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GrondslagError } from '../../errors.js';
import { packageRoot } from '../../paths.js';
import type { DemoWorld } from './facts.js';
import { chunkStatements, websiteStatistics } from './statements.js';
import type { SeedTarget } from './target.js';

/**
 * Fills a store with the CloudAware demo data: creates the tables (examples/cloudaware/schema), has
 * the database generate the rows chunk by chunk of customers, then adds foreign keys and indexes and
 * refreshes the planner's statistics. Memory stays flat from a thousand to ten million customers:
 * no row ever passes through this process.
 */

/** The demo store's tables, parents before children. */
export const demoTables = [
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
  'website_statistics',
] as const;

/**
 * Phone numbers stay unique below 5·10^7 contacts (four per customer), so this is the ceiling; the
 * target is ten million.
 */
export const MAX_DEMO_CUSTOMERS = 12_000_000;

export interface SeedOptions {
  customers: number;
  /** Different seeds give different data; the same seed (and `now`) the same data, on every engine. */
  seed?: number;
  /** The moment the data is generated for (default: today, 00:00 UTC); dates count back from it. */
  now?: Date;
  /** Customers per round of statements (default 20,000): bounds each statement's work and memory. */
  chunkSize?: number;
  /** Drop the demo tables when they exist; without it existing tables are an error. */
  replace?: boolean;
  onProgress?: (event: SeedProgress) => void;
}

export type SeedProgress =
  | { phase: 'schema' }
  | { phase: 'rows'; customers: number; total: number }
  | { phase: 'keys' }
  | { phase: 'statistics' };

export interface SeedReport {
  target: string;
  customers: number;
  seed: number;
  now: string;
  rows: Record<string, number>;
  totalRows: number;
  seconds: { rows: number; keys: number; total: number };
  /** Customers per second over the whole run, keys and statistics included. */
  customersPerSecond: number;
}

/** Today at 00:00 UTC: the default `now`, so a re-seed on the same day gives the same data. */
export function startOfUtcDay(d = new Date()): Date {
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
}

/**
 * Generates the demo store for `customers` customers in `target`, which must not hold the demo tables
 * yet (or `replace` drops them). Deterministic for the same seed and `now`, on every engine.
 *
 * @example
 *   const target = await openSeedTarget({ type: 'pglite', dataDir: '.grondslag/demo/cloudaware' });
 *   try { await seedDemoStore(target, { customers: 1000 }); } finally { await target.close(); }
 */
export async function seedDemoStore(target: SeedTarget, options: SeedOptions): Promise<SeedReport> {
  const { customers } = options;
  if (!Number.isInteger(customers) || customers < 1 || customers > MAX_DEMO_CUSTOMERS) {
    throw new GrondslagError(
      'DEMO_BAD_CUSTOMERS',
      `the number of customers must be a whole number from 1 to ${MAX_DEMO_CUSTOMERS.toLocaleString('en-US')}, got ${customers}`,
    );
  }
  const seed = options.seed ?? 1;
  const now = options.now ?? startOfUtcDay();
  const chunkSize = options.chunkSize ?? 20_000;
  const progress = options.onProgress ?? (() => {});
  const dialect = target.dialect;
  const world: DemoWorld = { d: dialect, seed, now, customers };
  const started = Date.now();

  progress({ phase: 'schema' });
  if (dialect.name === 'mariadb') await requireSequenceEngine(target);
  await prepareTables(target, options.replace === true);
  await target.exec(await schemaScript(dialect.name, 'tables'));

  const rows: Record<string, number> = Object.fromEntries(demoTables.map((t) => [t, 0]));
  progress({ phase: 'rows', customers: 0, total: customers });
  await forEachChunk(
    customers,
    chunkSize,
    target.connections,
    async (from, to) => {
      for (const s of chunkStatements(world, from, to)) {
        // Read the count after the await: chunks run side by side, and `x += await y` would add to a
        // stale total.
        const inserted = await target.run(s.sql);
        rows[s.table]! += inserted;
      }
    },
    (done) => progress({ phase: 'rows', customers: done, total: customers }),
  );
  rows.website_statistics = await target.run(websiteStatistics(world));
  const rowsDone = Date.now();

  progress({ phase: 'keys' });
  // The rows agree with every foreign key by construction. With the checks off, MariaDB adds a
  // constraint in place instead of copying the table to check it; PostgreSQL checks (one scan each).
  // One script, so the setting holds on the connection that runs it.
  const keys = await schemaScript(dialect.name, 'keys');
  await target.exec(
    dialect.name === 'mariadb' ? `set foreign_key_checks = 0;\n${keys}\nset foreign_key_checks = 1;` : keys,
  );
  const keysDone = Date.now();
  progress({ phase: 'statistics' });
  await target.exec(`analyze ${dialect.name === 'mariadb' ? 'table ' : ''}${demoTables.join(', ')}`);

  const total = (Date.now() - started) / 1000;
  return {
    target: target.description,
    customers,
    seed,
    now: now.toISOString(),
    rows,
    totalRows: Object.values(rows).reduce((a, b) => a + b, 0),
    seconds: { rows: (rowsDone - started) / 1000, keys: (keysDone - rowsDone) / 1000, total },
    customersPerSecond: Math.round(customers / Math.max(total, 0.001)),
  };
}

/**
 * Runs `work` for each chunk of customers, `parallel` chunks at a time (one per connection), and
 * reports the customers of the chunks finished so far. The first failure stops the others from
 * taking new chunks and is thrown once they have stopped.
 */
async function forEachChunk(
  customers: number,
  chunkSize: number,
  parallel: number,
  work: (from: number, to: number) => Promise<void>,
  onDone: (customersDone: number) => void,
): Promise<void> {
  let next = 1;
  let done = 0;
  let failure: unknown;
  const worker = async () => {
    while (failure === undefined && next <= customers) {
      const from = next;
      const to = Math.min(customers, from + chunkSize - 1);
      next = to + 1;
      try {
        await work(from, to);
      } catch (e) {
        failure ??= e;
        return;
      }
      done += to - from + 1;
      onDone(done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  if (failure !== undefined) throw failure;
}

/** examples/cloudaware/schema/<engine>.sql (tables) or <engine>-keys.sql (keys and indexes). */
export function schemaScript(engine: 'postgres' | 'mariadb', part: 'tables' | 'keys'): Promise<string> {
  const file = part === 'tables' ? `${engine}.sql` : `${engine}-keys.sql`;
  return readFile(join(packageRoot, 'examples', 'cloudaware', 'schema', file), 'utf8');
}

/** The demo tables already in the target's current schema or database. */
export async function existingDemoTables(target: SeedTarget): Promise<string[]> {
  const schema = target.dialect.name === 'mariadb' ? 'database()' : 'current_schema()';
  const names = demoTables.map((t) => `'${t}'`).join(', ');
  const rows = await target.query<{ table_name: string; TABLE_NAME?: string }>(
    `select table_name as table_name from information_schema.tables where table_schema = ${schema} and table_name in (${names})`,
  );
  return rows.map((r) => r.table_name ?? r.TABLE_NAME!).sort();
}

async function prepareTables(target: SeedTarget, replace: boolean): Promise<void> {
  const existing = await existingDemoTables(target);
  if (existing.length === 0) return;
  if (!replace) {
    throw new GrondslagError(
      'DEMO_STORE_NOT_EMPTY',
      `${target.description} already has demo tables (${existing.join(', ')}); pass --replace to drop and regenerate them`,
    );
  }
  // Only the demo's own tables are dropped, never anything else in the database.
  const list = [...demoTables].reverse().join(', ');
  if (target.dialect.name === 'mariadb') {
    await target.exec(`set foreign_key_checks = 0; drop table if exists ${list}; set foreign_key_checks = 1`);
  } else await target.exec(`drop table if exists ${list} cascade`);
}

async function requireSequenceEngine(target: SeedTarget): Promise<void> {
  try {
    await target.query('select seq from seq_1_to_1');
  } catch (e) {
    throw new GrondslagError(
      'DEMO_TARGET_UNSUPPORTED',
      `${target.description} has no Sequence engine (seq_1_to_n tables): the demo generator needs MariaDB 10.0 or later`,
      { cause: e },
    );
  }
}
