import { gs1Digit, luhnDigit } from '../blind/check-digits.js';
import { formatDate, type Ymd } from '../blind/dates.js';
import { elevenProofNumber } from '../blind/identifiers.js';
import { decoy, type Planted } from '../builder.js';
import type { Prng } from '../prng.js';
import { nonElevenProofNumber } from '../values/bsn.js';
import type { Language } from '../values/dates.js';
import { hexHash, amount as moneyAmount } from '../values/decoys.js';

/**
 * Look-alikes, one helper per kind. Several are built to trip a checksum on purpose: invoice and
 * customer numbers that pass the BSN 11-proof, IMEIs and ICCIDs that pass Luhn like a card number,
 * four-part firmware versions shaped like IPv4 addresses.
 */
const hex = '0123456789abcdef';

export function macAddress(rng: Prng): string {
  // Vendor prefixes of the modems and phones the operator hands out or sees.
  const oui = rng.pick(['a4:91:b1', '3c:a6:2f', 'e8:df:70', '00:1d:aa', 'cc:ce:1e', '5c:49:79', 'f0:b0:14']);
  const mac = `${oui}:${rng.chars(2, hex)}:${rng.chars(2, hex)}:${rng.chars(2, hex)}`;
  return rng.weighted<string>([
    [mac, 5],
    [mac.toUpperCase().replace(/:/g, '-'), 2],
    [mac.replace(/:/g, '').replace(/(.{4})(?=.)/g, '$1.'), 1],
    [mac.toUpperCase(), 1],
  ]);
}

export function imei(rng: Prng): string {
  const body = `35${rng.digits(12)}`;
  const n = `${body}${luhnDigit(body)}`;
  return rng.chance(0.7) ? n : `${n.slice(0, 2)}-${n.slice(2, 8)}-${n.slice(8, 14)}-${n.slice(14)}`;
}

/** A Dutch SIM: 89 (telecom), 31 (NL), an issuer code and a serial, Luhn-checked. */
export function iccid(rng: Prng): string {
  const body = `8931${rng.pick(['16', '27', '44', '62'])}${rng.digits(12)}`;
  const n = `${body}${luhnDigit(body)}`;
  return rng.chance(0.75) ? n : n.replace(/(.{4})(?=.)/g, '$1 ');
}

export type CaseKind = 'court' | 'prosecutor' | 'police' | 'committee';

/** Court, prosecutor, police and disputes-committee numbers; any of them when no kind is asked. */
export function caseNumber(rng: Prng, kind?: CaseKind): string {
  const yy = rng.int(21, 25);
  const k = kind ?? rng.pick(['court', 'prosecutor', 'police', 'committee'] as const);
  switch (k) {
    case 'court':
      return `C/${rng.pick(['13', '05', '18', '17', '09'])}/${rng.digits(6, true)} / ${rng.pick(['HA ZA', 'KG ZA', 'HA RK', 'FA RK'])} ${yy}-${rng.int(10, 999)}`;
    case 'prosecutor':
      return `${rng.pick(['18', '13', '96'])}/${rng.digits(6, true)}-${yy}`;
    case 'police':
      return `PL${rng.pick(['0100', '0300', '0900', '1100'])}-20${yy}${rng.digits(6, true)}`;
    case 'committee':
      return rng.chance(0.5) ? `GC-20${yy}-${rng.digits(4, true)}` : `20${yy}/${rng.digits(5, true)}`;
  }
}

export function meterNumber(rng: Prng): string {
  return rng.weighted<string>([
    [`E${rng.digits(4)}${rng.digits(12)}`, 2],
    [`3SM${rng.digits(7)}`, 2],
    [connectionEan(rng), 2],
  ]);
}

/** The 18-digit EAN of a connection point (871687…), GS1 check digit: weights 3, 1 from the right. */
function connectionEan(rng: Prng): string {
  const body = `871687${rng.digits(11)}`;
  let sum = 0;
  for (let i = body.length - 1, w = 3; i >= 0; i--, w = 4 - w) sum += Number(body[i]) * w;
  return `${body}${(10 - (sum % 10)) % 10}`;
}

export function lineId(rng: Prng): string {
  return rng.weighted<string>([
    [`FTU-${rng.pick(['DZL', 'HGZ', 'VDM', 'WSN', 'ASN'])}-${rng.digits(6)}`, 3],
    [
      `ODF-${rng.pick(['DZL01', 'FRM02', 'GRN03'])}-R${rng.int(1, 24).toString().padStart(2, '0')}-P${rng.int(1, 48)}`,
      2,
    ],
    [`EV${rng.digits(8, true)}`, 2],
    [`CIR-${rng.chars(3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}-${rng.digits(5)}`, 1],
  ]);
}

/** The operator's own routers, RADIUS clients and resolvers. */
export function infrastructureIp(rng: Prng): string {
  return rng.weighted<string>([
    [`185.57.${rng.int(8, 11)}.${rng.int(1, 62)}`, 4],
    [`193.93.${rng.int(172, 175)}.${rng.int(1, 30)}`, 2],
    [`2a0e:8b40:${rng.int(0, 15).toString(16)}::${rng.int(1, 255).toString(16)}`, 2],
  ]);
}

export function orderNumber(rng: Prng): string {
  return rng.weighted<string>([
    [`EV-${rng.int(2022, 2025)}-${rng.digits(6, true)}`, 3],
    [`ORD${rng.digits(7, true)}`, 2],
    [nonElevenProofNumber(rng), 1],
  ]);
}

export function invoiceNumber(rng: Prng): string {
  return rng.weighted<string>([
    [elevenProofNumber(rng), 3],
    [`F${rng.int(22, 25)}-${rng.digits(7, true)}`, 2],
    [`${rng.int(2022, 2025)}${rng.digits(6)}`, 2],
  ]);
}

