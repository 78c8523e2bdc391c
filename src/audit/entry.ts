import { type ErrorDetail, GrondslagError } from '../errors.js';
import { findPersonalData } from './personal-data.js';

/**
 * One audit entry and its canonical serialisation: the exact bytes that get hashed. The form must
 * never depend on the driver, the key order of a JSON object, the time zone or the platform, or a
 * log written on PGlite would not verify after a move to PostgreSQL.
 */

/** A JSON value allowed in `data`. */
export type AuditValue = string | number | boolean | null | AuditValue[] | { [key: string]: AuditValue };

/** Small, non-personal details of a change: counts, rule names, versions. */
export type AuditData = { [key: string]: AuditValue };

/** What a caller records: who did what to which subject. `seq` and `at` are assigned on append. */
export interface AuditEntryInput {
  /** Who: `user:<id>`, `token:<id>`, `system:<job>` (e.g. `system:retention`) or `cli`. */
  actor: string;
  /** What, dotted and lower case: `user.created`, `policy.loaded`. */
  action: string;
  /** The kind of thing changed (`user`, `policy`, `request`) and its id. */
  subjectType?: string | null;
  subjectId?: string | null;
  /** Ids of the state before and after the change, e.g. two policy version hashes. */
  beforeId?: string | null;
  afterId?: string | null;
  data?: AuditData;
}

/** An entry as the log holds it. */
export interface AuditEntry {
  /** 1, 2, 3, … without holes. */
  seq: number;
  /** Millisecond precision; never earlier than the entry before it. */
  at: Date;
  actor: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  beforeId: string | null;
  afterId: string | null;
  data: AuditData;
}

/** An entry with its place in the hash chain (src/audit/chain.ts). */
export interface AuditRecord extends AuditEntry {
  prevHash: string;
  hash: string;
}

/** The fields a caller supplies, checked and with absent ones as null. */
export type AuditEntryFields = Omit<AuditEntry, 'seq' | 'at'>;

/** Upper bound on `data` as canonical JSON, in characters: the log is for facts, not payloads. */
export const MAX_AUDIT_DATA_LENGTH = 4096;
const MAX_DATA_DEPTH = 4;
const MAX_ID_LENGTH = 200;

const ACTOR = /^[a-z][a-z_]*(?::[A-Za-z0-9._~-]+)?$/;
const ACTION = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)+$/;
const SUBJECT_TYPE = /^[a-z][a-z0-9_]*$/;
const DATA_KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
// PostgreSQL text cannot hold NUL, and jsonb refuses unpaired surrogates: refuse both up front so
// that what is hashed is exactly what the database stores.
const UNSTORABLE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * JSON with object keys sorted by UTF-16 code unit at every level and no whitespace; numbers and
 * strings as `JSON.stringify` writes them. For the values allowed here this is the JSON
 * Canonicalization Scheme of RFC 8785.
 *
 * @example
 *   canonicalJson({ b: 1, a: [true, null] }); // '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: AuditValue): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new GrondslagError('AUDIT_ENTRY_INVALID', 'audit data numbers must be finite');
  }
  return JSON.stringify(value);
}

/**
 * The canonical form of an entry: every field present (absent ones as null), keys in sorted order,
 * `at` as an ISO 8601 UTC timestamp with milliseconds.
 *
 * @example
 *   canonicalEntry({ seq: 1, at: new Date('2026-01-31T10:00:00Z'), actor: 'cli', action: 'policy.loaded',
 *     subjectType: 'policy', subjectId: null, beforeId: null, afterId: 'v1', data: {} });
 *   // '{"action":"policy.loaded","actor":"cli","afterId":"v1","at":"2026-01-31T10:00:00.000Z",
 *   //   "beforeId":null,"data":{},"seq":1,"subjectId":null,"subjectType":"policy"}'  (one line)
 */
export function canonicalEntry(entry: AuditEntry): string {
  if (!Number.isSafeInteger(entry.seq) || entry.seq < 1) {
    throw new GrondslagError('AUDIT_ENTRY_INVALID', `audit seq must be a positive integer, got ${entry.seq}`);
  }
  if (Number.isNaN(entry.at.getTime())) {
    throw new GrondslagError('AUDIT_ENTRY_INVALID', 'audit timestamp is not a valid date');
  }
  return canonicalJson({
    seq: entry.seq,
    at: entry.at.toISOString(),
    actor: entry.actor,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    beforeId: entry.beforeId,
    afterId: entry.afterId,
    data: entry.data,
  });
}

/**
 * Checks what a caller wants to record and fills in absent fields. Refuses personal data first
 * (AUDIT_PERSONAL_DATA), then malformed fields (AUDIT_ENTRY_INVALID). Error messages name the field,
 * never its value, since the value may be the very personal data being refused.
 *
 * @example
 *   checkAuditInput({ actor: 'user:42', action: 'user.created', subjectType: 'user', subjectId: '43' });
 */
