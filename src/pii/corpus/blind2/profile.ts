import { icaoDigit } from '../blind/check-digits.js';
import { formatDate, mrzDate, newBirthDate, newDate, type Ymd } from '../blind/dates.js';
import { formatLatLon } from '../blind/geo.js';
import {
  type CardBrand,
  formatBsn,
  formatCard,
  formatIban,
  newBsn,
  newCard,
  newDocumentNumber,
  newIban,
} from '../blind/identifiers.js';
import { compressV6, formatIpv6, type Ipv6, newIpv4, newIpv6 } from '../blind/network.js';
import { dutchLandline, dutchMobile, foreignPhone, formatPhone, type Phone } from '../blind/phones.js';
import { formatPlate, newPlate } from '../blind/plates.js';
import { type Planted, pii } from '../builder.js';
import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { userAgent as browserAgent } from '../values/network.js';
import {
  ascii,
  invertedParts,
  type NameStyle,
  newPerson,
  type Person,
  personalEmail,
  pickStyle,
  renderName,
} from './people.js';
import { type Address, newAddress, streetLine, writtenPostcode } from './places.js';

/**
 * One person with every datum the operator's records may hold about them, drawn once so a document
 * mentions the same person consistently. Flemish and German customers live across the border and
 * have their home country's phone numbers.
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
  card: { brand: CardBrand; number: string };
  ipv4: string;
  ipv6: Ipv6;
  ua: string;
  home: { lat: number; lon: number };
}

export function newProfile(rng: Prng, lang: Language): Profile {
  const person = newPerson(rng, lang);
  const country =
    person.origin === 'flemish' && rng.chance(0.6)
      ? 'BE'
      : person.origin === 'german' && rng.chance(0.5)
        ? 'DE'
        : 'NL';
  const address = newAddress(rng, country);
  const local = (): Phone => {
    if (country === 'NL') return rng.chance(0.1) ? foreignPhone(rng) : dutchMobile(rng);
    for (;;) {
      const p = foreignPhone(rng);
      if (p.country === country) return p;
    }
  };
  return {
    person,
    email: personalEmail(person, rng),
    mobile: local(),
    landline: country === 'NL' ? dutchLandline(rng, address.town.area) : local(),
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
    ua: userAgent(rng),
    home: {
      lat: address.town.at[0] + (rng.next() - 0.5) * 0.05,
      lon: address.town.at[1] + (rng.next() - 0.5) * 0.08,
    },
  };
}

/** Browsers, plus the operator's own app and the tools business customers script against it. */
export function userAgent(rng: Prng): string {
  const app = `${rng.int(3, 5)}.${rng.int(0, 14)}.${rng.int(0, 9)}`;
  return rng.weighted<string>([
    [browserAgent(rng), 8],
    [`Eemsvezel/${app} (iPhone; iOS ${rng.int(16, 18)}.${rng.int(0, 5)}; nl_NL)`, 2],
    [
      `Eemsvezel/${app} (Linux; Android ${rng.int(11, 15)}; ${rng.pick(['SM-A556B', 'Pixel 8a', 'CPH2581', 'moto g84 5G'])})`,
      2,
    ],
    [
      `Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/${rng.int(118, 131)}.0.0.0 Safari/537.36`,
      1,
    ],
    [`Thunderbird/${rng.int(115, 128)}.${rng.int(0, 9)}.${rng.int(0, 3)}`, 1],
    [`Wget/1.21.${rng.int(1, 4)}`, 1],
  ]);
}

