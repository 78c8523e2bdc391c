import type { Row } from '../connector.js';

/**
 * The little a SQL connector needs from a database driver. Each dialect folder adapts its driver
 * (`pg`, PGlite, `mysql2`, better-sqlite3) to this, which is also the seam where tests count the
 * statements a connector sends.
 */

export interface SqlResult {
  rows: Row[];
  /** Rows affected (DELETE, UPDATE) or returned (SELECT). */
  rowCount: number;
}

export interface SqlQueryable {
  /** One statement with positional parameters; values are never spliced into the text. */
  query(sql: string, params?: readonly unknown[]): Promise<SqlResult>;
}

export interface SqlDriver extends SqlQueryable {
  /** Runs `fn` on one connection inside a transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A driver that reports each statement to `onStatement` before sending it, inside transactions too.
 *
 * @example
 *   const seen: string[] = [];
 *   const counted = countingDriver(driver, (sql) => seen.push(sql));
 */
export function countingDriver(driver: SqlDriver, onStatement: (sql: string) => void): SqlDriver {
  const wrap = (q: SqlQueryable): SqlQueryable => ({
    query(sql, params) {
      onStatement(sql);
      return q.query(sql, params);
    },
  });
  return {
    ...wrap(driver),
    transaction: (fn) => driver.transaction((tx) => fn(wrap(tx))),
    close: () => driver.close(),
  };
}
