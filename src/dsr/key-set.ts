import { createHash } from 'node:crypto';
import type { Row } from '../connectors/connector.js';
import { type StoredValue, toStored } from './anonymise-value.js';
import type { PlanStep } from './plan.js';

/**
 * How the rows of a step are named in its key set. A collection with a one-field primary key is
 * acted on by that key, row by row. Others — log files, which have no key, and composite keys, which
 * a connector cannot match as a tuple — are acted on by the value they were found by (an IP address
 * stands for all its log lines); such a delete is idempotent too, since it matches nothing the second
 * time.
 */

export function keyedByPrimaryKey(step: Pick<PlanStep, 'primaryKey' | 'kind'>): boolean {
  return step.kind !== 'logfiles' && step.primaryKey.length === 1;
}

/** A stable text for a key value: numbers from different drivers (42, '42') compare equal. */
export function keyText(value: unknown): string {
  if (value instanceof Date) return `d:${value.toISOString()}`;
  if (value !== null && typeof value === 'object' && 'date' in value)
    return `d:${(value as { date: string }).date}`;
  return `v:${String(value)}`;
}

/** The text of a row's full primary key (for lookups in a transform, which sees the whole row). */
export function rowKeyText(row: Row, primaryKey: readonly string[]): string {
  return primaryKey.map((k) => keyText(row[k])).join('\u0000');
}

export function storedKeyText(key: readonly StoredValue[]): string {
  return key.map(keyText).join('\u0000');
}

export function storedKeyOf(row: Row, primaryKey: readonly string[]): StoredValue[] {
  return primaryKey.map((k) => toStored(row[k]));
}

/**
 * A digest of an original value, for the value-keyed replacements of log lines: the key set records
 * which value becomes what without holding the original.
 */
export function valueDigest(value: unknown): string {
  return createHash('sha256').update(keyText(value)).digest('base64url').slice(0, 22);
}
