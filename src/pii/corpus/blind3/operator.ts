import { ibanCheckDigits } from '../blind/check-digits.js';
import { decoy, type Planted } from '../builder.js';
import type { Prng } from '../prng.js';

/**
 * Mergelweb B.V., the invented operator whose paperwork this corpus is: cable and fibre, a small
 * MVNO and cloud hosting for South Limburg, head office in Sittard and a data centre on an old mine
 * site in Heerlen. These are its published details — what is printed on invoices, the website and
 * the vans — so they are planted as company_* look-alikes. An employee's own name and mailbox are
 * personal data and are planted as such by the genres.
 */
const bban = 'RABO0318274956';
export const operatorIban = `NL${ibanCheckDigits('NL', bban)}${bban}`;
const spacedIban = operatorIban.replace(/(.{4})(?=.)/g, '$1 ');

export const operator = {
  name: 'Mergelweb B.V.',
  brand: 'Mergelweb',
  kvk: '84127093',
  vat: 'NL863340187B01',
  bic: 'RABONL2U',
  web: 'www.mergelweb.nl',
  /** Customers get a mailbox on this domain; those addresses are personal data. */
  customerMailDomain: 'mergelmail.nl',
  staffDomain: 'mergelweb.nl',
};

/** Every published number in the forms the company itself prints it. */
const phones = {
  service: ['046 760 4400', '046-7604400', '+31 46 760 4400', '(046) 760 44 00'],
  outage: ['0800-6374', '0800 6374'],
  business: ['046 760 4420', '+31 46 760 4420'],
  hosting: ['045 890 2130', '+31 45 890 2130', '045-8902130'],
  privacy: ['046 760 4499'],
  collections: ['046 760 4460', '046-7604460'],
} as const;
export type OperatorLine = keyof typeof phones;

const mailboxes = {
  service: 'klantenservice@mergelweb.nl',
  support: 'support@mergelweb.nl',
  privacy: 'privacy@mergelweb.nl',
  billing: 'facturen@mergelweb.nl',
  collections: 'debiteuren@mergelweb.nl',
  abuse: 'abuse@mergelweb.net',
  noc: 'noc@mergelweb.net',
  planning: 'planning@mergelweb.nl',
  noreply: 'noreply@mergelweb.nl',
  hr: 'hr@mergelweb.nl',
  it: 'it-servicedesk@mergelweb.nl',
  partners: 'partners@mergelweb.nl',
  postmaster: 'postmaster@mergelweb.nl',
  daemon: 'MAILER-DAEMON@mx2.mergelweb.net',
  legal: 'juridisch@mergelweb.nl',
} as const;
export type OperatorMailbox = keyof typeof mailboxes;

/** Offices: street line and postcode are separate look-alikes, the town is plain text. */
const offices = {
  head: { street: 'Kalkovenweg 27', postcode: '6136 KR', town: 'Sittard' },
  dc: { street: 'Schachtstraat 4', postcode: '6422 PL', town: 'Heerlen' },
  shop: { street: 'Markt 19', postcode: '6211 CK', town: 'Maastricht' },
  post: { street: 'Postbus 5120', postcode: '6130 PC', town: 'Sittard' },
} as const;
export type OperatorOffice = keyof typeof offices;

export const company = {
  phone: (rng: Prng, line: OperatorLine = 'service'): Planted =>
    decoy('company_phone', rng.pick(phones[line])),
  email: (box: OperatorMailbox): Planted => decoy('company_email', mailboxes[box]),
  street: (office: OperatorOffice = 'head'): Planted => decoy('company_address', offices[office].street),
  postcode: (office: OperatorOffice = 'head'): Planted => decoy('company_address', offices[office].postcode),
  town: (office: OperatorOffice = 'head'): string => offices[office].town,
  iban: (rng: Prng): Planted => decoy('company_iban', rng.chance(0.6) ? spacedIban : operatorIban),
  kvk: (): Planted => decoy('kvk_number', operator.kvk),
  vat: (): Planted => decoy('vat_number', operator.vat),
  bic: (): Planted => decoy('bic', operator.bic),
};

/** Every published detail the corpus plants, for the benchmark's allow-list row. */
export function operatorDetails(): string[] {
  return [
    ...Object.values(phones).flat(),
    ...Object.values(mailboxes),
    ...Object.values(offices).flatMap((o) => [o.street, o.postcode]),
    operatorIban,
    spacedIban,
  ];
}
