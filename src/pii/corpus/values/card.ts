import type { Prng } from '../prng.js';

/**
 * Luhn (mod 10) check over the digits of `text`, ignoring spaces and dashes.
 *
 * @example
 *   passesLuhn('4111 1111 1111 1111'); // true
 */
export function passesLuhn(text: string): boolean {
  const digits = text.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Appends the Luhn check digit to `body`. */
export function withLuhnDigit(body: string): string {
  for (let d = 0; d <= 9; d++) if (passesLuhn(body + d)) return body + d;
  throw new Error('unreachable: one of ten digits always completes a Luhn sum');
}

/** A card number with a realistic issuer prefix and a valid Luhn digit, in one of the printed forms. */
export function creditCard(rng: Prng): string {
  const kind = rng.weighted([
    ['visa', 5],
    ['mastercard', 4],
    ['amex', 1],
  ] as const);
  if (kind === 'amex') {
    const n = withLuhnDigit(rng.pick(['34', '37']) + rng.digits(12));
    return rng.chance(0.7) ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}` : n;
  }
  const prefix = kind === 'visa' ? `4${rng.digits(5)}` : `5${rng.int(1, 5)}${rng.digits(4)}`;
  const n = withLuhnDigit(prefix + rng.digits(9));
  const sep = rng.weighted([
    [' ', 5],
    ['-', 2],
    ['', 3],
  ]);
  return sep === '' ? n : (n.match(/.{4}/g) ?? []).join(sep);
}

/** EAN-13 check digit: weights 1,3 alternating from the left over twelve digits. */
export function ean13(rng: Prng): string {
  // 87 is the GS1 prefix range for the Netherlands.
  const body = `87${rng.digits(10)}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + String((10 - (sum % 10)) % 10);
}
