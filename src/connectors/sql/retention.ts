import {
  type ClockHop,
  ConnectorError,
  connectorErrorCodes as codes,
  type KeepCondition,
  type RetentionSweep,
} from '../connector.js';
import { distinctValues } from '../keys.js';
import type { Params, SqlColumn, SqlDialect } from './dialect.js';
import { quoteIdentifier } from './identifiers.js';

/**
 * The SQL of a retention sweep: which rows are past their period (the clock, possibly kept in
 * another table and reached through references), and which of those a legal hold or a restriction
 * keeps. Shared by the sweep statements and the due count, so that the plan counts exactly the rows
 * a sweep removes.
 */

/** What the builder needs of a table: its quoted name and its validated columns. */
export interface RetentionTable {
  name: string;
  quoted: string;
  column(field: string): SqlColumn;
}

export interface RetentionSql {
  /** The clock as an expression over the swept table; its `field` is the clock field's info. */
  clock: SqlColumn;
  /** `clock < cut`. */
  before(cut: Date, p: Params): string;
  /** One boolean expression per keep condition, never NULL. */
  keeps: { label: string; sql: (p: Params) => string }[];
  /** True when any keep condition holds (the literal `false` when there are none); never NULL. */
  anyKeep(p: Params): string;
  /** Past the period at `sweep.before` and kept by no condition. */
  due(p: Params): string;
}

/**
 * Builds the retention SQL for `table`. Every name is resolved through `resolve` (introspection)
 * before it reaches a statement; a wrong clock type, a bad date or an oversized key list fails here.
 *
 * @example
 *   const r = await retentionSql(dialect, t, { clockField: 'started_at', before }, resolve, where);
 *   const p = new Params('dollar');
 *   `select count(*) from ${t.quoted} where ${r.due(p)}`;
 */
export async function retentionSql(
  dialect: SqlDialect,
  table: RetentionTable,
  sweep: RetentionSweep,
  resolve: (name: string) => Promise<RetentionTable>,
  where: { system: string; collection?: string },
): Promise<RetentionSql> {
  const at = (field?: string) => ({ ...where, collection: table.name, field });
  checkDate(sweep.before, 'before', at());
  const clock = await clockExpression(dialect, table, sweep.clockField, sweep.clockPath ?? [], resolve, at);
  if (!dialect.clockTypes.includes(clock.field.type)) {
    throw new ConnectorError(
      codes.badArgument,
      `a retention clock must be a date or time field, this one is ${clock.field.nativeType}`,
      at(sweep.clockField),
    );
  }

  const conditions: KeepCondition[] = [...(sweep.keep ?? [])];
  if (sweep.exclude) conditions.unshift({ label: 'excluded', match: sweep.exclude });
  const before = (cut: Date, p: Params) => dialect.clockBefore(clock, cut, p);
  const keeps = conditions.map((k) => ({ label: k.label, sql: keepSql(dialect, table, clock, k, at) }));
  const anyKeep = (p: Params) =>
    keeps.length === 0 ? 'false' : `coalesce((${keeps.map((k) => `(${k.sql(p)})`).join(' or ')}), false)`;
  return {
    clock,
    before,
    keeps,
    anyKeep,
    due: (p) =>
      keeps.length === 0 ? before(sweep.before, p) : `${before(sweep.before, p)} and not ${anyKeep(p)}`,
  };
}

function keepSql(
  dialect: SqlDialect,
  table: RetentionTable,
  clock: SqlColumn,
  k: KeepCondition,
  at: (field?: string) => { system: string; collection: string; field?: string },
): (p: Params) => string {
  if (!k.match && !k.window) {
    throw new ConnectorError(
      codes.badArgument,
      `keep condition "${k.label}" names neither keys nor a window`,
      at(),
    );
  }
  const column = k.match ? table.column(k.match.field) : undefined;
  const values = k.match ? distinctValues(k.match.values) : [];
  if (values.length > dialect.maxKeysPerStatement) {
    // The condition must sit in every statement whole; it is a hold list, not a key chunk.
    throw new ConnectorError(
      codes.badArgument,
      `at most ${dialect.maxKeysPerStatement} kept values per condition, got ${values.length}`,
      at(k.match?.field),
    );
  }
  if (k.window?.from) checkDate(k.window.from, 'window.from', at());
  if (k.window?.to) checkDate(k.window.to, 'window.to', at());
  return (p) => {
    const parts: string[] = [];
    // An empty key list keeps nothing; NULL keys never match.
    if (column)
      parts.push(values.length === 0 ? 'false' : `coalesce(${dialect.keyIn(column, values, p)}, false)`);
    if (k.window?.from) parts.push(`not coalesce(${dialect.clockBefore(clock, k.window.from, p)}, true)`);
    if (k.window?.to) parts.push(`coalesce(${dialect.clockBefore(clock, k.window.to, p)}, false)`);
    // A window without bounds (a hold on a whole collection) keeps every row.
    return parts.length === 0 ? 'true' : parts.join(' and ');
  };
}

/**
 * The clock of `table`'s rows: its own field, or a field reached through `path`, as a correlated
 * subquery per hop. Toward a parent the (single) parent's clock; toward children the latest one, and
 * NULL — never due — while any child's clock is NULL or there is no child at all.
 */
async function clockExpression(
  dialect: SqlDialect,
  table: RetentionTable,
  clockField: string,
  path: readonly ClockHop[],
  resolve: (name: string) => Promise<RetentionTable>,
  at: (field?: string) => { system: string; collection: string; field?: string },
): Promise<SqlColumn> {
  if (path.length === 0) return table.column(clockField);
  const tables: RetentionTable[] = [];
  for (const hop of path) tables.push(await resolve(hop.collection));
  const last = tables[tables.length - 1]!;
  const field = last.column(clockField).field;

  const build = (i: number, outer: RetentionTable, outerRef: string): string => {
    const hop = path[i]!;
    const inner = tables[i]!;
    const alias = quoteIdentifier(dialect.name, `gs_clock_${i + 1}`);
    const from = `${outerRef}.${outer.column(hop.field).quoted}`;
    const join = `${alias}.${inner.column(hop.to).quoted} = ${from}`;
    const value =
      i + 1 < path.length ? build(i + 1, inner, alias) : `${alias}.${inner.column(clockField).quoted}`;
    if (hop.direction === 'child_to_parent') {
      return `(select max(${value}) from ${inner.quoted} ${alias} where ${join})`;
    }
    return `(select case when count(*) > 0 and count(*) = count(${value}) then max(${value}) end from ${inner.quoted} ${alias} where ${join})`;
  };
  if (path.some((h) => h.direction !== 'child_to_parent' && h.direction !== 'parent_to_child')) {
    throw new ConnectorError(codes.badArgument, 'a clock hop goes child_to_parent or parent_to_child', at());
  }
  return { quoted: build(0, table, table.quoted), field };
}

function checkDate(d: unknown, name: string, where: { system: string; collection?: string }): void {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) {
    throw new ConnectorError(codes.badArgument, `${name} must be a valid Date`, where);
  }
}

/** A clock value as the driver returns it (Date, ISO text, Unix seconds) as an instant. */
export function clockInstant(value: unknown, type: string): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (type === 'integer' || typeof value === 'number' || typeof value === 'bigint') {
    return new Date(Number(value) * 1000);
  }
  const text = String(value);
  // A date or a naive timestamp is read as UTC, as the connectors' sessions are.
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? `${text}T00:00:00Z`
    : /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(text)
      ? `${text.replace(' ', 'T')}Z`
      : text;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}
