import type { DemoDialect } from './sql-dialect.js';

/**
 * Deterministic pseudo-random numbers that the database computes itself: every value of the demo
 * store is a function of (row id, salt, seed), so any table can recompute a customer's name or phone
 * number from the customer id without a join, a chunk can be generated without knowing the others,
 * and the same seed yields the same rows on every engine. The log-file writer, which runs in
 * JavaScript, uses `mix32` to compute the same values.
 *
 * The mixing function is the well-known 32-bit integer finaliser (xor-shift, multiply, twice). Its
 * multiplier is below 2^27, so every intermediate product stays below 2^59 and fits a signed BIGINT
 * on PostgreSQL and MariaDB alike; JavaScript gets the same low 32 bits with `Math.imul`.
 */

const MASK = 4294967295;
const GOLDEN = 2654435761;
const MULT = 73244475;

/** The pseudo-random 32-bit value for `id` (≥ 0, < 2^32), `salt` and `seed`. */
export function mix32(id: number, salt: number, seed: number): number {
  let h = (Math.imul(id, GOLDEN) >>> 0) + salt * 40503 + seed * 97;
  h = h % 4294967296;
  h = Math.imul((h >>> 16) ^ h, MULT) >>> 0;
  h = Math.imul((h >>> 16) ^ h, MULT) >>> 0;
  return ((h >>> 16) ^ h) >>> 0;
}

/** The SQL expression computing `mix32(idExpr, salt, seed)`. */
export function mixSql(d: DemoDialect, idExpr: string, salt: number, seed: number): string {
  const h0 = `((${d.bigint(idExpr)} * ${GOLDEN} + ${salt * 40503 + seed * 97}) & ${MASK})`;
  const round = (h: string) => `((${d.xor(`(${h} >> 16)`, h)} * ${MULT}) & ${MASK})`;
  const h2 = round(round(h0));
  return d.signed(d.xor(`(${h2} >> 16)`, h2));
}

/** A number series of a statement: name, first, last. */
export type Series = readonly [name: string, from: number, to: number];

/**
 * The draws one statement needs, each computed once per row. PostgreSQL and MariaDB evaluate an
 * expression as often as it is written, and a customer's facts use the same draw many times (a
 * contract's end date decides the account's closing date, its invoices and their payments), so the
 * draws become columns of inner queries that the outer one reads, behind a fence so the planner
 * cannot fold them back in.
 *
 * The inner queries nest one per series, so a draw is computed once per row of the series it depends
 * on: a customer's name once per customer, not once per invoice slot of the customer.
 *
 * Expressions in the outer query name series values `b.<series>_n`, draws `b.r<i>` and derived
 * values `b.d<i>`.
 */
export class DrawSet {
  private readonly draws: { level: number; id: string; salt: number; column: string }[] = [];
  private readonly byKey = new Map<string, string>();
  private readonly derived: { level: number; expr: string; column: string }[] = [];

  constructor(
    readonly d: DemoDialect,
    readonly seed: number,
    private readonly series: readonly Series[],
  ) {}

  /** The outer name of series `name`'s value. */
  static outer(name: string): string {
    return `b.${name}_n`;
  }

  /** Random numbers for the row with id `idExpr`, written with the outer names of series values. */
  rng(idExpr: string): RowRandom {
    return new RowRandom(this, idExpr);
  }

  /** The column holding `mix32(idExpr, salt, seed)`. */
  draw(idExpr: string, salt: number): string {
    const key = `${idExpr}#${salt}`;
    let column = this.byKey.get(key);
    if (column === undefined) {
      column = `r${this.draws.length}`;
      const level = this.series.reduce((l, [name], i) => (idExpr.includes(DrawSet.outer(name)) ? i : l), 0);
      this.draws.push({ level, id: idExpr, salt, column });
      this.byKey.set(key, column);
    }
    return `b.${column}`;
  }

  /**
   * `expr` (a value of draws and series values) computed once in the first inner query that has what
   * it reads, instead of in every row of the outer query: a customer's billing address once per
   * contract rather than once per invoice. Returns the column, or `expr` itself when only the outer
   * query could compute it.
   */
  derive(expr: string): string {
    const level = this.levelOf(expr);
    if (level >= this.series.length) return expr;
    const column = `d${this.derived.length}`;
    this.derived.push({ level, expr, column });
    return `b.${column}`;
  }

