import type { Prng } from '../prng.js';
import { elevenProofNumber, nonElevenProofNumber } from './bsn.js';
import { ean13 } from './card.js';
import type { Language } from './dates.js';
import { writtenDate } from './dates.js';

/**
 * Look-alikes: numbers and strings that resemble personal data but are not. A detector that
 * redacts these costs its users information (an order number they needed) for nothing.
 */
export const decoyKinds = [
  'order_number',
  'invoice_number',
  'kvk_number',
  'ean',
  'amount',
  'version',
  'date',
  'ticket_id',
  'hash',
  'customer_number',
] as const;
export type DecoyKind = (typeof decoyKinds)[number];

export function orderNumber(rng: Prng): string {
  return rng.weighted([
    [`${rng.int(2022, 2025)}-${rng.digits(6, true)}`, 2],
    [`A${rng.digits(7, true)}`, 1],
    [rng.digits(8, true), 1],
    // Nine digits that fail the 11-proof: only the context ("order") says what it is.
    [nonElevenProofNumber(rng), 1],
  ]);
}

/** Half the nine-digit invoice numbers pass the BSN 11-proof on purpose. */
export function invoiceNumber(rng: Prng): string {
  return rng.weighted([
    [elevenProofNumber(rng), 3],
    [nonElevenProofNumber(rng), 2],
    [`INV-${rng.int(2022, 2025)}-${rng.digits(5)}`, 1],
    [`F${rng.int(2022, 2025)}${rng.digits(5)}`, 1],
  ]);
}

/** KvK (Chamber of Commerce) numbers: eight digits, no checksum. */
export function kvkNumber(rng: Prng): string {
  return rng.digits(8, true);
}

export function eanCode(rng: Prng): string {
  return ean13(rng);
}

/** Money as written in the language: € 1.234,56 in Dutch, $1,234.56 or €1,234.56 in English. */
export function amount(rng: Prng, lang: Language): string {
  const cents = rng.int(0, 99);
  const euros = rng.weighted([
    [rng.int(1, 99), 5],
    [rng.int(100, 999), 3],
    [rng.int(1000, 25000), 2],
  ]);
  const thousands = (n: number, sep: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const c = String(cents).padStart(2, '0');
  if (lang === 'nl') {
    return rng.weighted([
      [`€ ${thousands(euros, '.')},${c}`, 4],
      [`€${thousands(euros, '.')},${c}`, 2],
      [`EUR ${thousands(euros, '.')},${c}`, 1],
      [`€ ${thousands(euros, '.')},-`, 1],
    ]);
  }
  return rng.weighted([
    [`$${thousands(euros, ',')}.${c}`, 2],
    [`€${thousands(euros, ',')}.${c}`, 3],
    [`EUR ${thousands(euros, ',')}.${c}`, 1],
  ]);
}

/** Software versions, including Windows build numbers with three parts. */
export function version(rng: Prng): string {
  return rng.weighted([
    [`${rng.int(1, 9)}.${rng.int(0, 20)}.${rng.int(0, 30)}`, 4],
    [`10.0.${rng.int(17000, 26100)}`, 2],
    [`v${rng.int(1, 5)}.${rng.int(0, 12)}.${rng.int(0, 9)}`, 2],
    [`${rng.int(1, 9)}.${rng.int(0, 9)}.${rng.int(0, 9)}-beta.${rng.int(1, 5)}`, 1],
  ]);
}

/** A recent date that is not a date of birth (invoice, outage, appointment). */
export function plainDate(rng: Prng, lang: Language): string {
  return writtenDate(rng, lang, 2022, 2025);
}

export function ticketId(rng: Prng): string {
  return rng.weighted([
    [`CA-${rng.int(2022, 2025)}-${rng.digits(5)}`, 3],
    [`#${rng.digits(5, true)}`, 2],
    [`INC${rng.digits(7)}`, 1],
  ]);
}

/** Hex digests and short commit ids; the long ones can contain runs of digits. */
export function hexHash(rng: Prng): string {
  const hex = '0123456789abcdef';
  return rng.weighted([
    [rng.chars(64, hex), 2],
    [rng.chars(40, hex), 1],
    [rng.chars(32, hex), 1],
    [rng.chars(8, hex), 2],
  ]);
}

export function customerNumber(rng: Prng): string {
  return rng.weighted([
    [`${rng.digits(7, true)}`, 2],
    [`CA${rng.digits(6)}`, 1],
  ]);
}
