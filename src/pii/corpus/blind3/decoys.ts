import { elevenProofDigit, gs1Digit, luhnDigit } from '../blind/check-digits.js';
import { decoy, type Planted } from '../builder.js';
import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { coverageArea } from './places.js';
import { isoDate, newDate, writtenDate } from './values.js';

/**
 * The operator's own numbers, which sit beside personal data in every text and must survive a
 * redaction: a customer who asks about invoice 2024-0331877 needs that number kept. Several are
 * nine digits that pass the BSN 11-proof on purpose; only context says they are not BSNs.
 */

function elevenProof(rng: Prng): string {
  for (;;) {
    const head = rng.digits(8, true);
    const d = elevenProofDigit(head);
    if (d !== undefined) return `${head}${d}`;
  }
}

const hex = (rng: Prng, n: number) => rng.chars(n, '0123456789abcdef');

export const look = {
  order: (rng: Prng): Planted =>
    decoy(
      'order_number',
      rng.weighted<string>([
        [`MW${rng.digits(8, true)}`, 2],
        [elevenProof(rng), 3],
        [`${rng.int(2023, 2025)}${rng.digits(5, true)}`, 1],
      ]),
    ),
  invoice: (rng: Prng): Planted =>
    decoy(
      'invoice_number',
      rng.weighted<string>([
        [`${rng.int(2023, 2025)}-${rng.digits(7, true)}`, 3],
        [elevenProof(rng), 2],
        [`F${rng.digits(9, true)}`, 1],
      ]),
    ),
  customer: (rng: Prng): Planted =>
    decoy(
      'customer_number',
      rng.chance(0.6) ? `${rng.int(30, 89)}${rng.digits(6)}` : `K-${rng.digits(7, true)}`,
    ),
  contract: (rng: Prng): Planted => decoy('contract_number', `CT-${rng.int(2019, 2025)}-${rng.digits(6)}`),
  ticket: (rng: Prng): Planted =>
    decoy('ticket_id', rng.chance(0.6) ? `MW-${rng.digits(6, true)}` : `#${rng.digits(7, true)}`),
  amount: (rng: Prng, lang: Language): Planted => {
    const euros = rng.weighted<number>([
      [rng.int(5, 99), 6],
      [rng.int(100, 999), 3],
      [rng.int(1000, 4999), 1],
    ]);
    const c = String(rng.int(0, 99)).padStart(2, '0');
    const big = (sep: string) => String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    return decoy(
      'amount',
      lang === 'nl' ? `€ ${big('.')},${c}` : rng.chance(0.7) ? `€${big(',')}.${c}` : `EUR ${big(',')}.${c}`,
    );
  },
  version: (rng: Prng): Planted =>
    decoy(
      'version',
      `${rng.int(1, 24)}.${rng.int(0, 30)}.${rng.int(0, 99)}${rng.chance(0.2) ? `-r${rng.int(1, 9)}` : ''}`,
    ),
  /** An appointment, invoice or due date: a date, never a birth date. */
  date: (rng: Prng, lang: Language): Planted =>
    decoy('date', writtenDate(newDate(rng, 2024, 2025), lang, rng)),
  isoDay: (rng: Prng): Planted => decoy('date', isoDate(newDate(rng, 2024, 2025))),
  timestamp: (rng: Prng, style: 'iso' | 'clf' = 'iso'): Planted => {
    const t = newDate(rng, 2025, 2025);
    const p = (n: number) => String(n).padStart(2, '0');
    const hms = `${p(rng.int(0, 23))}:${p(rng.int(0, 59))}:${p(rng.int(0, 59))}`;
    const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][t.m - 1];
    return decoy(
      'timestamp',
      style === 'clf'
        ? `${p(t.d)}/${mon}/${t.y}:${hms} +0${rng.chance(0.6) ? 2 : 1}00`
        : `${isoDate(t)}T${hms}.${rng.digits(3)}Z`,
    );
  },
  tracking: (rng: Prng): Planted =>
    decoy(
      'tracking_code',
      rng.chance(0.6)
        ? `3S${rng.chars(4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}${rng.digits(9)}`
        : `JVGL${rng.digits(16)}`,
    ),
  uuid: (rng: Prng): Planted =>
    decoy(
      'uuid',
      `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-${rng.pick(['8', '9', 'a', 'b'])}${hex(rng, 3)}-${hex(rng, 12)}`,
    ),
  hash: (rng: Prng): Planted => decoy('hash', hex(rng, rng.pick([12, 40, 64]))),
  serial: (rng: Prng): Planted =>
    decoy(
      'serial_number',
      rng.pick([
        `ZTEG${hex(rng, 8).toUpperCase()}`,
        `SN${rng.digits(10)}`,
        `HWTC${hex(rng, 8).toUpperCase()}`,
        `21${rng.digits(10)}`,
      ]),
    ),
  messageId: (rng: Prng, host: string): Planted =>
    decoy('message_id', `<${hex(rng, 16)}.${rng.digits(6)}@${host}>`),
  ean: (rng: Prng): Planted => {
    const head = `87${rng.digits(10)}`;
    return decoy('ean', `${head}${gs1Digit(head)}`);
  },
  kvk: (rng: Prng): Planted => decoy('kvk_number', rng.digits(8, true)),
  vat: (rng: Prng): Planted => decoy('vat_number', `NL${rng.digits(9, true)}B0${rng.int(1, 3)}`),
  mandate: (rng: Prng): Planted => decoy('mandate_reference', `MWM${rng.digits(9)}`),
  dataVolume: (rng: Prng): Planted => decoy('data_volume', `${rng.int(1, 60)},${rng.digits(1)} GB`),
  iccid: (rng: Prng): Planted => {
    const body = `8931${rng.digits(14)}`;
    return decoy('iccid', `${body}${luhnDigit(body)}`);
  },
  code: (rng: Prng): Planted => decoy('verification_code', rng.digits(6)),
  case: (rng: Prng): Planted =>
    decoy(
      'case_number',
      rng.pick([
        `C/03/${rng.int(300000, 399999)} / KG ZA 25-${rng.int(100, 800)}`,
        `PL2300-${rng.int(2024, 2025)}${rng.digits(6)}`,
        `ROT 25/${rng.digits(4)}`,
      ]),
    ),
  mac: (rng: Prng): Planted =>
    decoy(
      'mac_address',
      Array.from({ length: 6 }, () => hex(rng, 2))
        .join(':')
        .toUpperCase(),
    ),
  infraIp: (rng: Prng): Planted =>
    decoy('infrastructure_ip', `185.${rng.pick(['104.88', '104.89'])}.${rng.int(1, 254)}`),
  line: (rng: Prng): Planted =>
    decoy('line_id', `MWL-${rng.pick(['SIT', 'HRL', 'MST', 'KRK', 'RMD'])}-${rng.digits(5)}`),
  /** The service vans are V-plates, registered to the company's lease fleet. */
  fleetPlate: (rng: Prng): Planted =>
    decoy(
      'fleet_plate',
      rng.chance(0.5)
        ? `V${rng.chars(1, 'BDFGHJKLNPRSTXZ')}-${rng.digits(3, true)}-${rng.chars(1, 'BDFGHJKLNPRSTXZ')}`
        : `V-${rng.digits(3, true)}-${rng.chars(2, 'BDFGHJKLNPRSTXZ')}`,
    ),
  coverage: (rng: Prng): Planted => decoy('coverage_postcode', coverageArea(rng)),
  site: (rng: Prng): Planted =>
    decoy(
      'site_coordinates',
      `${(50.85 + rng.next() * 0.3).toFixed(5)}, ${(5.7 + rng.next() * 0.35).toFixed(5)}`,
    ),
};

