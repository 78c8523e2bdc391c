import { ibanCheckDigits } from '../blind/check-digits.js';
import { decoy, type Planted } from '../builder.js';
import type { Prng } from '../prng.js';

/**
 * Eemsvezel B.V., the invented operator whose records this corpus is: a fibre, mobile and hosting
 * provider in Delfzijl with a colocation hall in Farmsum. Everything here is the company's own
 * published contact data — numbers, role mailboxes, offices, the account customers pay into — and
 * so planted as a look-alike (the company_* kinds), never as personal data. An employee's own name
 * and mailbox are personal data and are planted as such elsewhere.
 */
const bban = 'ABNA0517263849';
export const operatorIban = `NL${ibanCheckDigits('NL', bban)}${bban}`;
const spacedIban = operatorIban.replace(/(.{4})(?=.)/g, '$1 ');

export const operator = {
  name: 'Eemsvezel B.V.',
  brand: 'Eemsvezel',
  kvk: '71829304',
  vat: 'NL858912047B01',
  bic: 'ABNANL2A',
};

/** Each published number in the forms the company prints it. */
const phones = {
  helpdesk: ['0596-745 200', '0596 745200', '+31 596 745 200', '(0596) 745 200'],
  outage: ['085-303 4455', '085 303 44 55', '+31 85 303 4455'],
  free: ['0800-0232', '0800 0232'],
  business: ['0596-745 210', '+31 596 745 210'],
  hosting: ['+31 85 303 4460', '085-303 4460'],
  legal: ['0596-745 299'],
} as const;

export type OperatorLine = keyof typeof phones;

const mailboxes = {
  service: 'klantenservice@eemsvezel.nl',
  support: 'support@eemsvezel.nl',
  abuse: 'abuse@eemsvezel.nl',
  privacy: 'privacy@eemsvezel.nl',
  billing: 'facturatie@eemsvezel.nl',
  noc: 'noc@eemsvezel.net',
  legal: 'vorderingen@eemsvezel.nl',
  install: 'planning@eemsvezel.nl',
  noreply: 'no-reply@eemsvezel.nl',
  hr: 'personeelszaken@eemsvezel.nl',
  tickets: 'tickets@desk.eemsvezel.nl',
} as const;

export type OperatorMailbox = keyof typeof mailboxes;

/** Head office and the colocation hall: street lines and postcodes are look-alikes apart. */
const offices = {
  head: { street: 'Handelskade 41', postcode: '9934 AR', town: 'Delfzijl' },
  dc: { street: 'Zeehavenweg 3', postcode: '9936 HD', town: 'Farmsum' },
  post: { street: 'Postbus 2210', postcode: '9930 AE', town: 'Delfzijl' },
} as const;

export type OperatorOffice = keyof typeof offices;

export const company = {
  name: (): string => operator.name,
  phone: (rng: Prng, line: OperatorLine = 'helpdesk'): Planted =>
    decoy('company_phone', rng.pick(phones[line])),
  email: (box: OperatorMailbox): Planted => decoy('company_email', mailboxes[box]),
  mailbox: (box: OperatorMailbox): string => mailboxes[box],
  street: (office: OperatorOffice = 'head'): Planted => decoy('company_address', offices[office].street),
  postcode: (office: OperatorOffice = 'head'): Planted => decoy('company_address', offices[office].postcode),
  town: (office: OperatorOffice = 'head'): string => offices[office].town,
  iban: (rng: Prng): Planted => decoy('company_iban', rng.chance(0.6) ? spacedIban : operatorIban),
  kvk: (): Planted => decoy('kvk_number', operator.kvk),
  vat: (): Planted => decoy('vat_number', operator.vat),
};

/**
 * Every published contact detail as it appears in the corpus, for the benchmark's extra row that
 * lists a deployment's own details (see `grondslagAllowTool` in bench/lib/tools.ts).
 */
export function operatorDetails(): string[] {
  return [
    ...Object.values(phones).flat(),
    ...Object.values(mailboxes),
    ...Object.values(offices).flatMap((o) => [o.street, o.postcode]),
    operatorIban,
    spacedIban,
  ];
}
