import type { Prng } from '../prng.js';
import {
  elevenProofDigit,
  ibanCheckDigits,
  luhnDigit,
  mod97Remainder,
  spanishControlDigit,
} from './check-digits.js';

/**
 * Bank accounts, BSNs, Dutch travel documents and payment cards, all with valid check digits.
 */

const dutchBanks = [
  'ABNA',
  'INGB',
  'RABO',
  'SNSB',
  'ASNB',
  'TRIO',
  'KNAB',
  'BUNQ',
  'RBRB',
  'FVLB',
  'HAND',
  'REVO',
];

/** A compact IBAN, mostly Dutch, otherwise from the countries customers bank in. */
export function newIban(rng: Prng): string {
  const country = rng.weighted([
    ['NL', 14],
    ['BE', 2],
    ['DE', 2],
    ['FR', 1],
    ['GB', 1],
    ['LU', 1],
    ['ES', 1],
    ['AT', 1],
  ] as const);
  let bban: string;
  switch (country) {
    case 'NL':
      bban = rng.pick(dutchBanks) + rng.digits(10);
      break;
    case 'BE': {
      // Belgian account numbers carry their own check: the first ten digits mod 97 (97 for 0).
      const ten = rng.digits(10);
      const check = Number(BigInt(ten) % 97n) || 97;
      bban = ten + String(check).padStart(2, '0');
      break;
    }
    case 'DE':
      bban = rng.digits(8, true) + rng.digits(10);
      break;
    case 'FR': {
      // RIB key: 97 − (89·bank + 15·branch + 3·account) mod 97.
      const bank = rng.digits(5, true);
      const branch = rng.digits(5);
      const account = rng.digits(11);
      const key = 97 - Number((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
      bban = bank + branch + account + String(key).padStart(2, '0');
      break;
    }
    case 'GB':
      bban = rng.pick(['NWBK', 'BARC', 'HBUK', 'LOYD', 'MIDL']) + rng.digits(6) + rng.digits(8);
      break;
    case 'LU':
      bban = rng.digits(3) + rng.chars(13, '0123456789ABCDEFGHJKLMNPRSTUVWXYZ');
      break;
    case 'ES': {
      const bankBranch = rng.digits(8, true);
      const account = rng.digits(10);
      bban = `${bankBranch}${spanishControlDigit(`00${bankBranch}`)}${spanishControlDigit(account)}${account}`;
      break;
    }
    case 'AT':
      bban = rng.digits(5, true) + rng.digits(11);
      break;
  }
  return `${country}${ibanCheckDigits(country, bban)}${bban}`;
}

/** Spaced in fours (the printed form), compact, lower case, or with odd spacing as typed. */
export function formatIban(iban: string, rng: Prng): string {
  const spaced = iban.replace(/(.{4})(?=.)/g, '$1 ');
  return rng.weighted<string>([
    [spaced, 8],
    [iban, 6],
    [iban.toLowerCase(), 1],
    [spaced.toLowerCase(), 1],
  ]);
}

export function ibanIsValid(compact: string): boolean {
  const up = compact.replace(/\s+/g, '').toUpperCase();
  return mod97Remainder(up.slice(4) + up.slice(0, 4)) === 1;
}

/** A BSN: nine digits passing the 11-proof. Issued numbers start with 0, 1, 2 or 3 in practice. */
export function newBsn(rng: Prng): string {
  for (;;) {
    const first8 = `${rng.int(0, 3)}${rng.digits(7)}`;
    const d = elevenProofDigit(first8);
    if (d !== undefined && first8 !== '00000000') return `${first8}${d}`;
  }
}

/** Nine digits that pass the 11-proof but are not BSNs: invoice and customer numbers. */
export function elevenProofNumber(rng: Prng): string {
  for (;;) {
    const first8 = rng.digits(8, true);
    const d = elevenProofDigit(first8);
    if (d !== undefined) return `${first8}${d}`;
  }
}

export function formatBsn(bsn: string, rng: Prng): string {
  return rng.weighted<string>([
    [bsn, 10],
    [`${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`, 3],
    [`${bsn.slice(0, 3)} ${bsn.slice(3, 6)} ${bsn.slice(6)}`, 2],
    [`${bsn.slice(0, 3)}.${bsn.slice(3, 6)}.${bsn.slice(6)}`, 1],
  ]);
}

// Dutch document numbers: letters without O (it would read as a zero), digits 0–9.
const docLetters = 'ABCDEFGHIJKLMNPQRSTUVWXYZ';
const docAlnum = `${docLetters}0123456789`;

/**
 * A Dutch passport or identity-card number since 2014: nine characters, two letters, six letters or
 * digits, and a digit at the end. The letter O never occurs, the digit 0 may.
 */
export function newDocumentNumber(rng: Prng): string {
  return rng.chars(2, docLetters) + rng.chars(6, docAlnum) + rng.digits(1);
}

export type CardBrand = 'visa' | 'mastercard' | 'amex';

export function newCard(rng: Prng): { brand: CardBrand; number: string } {
  const brand = rng.weighted([
    ['visa', 5],
    ['mastercard', 4],
    ['amex', 1],
  ] as const);
  const prefix =
    brand === 'visa'
      ? `4${rng.digits(5)}`
      : brand === 'amex'
        ? rng.pick(['34', '37']) + rng.digits(4)
        : rng.chance(0.7)
          ? `5${rng.int(1, 5)}${rng.digits(4)}`
          : String(rng.int(2221, 2720)) + rng.digits(2);
  const length = brand === 'amex' ? 15 : 16;
  const body = prefix + rng.digits(length - 1 - prefix.length);
  return { brand, number: body + luhnDigit(body) };
}

export function formatCard(card: { brand: CardBrand; number: string }, rng: Prng): string {
  const n = card.number;
  const grouped =
    card.brand === 'amex'
      ? `${n.slice(0, 4)} ${n.slice(4, 10)} ${n.slice(10)}`
      : n.replace(/(\d{4})(?=\d)/g, '$1 ');
  return rng.weighted<string>([
    [grouped, 5],
    [n, 4],
    [grouped.replace(/ /g, '-'), 1],
  ]);
}