// biome-ignore format: a table reads better packed
const organisations = [
  { name: 'Rechtbank Limburg', contact: ['Paleisstraat 5', '6211 JM', '043 850 1111'] },
  { name: 'Gerechtsdeurwaarderskantoor Van Lier & Bronckers', contact: ['046 458 2290', 'info@lierbronckers-deurwaarders.nl', 'Wilhelminastraat 40'] },
  { name: 'Politie eenheid Limburg, team Digitale Opsporing', contact: ['0900-8844', 'digitaal.limburg@politie.nl'] },
  { name: 'Belbaas Geleen', contact: ['046 475 9012', 'winkel@belbaas-geleen.nl', 'Markt 64'] },
  { name: 'Glasbouw Zuid B.V.', contact: ['088 210 3400', 'planning@glasbouwzuid.nl'] },
  { name: 'Incassobureau Maasland', contact: ['077 320 4455', 'dossiers@maasland-incasso.nl', 'Postbus 3011'] },
];

/** Another organisation's published contact detail, for letters and partner mail. */
export function organisation(rng: Prng): { name: string; contact: () => Planted } {
  const o = rng.pick(organisations);
  return { name: o.name, contact: () => decoy('organisation_contact', rng.pick(o.contact)) };
}
export const organisationByName = (name: string) => {
  const o = organisations.find((x) => x.name.startsWith(name))!;
  return {
    name: o.name,
    detail: (i: number) => decoy('organisation_contact', o.contact[i % o.contact.length]!),
  };
};
