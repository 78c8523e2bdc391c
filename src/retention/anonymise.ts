import type { AnonymiseField, Row, ValueTransform } from '../connectors/connector.js';
import { GrondslagError } from '../errors.js';
import { applyOperator } from '../pii/operators.js';
import { scanText } from '../pii/scan.js';
import type { AnonymisedField } from './bind.js';

/**
 * Anonymisation that is checked: each due row is rewritten field by field with the PII engine's
 * operators, and before the row is written back the PII engine scans the whole rewritten row — the
 * anonymised fields and every other text field of it. If it still finds anything (a name in a
 * free-text note, an e-mail address in a URL), the transform throws inside the connector's batch
 * transaction, the batch rolls back, and the step fails with RETENTION_NOT_ANONYMOUS: a row that is
 * not anonymous is not written as if it were.
 *
 * Fields that are only checked are handed to the connector with the `keep` operator and written
 * back unchanged; that is what lets the transform see them.
 */

export const KEEP = 'keep' as const;

export interface RowAnonymiser {
  /** The fields for the connector: the anonymised ones and the ones only checked. */
  fields: AnonymiseField[];
  transform: ValueTransform;
  /** Rows whose values actually changed so far; a resumed batch of rows already anonymised adds none. */
  changedRows(): number;
}

/**
 * @example
 *   const a = rowAnonymiser('web_visits', [{ field: 'ip', operator: 'mask', piiType: 'ip_address' }], ['page']);
 *   for await (const b of connector.anonymiseWhereOlder('web_visits', { …sweep, fields: a.fields }, a.transform)) …
 */
export function rowAnonymiser(
  collection: string,
  anonymised: readonly AnonymisedField[],
  checked: readonly string[],
): RowAnonymiser {
  const byField = new Map(anonymised.map((f) => [f.field, f]));
  const observe = checked.filter((f) => !byField.has(f));
  const fields: AnonymiseField[] = [
    ...anonymised.map((f) => ({ name: f.field, operator: f.operator as unknown })),
    ...observe.map((name) => ({ name, operator: KEEP as unknown })),
  ];
  const done = new WeakMap<Row, Map<string, unknown>>();
  let changed = 0;

  const rewrite = (row: Row): Map<string, unknown> => {
    const out = new Map<string, unknown>();
    let differs = false;
    for (const f of anonymised) {
      const before = row[f.field];
      const after = before === null || before === undefined ? before : anonymiseValue(before, f);
      if (after !== before && !(after === null && before === undefined)) differs = true;
      out.set(f.field, after);
    }
    for (const name of observe) out.set(name, row[name]);
    verifyAnonymous(collection, out);
    if (differs) changed++;
    return out;
  };

  return {
    fields,
    // Called once per field of each row; the whole row is rewritten and checked at the first call.
    transform: (value, ctx) => {
      let out = done.get(ctx.row);
      if (!out) {
        out = rewrite(ctx.row);
        done.set(ctx.row, out);
      }
      return out.has(ctx.field.name) ? out.get(ctx.field.name) : value;
    },
    changedRows: () => changed,
  };
}

/** One value through one operator; `nullify` empties the field. */
export function anonymiseValue(value: unknown, f: AnonymisedField): unknown {
  if (f.operator === 'nullify') return null;
  const text = value instanceof Date ? value.toISOString() : String(value);
  return applyOperator(text, f.piiType, f.operator);
}

/**
 * Throws RETENTION_NOT_ANONYMOUS when the PII engine finds personal data in any text field of the
 * rewritten row. The fields are scanned as one text (a name and a street in neighbouring fields are
 * found together, as a reader would); the error names the field and the type, never the value.
 */
export function verifyAnonymous(collection: string, row: Map<string, unknown>): void {
  const parts: { field: string; start: number; end: number }[] = [];
  let text = '';
  for (const [field, value] of row) {
    if (typeof value !== 'string' || value === '') continue;
    if (text !== '') text += '\n';
    parts.push({ field, start: text.length, end: text.length + value.length });
    text += value;
  }
  if (text === '') return;
  const found = scanText(text);
  if (found.length === 0) return;
  const f = found[0]!;
  const field = parts.find((p) => f.start >= p.start && f.start < p.end)?.field ?? '?';
  throw new GrondslagError(
    'RETENTION_NOT_ANONYMOUS',
    `${collection}.${field} still holds ${/^[aeiou]/.test(f.type) ? 'an' : 'a'} ${f.type} after anonymisation; the batch was rolled back. Give the field an erasure operator in the data map (mask, tag, drop or nullify) or delete these rows instead`,
    { kind: 'internal' },
  );
}
