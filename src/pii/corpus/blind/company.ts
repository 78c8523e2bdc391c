import { decoy, type Planted } from '../builder.js';
import type { Prng } from '../prng.js';
import { ibanCheckDigits } from './check-digits.js';

/**
 * The operator whose records these are, Polderlink B.V. (invented), and the donor and recipient
 * providers of number porting. Its own numbers and addresses are planted as decoys wherever
 * they appear; nothing about it is personal data.
 */
export const brand = 'Polderlink';
export const legalName = 'Polderlink B.V.';
export const domain = 'polderlink.nl';

const companyBban = 'INGB0007788912';
export const companyIban = `NL${ibanCheckDigits('NL', companyBban)}${companyBban}`;
export const companyIbanSpaced = companyIban.replace(/(.{4})(?=.)/g, '$1 ');
export const companyKvk = '73104622';
export const companyRsin = '859412305';
export const companyVat = `NL${companyRsin}B01`;
export const companyBic = 'INGBNL2A';
/** SEPA creditor id: NL, check digits over the KvK number and location code, the business code ZZZ. */
export const creditorId = `NL${ibanCheckDigits('NL', `${companyKvk}0000`)}ZZZ${companyKvk}0000`;

export const offices = [
  { street: 'Europalaan 420', postcode: '3526 KS', city: 'Utrecht' },
  { street: 'Postbus 19044', postcode: '3501 DA', city: 'Utrecht' },
  { street: 'Science Park 610', postcode: '1098 XH', city: 'Amsterdam' },
];

export const phones = {
  service: ['088 765 4300', '088-7654300', '0800-0612', '0800 0612'],
  business: ['088 765 4310', '088-7654310'],
  outage: ['0800-0613', '088 765 4399'],
  international: ['+31 88 765 4300', '+31 88 765 4310'],
};

export const roleMailboxes = [
  'klantenservice',
  'service',
  'support',
  'noreply',
  'no-reply',
  'abuse',
  'privacy',
  'facturen',
  'incasso',
  'porting',
  'nummerbehoud',
  'werkorders',
  'planning',
  'recruitment',
  'hr',
  'security',
  'noc',
  'fraude',
];

export const donors = [
  'KPN',
  'Odido',
  'Vodafone',
  'Ziggo',
  'Simpel',
  'Lebara',
  'Budget Mobiel',
  'Youfone',
  'Delta Fiber',
  'Tele2',
  'Ben',
];

export function companyPhone(rng: Prng, which: keyof typeof phones = 'service'): Planted {
  return decoy('company_phone', rng.pick(phones[which]));
}

export function companyEmail(rng: Prng, box?: string): Planted {
  return decoy('company_email', `${box ?? rng.pick(roleMailboxes)}@${domain}`);
}

/**
 * What the operator publishes about itself — service numbers, role mailboxes, bank account, office
 * addresses — as a deployment would list it in the scanner's `allow` option.
 */
export function operatorDetails(): string[] {
  return [
    ...Object.values(phones).flat(),
    ...roleMailboxes.map((box) => `${box}@${domain}`),
    companyIban,
    ...offices.flatMap((office) => [office.street, office.postcode]),
  ];
}
