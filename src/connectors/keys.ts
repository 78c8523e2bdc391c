import { ConnectorError, connectorErrorCodes } from './connector.js';

/**
 * Key lists are split into chunks so that no statement carries an unbounded parameter list, and
 * made distinct first: the same key in two chunks would return its rows twice.
 */

/**
 * The distinct values of `values`, in first-seen order. Dates and buffers compare by content.
 *
 * @example
 *   distinctValues([1, '1', 1, null]) // → [1, '1', null]
 */
export function distinctValues(values: readonly unknown[]): unknown[] {
  const seen = new Set<unknown>();
  const out: unknown[] = [];
  for (const v of values) {
    const id =
      v instanceof Date
        ? `date:${v.getTime()}`
        : Buffer.isBuffer(v)
          ? `buffer:${v.toString('base64')}`
          : typeof v === 'bigint'
            ? `bigint:${v}`
            : v;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(v);
  }
  return out;
}

/**
 * `items` in consecutive slices of at most `size`; nothing for an empty list.
 *
 * @example
 *   [...chunk([1, 2, 3], 2)] // → [[1, 2], [3]]
 */
export function* chunk<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** A batch size or limit: a positive integer, so it can be written into a statement as a literal. */
export function checkBatchSize(
  n: number,
  name: string,
  where: { system: string; collection?: string },
): number {
  if (!Number.isSafeInteger(n) || n < 1 || n > 1_000_000) {
    throw new ConnectorError(
      connectorErrorCodes.badArgument,
      `${name} must be a whole number from 1 to 1000000, got ${n}`,
      where,
    );
  }
  return n;
}
