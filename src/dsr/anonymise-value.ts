import { createHmac } from 'node:crypto';
import { applyOperator, type HmacKey, mask, missingKeyError, type Operator } from '../pii/operators.js';
import { redactText } from '../pii/redact.js';
import type { FieldAnonymiser } from './plan.js';

/**
 * The anonymised form of one stored value, computed once when the key set is recorded so that acting
 * twice writes the same value (src/dsr/execute.ts). A field with a known PII type is rewritten whole
 * by the PII engine's operator; free text keeps its words and loses the personal data the engine
 * finds in it; any other identifier (a customer number) is rewritten whole.
 *
 * Values that are not text cannot take a text operator's output (a date column refuses "<date>"):
 * they become NULL, except a date truncated to its month, which stays a date.
 *
 * @example
 *   anonymiseValue('jan@example.nl', { field: 'email', action: 'mask', piiType: 'email', source: 'datamap' });
 *   // '***@*******.**'
 *   anonymiseValue('Bel Piet op 0612345678', { field: 'body', action: 'tag', source: 'datamap', prose: true });
 *   // 'Bel <person_name> op <phone>'
 */
export function anonymiseValue(value: unknown, spec: FieldAnonymiser, key?: HmacKey): unknown {
  if (value === null || value === undefined) return value;
  if (spec.action === 'nullify') return null;
  if (value instanceof Date) {
    if (spec.action === 'truncate') return new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth(), 1));
    return null;
  }
  if (typeof value !== 'string') return null;
  const op = spec.action as Operator;
  let out: string;
  if (spec.piiType) out = applyOperator(value, spec.piiType, op, key);
  else if (op === 'drop') out = '';
  else if (spec.prose) out = redactText(value, op === 'hmac' ? { operator: op, key } : { operator: op });
  else out = wholeValue(value, op, key);
  return fitted(out, value, op, spec.maxLength, key);
}

/**
 * The anonymised value within the column's length limit, which held the original: a keyed hash is
 * shortened to the limit in hex (still distinct, so unique indexes hold); anything else that would
 * not fit becomes the original masked, which has the original's length.
 */
function fitted(
  out: string,
  original: string,
  op: Operator,
  maxLength: number | undefined,
  key?: HmacKey,
): string {
  if (maxLength === undefined || out.length <= maxLength) return out;
  if (op === 'hmac' && key !== undefined && key.length > 0) {
    return createHmac('sha256', key).update(original.trim()).digest('hex').slice(0, maxLength);
  }
  return mask(original).slice(0, maxLength);
}

/**
 * An identifier of no PII type (a customer number): the operator applies to the whole value. A
 * keyed hash keeps distinct values distinct, so a unique index on the field still holds.
 */
function wholeValue(value: string, op: Operator, key?: HmacKey): string {
  switch (op) {
    case 'mask':
      return mask(value);
    case 'hmac': {
      if (key === undefined || key.length === 0) throw missingKeyError();
      return `<id:${createHmac('sha256', key).update(value.trim()).digest('hex').slice(0, 12)}>`;
    }
    default:
      return '<redacted>';
  }
}

/** A value as JSON can hold it: dates as ISO strings, marked so they come back as dates. */
export type StoredValue = string | number | boolean | null | { date: string };

export function toStored(value: unknown): StoredValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

export function fromStored(value: StoredValue): unknown {
  if (value !== null && typeof value === 'object' && 'date' in value) return new Date(value.date);
  return value;
}
