import type { PiiFinding } from './finding.js';

/**
 * Values a scan never reports. An organisation's own published contact details — its service
 * number, role mailboxes, office address and bank account — are not personal data, yet they have
 * exactly the shape of it, and they stand in every ticket, letter and log line it writes. Listing
 * them keeps redaction from removing them and discovery from counting them.
 *
 * Values compare without case, white space and the punctuation people vary (`-`, `.`, `(`, `)`,
 * `/`); phone numbers also by their national digits, so `+31 88 765 4300`, `0031887654300` and
 * `088-7654300` are one number. A finding is allowed when its whole text matches one value.
 *
 * @example
 *   const allow = allowList(['088-7654300', 'support@polderlink.nl', 'Europalaan 420']);
 *   scanText('Bel 088 765 4300 of mail jan@example.nl', { allow }); // only the e-mail address
 */
export class AllowList {
  private readonly plain = new Set<string>();
  private readonly digits = new Set<string>();

  constructor(values: Iterable<string>) {
    for (const value of values) {
      const key = plainKey(value);
      if (key === '') continue;
      this.plain.add(key);
      const national = nationalDigits(value);
      if (national) this.digits.add(national);
    }
  }

  get size(): number {
    return this.plain.size;
  }

  /** Whether the finding's text is one of the values. */
  allows(text: string, finding: PiiFinding): boolean {
    const value = text.slice(finding.start, finding.end);
    if (this.plain.has(plainKey(value))) return true;
    if (finding.type !== 'phone' || this.digits.size === 0) return false;
    const national = nationalDigits(value);
    return national !== undefined && this.digits.has(national);
  }
}

/** Lower case, without white space and `-` `.` `(` `)` `/`. */
function plainKey(value: string): string {
  return value.toLowerCase().replace(/[\s\-.()/]+/g, '');
}

/**
 * A phone-shaped value's digits in national form (`+31 88 …` and `0031 88 …` read `088…`), or
 * undefined when it is not phone-shaped: letters, or fewer than six digits.
 */
function nationalDigits(value: string): string | undefined {
  if (/[A-Za-z@]/.test(value)) return undefined;
  let digits = value.replace(/\D+/g, '');
  if (digits.length < 6) return undefined;
  if (value.trimStart().startsWith('+'))
    digits = digits.startsWith('31') ? `0${digits.slice(2)}` : `+${digits}`;
  else if (digits.startsWith('0031')) digits = `0${digits.slice(4)}`;
  else if (digits.startsWith('00')) digits = `+${digits.slice(2)}`;
  // "+31 (0)88 …": the trunk zero written after the country code.
  if (digits.startsWith('00')) digits = digits.slice(1);
  return digits;
}

const compiled = new WeakMap<readonly string[], AllowList>();

/** An AllowList of `values`; the same array gives the same list (compiled once). */
export function allowList(values: readonly string[] | AllowList): AllowList {
  if (values instanceof AllowList) return values;
  let list = compiled.get(values);
  if (!list) {
    list = new AllowList(values);
    compiled.set(values, list);
  }
  return list;
}

/** The findings `allow` does not list; the list itself when none is allowed. */
export function withoutAllowed(text: string, findings: PiiFinding[], allow: AllowList): PiiFinding[] {
  if (allow.size === 0 || findings.length === 0) return findings;
  let kept: PiiFinding[] | undefined;
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i]!;
    if (allow.allows(text, f)) kept ??= findings.slice(0, i);
    else kept?.push(f);
  }
  return kept ?? findings;
}
