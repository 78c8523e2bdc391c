import { piiTypes } from '../policy/schema.js';
import type { PiiFinding, PiiType } from './finding.js';
import { applyOperator, checkOperator, type HmacKey, missingKeyError, type Operator } from './operators.js';
import { type ScanOptions, scanText } from './scan.js';

export interface RedactOptions extends ScanOptions {
  /** One operator for every type, or one per type (types not named get `tag`). Default `tag`. */
  operator?: Operator | Partial<Record<PiiType, Operator>>;
  /** The secret for the `hmac` operator; required when any type uses it. */
  key?: HmacKey;
}

/** The operator for each type, checked once: unknown names and a missing HMAC key fail early. */
export function operatorFor(options: RedactOptions): (type: PiiType) => Operator {
  const op = options.operator ?? 'tag';
  if (typeof op === 'string') {
    checkOperator(op);
    if (op === 'hmac' && (options.key === undefined || options.key.length === 0)) throw missingKeyError();
    return () => op;
  }
  for (const v of Object.values(op)) {
    if (v === undefined) continue;
    checkOperator(v);
    if (v === 'hmac' && (options.key === undefined || options.key.length === 0)) throw missingKeyError();
  }
  return (type) => op[type] ?? 'tag';
}

/** `<type>` per type, as the `tag` operator writes it. */
const tags = Object.fromEntries(piiTypes.map((t) => [t, applyOperator('', t, 'tag')])) as Record<
  PiiType,
  string
>;

/**
 * Replaces findings (sorted, not overlapping, as `scanText` returns them) in `text`.
 *
 * @example
 *   applyFindings('bel 0612345678', scanText('bel 0612345678'), () => 'mask'); // 'bel **********'
 */
export function applyFindings(
  text: string,
  findings: readonly PiiFinding[],
  operator: (type: PiiType) => Operator,
  key?: HmacKey,
): string {
  if (findings.length === 0) return text;
  let out = '';
  let at = 0;
  for (const f of findings) {
    const op = operator(f.type);
    // A tag needs neither the value nor a new string: most redactions are tags.
    const replacement =
      op === 'tag' ? tags[f.type] : applyOperator(text.slice(f.start, f.end), f.type, op, key);
    out += text.slice(at, f.start) + replacement;
    at = f.end;
  }
  return out + text.slice(at);
}

/**
 * Finds and replaces personal data in a text.
 *
 * @example
 *   redactText('Mijn BSN is 111222333.');                        // 'Mijn BSN is <bsn>.'
 *   redactText('IP 192.168.1.23', { operator: 'truncate' });      // 'IP 192.168.1.0'
 *   redactText('jan@example.nl', { operator: 'hmac', key: secret }); // '<email:3f9a1c2b>' (per key)
 */
export function redactText(text: string, options: RedactOptions = {}): string {
  const operator = operatorFor(options);
  return applyFindings(text, scanText(text, options), operator, options.key);
}
