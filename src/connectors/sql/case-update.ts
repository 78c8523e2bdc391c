import { keyTuplesIn, type Params, type SqlColumn, type SqlDialect } from './dialect.js';

/**
 * Writes a batch back with one UPDATE: each field is set by a CASE over the primary key, and the
 * WHERE names the keys, so the store finds the rows through the primary-key index. Used where the
 * dialect has no typed way to join an array of rows (MySQL).
 *
 * @example
 *   // update `t` set `email` = case when `id` = ? then ? when `id` = ? then ? end where `id` in (?, ?)
 */
export function caseUpdate(
  dialect: SqlDialect,
  table: string,
  key: SqlColumn[],
  set: SqlColumn[],
  rows: unknown[][],
  p: Params,
): string {
  const match = (row: unknown[]) =>
    key.length === 1
      ? `${key[0]!.quoted} = ${p.add(row[0])}`
      : key.map((k, i) => `${k.quoted} = ${p.add(row[i])}`).join(' and ');
  const assignments = set.map((c, j) => {
    const whens = rows.map((row) => `when ${match(row)} then ${p.add(row[key.length + j])}`);
    return `${c.quoted} = case ${whens.join(' ')} end`;
  });
  const keys = rows.map((row) => row.slice(0, key.length));
  return `update ${table} set ${assignments.join(', ')} where ${keyTuplesIn(dialect, key, keys, p)}`;
}
