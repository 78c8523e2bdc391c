import type { Prng } from '../prng.js';
import { elevenProofNumber } from './bsn.js';
import { dutchDocumentNumber } from './identity-document.js';

/**
 * ICAO 9303 check digit: character values (digits as is, A–Z as 10–35, `<` as 0) weighted 7, 3, 1
 * repeating, summed, mod 10.
 *
 * @example
 *   mrzCheckDigit('L898902C3'); // '6' (the ICAO specimen passport)
 */
export function mrzCheckDigit(field: string): string {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const ch = field[i]!;
    const value = ch === '<' ? 0 : ch >= 'A' && ch <= 'Z' ? ch.charCodeAt(0) - 55 : Number(ch);
    sum += value * weights[i % 3]!;
  }
  return String(sum % 10);
}

export interface MrzHolder {
  surname: string;
  givenNames: string;
  /** YYMMDD */
  birth: string;
  sex: 'M' | 'F';
  /** YYMMDD */
  expiry: string;
  documentNumber: string;
  /** The BSN Dutch documents carry in the optional / personal-number field. */
  bsn: string;
}

/** Upper case, diacritics stripped, spaces and hyphens as `<`, as ICAO 9303 part 3 transliterates. */
export function mrzName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/['’]/g, '')
    .replace(/[\s-]+/g, '<')
    .replace(/[^A-Z<]/g, '');
}

function nameField(holder: MrzHolder, width: number): string {
  return `${mrzName(holder.surname)}<<${mrzName(holder.givenNames)}`.padEnd(width, '<').slice(0, width);
}

/** Passport MRZ (TD3): two lines of 44. */
export function td3(holder: MrzHolder, nationality = 'NLD'): [string, string] {
  const line1 = `P<${nationality}${nameField(holder, 39)}`;
  const doc = holder.documentNumber.padEnd(9, '<');
  const personal = holder.bsn.padEnd(14, '<');
  const docPart = doc + mrzCheckDigit(doc);
  const birthPart = holder.birth + mrzCheckDigit(holder.birth);
  const expiryPart = holder.expiry + mrzCheckDigit(holder.expiry);
  const personalPart = personal + mrzCheckDigit(personal);
  // Composite over document number, birth date, expiry and personal number with their check digits.
  const composite = mrzCheckDigit(docPart + birthPart + expiryPart + personalPart);
  return [line1, `${docPart}${nationality}${birthPart}${holder.sex}${expiryPart}${personalPart}${composite}`];
}

/** Identity-card MRZ (TD1): three lines of 30. */
export function td1(holder: MrzHolder, nationality = 'NLD'): [string, string, string] {
  const doc = holder.documentNumber.padEnd(9, '<');
  const line1 = `I<${nationality}${doc}${mrzCheckDigit(doc)}${holder.bsn.padEnd(15, '<')}`;
  const birthPart = holder.birth + mrzCheckDigit(holder.birth);
  const expiryPart = holder.expiry + mrzCheckDigit(holder.expiry);
  const optional2 = '<'.repeat(11);
  // Composite over line 1 positions 6–30, line 2 positions 1–7, 9–15 and 19–29 (ICAO 9303-5).
  const composite = mrzCheckDigit(line1.slice(5) + birthPart + expiryPart + optional2);
  const line2 = `${birthPart}${holder.sex}${expiryPart}${nationality}${optional2}${composite}`;
  return [line1, line2, nameField(holder, 30)];
}

/** A holder with random dates, document number and BSN for the given name. */
export function mrzHolder(rng: Prng, surname: string, givenNames: string): MrzHolder {
  const yy = (n: number) => String(n % 100).padStart(2, '0');
  const mmdd = () => `${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
  return {
    surname,
    givenNames,
    birth: yy(rng.int(1940, 2006)) + mmdd(),
    sex: rng.chance(0.5) ? 'M' : 'F',
    expiry: yy(rng.int(2025, 2034)) + mmdd(),
    documentNumber: dutchDocumentNumber(rng),
    bsn: elevenProofNumber(rng),
  };
}
