import pg from 'pg';
import type { Db, Queryable, QueryResult } from './db.js';
import { INT8_OID } from './db.js';

// Same parsing as the PGlite driver, so repositories see identical values on both.
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * A real PostgreSQL server through a connection URL. Several Grondslag processes may share one
 * database; that is how the platform scales past one machine.
 *
 * @example
 *   const db = openPostgres('postgres://postgres@127.0.0.1:5432/grondslag');
 */
export function openPostgres(url: string, options: { max?: number } = {}): Db {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, types });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const wrap = (c: pg.Pool | pg.PoolClient): Queryable => ({
    // Without parameters pg uses the simple protocol, which accepts several statements.
    async exec(sql: string) {
      await c.query(sql);
    },
    async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
      const r = await c.query(sql, params as unknown[]);
      return { rows: r.rows as R[], rowCount: r.rowCount ?? r.rows.length };
    },
  });
  const q = wrap(pool);
  return {
    driver: 'postgres',
    query: q.query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    exec: q.exec,
    close: () => pool.end(),
  };
}
