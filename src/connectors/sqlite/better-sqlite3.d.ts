/**
 * The part of better-sqlite3's API the SQLite connector uses (the package ships no types and
 * @types/better-sqlite3 is not a dependency).
 */
declare module 'better-sqlite3' {
  interface RunResult {
    changes: number;
    lastInsertRowid: number | bigint;
  }
  interface Statement {
    readonly reader: boolean;
    all(params?: unknown[]): Record<string, unknown>[];
    run(params?: unknown[]): RunResult;
    iterate(params?: unknown[]): IterableIterator<Record<string, unknown>>;
  }
  interface Options {
    readonly?: boolean;
    fileMustExist?: boolean;
    timeout?: number;
  }
  class Database {
    constructor(filename: string, options?: Options);
    prepare(sql: string): Statement;
    exec(sql: string): this;
    pragma(source: string, options?: { simple?: boolean }): unknown;
    close(): this;
    readonly open: boolean;
    readonly inTransaction: boolean;
  }
  export default Database;
}
