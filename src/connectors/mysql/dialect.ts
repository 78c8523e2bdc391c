import { caseUpdate } from '../sql/case-update.js';
import type { SqlDialect } from '../sql/dialect.js';

/**
 * MySQL 8 and MariaDB 10.x. Key lists are expanded into `in (?, …)` lists of at most a thousand keys,
 * well inside the protocol's 65,535 placeholders per statement.
 */
export const mysqlDialect: SqlDialect = {
  name: 'mysql',
  paramStyle: 'question',
  maxKeysPerStatement: 1000,
  lockClause: ' for update',
  clockTypes: ['date', 'timestamp', 'integer'],

  keyIn: (column, values, p) => `${column.quoted} in (${values.map((v) => p.add(v)).join(', ')})`,

  keyNotIn: (column, values, p) =>
    `(${column.quoted} is null or ${column.quoted} not in (${values.map((v) => p.add(v)).join(', ')}))`,

  clockBefore(column, before, p) {
    if (column.field.type === 'integer')
      return `${column.quoted} < ${p.add(Math.floor(before.getTime() / 1000))}`;
    // 'YYYY-MM-DD HH:MM:SS.ffffff' in UTC, which DATE, DATETIME and TIMESTAMP all compare with.
    return `${column.quoted} < ${p.add(before.toISOString().replace('T', ' ').replace('Z', ''))}`;
  },

  updateFromRows: (table, key, set, rows, p) => caseUpdate(mysqlDialect, table, key, set, rows, p),
};