export function customerNumber(rng: Prng): string {
  return rng.weighted<string>([
    [elevenProofNumber(rng), 2],
    [`K${rng.digits(7, true)}`, 2],
    [rng.digits(8, true), 2],
  ]);
}

export function ticketId(rng: Prng): string {
  return rng.weighted<string>([
    [`EV#${rng.digits(6, true)}`, 3],
    [`SUP-${rng.int(100, 9999)}`, 2],
    [`NET-${rng.int(100, 4999)}`, 2],
    [`#${rng.digits(5, true)}`, 1],
  ]);
}

/** A firmware or app version; a third are four numbers, shaped like an IPv4 address. */
export function version(rng: Prng): string {
  return rng.weighted<string>([
    [`${rng.int(1, 9)}.${rng.int(0, 24)}.${rng.int(0, 40)}`, 4],
    [`${rng.int(1, 20)}.${rng.int(0, 20)}.${rng.int(0, 9)}.${rng.int(1, 250)}`, 3],
    [`v${rng.int(1, 6)}.${rng.int(0, 14)}.${rng.int(0, 9)}`, 2],
  ]);
}

export function trackingCode(rng: Prng): string {
  return rng.weighted<string>([
    [`3SEEM${rng.digits(9, true)}`, 3],
    [`JVGL${rng.digits(16)}`, 1],
    [`CD${rng.digits(9)}NL`, 1],
  ]);
}

export function vatNumber(rng: Prng): string {
  return `NL${rng.digits(9, true)}B${rng.pick(['01', '02', '03'])}`;
}

export function uuid(rng: Prng): string {
  const h = (n: number) => rng.chars(n, hex);
  return `${h(8)}-${h(4)}-4${h(3)}-${rng.pick(['8', '9', 'a', 'b'])}${h(3)}-${h(12)}`;
}

export function serialNumber(rng: Prng): string {
  return rng.weighted<string>([
    [`ZTEG${rng.chars(8, '0123456789ABCDEF')}`, 2],
    [`HWTC${rng.chars(8, '0123456789ABCDEF')}`, 2],
    [rng.digits(12, true), 1],
    [`GPON${rng.chars(8, '0123456789ABCDEF')}`, 1],
  ]);
}

export function dataVolume(rng: Prng, lang: Language): string {
  const n = rng.int(1, 980);
  const d = rng.int(0, 9);
  return lang === 'nl'
    ? `${n},${d} ${rng.pick(['GB', 'MB', 'kB'])}`
    : `${n}.${d} ${rng.pick(['GB', 'MB', 'kB'])}`;
}

export function verificationCode(rng: Prng): string {
  return rng.chance(0.7) ? rng.digits(6) : `${rng.digits(3)}-${rng.digits(3)}`;
}

/** A KvK number: eight digits, no checksum. */
export function kvkNumber(rng: Prng): string {
  return rng.digits(8, true);
}

export function ean(rng: Prng): string {
  const body = `87${rng.digits(10)}`;
  return `${body}${gs1Digit(body)}`;
}

export const fake = {
  mac: (rng: Prng): Planted => decoy('mac_address', macAddress(rng)),
  imei: (rng: Prng): Planted => decoy('imei', imei(rng)),
  iccid: (rng: Prng): Planted => decoy('iccid', iccid(rng)),
  case: (rng: Prng, kind?: CaseKind): Planted => decoy('case_number', caseNumber(rng, kind)),
  meter: (rng: Prng): Planted => decoy('meter_number', meterNumber(rng)),
  line: (rng: Prng): Planted => decoy('line_id', lineId(rng)),
  infra: (rng: Prng): Planted => decoy('infrastructure_ip', infrastructureIp(rng)),
  order: (rng: Prng): Planted => decoy('order_number', orderNumber(rng)),
  invoice: (rng: Prng): Planted => decoy('invoice_number', invoiceNumber(rng)),
  customer: (rng: Prng): Planted => decoy('customer_number', customerNumber(rng)),
  ticket: (rng: Prng): Planted => decoy('ticket_id', ticketId(rng)),
  version: (rng: Prng): Planted => decoy('version', version(rng)),
  tracking: (rng: Prng): Planted => decoy('tracking_code', trackingCode(rng)),
  vat: (rng: Prng): Planted => decoy('vat_number', vatNumber(rng)),
  kvk: (rng: Prng): Planted => decoy('kvk_number', kvkNumber(rng)),
  ean: (rng: Prng): Planted => decoy('ean', ean(rng)),
  uuid: (rng: Prng): Planted => decoy('uuid', uuid(rng)),
  serial: (rng: Prng): Planted => decoy('serial_number', serialNumber(rng)),
  hash: (rng: Prng): Planted => decoy('hash', hexHash(rng)),
  amount: (rng: Prng, lang: Language): Planted => decoy('amount', moneyAmount(rng, lang)),
  volume: (rng: Prng, lang: Language): Planted => decoy('data_volume', dataVolume(rng, lang)),
  code: (rng: Prng): Planted => decoy('verification_code', verificationCode(rng)),
  date: (d: Ymd, lang: Language, rng: Prng): Planted => decoy('date', formatDate(d, lang, rng)),
  timestamp: (s: string): Planted => decoy('timestamp', s),
  messageId: (rng: Prng): Planted =>
    decoy(
      'message_id',
      `${rng.chars(12, hex)}.${rng.digits(10)}@${rng.pick(['desk.eemsvezel.nl', 'mail.gmail.com', 'eur05.prod.outlook.com'])}`,
    ),
};
