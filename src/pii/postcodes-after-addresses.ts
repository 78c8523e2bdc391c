import { isAsciiLetter, isDigit, isLetter, isUpperLetter } from './chars.js';
import type { PiiFinding } from './finding.js';

/**
 * Belgian and German postcodes are four and five digits, with nothing in their shape that tells
 * them from any other number — but after a street address, before a place, they are what they
 * are: "Koningin Astridlaan 52 bus 8, 3509 Hasselt", "Am Alten Hafen 47, 52062 Aachen". Border
 * operators have such customers. So after each street address found, a number of four or five
 * digits followed by a capitalised place name is taken as its postcode, also after a country's
 * letters ("D-41180 Mönchengladbach"). Mirrored by
 * native/pii/postcodes_after_addresses.cc.
 */

export const FOREIGN_POSTCODE_SCORE = 0.85;

/** Separators between an export's cells, or quotes around them: `;`, `,`, `|`, `'`, `"`, `/`. */
const isCellSeparator = (c: number) => c === 59 || c === 44 || c === 124 || c === 39 || c === 34 || c === 47;

/**
 * The postcode after an address ending at `end`, as `[start, end)`, or undefined: four or five
 * digits followed by a capitalised place — across blanks, one line break with its indentation, or
 * the separators of an export's cells ("'Hoogstraat 68','6005 lp'", "Kerkplein;176;;3630;Maasmechelen")
 * — or four digits and two letters in any case (a Dutch postcode typed in lower case).
 */
function postcodeAfter(text: string, end: number): [number, number] | undefined {
  let i = end;
  // Blanks, cell separators, or one line break with its indentation ("Turnhoutsebaan 140\n  3500 HASSELT").
  let newlines = 0;
  while (i < text.length && i - end < 10) {
    const c = text.charCodeAt(i);
    if (c === 10 && newlines === 0) newlines++;
    else if (c !== 32 && c !== 9 && c !== 13 && !isCellSeparator(c)) break;
    i++;
  }
  if (i === end) return undefined;
  i += countryPrefix(text, i);
  const start = i;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  const digits = i - start;
  if (digits !== 4 && digits !== 5) return undefined;
  if (digits === 4 && text.charCodeAt(start) === 48) return undefined;
  // A Dutch postcode's letters, in either case: "6005 lp".
  if (digits === 4) {
    const l = text.charCodeAt(i) === 32 ? i + 1 : i;
    if (
      isAsciiLetter(text.charCodeAt(l)) &&
      isAsciiLetter(text.charCodeAt(l + 1)) &&
      !isLetter(text.charCodeAt(l + 2))
    )
      return [start, l + 2];
  }
  // Then the place: blanks or cell separators, a capital and at least one more letter.
  let p = i;
  while (
    p < text.length &&
    p - i < 4 &&
    (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || isCellSeparator(text.charCodeAt(p)))
  )
    p++;
  if (p === i || !isUpperLetter(text.charCodeAt(p)) || !isLetter(text.charCodeAt(p + 1))) return undefined;
  return [start, i];
}

/**
 * The length of a country's letters and dash before a postcode ("D-41180 Mönchengladbach", "B-3500
 * Hasselt", "DE-52062"), or 0. The postcode is the digits; the letters say only which country.
 */
function countryPrefix(text: string, i: number): number {
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if (a === 68 || a === 66 || a === 76) {
    // D-, B-, L- (Germany, Belgium, Luxembourg), or DE-, BE-.
    if (b === 45) return 2;
    if (b === 69 && a !== 76 && text.charCodeAt(i + 2) === 45) return 3;
  }
  return 0;
}

/**
 * `findings` (resolved: sorted by start, not overlapping) with the postcode after each street
 * address added; the list itself when there is none.
 */
export function withPostcodesAfterAddresses(text: string, findings: PiiFinding[]): PiiFinding[] {
  let added: PiiFinding[] | undefined;
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k]!;
    if (f.type !== 'postal_address') continue;
    const found = postcodeAfter(text, f.end);
    if (!found) continue;
    const [start, end] = found;
    // Not over a finding: the next ones start after the address.
    let free = true;
    for (let n = k + 1; n < findings.length && findings[n]!.start < end; n++)
      if (findings[n]!.end > start) free = false;
    if (!free) continue;
    added ??= [];
    added.push({ type: 'postcode', start, end, score: FOREIGN_POSTCODE_SCORE, detector: 'postcode-nl' });
  }
  if (!added) return findings;
  return [...findings, ...added].sort((a, b) => a.start - b.start);
}
