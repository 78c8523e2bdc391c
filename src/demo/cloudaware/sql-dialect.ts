/**
 * The handful of SQL expressions in which PostgreSQL (and PGlite) and MariaDB differ, for the demo
 * generator. The generator writes every table once as `INSERT … SELECT` over a number series with
 * pseudo-random expressions, and this is all it needs to run the same statements on both, which
 * also makes the data identical on both for the same seed.
 */
export interface DemoDialect {
  readonly name: 'postgres' | 'mariadb';
  /** A FROM item yielding column `alias.n` = from…to (integers, inclusive). */
  series(alias: string, from: number, to: number): string;
  /** A string literal. */
  text(value: string): string;
  /** Element `index` (0-based integer expression) of a list of strings. */
  pick(list: readonly string[], index: string): string;
  /** Element `index` (0-based integer expression) of a list of integers. */
  pickInt(list: readonly number[], index: string): string;
  xor(a: string, b: string): string;
  /** Integer division, truncating. */
  div(a: string, b: string): string;
  /** An integer expression as text, left-padded with zeros to `width`. */
  zeroPad(expr: string, width: number): string;
  /** The instant `seconds` (an integer expression) before `now`. */
  secondsBefore(now: Date, seconds: string): string;
  /** The date `days` (an integer expression) before `now`'s date. */
  daysBefore(now: Date, days: string): string;
  /** The date `days` after the date expression `date`. */
  daysAfter(date: string, days: string): string;
  /** Makes sure integer arithmetic on `expr` is 64-bit. */
  bigint(expr: string): string;
  /** A non-negative integer expression as a signed one, so differences of draws may go below zero. */
  signed(expr: string): string;
  /** Appended to a subquery so the planner computes its columns once instead of folding them into the outer query. */
  readonly fence: string;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const isoSecond = (d: Date) => d.toISOString().slice(0, 19).replace('T', ' ');

export const postgresDialect: DemoDialect = {
  name: 'postgres',
  series: (alias, from, to) => `generate_series(${from}::bigint, ${to}::bigint) as ${alias}(n)`,
  text: (value) => `'${value.replaceAll("'", "''")}'`,
  pick: (list, index) => `(array[${list.map((v) => postgresDialect.text(v)).join(',')}])[(${index}) + 1]`,
  pickInt: (list, index) => `(array[${list.join(',')}]::bigint[])[(${index}) + 1]`,
  xor: (a, b) => `(${a} # ${b})`,
  div: (a, b) => `((${a}) / (${b}))`,
  zeroPad: (expr, width) => `lpad((${expr})::text, ${width}, '0')`,
  secondsBefore: (now, seconds) =>
    `(timestamptz '${isoSecond(now)}+00' - (${seconds}) * interval '1 second')`,
  daysBefore: (now, days) => `(date '${isoDay(now)}' - (${days})::int)`,
  daysAfter: (date, days) => `((${date}) + (${days})::int)`,
  bigint: (expr) => `(${expr})::bigint`,
  signed: (expr) => expr,
  fence: 'offset 0',
};

export const mariadbDialect: DemoDialect = {
  name: 'mariadb',
  // MariaDB's Sequence engine: `seq_1_to_5` is a virtual table of the numbers 1…5.
  series: (alias, from, to) => `(select cast(seq as signed) as n from seq_${from}_to_${to}) as ${alias}`,
  // Backslash is an escape character in MariaDB string literals by default.
  text: (value) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`,
  pick: (list, index) => `elt((${index}) + 1, ${list.map((v) => mariadbDialect.text(v)).join(',')})`,
  pickInt: (list, index) => `cast(elt((${index}) + 1, ${list.join(',')}) as signed)`,
  xor: (a, b) => `(${a} ^ ${b})`,
  div: (a, b) => `((${a}) div (${b}))`,
  zeroPad: (expr, width) => `lpad(${expr}, ${width}, '0')`,
  secondsBefore: (now, seconds) => `(timestamp'${isoSecond(now)}' - interval (${seconds}) second)`,
  daysBefore: (now, days) => `(date'${isoDay(now)}' - interval (${days}) day)`,
  daysAfter: (date, days) => `((${date}) + interval (${days}) day)`,
  bigint: (expr) => `(${expr})`,
  // Bit operations yield BIGINT UNSIGNED in MariaDB, and unsigned arithmetic refuses to go below zero.
  signed: (expr) => `cast(${expr} as signed)`,
  // A derived table with a LIMIT cannot be merged into the outer query, so it is materialised.
  fence: 'limit 18446744073709551615',
};
