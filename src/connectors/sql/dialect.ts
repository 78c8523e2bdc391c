import type { FieldInfo, FieldType } from '../connector.js';
import type { SqlDialectName } from './identifiers.js';

/**
 * What differs between PostgreSQL, MySQL/MariaDB and SQLite in the statements a connector builds.
 * Everything else (validation, batching, keyset pagination) is shared in `sql-connector.ts`.
 */

/** Collects parameter values and hands out the placeholder for each, in the dialect's style. */
export class Params {
  readonly values: unknown[] = [];
  constructor(private readonly style: 'dollar' | 'question') {}

  /** Adds `value` and returns its placeholder (`$3` or `?`). */
  add(value: unknown): string {
    this.values.push(value);
    return this.style === 'dollar' ? `$${this.values.length}` : '?';
  }
}

/** A column in a statement: its quoted form and what introspection knows about it. */
export interface SqlColumn {
  quoted: string;
  field: FieldInfo;
}

export interface SqlDialect {
  readonly name: SqlDialectName;
  readonly paramStyle: 'dollar' | 'question';
  /** Keys per statement when matching a key list; longer lists are split into chunks. */
  readonly maxKeysPerStatement: number;
  /** Appended to a SELECT that reads rows it is about to rewrite or delete in the same transaction. */
  readonly lockClause: string;
  /** Field types a retention clock may have. */
  readonly clockTypes: readonly FieldType[];

  /** `column` equals one of `values` (at most `maxKeysPerStatement` of them, at least one). */
  keyIn(column: SqlColumn, values: readonly unknown[], p: Params): string;

  /** `column` is NULL or equals none of `values`. */
  keyNotIn(column: SqlColumn, values: readonly unknown[], p: Params): string;

  /** The column's instant lies strictly before `before`, compared in the column's own type. */
  clockBefore(column: SqlColumn, before: Date, p: Params): string;

  /**
   * Delete retention batches by key range (single-column keys): find the key of the `batchSize`-th
   * due row, then delete the due rows up to it in one plain statement. Where unset, the connector
   * locks the batch's keys and deletes them by key list in a transaction.
   */
  readonly batchByKeyRange?: boolean;

  /**
   * One statement that writes `rows` back: each row is the primary-key values followed by the new
   * values of `set`, in that order.
   */
  updateFromRows(table: string, key: SqlColumn[], set: SqlColumn[], rows: unknown[][], p: Params): string;
}

/** `(a, b) > (?, ?)` or `a > ?`: the rows after `after` in primary-key order. */
export function keyAfter(key: SqlColumn[], after: readonly unknown[], p: Params): string {
  if (key.length === 1) return `${key[0]!.quoted} > ${p.add(after[0])}`;
  return `(${key.map((k) => k.quoted).join(', ')}) > (${after.map((v) => p.add(v)).join(', ')})`;
}

/** The rows whose primary key is one of `keys` (each a tuple in key order). */
export function keyTuplesIn(dialect: SqlDialect, key: SqlColumn[], keys: unknown[][], p: Params): string {
  if (key.length === 1) {
    return dialect.keyIn(
      key[0]!,
      keys.map((k) => k[0]),
      p,
    );
  }
  const cols = `(${key.map((k) => k.quoted).join(', ')})`;
  return `${cols} in (${keys.map((k) => `(${k.map((v) => p.add(v)).join(', ')})`).join(', ')})`;
}
