import type { PGlite, Transaction } from '@electric-sql/pglite';
import pg from 'pg';
import type { Row } from '../connector.js';
import type { SqlDriver, SqlQueryable, SqlResult } from '../sql/driver.js';

/** OID of int8 (bigint). */
const INT8_OID = 20;

/**
 * Bigints come back as numbers while they fit exactly, else as strings: keys must survive the round
 * trip from one statement into the next unchanged.
 */
function parseInt8(v: string): number | string {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : v;
}

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === INT8_OID
      ? parseInt8
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * A `pg` pool as a connector driver. Every session runs in UTC, so naive timestamps and dates compare
 * the same whatever the server's default time zone.
 *
 * @example
 *   const driver = pgDriver('postgres://postgres@127.0.0.1:5432/crm');
 */
export function pgDriver(url: string, options: { max?: number } = {}): SqlDriver {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    types,
    connectionTimeoutMillis: 5000,
    // A startup parameter, so it holds from the first statement of every session.
    options: '-c TimeZone=UTC',
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const wrap = (c: pg.Pool | pg.PoolClient): SqlQueryable => ({
    async query(sql, params = []) {
      const r = await c.query(sql, params as unknown[]);
      return { rows: r.rows as Row[], rowCount: r.rowCount ?? r.rows.length };
    },
  });
  // Statements outside a transaction mostly come one after another (a person's rows, step by step).
  // They go over one connection kept checked out, which spares each statement the pool's checkout
  // and release (up to 15% of a short lookup); a statement arriving while that connection is busy
  // takes another from the pool, so concurrent callers still run side by side.
  let session: pg.PoolClient | undefined;
  let sessionBusy = false;
  const dropSession = (e?: Error) => {
    const client = session;
    session = undefined;
    client?.release(e ?? true);
  };
  const pooled = wrap(pool);
  return {
    async query(sql, params = []) {
      if (sessionBusy) return pooled.query(sql, params);
      sessionBusy = true;
      try {
        if (!session) {
          const client = await pool.connect();
          // A checked-out client that loses its connection emits 'error'; without a listener that
          // would end the process. Drop it; the next statement checks out a new one.
          client.on('error', () => {
            if (session === client) dropSession();
          });
          session = client;
        }
        const r = await session.query(sql, params as unknown[]);
        return { rows: r.rows as Row[], rowCount: r.rowCount ?? r.rows.length };
      } catch (e) {
        // A statement error (severity ERROR) leaves the connection usable; anything else — a lost
        // socket, a FATAL from a server that ended the session — means it must not be reused.
        if (!(e instanceof pg.DatabaseError) || e.severity !== 'ERROR') dropSession(e as Error);
        throw e;
      } finally {
        sessionBusy = false;
      }
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await fn(wrap(client));
        await client.query('commit');
        return result;
      } catch (e) {
        await client.query('rollback').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    async close() {
      const client = session;
      session = undefined;
      client?.release();
      await pool.end();
    },
  };
}

/**
 * A PGlite database as a connector driver: the same SQL as a PostgreSQL server, in this process.
 * `onClose` runs after the database is closed (releasing its data-directory lock); when the caller
 * owns the PGlite instance (Grondslag's own embedded store), pass `closeDatabase: false`.
 */
export function pgliteDriver(
  db: PGlite,
  options: { closeDatabase?: boolean; onClose?: () => void } = {},
): SqlDriver {
  const wrap = (q: PGlite | Transaction): SqlQueryable => ({
    async query(sql, params = []): Promise<SqlResult> {
      const r = await q.query<Row>(sql, params as unknown[], { parsers: { [INT8_OID]: parseInt8 } });
      return { rows: r.rows, rowCount: r.affectedRows ?? r.rows.length };
    },
  });
  return {
    ...wrap(db),
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    async close() {
      try {
        if (options.closeDatabase !== false) await db.close();
      } finally {
        options.onClose?.();
      }
    },
  };
}
