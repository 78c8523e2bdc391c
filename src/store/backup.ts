import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import { GrondslagError } from '../errors.js';
import type { Db, Queryable } from './db.js';
import { openStore, redactUrl } from './open.js';
import { dumpPglite, openPglite } from './pglite.js';
import { filterTar } from './tar-filter.js';

/**
 * Backup and restore of Grondslag's own state. The embedded store is dumped as PGlite's compressed
 * data-directory archive; a PostgreSQL store with `pg_dump --format=custom` of the `grondslag` and
 * `pgboss` schemas (client tools on the PATH). The two formats are told apart by their first bytes.
 *
 * Keys are not in the backup: sealed values in it are as safe as the store itself, and restoring
 * them needs the keyring (src/crypto/keyring.ts) kept elsewhere — restore reports the key ids the
 * restored values need.
 */

const run = promisify(execFile);

export type BackupFormat = 'pglite' | 'pg_dump';

/** Schemas that make up the platform's state on PostgreSQL. */
const SCHEMAS = ['grondslag', 'pgboss'];

/** Files in a PGlite data directory that are not the database and survive a restore. */
const KEPT_FILES = new Set(['secret.key', 'keyring.json', 'keyring.json.tmp']);

export interface StoreTarget {
  url?: string;
  dataDir: string;
}

/** The format of a backup file, by its first bytes. */
export function backupFormat(head: Uint8Array): BackupFormat {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  if (Buffer.from(head.subarray(0, 5)).toString('latin1') === 'PGDMP') return 'pg_dump';
  throw new GrondslagError(
    'BACKUP_UNKNOWN_FORMAT',
    'not a Grondslag backup (neither a PGlite dump nor a pg_dump archive)',
  );
}

/**
 * Rows per table of the `grondslag` schema.
 *
 * @example
 *   (await storeRowCounts(db)).audit_log; // 42
 */
export async function storeRowCounts(q: Queryable): Promise<Record<string, number>> {
  const tables = await q.query<{ table_name: string }>(
    `select table_name from information_schema.tables
      where table_schema = 'grondslag' and table_type = 'BASE TABLE' order by table_name`,
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of tables.rows) {
    const r = await q.query<{ n: string | number }>(`select count(*) as n from grondslag."${table_name}"`);
    counts[table_name] = Number(r.rows[0]?.n ?? 0);
  }
  return counts;
}

async function pgTool(tool: 'pg_dump' | 'pg_restore', args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException & { stderr?: string };
    if (err.code === 'ENOENT') {
      throw new GrondslagError(
        'BACKUP_TOOL_MISSING',
        `${tool} is not installed (the PostgreSQL client tools)`,
        {
          kind: 'internal',
        },
      );
    }
    throw new GrondslagError('BACKUP_TOOL_FAILED', `${tool} failed: ${(err.stderr ?? err.message).trim()}`, {
      kind: 'internal',
      cause: e,
    });
  }
}

/**
 * Writes a backup of the store to `out`. For the embedded store `db` must be the open store (the
 * caller holds the data-directory lock); for PostgreSQL the dump runs beside it, consistent as of
 * one snapshot (pg_dump's own guarantee).
 *
 * @example
 *   await backupStore(db, { url: config.store.url, dataDir }, 'grondslag.backup');
 */
export async function backupStore(
  db: Db,
  target: StoreTarget,
  out: string,
): Promise<{ format: BackupFormat }> {
  if (target.url) {
    const schemas = SCHEMAS.flatMap((s) => ['--schema', s]);
    await pgTool('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      ...schemas,
      '--file',
      out,
      '--dbname',
      target.url,
    ]);
    return { format: 'pg_dump' };
  }
  const blob = await dumpPglite(db);
  // The dump holds every file of the data directory, the demo's key file too: keys stay out.
  const tar = gunzipSync(Buffer.from(await blob.arrayBuffer()));
  const withoutKeys = filterTar(tar, (name) => !KEPT_FILES.has(name.replace(/^\/+/, '')));
  writeFileSync(out, gzipSync(withoutKeys), { mode: 0o600 });
  return { format: 'pglite' };
}

