/**
 * Check-digit arithmetic for the blind corpus, written from the public standards (ISO 13616 / ISO
 * 7064 for IBAN, the Dutch 11-proof, Luhn, ICAO 9303, GS1, the acceptgiro payment reference) so
 * every planted identifier is one a validating tool would accept. The tests check the results
 * against `src/pii/checksums.ts`, an independent implementation.
 */

/** ISO 7064 MOD 97-10 remainder of an alphanumeric string (A = 10 … Z = 35). */
export function mod97Remainder(s: string): number {
  let r = 0;
  for (const ch of s.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) r = (r * 10 + (code - 48)) % 97;
    else r = (r * 100 + (code - 55)) % 97;
  }
  return r;
}

/** The two IBAN check digits for a country code and its BBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - mod97Remainder(`${bban}${country}00`)).padStart(2, '0');
}

/**
 * The ninth digit that makes eight digits pass the 11-proof (9·d1 + … + 2·d8 − d9 ≡ 0 mod 11), or
 * undefined when it would have to be 10 — such numbers are never issued.
 */
export function elevenProofDigit(first8: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(first8[i]);
  const d = sum % 11;
  return d === 10 ? undefined : d;
}

/** The digit that completes `partial` to pass Luhn. */
export function luhnDigit(partial: string): number {
  let sum = 0;
  // Walking from the right, the digit next to the check digit is doubled.
  for (let i = partial.length - 1, double = true; i >= 0; i--, double = !double) {
    let d = Number(partial[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function passesLuhnCheck(digits: string): boolean {
  return luhnDigit(digits.slice(0, -1)) === Number(digits[digits.length - 1]);
}

/** ICAO 9303 check digit: weights 7, 3, 1; digits as such, A = 10 … Z = 35, the filler `<` = 0. */
export function icaoDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const ch = field[i]!;
    const v = ch === '<' ? 0 : /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += v * weights[i % 3]!;
  }
  return sum % 10;
}

/** GS1 check digit for the first 12 digits of an EAN-13 (weights 1, 3 from the left). */
export function gs1Digit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < first12.length; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

/**
 * The leading check digit of a 16-digit Dutch payment reference (betalingskenmerk): weights
 * 2, 4, 8, 5, 10, 9, 7, 3, 6, 1 repeating from the rightmost of the other 15 digits, 11 − sum mod 11,
 * where 10 becomes 1 and 11 becomes 0.
 */
export function paymentReferenceDigit(last15: string): number {
  const weights = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1];
  let sum = 0;
  for (let i = last15.length - 1, w = 0; i >= 0; i--, w++) sum += Number(last15[i]) * weights[w % 10]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 1 : c === 11 ? 0 : c;
}

/** Spanish "dígito de control" over ten digits (weights 1, 2, 4, 8, 5, 10, 9, 7, 3, 6). */
export function spanishControlDigit(ten: string): number {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(ten[i]) * weights[i]!;
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}
