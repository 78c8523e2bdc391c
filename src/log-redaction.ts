import { redactText } from './pii/redact.js';

/**
 * What Grondslag's own log lines pass through before they are written: every string (the message
 * and any string field, nested ones too) goes through the PII engine with the `tag` operator, so
 * `mail to jan@example.nl failed` is logged as `mail to <email> failed`. Only strings are scanned —
 * numbers, booleans and dates are counts and times — and identifiers are left whole: a UUID, a hex
 * hash or a base64url token is what an operator needs to correlate lines, and a digit run inside one
 * is not a phone number.
 */

/** Fields that are never personal data and are written on every line. */
const SKIP_KEYS = new Set(['time', 'level']);

const IDENTIFIER =
  /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}|sha256:[0-9a-f]{64})$/i;

/** Nesting deeper than this is cut off: a log field is never a document. */
const MAX_DEPTH = 6;

/**
 * Whether a string is an identifier the redaction must leave alone.
 *
 * @example
 *   isLogIdentifier('0b9c1f52-4a7e-4c1b-9b1e-3f2a1d6c7e88'); // true
 *   isLogIdentifier('jan@example.nl'); // false
 */
export function isLogIdentifier(value: string): boolean {
  return IDENTIFIER.test(value);
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return isLogIdentifier(value) ? value : redactText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return '[nested too deep]';
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, depth + 1);
  return out;
}

/**
 * The logger's default `redact` hook (src/log.ts).
 *
 * @example
 *   redactLogEntry({ level: 'warn', msg: 'bounce from jan@example.nl', request: 'a1b2…' });
 *   // { level: 'warn', msg: 'bounce from <email>', request: 'a1b2…' }
 */
export function redactLogEntry(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entry)) out[k] = SKIP_KEYS.has(k) ? v : redactValue(v, 0);
  return out;
}
