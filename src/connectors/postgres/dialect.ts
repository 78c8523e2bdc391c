import type { SqlColumn, SqlDialect } from '../sql/dialect.js';

/**
 * PostgreSQL (and PGlite). Key lists travel as one array parameter (`= any($1)`), so a chunk of ten
 * thousand keys is still one short statement text and one plan. Sessions run in UTC (see driver.ts),
 * so `timestamp` without time zone and `date` clocks are read as UTC.
 */
export const postgresDialect: SqlDialect = {
  name: 'postgres',
  paramStyle: 'dollar',
  maxKeysPerStatement: 10_000,
  lockClause: ' for update',
  clockTypes: ['date', 'timestamp', 'integer'],
  // A range walks the primary key's leaf pages in order: several times cheaper than one descent per
  // key, and each deleted tuple is written once (no FOR UPDATE before the delete).
  batchByKeyRange: true,

  keyIn: (column, values, p) => `${column.quoted} = any(${p.add([...values])})`,

  keyNotIn: (column, values, p) => `coalesce(${column.quoted} <> all(${p.add([...values])}), true)`,

  clockBefore(column, before, p) {
    // An integer clock holds Unix seconds.
    if (column.field.type === 'integer')
      return `${column.quoted} < ${p.add(Math.floor(before.getTime() / 1000))}`;
    return `${column.quoted} < ${p.add(before.toISOString())}::timestamptz`;
  },

  updateFromRows(table, key, set, rows, p) {
    // One array per column, unnested side by side into a relation joined on the key: a whole batch
    // written by one statement. The casts use the column types introspection reported.
    const cols = [...key, ...set];
    const arrays = cols.map((c, i) => `${p.add(rows.map((r) => r[i]))}::${arrayType(c)}`);
    const names = cols.map((_, i) => (i < key.length ? `k${i}` : `f${i - key.length}`));
    const assignments = set.map((c, i) => `${c.quoted} = v.f${i}`).join(', ');
    const join = key.map((k, i) => `t.${k.quoted} = v.k${i}`).join(' and ');
    return `update ${table} as t set ${assignments} from unnest(${arrays.join(', ')}) as v(${names.join(', ')}) where ${join}`;
  },
};

function arrayType(c: SqlColumn): string {
  return `${c.field.nativeType}[]`;
}
