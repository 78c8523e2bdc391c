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
  /** The plain keys by length, and the last four digits of every phone number as a number: a
   *  finding is compared without building a string, and most are rejected by their length. */
  private readonly byLength = new Map<number, string[]>();
  private readonly lastDigits = new Set<number>();

  constructor(values: Iterable<string>) {
    for (const value of values) {
      const key = plainKey(value);
      if (key === '') continue;
      if (!this.plain.has(key)) {
        this.plain.add(key);
        const same = this.byLength.get(key.length);
        if (same) same.push(key);
        else this.byLength.set(key.length, [key]);
      }
      const national = nationalDigits(value);
      if (national) {
        this.digits.add(national);
        this.lastDigits.add(Number(national.slice(-4)));
      }
    }
  }

  get size(): number {
    return this.plain.size;
  }

  /** Whether the finding's text is one of the values. */
  allows(text: string, finding: PiiFinding): boolean {
    const { start, end } = finding;
    let kept = 0;
    for (let i = start; i < end; i++) if (!isIgnored(text.charCodeAt(i))) kept++;
    const candidates = this.byLength.get(kept);
    if (candidates) for (const key of candidates) if (sameAsKey(text, start, end, key)) return true;
    if (finding.type !== 'phone' || this.digits.size === 0) return false;
    let last = 0;
    let scale = 1;
    for (let k = end - 1; k >= start && scale < 10000; k--) {
      const c = text.charCodeAt(k);
      if (c >= 48 && c <= 57) {
        last += (c - 48) * scale;
        scale *= 10;
      }
    }
    if (!this.lastDigits.has(last)) return false;
    const national = nationalDigits(text.slice(start, end));
    return national !== undefined && this.digits.has(national);
  }
}

/** White space and the punctuation people vary in a value: `-` `.` `(` `)` `/`. */
function isIgnored(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    c === 45 ||
    c === 46 ||
    c === 40 ||
    c === 41 ||
    c === 47
  );
}

/** Folds a code unit to lower case as toLowerCase does (A–Z and À–Þ directly, the rest rarely met). */
function fold(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c <= 0xde) return c >= 0xc0 && c !== 0xd7 ? c + 32 : c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** Whether `text[start, end)`, without the ignored characters and folded, is `key`; no string is built. */
function sameAsKey(text: string, start: number, end: number, key: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isIgnored(c)) continue;
    if (fold(c) !== key.charCodeAt(k++)) return false;
  }
  return k === key.length;
}

/** Lower case, without white space and `-` `.` `(` `)` `/`. */
function plainKey(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) if (!isIgnored(value.charCodeAt(i))) out += value[i];
  return out.toLowerCase();
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
