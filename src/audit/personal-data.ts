/**
 * A deliberately simple guard that keeps obvious personal data out of the audit log, which must
 * record *that* something changed (ids, counts, names of rules), never *whose* data it was. A later
 * PII engine (src/pii/) replaces it; until then the rules are:
 *
 * - e-mail address: `local@domain.tld`.
 * - IBAN: two letters, two check digits and 11 to 30 letters or digits (spaces allowed between
 *   them) whose ISO 13616 mod-97 checksum holds. The checksum keeps random tokens from matching.
 * - phone number: 9 to 15 digits, optionally separated by spaces, dots, dashes, slashes or
 *   parentheses, that either start with `+`, `00`, `0` or `(`, or contain a separator. A bare run of
 *   digits not starting with 0 (`2026000123`) is taken for a number or id, not a phone number, and
 *   UUIDs, ISO 8601 timestamps and decimals (`3.14159265358`) are never phone numbers. Pass counts
 *   and numeric ids as numbers.
 *
 * Not yet covered: names, postal addresses, BSNs, card numbers. (A dotted IPv4 address happens to
 * read as a phone number, which is acceptable: it is personal data too.)
 */

export type PersonalDataKind = 'e-mail address' | 'IBAN' | 'phone number';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
const IBAN_SHAPE = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}\b/g;
// Masked before the phone check: their digit groups would otherwise read as phone numbers.
const NEVER_PHONE = [
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g,
];
// A digit run with separators, not glued to letters or digits on either side, nor to a time's ':'.
const PHONE_CANDIDATE = /(?<![\w+:])\+?\(?\d(?:[ ()./-]{0,2}\d)+(?![\w:])/g;

/**
 * The kinds of personal data `text` appears to contain (empty when none).
 *
 * @example
 *   findPersonalData('mail jan@example.nl');   // ['e-mail address']
 *   findPersonalData('policy 2026-01-31 v3');  // []
 */
export function findPersonalData(text: string): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if (EMAIL.test(text)) found.push('e-mail address');
  if (containsIban(text)) found.push('IBAN');
  if (containsPhoneNumber(text)) found.push('phone number');
  return found;
}

function containsIban(text: string): boolean {
  for (const match of text.matchAll(IBAN_SHAPE)) {
    // The shape match may run on into the next word ("NL91 ABNA 0417 1643 00 paid"): try the whole
    // match and every cut at a space, since a written IBAN ends at a word boundary.
    const words = match[0].split(' ');
    for (let n = words.length; n >= 1; n--) {
      if (isValidIban(words.slice(0, n).join(''))) return true;
    }
  }
  return false;
}

/** ISO 13616: move the first four characters to the end, letters to 10..35, remainder mod 97 is 1. */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? ch.charCodeAt(0) - 55 : Number(ch);
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}

function containsPhoneNumber(text: string): boolean {
  let masked = text;
  for (const pattern of NEVER_PHONE) masked = masked.replace(pattern, ' ');
  for (const match of masked.matchAll(PHONE_CANDIDATE)) {
    const candidate = match[0];
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < 9 || digits > 15) continue;
    if (/^\d+\.\d+$/.test(candidate)) continue; // a decimal number
    if (/^(\+|\(|0)/.test(candidate) || /[ ()./-]/.test(candidate)) return true;
  }
  return false;
}
