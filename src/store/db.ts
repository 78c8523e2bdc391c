/**
 * Grondslag's own state lives in PostgreSQL: embedded PGlite by default (zero set-up), a real server
 * through a URL in production. Both sit behind this one small interface so that every repository and
 * every test runs the same SQL on either.
 */

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

/** Something that runs one parameterised statement: the database, or a transaction on it. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type DbDriver = 'pglite' | 'postgres';

export interface Db extends Queryable {
  readonly driver: DbDriver;
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** OID of int8; counts and ids come back as JavaScript numbers on both drivers (they stay below 2^53). */
export const INT8_OID = 20;
