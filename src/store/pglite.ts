import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Db, Queryable, QueryResult } from './db.js';
import { INT8_OID } from './db.js';

/**
 * The embedded store. One process owns a data directory (PGlite is single-connection); statements
 * from concurrent callers are serialised by PGlite itself.
 *
 * @example
 *   const db = await openPglite({ dataDir: '.grondslag/data' });
 */
export async function openPglite(options: { dataDir?: string; snapshot?: Blob } = {}): Promise<Db> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pg = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.snapshot,
    parsers: { [INT8_OID]: (v: string) => Number(v) },
  });
  return wrapPglite(pg);
}

function asQueryable(target: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async exec(sql: string) {
      await target.exec(sql);
    },
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const r = await target.query<R>(sql, params as unknown[]);
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  };
}

export function wrapPglite(pg: PGlite): Db & { pglite: PGlite } {
  const q = asQueryable(pg);
  return {
    driver: 'pglite',
    pglite: pg,
    query: q.query,
    transaction: (fn) => pg.transaction((tx) => fn(asQueryable(tx))),
    exec: q.exec,
    close: () => pg.close(),
  };
}

/** A compressed copy of the whole database, for backups and for fast test start-up. */
export async function dumpPglite(db: Db): Promise<Blob> {
  const pg = (db as Db & { pglite?: PGlite }).pglite;
  if (!pg) throw new Error('dumpPglite needs a PGlite database');
  return pg.dumpDataDir('gzip');
}