export function checkAuditInput(input: AuditEntryInput): AuditEntryFields {
  const fields: AuditEntryFields = {
    actor: input.actor,
    action: input.action,
    subjectType: input.subjectType ?? null,
    subjectId: input.subjectId ?? null,
    beforeId: input.beforeId ?? null,
    afterId: input.afterId ?? null,
    data: input.data ?? {},
  };
  const personal = personalDataIn(fields);
  if (personal.length > 0) {
    throw new GrondslagError(
      'AUDIT_PERSONAL_DATA',
      `audit entries must not contain personal data: ${personal.map((d) => `${d.path} ${d.message}`).join('; ')}`,
      { details: personal },
    );
  }
  const problems = shapeProblems(fields);
  if (problems.length > 0) {
    throw new GrondslagError(
      'AUDIT_ENTRY_INVALID',
      `invalid audit entry: ${problems.map((d) => `${d.path} ${d.message}`).join('; ')}`,
      { details: problems },
    );
  }
  return fields;
}

function personalDataIn(fields: AuditEntryFields): ErrorDetail[] {
  const found: ErrorDetail[] = [];
  const check = (path: string, text: unknown) => {
    if (typeof text !== 'string') return;
    for (const kind of findPersonalData(text)) found.push({ path, message: `looks like ${article(kind)}` });
  };
  // Bounded by the depth limit, which the shape check reports, so that a cyclic object cannot loop.
  const walk = (path: string, value: unknown, depth: number) => {
    if (depth > MAX_DATA_DEPTH + 1) return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(`${path}[${i}]`, value[i], depth + 1);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        const before = found.length;
        check(`${path} key`, k);
        // A key that is itself personal data must not appear in the path of its value either.
        walk(found.length > before ? `${path}[key]` : `${path}.${k}`, v, depth + 1);
      }
    } else check(path, value);
  };
  for (const key of ['actor', 'action', 'subjectType', 'subjectId', 'beforeId', 'afterId'] as const) {
    check(key, fields[key]);
  }
  walk('data', fields.data, 1);
  return found;
}

function article(kind: string): string {
  return /^[aeiouAEIOU]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function shapeProblems(fields: AuditEntryFields): ErrorDetail[] {
  const problems: ErrorDetail[] = [];
  const text = (path: string, value: unknown, pattern: RegExp | undefined, expected: string) => {
    if (typeof value !== 'string' || value.length === 0 || value.length > MAX_ID_LENGTH) {
      problems.push({ path, message: `must be a string of 1 to ${MAX_ID_LENGTH} characters` });
    } else if (UNSTORABLE.test(value)) {
      problems.push({ path, message: 'contains a NUL character or an unpaired surrogate' });
    } else if (pattern && !pattern.test(value)) {
      problems.push({ path, message: `must be ${expected}` });
    }
  };
  text('actor', fields.actor, ACTOR, 'a kind with an optional id, e.g. "user:42", "system:retention", "cli"');
  text('action', fields.action, ACTION, 'dotted lower-case words, e.g. "user.created"');
  if (fields.subjectType !== null) {
    text('subjectType', fields.subjectType, SUBJECT_TYPE, 'a lower-case word, e.g. "user"');
  } else if (fields.subjectId !== null) {
    problems.push({ path: 'subjectId', message: 'needs a subjectType' });
  }
  for (const key of ['subjectId', 'beforeId', 'afterId'] as const) {
    if (fields[key] !== null) text(key, fields[key], undefined, '');
  }
  const data: unknown = fields.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({ path: 'data', message: 'must be an object' });
    return problems;
  }
  const before = problems.length;
  dataProblems('data', data, 1, problems);
  if (problems.length === before && canonicalJson(fields.data).length > MAX_AUDIT_DATA_LENGTH) {
    problems.push({ path: 'data', message: `must be at most ${MAX_AUDIT_DATA_LENGTH} characters as JSON` });
  }
  return problems;
}

function dataProblems(path: string, value: unknown, depth: number, problems: ErrorDetail[]): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) problems.push({ path, message: 'must be a finite number' });
    return;
  }
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) {
      problems.push({ path, message: 'contains a NUL character or an unpaired surrogate' });
    }
    return;
  }
  if (
    typeof value !== 'object' ||
    (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype)
  ) {
    problems.push({ path, message: 'must be a JSON value (string, number, boolean, null, array, object)' });
    return;
  }
  if (depth > MAX_DATA_DEPTH) {
    problems.push({ path, message: `nests deeper than ${MAX_DATA_DEPTH} levels` });
    return;
  }
  if (Array.isArray(value)) {
    // An index loop rather than forEach, which would skip the holes of a sparse array.
    for (let i = 0; i < value.length; i++) dataProblems(`${path}[${i}]`, value[i], depth + 1, problems);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (!DATA_KEY.test(k)) {
      problems.push({ path: `${path} key`, message: 'keys must be identifiers of at most 64 characters' });
    } else if (v === undefined) {
      problems.push({ path: `${path}.${k}`, message: 'must not be undefined (use null)' });
    } else {
      dataProblems(`${path}.${k}`, v, depth + 1, problems);
    }
  }
}
