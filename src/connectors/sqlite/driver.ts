import Database from 'better-sqlite3';
import type { SqlDriver, SqlQueryable, SqlResult } from '../sql/driver.js';

/**
 * A SQLite file (better-sqlite3) as a connector driver. better-sqlite3 is synchronous, but a
 * connector's transaction spans awaits (the anonymising transform may be async), so transactions
 * and plain statements queue behind one another: a statement from elsewhere never lands inside
 * someone else's open transaction.
 *
 * @example
 *   const driver = sqliteDriver('/var/lib/app/app.db');
 */
export function sqliteDriver(file: string): SqlDriver {
  // A misspelt path must not silently create an empty database.
  const db = new Database(file, { fileMustExist: true, timeout: 5000 });
  db.pragma('foreign_keys = ON');
  const statements = new Map<string, ReturnType<Database['prepare']>>();
  const run = (sql: string, params: readonly unknown[]): SqlResult => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      // Statements differ only by key-list length; a small cache covers the repeated ones.
      if (statements.size >= 128) statements.delete(statements.keys().next().value!);
      statements.set(sql, stmt);
    }
    const values = params.map(bindable);
    if (stmt.reader) {
      const rows = stmt.all(values);
      return { rows, rowCount: rows.length };
    }
    return { rows: [], rowCount: stmt.run(values).changes };
  };
  let queue: Promise<unknown> = Promise.resolve();
  const serialised = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => {});
    return next;
  };
  const direct: SqlQueryable = { query: async (sql, params = []) => run(sql, params) };
  return {
    query: (sql, params = []) => serialised(async () => run(sql, params)),
    transaction: (fn) =>
      serialised(async () => {
        // IMMEDIATE takes the write lock at once, so two writers cannot deadlock on an upgrade.
        db.exec('begin immediate');
        try {
          const result = await fn(direct);
          db.exec('commit');
          return result;
        } catch (e) {
          if (db.inTransaction) db.exec('rollback');
          throw e;
        }
      }),
    close: () =>
      serialised(async () => {
        statements.clear();
        db.close();
      }),
  };
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null only. */
function bindable(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof Date) return v.toISOString();
  if (v !== null && typeof v === 'object' && !Buffer.isBuffer(v)) return JSON.stringify(v);
  return v;
}
