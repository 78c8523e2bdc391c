import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach } from 'vitest';
import type { Db } from '../../src/store/db.js';
import { migrate } from '../../src/store/migrate.js';
import { migrations } from '../../src/store/migrations.js';
import { openStore } from '../../src/store/open.js';
import { dumpPglite, openPglite } from '../../src/store/pglite.js';
import { openPostgres } from '../../src/store/postgres.js';

/**
 * Real databases for tests: a migrated PGlite restored from a cached snapshot (about 1 s instead of
 * 5 s for a fresh one), and a throw-away database on the machine's PostgreSQL server.
 */

const cacheDir = join(process.cwd(), 'node_modules', '.cache', 'grondslag');
const migrationsHash = createHash('sha256').update(JSON.stringify(migrations)).digest('hex').slice(0, 16);
const snapshotFile = join(cacheDir, `pglite-${migrationsHash}.tar.gz`);

async function snapshot(): Promise<Blob> {
  if (!existsSync(snapshotFile)) {
    const db = await openPglite();
    await migrate(db);
    const blob = await dumpPglite(db);
    await db.close();
    mkdirSync(cacheDir, { recursive: true });
    // Parallel test workers may race here; rename is atomic, so a reader never sees half a file.
    const tmp = `${snapshotFile}.${process.pid}.${randomUUID()}`;
    writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()));
    renameSync(tmp, snapshotFile);
  }
  return new Blob([readFileSync(snapshotFile)]);
}

/** A migrated, empty, in-memory PGlite. */
export async function freshPglite(): Promise<Db> {
  return openPglite({ snapshot: await snapshot() });
}

export const POSTGRES_ADMIN_URL =
  process.env.GRONDSLAG_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const servicesRequired = process.env.GRONDSLAG_REQUIRE_SERVICES === '1';

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export const postgresAvailable = await reachable(POSTGRES_ADMIN_URL);
if (!postgresAvailable && servicesRequired) {
  throw new Error(
    `PostgreSQL is required (GRONDSLAG_REQUIRE_SERVICES=1) but ${POSTGRES_ADMIN_URL} is not reachable`,
  );
}

/** A new database on the PostgreSQL server; `url` lets other processes (workers) connect to it. */
export async function freshPostgres(): Promise<{ db: Db; url: string; drop: () => Promise<void> }> {
  const name = `grondslag_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = POSTGRES_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`);
  const db = openPostgres(url);
  await migrate(db);
  return {
    db,
    url,
    drop: async () => {
      await db.close().catch(() => {});
      const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface TestStore {
  name: 'pglite' | 'postgres';
  /** False only when PostgreSQL is unreachable outside CI; the suite is then reported as skipped. */
  available: boolean;
  open(): Promise<{ db: Db; close: () => Promise<void> }>;
}

/** The same suite runs on both drivers: `describe.each(testStores)` with `skipIf(!store.available)`. */
export const testStores: TestStore[] = [
  {
    name: 'pglite',
    available: true,
    async open() {
      const db = await freshPglite();
      return { db, close: () => db.close() };
    },
  },
  {
    name: 'postgres',
    available: postgresAvailable,
    async open() {
      const { db, drop } = await freshPostgres();
      return { db, close: drop };
    },
  },
];

/**
 * A fresh store of `store` for each test, closed after it: call inside the `describe` block, then
 * `const db = await open()` in a test.
 */
export function storePerTest(store: TestStore): () => Promise<Db> {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });
  return async () => {
    const s = await store.open();
    close = s.close;
    return s.db;
  };
}

/** A store the CLI finds the way a user's would: GRONDSLAG_DATA_DIR (embedded) or DATABASE_URL. */
export interface CliStore {
  env: NodeJS.ProcessEnv;
  /** Runs `fn` on the store while the CLI is not using it (PGlite allows one owner at a time). */
  withDb<T>(fn: (db: Db) => Promise<T>): Promise<T>;
  dispose(): Promise<void>;
}

/** Both drivers as CLI stores; embedded data directories are made under `scratch`. */
export function cliStoreTargets(
  scratch: string,
): { name: string; available: boolean; create(): Promise<CliStore> }[] {
  return [
    {
      name: 'pglite',
      available: true,
      async create() {
        const dataDir = mkdtempSync(join(scratch, 'data-'));
        return {
          env: { GRONDSLAG_DATA_DIR: dataDir },
          async withDb(fn) {
            const db = await openStore({ dataDir });
            try {
              return await fn(db);
            } finally {
              await db.close();
            }
          },
          dispose: async () => {},
        };
      },
    },
    {
      name: 'postgres',
      available: postgresAvailable,
      async create() {
        const { db, url, drop } = await freshPostgres();
        return { env: { DATABASE_URL: url }, withDb: (fn) => fn(db), dispose: drop };
      },
    },
  ];
}
