import type { Prng } from '../prng.js';

/** ISO 7064 mod 97-10 over an alphanumeric string, letters as 10..35, computed in chunks. */
function mod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const v = ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

/**
 * True when the IBAN's check digits are right (whitespace ignored).
 *
 * @example
 *   ibanIsValid('NL91 ABNA 0417 1643 00'); // true
 */
export function ibanIsValid(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

/** The two check digits for a country code and BBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  return String(98 - mod97(`${bban}${country}00`)).padStart(2, '0');
}

const dutchBanks = ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB', 'FVLB'];

function belgianBban(rng: Prng): string {
  // Belgian account: 3-digit bank, 7-digit account, 2 check digits = first ten mod 97 (0 becomes 97).
  const first = rng.digits(10);
  const check = Number(BigInt(first) % 97n) || 97;
  return first + String(check).padStart(2, '0');
}

function frenchBban(rng: Prng): string {
  // French RIB: bank (5) + branch (5) + account (11) + key, key = 97 − (89·bank + 15·branch + 3·account) mod 97.
  const bank = rng.digits(5, true);
  const branch = rng.digits(5);
  const account = rng.digits(11);
  const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  return bank + branch + account + String(key).padStart(2, '0');
}

export type IbanCountry = 'NL' | 'BE' | 'DE' | 'FR';

/** A compact IBAN with correct check digits for the given country. */
export function compactIban(rng: Prng, country: IbanCountry): string {
  const bban =
    country === 'NL'
      ? rng.pick(dutchBanks) + rng.digits(10)
      : country === 'BE'
        ? belgianBban(rng)
        : country === 'DE'
          ? rng.digits(8, true) + rng.digits(10)
          : frenchBban(rng);
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
}

/** Groups of four as printed on cards and invoices. */
export function spacedIban(compact: string): string {
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}

/** An IBAN as people write it: mostly Dutch, spaced or compact. */
export function iban(rng: Prng): string {
  const country = rng.weighted<IbanCountry>([
    ['NL', 10],
    ['BE', 2],
    ['DE', 2],
    ['FR', 1],
  ]);
  const compact = compactIban(rng, country);
  return rng.chance(0.55) ? spacedIban(compact) : compact;
}