/** Whether a store holds any row of Grondslag's own (a fresh, migrated store holds none). */
async function hasState(q: Queryable): Promise<boolean> {
  const exists = await q.query<{ n: string | number }>(
    `select count(*) as n from information_schema.schemata where schema_name = 'grondslag'`,
  );
  if (Number(exists.rows[0]?.n) === 0) return false;
  const counts = await storeRowCounts(q);
  return Object.entries(counts).some(([table, n]) => n > 0 && table !== 'schema_migration');
}

function dataDirEntries(dataDir: string): string[] {
  if (!existsSync(dataDir)) return [];
  return readdirSync(dataDir).filter((f) => !KEPT_FILES.has(f) && !f.startsWith('.'));
}

export interface RestoreResult {
  format: BackupFormat;
  counts: Record<string, number>;
}

/**
 * Restores a backup into the configured store. Refuses a target that already holds state unless
 * `force`, which replaces it. Returns the row counts of the restored store (migrated to this
 * version's schema). The caller holds the data-directory lock for the embedded store.
 *
 * @example
 *   const { counts } = await restoreStore({ dataDir }, 'grondslag.backup', { force: false });
 */
export async function restoreStore(
  target: StoreTarget,
  file: string,
  options: { force: boolean },
): Promise<RestoreResult & { db: Db }> {
  if (!existsSync(file)) throw new GrondslagError('BACKUP_NOT_FOUND', `no backup at ${file}`);
  const bytes = readFileSync(file);
  const format = backupFormat(bytes.subarray(0, 8));
  if (target.url) {
    if (format !== 'pg_dump') {
      throw new GrondslagError(
        'BACKUP_WRONG_STORE',
        'this is a backup of an embedded store; restore it with a data directory, not a PostgreSQL URL',
      );
    }
    const db = await openStore({ url: target.url, migrate: false });
    try {
      if (await hasState(db)) {
        if (!options.force) {
          throw new GrondslagError(
            'RESTORE_TARGET_NOT_EMPTY',
            `${redactUrl(target.url)} already holds Grondslag data; restore into an empty database, or pass --force to replace it`,
          );
        }
      }
      // Whatever is there (state, or the empty schema a fresh `serve` migrated) makes way.
      for (const s of SCHEMAS) await db.exec(`drop schema if exists ${s} cascade`);
    } finally {
      await db.close();
    }
    await pgTool('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--dbname',
      target.url,
      file,
    ]);
    const restored = await openStore({ url: target.url });
    return { format, counts: await storeRowCounts(restored), db: restored };
  }
  if (format !== 'pglite') {
    throw new GrondslagError(
      'BACKUP_WRONG_STORE',
      'this is a pg_dump archive; restore it into a PostgreSQL store (DATABASE_URL)',
    );
  }
  const present = dataDirEntries(target.dataDir);
  if (present.length > 0) {
    const existing = await openStore({ dataDir: target.dataDir, migrate: false });
    const state = await hasState(existing).finally(() => existing.close());
    if (state && !options.force) {
      throw new GrondslagError(
        'RESTORE_TARGET_NOT_EMPTY',
        `${target.dataDir} already holds Grondslag data; restore into an empty data directory, or pass --force to replace it`,
      );
    }
    // Keys stay: they are not in the backup and the restored values need them.
    for (const f of present) rmSync(join(target.dataDir, f), { recursive: true, force: true });
  }
  const loaded = await openPglite({ dataDir: target.dataDir, snapshot: new Blob([bytes]) });
  await loaded.close();
  const db = await openStore({ dataDir: target.dataDir });
  return { format, counts: await storeRowCounts(db), db };
}
