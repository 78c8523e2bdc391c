/**
 * The one place where names become SQL. Every table and column name in a statement passes through
 * `quoteIdentifier` for its dialect, and only after the name was found by introspection: a name that
 * the store did not report is never quoted, let alone sent.
 *
 * Quoting (rather than checking against a pattern) is what makes names with spaces, quotes, dots or
 * reserved words (`order`, `user`) work: the store sees exactly the name it reported.
 */

export type SqlDialectName = 'postgres' | 'mysql' | 'sqlite';

/**
 * Quotes one identifier for `dialect`: PostgreSQL and SQLite use double quotes, MySQL backticks; the
 * quote character inside the name is doubled.
 *
 * @example
 *   quoteIdentifier('postgres', 'order "items"') // → "order ""items"""
 *   quoteIdentifier('mysql', 'user')             // → `user`
 */
export function quoteIdentifier(dialect: SqlDialectName, name: string): string {
  if (name.length === 0) throw new Error('an SQL identifier cannot be empty');
  // A NUL byte cannot be quoted on any of the three; introspection never reports one.
  if (name.includes('\0')) throw new Error('an SQL identifier cannot contain a NUL byte');
  const q = dialect === 'mysql' ? '`' : '"';
  return q + name.replaceAll(q, q + q) + q;
}

/**
 * Quotes a schema-qualified name, part by part.
 *
 * @example
 *   quoteQualified('postgres', ['sales', 'order']) // → "sales"."order"
 */
export function quoteQualified(dialect: SqlDialectName, path: readonly string[]): string {
  return path.map((p) => quoteIdentifier(dialect, p)).join('.');
}
