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

  keyIn: (column, values, p) => `${column.quoted} = any(${p.add([...values])})`,

  keyNotIn: (column, values, p) => `coalesce(${column.quoted} <> all(${p.add([...values])}), true)`,

  clockBefore(column, before, p) {
    // An integer clock holds Unix seconds.
    if (column.field.type === 'integer')
      return `${column.quoted} < ${p.add(Math.floor(before.getTime() / 1000))}`;
    return `${column.quoted} < ${p.add(before.toISOString())}::timestamptz`;
  },

  deleteDueBatch(table, key, due, after, batchSize, p) {
    // Single-column keys: the batch is the key range up to the `batchSize`-th due key (all that is
    // left, when fewer remain), deleted with the due condition repeated, so exactly the due rows of
    // the range go — and they are the first `batchSize` due rows, being counted in key order. A range
    // walks the primary key's leaf pages in order, several times cheaper than one index descent per
    // key. No FOR UPDATE: a row changed meanwhile is re-checked against the due condition by the
    // delete (READ COMMITTED re-evaluates it), and each deleted tuple is written once.
    if (key.length !== 1) return undefined;
    const k = key[0]!.quoted;
    const from = after ? ` and ${k} > ${p.add(after[0])}` : '';
    const edge = `select ${k} as hi from ${table} where ${due(p)}${from} order by ${k} offset ${batchSize - 1} limit 1`;
    const low = after ? ` and ${k} > ${p.add(after[0])}` : '';
    return (
      `with edge as materialized (${edge}), ` +
      // Without an edge (fewer than a batch left) the range runs to the highest key; either way it is
      // one index range, never a scan of the table.
      `gone as (delete from ${table} where ${due(p)}${low} and ${k} <= coalesce((select hi from edge), (select max(${k}) from ${table})) returning ${k}) ` +
      `select (select count(*) from gone) as n, (select count(*) from edge) as full_batch, ` +
      `coalesce((select hi from edge), (select max(${k}) from gone)) as last_0`
    );
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