  /** The first inner query in which `expr` can be computed or tested: after the draws it reads. */
  private levelOf(expr: string): number {
    let level = 0;
    this.series.forEach(([name], i) => {
      if (expr.includes(DrawSet.outer(name))) level = Math.max(level, i);
    });
    for (const [, column] of expr.matchAll(/\bb\.r(\d+)\b/g)) {
      level = Math.max(level, this.draws[Number(column)]!.level + 1);
    }
    for (const [, column] of expr.matchAll(/\bb\.d(\d+)\b/g)) {
      level = Math.max(level, this.derived[Number(column)]!.level + 1);
    }
    return level;
  }

  /**
   * The nested FROM item (aliased `b`) with every series value and draw as a column, and the
   * conditions it could not apply on the way (for the outer WHERE). A condition is applied in the
   * first inner query that has everything it reads, so rows that do not exist (a customer's second
   * contract slot when they have one contract) are dropped before the next series multiplies them
   * and before their own draws are computed.
   */
  from(conditions: readonly string[] = [], values = ''): { from: string; remaining: string[] } {
    // Facts are built eagerly (a customer's facts register every draw they could need), so only the
    // draws and derived values that the statement reads are computed.
    const used = new Set<string>();
    const visit = (text: string) => {
      for (const [, column] of text.matchAll(/\bb\.([rd]\d+)\b/g)) {
        if (used.has(column!)) continue;
        used.add(column!);
        const derived = column!.startsWith('d') ? this.derived[Number(column!.slice(1))] : undefined;
        if (derived) visit(derived.expr);
      }
    };
    visit(values);
    for (const c of conditions) visit(c);
    const placed = new Map<number, string[]>();
    const remaining: string[] = [];
    for (const condition of conditions) {
      const level = this.levelOf(condition);
      if (level < this.series.length) placed.set(level, [...(placed.get(level) ?? []), condition]);
      else remaining.push(condition);
    }
    let query = '';
    this.series.forEach(([name, first, last], level) => {
      const previous = `b${level - 1}`;
      const local = (expr: string) =>
        this.series
          .reduce(
            (e, [n], i) => e.replaceAll(DrawSet.outer(n), i === level ? `${n}.n` : `${previous}.${n}_n`),
            expr,
          )
          .replace(/\bb\.([rd]\d+)\b/g, `${previous}.$1`);
      const columns = [
        ...(level > 0 ? [`${previous}.*`] : []),
        `${name}.n as ${name}_n`,
        ...this.draws
          .filter((dr) => dr.level === level && used.has(dr.column))
          .map((dr) => `${mixSql(this.d, local(dr.id), dr.salt, this.seed)} as ${dr.column}`),
        ...this.derived
          .filter((dv) => dv.level === level && used.has(dv.column))
          .map((dv) => `${local(dv.expr)} as ${dv.column}`),
      ];
      const source = this.d.series(name, first, last);
      const sources = level > 0 ? `(${query}) as ${previous} cross join ${source}` : source;
      const where = (placed.get(level) ?? []).map((c) => `(${local(c)})`).join(' and ');
      query = `select ${columns.join(', ')} from ${sources}${where ? ` where ${where}` : ''} ${this.d.fence}`;
    });
    return { from: `(${query}) as b`, remaining };
  }
}

/** Random numbers for one row: `int(salt, n)` is in 0…n-1. */
export class RowRandom {
  constructor(
    private readonly draws: DrawSet,
    private readonly idExpr: string,
  ) {}

  /** The raw 32-bit value. */
  raw(salt: number): string {
    return this.draws.draw(this.idExpr, salt);
  }

  /** An integer in 0…n-1. */
  int(salt: number, n: number): string {
    return `(${this.raw(salt)} % ${n})`;
  }

  /** True with probability percent/100. */
  chance(salt: number, percent: number): string {
    return `(${this.raw(salt)} % 100 < ${percent})`;
  }

  pick(salt: number, list: readonly string[]): string {
    return this.draws.d.pick(list, this.int(salt, list.length));
  }
}