/** Planting helpers: each renders the datum in a notation drawn from `rng` and marks it. */
export const plant = {
  name: (p: Person, rng: Prng, style?: Exclude<NameStyle, 'inverted'>): Planted =>
    pii('person_name', renderName(p, style ?? pickStyle(rng), rng)),
  given: (p: Person): Planted => pii('person_name', p.given),
  /** The surname as its own field: the tussenvoegsel, when split off, is planted by `prefix`. */
  surname: (p: Person): Planted => pii('person_name', p.surname),
  prefix: (p: Person): Planted => pii('person_name', p.prefix),
  inverted: (p: Person): [Planted, Planted] => {
    const [s, g] = invertedParts(p);
    return [pii('person_name', s), pii('person_name', g)];
  },
  email: (e: string): Planted => pii('email', e),
  phone: (ph: Phone, rng: Prng): Planted => pii('phone', formatPhone(ph, rng)),
  anyPhone: (pr: Profile, rng: Prng): Planted =>
    pii('phone', formatPhone(rng.chance(0.7) ? pr.mobile : pr.landline, rng)),
  /** E.164 as switches and CDRs keep it. */
  e164: (ph: Phone): Planted => pii('phone', `+${ph.cc}${ph.area}${ph.subscriber}`),
  street: (a: Address, rng: Prng): Planted => pii('postal_address', streetLine(a, rng)),
  streetName: (a: Address): Planted => pii('postal_address', a.street),
  houseNumber: (a: Address): Planted => pii('postal_address', a.number),
  addition: (a: Address): Planted => pii('postal_address', a.addition),
  postcode: (a: Address, rng: Prng): Planted => pii('postcode', writtenPostcode(a, rng)),
  dob: (d: Ymd, lang: Language, rng: Prng): Planted => pii('date_of_birth', formatDate(d, lang, rng)),
  iban: (iban: string, rng: Prng): Planted => pii('iban', formatIban(iban, rng)),
  bsn: (bsn: string, rng: Prng): Planted => pii('bsn', formatBsn(bsn, rng)),
  passport: (n: string): Planted => pii('passport_number', n),
  idCard: (n: string): Planted => pii('id_card_number', n),
  card: (c: Profile['card'], rng: Prng): Planted => pii('credit_card', formatCard(c, rng)),
  ip: (ip: string): Planted => pii('ip_address', ip),
  ipv6: (ip: Ipv6, rng: Prng): Planted => pii('ip_address', formatIpv6(ip, rng)),
  /** The customer's delegated prefix as a router shows it, e.g. "2a02:a45:1c:3f00::". */
  prefix6: (ip: Ipv6): Planted =>
    pii('ip_address', `${compressV6([...ip.groups.slice(0, 4), '0', '0', '0', '0'])}`),
  ua: (ua: string): Planted => pii('user_agent', ua),
  geo: (g: { lat: number; lon: number }, rng: Prng): Planted => pii('geo_coordinates', formatLatLon(g, rng)),
  plate: (plate: string, rng: Prng): Planted => pii('licence_plate', formatPlate(plate, rng)),
  /** A passport (TD3) or identity-card (TD1) MRZ, as one item over its lines. */
  mrz: (pr: Profile, kind: 'passport' | 'id', rng: Prng): Planted => pii('mrz', mrz(pr, kind, rng)),
};

function nameField(p: Person, width: number): string {
  const words = (s: string) =>
    s
      .split(/[\s-]+/)
      .map((w) => ascii(w).toUpperCase())
      .filter(Boolean)
      .join('<');
  const surname = words(p.prefix ? `${p.prefix} ${p.surname}` : p.surname);
  return `${surname}<<${words(p.given)}`.slice(0, width).padEnd(width, '<');
}

/** ICAO 9303 machine-readable zone of the profile's Dutch passport or identity card. */
export function mrz(pr: Profile, kind: 'passport' | 'id', rng: Prng): string {
  const sex = pr.person.gender === 'm' ? 'M' : 'F';
  const birth = mrzDate(pr.dob);
  const expiry = mrzDate(newDate(rng, 2026, 2034));
  const cd = (s: string) => `${s}${icaoDigit(s)}`;
  if (kind === 'passport') {
    const doc = cd(pr.passport);
    const personal = cd(pr.bsn.padEnd(14, '<'));
    const line2 = `${doc}NLD${cd(birth)}${sex}${cd(expiry)}${personal}`;
    const composite = icaoDigit(doc + cd(birth) + cd(expiry) + personal);
    return `P<NLD${nameField(pr.person, 39)}\n${line2}${composite}`;
  }
  const line1 = `I<NLD${cd(pr.idCard)}${pr.bsn.padEnd(15, '<')}`;
  const optional = '<'.repeat(11);
  const composite = icaoDigit(line1.slice(5) + cd(birth) + cd(expiry) + optional);
  return `${line1}\n${cd(birth)}${sex}${cd(expiry)}NLD${optional}${composite}\n${nameField(pr.person, 30)}`;
}
