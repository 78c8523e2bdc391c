import type { SqlDialect } from '../sql/dialect.js';

/**
 * SQLite. Dates are usually ISO text, so a text or date clock compares through `julianday()`, which
 * reads `2024-01-31`, `2024-01-31 10:00:00` and `2024-01-31T10:00:00.000Z` alike; an integer clock
 * holds Unix seconds, as on the other stores.
 */
export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  paramStyle: 'question',
  maxKeysPerStatement: 500,
  // A transaction is taken with BEGIN IMMEDIATE, which already locks the database for writing.
  lockClause: '',
  clockTypes: ['date', 'timestamp', 'integer', 'text'],

  keyIn: (column, values, p) => `${column.quoted} in (${values.map((v) => p.add(v)).join(', ')})`,

  keyNotIn: (column, values, p) =>
    `(${column.quoted} is null or ${column.quoted} not in (${values.map((v) => p.add(v)).join(', ')}))`,

  clockBefore(column, before, p) {
    if (column.field.type === 'integer')
      return `${column.quoted} < ${p.add(Math.floor(before.getTime() / 1000))}`;
    return `julianday(${column.quoted}) < julianday(${p.add(before.toISOString())})`;
  },

  updateFromRows(table, key, set, rows, p) {
    // A VALUES list named by a CTE, joined with UPDATE … FROM (SQLite 3.33+): one statement a batch.
    const names = [...key.map((_, i) => `k${i}`), ...set.map((_, i) => `f${i}`)];
    const values = rows.map((r) => `(${r.map((v) => p.add(v)).join(', ')})`).join(', ');
    const assignments = set.map((c, i) => `${c.quoted} = v.f${i}`).join(', ');
    const join = key.map((k, i) => `t.${k.quoted} = v.k${i}`).join(' and ');
    return `with v(${names.join(', ')}) as (values ${values}) update ${table} as t set ${assignments} from v where ${join}`;
  },
};
