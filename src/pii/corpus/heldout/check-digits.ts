/**
 * Check digits the held-out generator computes itself, so that what it plants does not depend on
 * the engine's own helpers (`src/pii/checksums.ts` is used only by the test, to verify).
 */

/** BSN/RSIN 11-proof: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is a multiple of 11. */
export function elevenProofSum(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(nine[i]) * (9 - i);
  return sum - Number(nine[8]);
}

/** The ninth digit that makes `eight` digits pass the 11-proof, or undefined when it would be 10. */
export function elevenProofDigit(eight: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(eight[i]) * (9 - i);
  const d = sum % 11;
  return d === 10 ? undefined : String(d);
}

/** Remainder mod 97 of a string of letters (A=10 … Z=35) and digits, as ISO 7064 reads it. */
export function mod97Of(text: string): number {
  let rest = 0;
  for (const ch of text.toUpperCase()) {
    const code = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of code) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

/** Two IBAN check digits for a country code and BBAN. */
export function ibanCheck(country: string, bban: string): string {
  return String(98 - mod97Of(`${bban}${country}00`)).padStart(2, '0');
}

/** The Luhn digit to append to `body`. */
export function luhnDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** GTIN/EAN-13 digit for 12 digits: weights 1,3,1,3… from the left. */
export function eanDigit(twelve: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelve[i]) * (i % 2 === 0 ? 1 : 3);
  return String((10 - (sum % 10)) % 10);
}

/** ICAO 9303 check digit: weights 7, 3, 1 repeating; digits count as themselves, A=10, `<` = 0. */
export function icaoDigit(field: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const ch = field[i]!;
    const v = ch === '<' ? 0 : ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    sum += v * weights[i % 3]!;
  }
  return String(sum % 10);
}
