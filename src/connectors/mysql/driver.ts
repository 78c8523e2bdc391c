import mysql from 'mysql2/promise';
import type { Row } from '../connector.js';
import type { SqlDriver, SqlQueryable, SqlResult } from '../sql/driver.js';

type Executor = Pick<mysql.Pool, 'execute'> | Pick<mysql.PoolConnection, 'execute'>;

/**
 * A `mysql2` pool as a connector driver (MySQL 8 and MariaDB 10.x). Statements go through `execute`,
 * i.e. server-side prepared statements: values never enter the statement text. Sessions run in UTC.
 *
 * @example
 *   const driver = mysqlDriver('mysql://grondslag@127.0.0.1:3306/crm');
 */
export function mysqlDriver(url: string, options: { max?: number } = {}): SqlDriver {
  const pool = mysql.createPool({
    uri: url,
    connectionLimit: options.max ?? 4,
    // Bigints as numbers while exact, else strings: keys must survive into the next statement.
    supportBigNumbers: true,
    bigNumberStrings: false,
    timezone: 'Z',
    connectTimeout: 5000,
    // Key lists of different lengths are different statements; keep the server's cache small.
    maxPreparedStatements: 64,
  });
  pool.on('connection', (conn) => {
    // Queued before the caller's first statement on this connection. TIMESTAMP columns are
    // converted through the session time zone; UTC makes them match the UTC cut-offs we send.
    conn.query(`set time_zone = '+00:00'`);
  });
  const wrap = (c: Executor): SqlQueryable => ({
    async query(sql, params = []): Promise<SqlResult> {
      const [result] = await c.execute(sql, params.map(normalise) as never);
      if (Array.isArray(result)) return { rows: result as Row[], rowCount: result.length };
      return { rows: [], rowCount: (result as mysql.ResultSetHeader).affectedRows };
    },
  });
  return {
    ...wrap(pool),
    async transaction(fn) {
      const conn = await pool.getConnection();
      try {
        await conn.beginTransaction();
        const result = await fn(wrap(conn));
        await conn.commit();
        return result;
      } catch (e) {
        await conn.rollback().catch(() => {});
        throw e;
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

/** `execute` refuses undefined; a missing value is NULL. */
function normalise(v: unknown): unknown {
  return v === undefined ? null : v;
}
