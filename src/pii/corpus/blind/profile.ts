import { decoy, type Planted, pii } from '../builder.js';
import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { type Address, newAddress, postcode, streetLine } from './addresses.js';
import { formatDate, newBirthDate, type Ymd } from './dates.js';
import * as fake from './decoys.js';
import { formatLatLon, type LatLon, newLatLon } from './geo.js';
import {
  formatBsn,
  formatCard,
  formatIban,
  newBsn,
  newCard,
  newDocumentNumber,
  newIban,
} from './identifiers.js';
import { formatIpv6, type Ipv6, newIpv4, newIpv6, newUserAgent } from './network.js';
import { emailFor, type NameStyle, newPerson, type Person, pickNameStyle, renderName } from './people.js';
import { dutchLandline, dutchMobile, foreignPhone, formatPhone, type Phone } from './phones.js';
import { formatPlate, newPlate } from './plates.js';

/**
 * One customer, employee or visitor with every personal datum the records may hold about them,
 * drawn once so a document mentions the same person consistently.
 */
export interface Profile {
  person: Person;
  email: string;
  mobile: Phone;
  landline: Phone;
  address: Address;
  dob: Ymd;
  iban: string;
  bsn: string;
  passport: string;
  idCard: string;
  plate: string;
  card: ReturnType<typeof newCard>;
  ipv4: string;
  ipv6: Ipv6;
  ua: string;
  home: LatLon;
}

export function newProfile(rng: Prng): Profile {
  const person = newPerson(rng);
  const address = newAddress(rng);
  return {
    person,
    email: emailFor(person, rng),
    // One in ten gives a foreign mobile number: cross-border workers, expats, students.
    mobile: rng.chance(0.1) ? foreignPhone(rng) : dutchMobile(rng),
    landline: dutchLandline(rng, address.city.area),
    address,
    dob: newBirthDate(rng),
    iban: newIban(rng),
    bsn: newBsn(rng),
    passport: newDocumentNumber(rng),
    idCard: newDocumentNumber(rng),
    plate: newPlate(rng),
    card: newCard(rng),
    ipv4: newIpv4(rng),
    ipv6: newIpv6(rng),
    ua: newUserAgent(rng),
    home: newLatLon(rng, address.city),
  };
}

/** Planting helpers: each renders the datum in a notation drawn from `rng` and marks it. */
export const plant = {
  name: (p: Person, rng: Prng, style?: NameStyle): Planted =>
    pii('person_name', renderName(p, style ?? pickNameStyle(rng))),
  email: (e: string): Planted => pii('email', e),
  phone: (ph: Phone, rng: Prng): Planted => pii('phone', formatPhone(ph, rng)),
  /** The customer's usual number: mostly the mobile, sometimes the landline. */
  anyPhone: (pr: Profile, rng: Prng): Planted =>
    pii('phone', formatPhone(rng.chance(0.75) ? pr.mobile : pr.landline, rng)),
  street: (a: Address, rng: Prng): Planted => pii('postal_address', streetLine(a, rng)),
  postcode: (a: Address, rng: Prng): Planted => pii('postcode', postcode(a, rng)),
  dob: (d: Ymd, lang: Language, rng: Prng): Planted => pii('date_of_birth', formatDate(d, lang, rng)),
  iban: (iban: string, rng: Prng): Planted => pii('iban', formatIban(iban, rng)),
  bsn: (bsn: string, rng: Prng): Planted => pii('bsn', formatBsn(bsn, rng)),
  passport: (n: string): Planted => pii('passport_number', n),
  idCard: (n: string): Planted => pii('id_card_number', n),
  card: (c: Profile['card'], rng: Prng): Planted => pii('credit_card', formatCard(c, rng)),
  ip: (ip: string): Planted => pii('ip_address', ip),
  ipv6: (ip: Ipv6, rng: Prng): Planted => pii('ip_address', formatIpv6(ip, rng)),
  ua: (ua: string): Planted => pii('user_agent', ua),
  geo: (g: LatLon, rng: Prng): Planted => pii('geo_coordinates', formatLatLon(g, rng)),
  plate: (plate: string, rng: Prng): Planted => pii('licence_plate', formatPlate(plate, rng)),
};

/** Decoy helpers, one per kind, drawing a fresh value. */
export const fakes = {
  invoice: (rng: Prng): Planted => decoy('invoice_number', fake.invoiceNumber(rng)),
  order: (rng: Prng): Planted => decoy('order_number', fake.orderNumber(rng)),
  customer: (rng: Prng): Planted => decoy('customer_number', fake.customerNumber(rng)),
  contract: (rng: Prng): Planted => decoy('contract_number', fake.contractNumber(rng)),
  ticket: (rng: Prng): Planted => decoy('ticket_id', fake.ticketId(rng)),
  kvk: (rng: Prng): Planted => decoy('kvk_number', fake.kvkNumber(rng)),
  ean: (rng: Prng): Planted => decoy('ean', fake.ean(rng)),
  amount: (rng: Prng, lang: Language): Planted => decoy('amount', fake.amount(rng, lang)),
  version: (rng: Prng): Planted => decoy('version', fake.version(rng)),
  uuid: (rng: Prng): Planted => decoy('uuid', fake.uuid(rng)),
  hash: (rng: Prng): Planted => decoy('hash', fake.hash(rng)),
  tracking: (rng: Prng): Planted => decoy('tracking_code', fake.trackingCode(rng)),
  serial: (rng: Prng): Planted => decoy('serial_number', fake.serialNumber(rng)),
  mandate: (rng: Prng): Planted => decoy('mandate_reference', fake.mandateReference(rng)),
  volume: (rng: Prng): Planted => decoy('data_volume', fake.dataVolume(rng)),
  code: (rng: Prng): Planted => decoy('verification_code', fake.verificationCode(rng)),
  date: (d: Ymd, lang: Language, rng: Prng): Planted => decoy('date', formatDate(d, lang, rng)),
  timestamp: (s: string): Planted => decoy('timestamp', s),
  messageId: (rng: Prng, host: string): Planted => decoy('message_id', fake.messageId(rng, host)),
};

/** "nl" or "en" text. */
export const t = (lang: Language, nl: string, en: string): string => (lang === 'nl' ? nl : en);
