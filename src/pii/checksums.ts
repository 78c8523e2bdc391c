/**
 * The check-digit algorithms the detectors use to tell real identifiers from look-alikes. Each
 * works on char codes without allocating, because the scanner calls them for every candidate.
 */

const ZERO = 48;
const UPPER_A = 65;

/** Value of an alphanumeric character in ISO 7064 and ICAO 9303: 0–9, then A=10 … Z=35. */
function alnumValue(code: number): number {
  if (code >= ZERO && code <= 57) return code - ZERO;
  if (code >= UPPER_A && code <= 90) return code - UPPER_A + 10;
  if (code >= 97 && code <= 122) return code - 97 + 10;
  return -1;
}

/**
 * ISO 7064 MOD 97-10 remainder of an alphanumeric string, letters counting as two digits (A=10).
 * An IBAN is valid when the remainder of its rearranged form is 1.
 *
 * @example
 *   mod97('ABNA0417164300NL91'); // 1
 */
export function mod97(s: string): number {
  let r = 0;
  for (let i = 0; i < s.length; i++) {
    const v = alnumValue(s.charCodeAt(i));
    if (v < 0) return -1;
    r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
  }
  return r;
}

/**
 * Whether a compact IBAN (no spaces) passes MOD 97-10: the first four characters move to the end.
 *
 * @example
 *   isValidIbanChecksum('NL91ABNA0417164300'); // true
 */
export function isValidIbanChecksum(iban: string): boolean {
  if (iban.length < 5) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/**
 * The Dutch "11-proef" for a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not 0).
 * Takes exactly nine digits.
 *
 * @example
 *   passesElevenProof('111222333'); // true
 */
export function passesElevenProof(digits: string): boolean {
  if (digits.length !== 9) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - ZERO);
  sum -= digits.charCodeAt(8) - ZERO;
  return sum !== 0 && sum % 11 === 0;
}

/**
 * The Luhn (mod 10) check of payment-card numbers. Takes digits only.
 *
 * @example
 *   passesLuhn('4111111111111111'); // true
 */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - ZERO;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * The GS1 check digit of an EAN-13/GTIN (weights 1 and 3 from the right). Used to recognise
 * product codes that would otherwise pass for a card number.
 *
 * @example
 *   isValidGtin('8710398501234'); // depends on the last digit
 */
export function isValidGtin(digits: string): boolean {
  if (digits.length < 8) return false;
  let sum = 0;
  for (let i = digits.length - 2, w = 3; i >= 0; i--, w = 4 - w) sum += (digits.charCodeAt(i) - ZERO) * w;
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(digits.length - 1) - ZERO;
}

/**
 * ICAO 9303 check digit of a machine-readable-zone field: weights 7, 3, 1 repeating, digits as
 * themselves, A=10 … Z=35, the filler `<` as 0. Returns -1 for a character outside the MRZ set.
 *
 * @example
 *   icaoCheckDigit('L898902C3'); // 6
 */
export function icaoCheckDigit(field: string, from = 0, to = field.length): number {
  let sum = 0;
  for (let i = from, w = 0; i < to; i++, w = (w + 1) % 3) {
    const c = field.charCodeAt(i);
    const v = c === 60 ? 0 : alnumValue(c);
    if (v < 0 || (c >= 97 && c <= 122)) return -1;
    sum += v * (w === 0 ? 7 : w === 1 ? 3 : 1);
  }
  return sum % 10;
}
