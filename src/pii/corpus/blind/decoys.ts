import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { gs1Digit, passesLuhnCheck, paymentReferenceDigit } from './check-digits.js';
import { elevenProofNumber } from './identifiers.js';

/**
 * Values that look like personal data and are not: the operator's reference numbers, product and
 * software identifiers, money. Several are built to pass the same checks personal identifiers
 * pass (11-proof invoice numbers, Luhn-valid payment references, IP-shaped versions).
 */

export function invoiceNumber(rng: Prng): string {
  return rng.weighted<string>([
    [`${rng.int(2023, 2025)}${rng.digits(6)}`, 3],
    [`F${rng.int(2023, 2025)}-${rng.digits(7)}`, 2],
    [elevenProofNumber(rng), 3],
    [`INV-${rng.digits(8, true)}`, 1],
    [`PL${rng.digits(9, true)}`, 1],
  ]);
}

export function orderNumber(rng: Prng): string {
  return rng.weighted<string>([
    [`ORD-${rng.digits(7, true)}`, 3],
    [`PLK-O-${rng.digits(8, true)}`, 2],
    [`${rng.digits(10, true)}`, 2],
    [`WO-${rng.int(2023, 2025)}-${rng.digits(6, true)}`, 1],
  ]);
}

export function customerNumber(rng: Prng): string {
  return rng.weighted<string>([
    [rng.digits(8, true), 4],
    [elevenProofNumber(rng), 3],
    [`K${rng.digits(7, true)}`, 1],
    [`${rng.digits(3, true)}-${rng.digits(3)}-${rng.digits(3)}`, 1],
  ]);
}

export function contractNumber(rng: Prng): string {
  return rng.weighted<string>([
    [`CT-${rng.int(2019, 2025)}-${rng.digits(6)}`, 3],
    [elevenProofNumber(rng), 2],
    [`${rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(8, true)}`, 1],
  ]);
}

export function ticketId(rng: Prng): string {
  return rng.weighted<string>([
    [`INC${rng.digits(7)}`, 3],
    [`#${rng.digits(6, true)}`, 2],
    [`PLK-${rng.digits(6, true)}`, 2],
    [`CS-${rng.int(2023, 2025)}-${rng.digits(6)}`, 1],
    [`AB-${rng.digits(5, true)}`, 1],
  ]);
}

export function kvkNumber(rng: Prng): string {
  return rng.digits(8, true);
}

export function ean(rng: Prng): string {
  const first12 = `87${rng.digits(10)}`;
  return `${first12}${gs1Digit(first12)}`;
}

export function amount(rng: Prng, lang: Language): string {
  const euros = rng.weighted([
    [rng.int(5, 99), 6],
    [rng.int(100, 999), 3],
    [rng.int(1000, 25000), 1],
  ] as const);
  const cents = rng.digits(2);
  const nlEuros =
    euros >= 1000 ? `${Math.floor(euros / 1000)}.${String(euros % 1000).padStart(3, '0')}` : String(euros);
  const enEuros =
    euros >= 1000 ? `${Math.floor(euros / 1000)},${String(euros % 1000).padStart(3, '0')}` : String(euros);
  return lang === 'nl'
    ? rng.weighted<string>([
        [`€ ${nlEuros},${cents}`, 5],
        [`€${nlEuros},${cents}`, 2],
        [`EUR ${nlEuros},${cents}`, 1],
        [`${nlEuros},${cents} euro`, 1],
      ])
    : rng.weighted<string>([
        [`€${enEuros}.${cents}`, 5],
        [`EUR ${enEuros}.${cents}`, 2],
        [`€ ${enEuros}.${cents}`, 1],
      ]);
}

/** Software and firmware versions, some with four numeric parts like an IPv4 address. */
export function version(rng: Prng): string {
  return rng.weighted<string>([
    [`${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 20)}`, 4],
    [`v${rng.int(1, 5)}.${rng.int(0, 30)}.${rng.int(0, 9)}`, 2],
    [`${rng.int(1, 12)}.${rng.int(0, 9)}.${rng.int(0, 9)}.${rng.int(1, 250)}`, 2],
    [`${rng.int(6, 8)}.${rng.int(10, 60)}`, 1],
  ]);
}

export function uuid(rng: Prng): string {
  const h = (n: number) => rng.chars(n, '0123456789abcdef');
  return `${h(8)}-${h(4)}-4${h(3)}-${rng.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}

export function hash(rng: Prng): string {
  return rng.weighted<string>([
    [rng.chars(64, '0123456789abcdef'), 2],
    [rng.chars(40, '0123456789abcdef'), 2],
    [rng.chars(7, '0123456789abcdef'), 1],
  ]);
}

export function trackingCode(rng: Prng): string {
  return rng.weighted<string>([
    [`3SPLNK${rng.digits(9, true)}`, 3],
    [`JVGL${rng.digits(16)}`, 1],
    [`CD${rng.digits(9)}NL`, 1],
  ]);
}

/** Serial numbers of modems, ONTs and set-top boxes. */
export function serialNumber(rng: Prng): string {
  const hx = (n: number) => rng.chars(n, '0123456789ABCDEF');
  return rng.weighted<string>([
    [`ALCL${hx(8)}`, 2],
    [`ZTEG${hx(8)}`, 2],
    [`HWTC${hx(8)}`, 1],
    [`${rng.digits(4, true)}${rng.chars(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(6)}`, 2],
    [`S${rng.digits(12, true)}`, 1],
  ]);
}

export function mandateReference(rng: Prng): string {
  return rng.weighted<string>([
    [`PLK-${rng.int(2019, 2025)}-${rng.digits(6)}`, 3],
    [`MND${rng.digits(9, true)}`, 1],
  ]);
}

/**
 * A 16-digit acceptgiro payment reference with its own check digit; about half also pass Luhn, so
 * only the context tells them from a card number.
 */
export function paymentReference(rng: Prng): string {
  const wantLuhn = rng.chance(0.5);
  for (;;) {
    const rest = rng.digits(15);
    const ref = `${paymentReferenceDigit(rest)}${rest}`;
    if (!wantLuhn || passesLuhnCheck(ref)) return ref;
  }
}

export function spacedPaymentReference(ref: string): string {
  return ref.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export function dataVolume(rng: Prng): string {
  const mb = rng.pick([1000, 1500, 2000, 2500, 3000, 4000, 5000, 8000, 1024, 2048]);
  return rng.weighted<string>([
    [`${mb} MB`, 4],
    [`${mb}MB`, 2],
    [`${mb} mb`, 1],
    [`${rng.pick([1500, 3000, 5000])} KB`, 1],
  ]);
}

export function verificationCode(rng: Prng): string {
  return rng.chance(0.8) ? rng.digits(6) : `${rng.digits(3)}-${rng.digits(3)}`;
}

export function messageId(rng: Prng, host: string): string {
  const a = rng.chars(12, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
  return `<${rng.int(2023, 2025)}${rng.digits(10)}.${a}@${host}>`;
}
