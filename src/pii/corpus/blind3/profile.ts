import { type Planted, pii } from '../builder.js';
import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import {
  familyName,
  initials,
  invertedParts,
  type NameStyle,
  newPerson,
  type Person,
  personalEmail,
  renderName,
} from './people.js';
import { type Address, type Country, newAddress, streetLine, writtenPostcode } from './places.js';
import {
  birthDate,
  type CardBrand,
  familyAbroadPhone,
  foreignPhone,
  homeCoordinates,
  mrz,
  newBsn,
  newCard,
  newDocumentNumber,
  newIban,
  newIpv4,
  newIpv6,
  newPlate,
  newUserAgent,
  nlLandline,
  nlMobile,
  writtenBsn,
  writtenCard,
  writtenDate,
  writtenIban,
  writtenPlate,
  type Ymd,
} from './values.js';

/**
 * One person with everything the operator may hold on them, drawn once so a document talks about
 * the same person throughout. Where they live follows who they are: Flemish and German customers
 * often live over the border, British and Irish ones have a previous address at home.
 */
export interface Profile {
  person: Person;
  email: string;
  phone: string;
  landline: string;
  address: Address;
  dob: Ymd;
  iban: string;
  bsn: string;
  docNo: string;
  card: { brand: CardBrand; number: string };
  plate: string;
  ipv4: string;
  ipv6: string;
  ua: string;
}

export function newProfile(rng: Prng, lang: Language, country?: Country): Profile {
  const person = newPerson(rng, lang);
  const home: Country =
    country ??
    (person.origin === 'flemish' && rng.chance(0.5)
      ? 'BE'
      : person.origin === 'german' && rng.chance(0.5)
        ? 'DE'
        : 'NL');
  const address = newAddress(rng, home);
  const abroad = ['english', 'irish', 'scottish'].includes(person.origin) && rng.chance(0.3);
  const phone =
    home === 'NL'
      ? abroad
        ? foreignPhone(rng, person.origin === 'irish' ? 'IE' : 'GB')
        : rng.chance(0.04)
          ? familyAbroadPhone(rng)
          : nlMobile(rng)
      : foreignPhone(rng, home);
  return {
    person,
    email: personalEmail(person, rng),
    phone,
    landline: home === 'NL' ? nlLandline(rng, address.town.area) : foreignPhone(rng, home, address.town.area),
    address,
    dob: birthDate(rng),
    iban: newIban(rng, home === 'NL' && abroad ? (rng.chance(0.5) ? 'GB' : 'IE') : home),
    bsn: newBsn(rng),
    docNo: newDocumentNumber(rng),
    card: newCard(rng),
    plate: newPlate(rng),
    ipv4: newIpv4(rng),
    ipv6: newIpv6(rng),
    ua: newUserAgent(rng),
  };
}

/** Name styles a writer of the genre would use, by how formal the text is. */
export function nameStyle(rng: Prng, register: 'formal' | 'plain' | 'terse'): NameStyle {
  if (register === 'formal')
    return rng.weighted<NameStyle>([
      ['full', 5],
      ['formal', 4],
      ['upper', 1],
    ]);
  if (register === 'terse')
    return rng.weighted<NameStyle>([
      ['lower', 4],
      ['full', 3],
      ['family', 2],
      ['given', 1],
    ]);
  return rng.weighted<NameStyle>([
    ['full', 6],
    ['formal', 2],
    ['given', 1],
  ]);
}

/** Planting helpers: each renders a datum and marks it with its type. */
export const plant = {
  name: (p: Person, style: NameStyle): Planted => pii('person_name', renderName(p, style)),
  given: (p: Person): Planted => pii('person_name', p.given),
  family: (p: Person): Planted => pii('person_name', familyName(p)),
  initials: (p: Person): Planted => pii('person_name', `${initials(p)} ${familyName(p, false)}`),
  /** "Yılmaz, Emre" as two items: the comma between them is not part of either. */
  inverted: (p: Person, rng: Prng): [Planted, Planted] => {
    const { family, given } = invertedParts(p, rng);
    return [pii('person_name', family), pii('person_name', given)];
  },
  email: (e: string): Planted => pii('email', e),
  phone: (pr: Profile, rng: Prng): Planted => pii('phone', rng.chance(0.8) ? pr.phone : pr.landline),
  mobile: (pr: Profile): Planted => pii('phone', pr.phone),
  street: (a: Address): Planted => pii('postal_address', streetLine(a)),
  postcode: (a: Address, rng: Prng): Planted => pii('postcode', writtenPostcode(a, rng)),
  dob: (pr: Profile, lang: Language, rng: Prng): Planted =>
    pii('date_of_birth', writtenDate(pr.dob, lang, rng)),
  iban: (pr: Profile, rng: Prng): Planted => pii('iban', writtenIban(pr.iban, rng)),
  bsn: (pr: Profile, rng: Prng): Planted => pii('bsn', writtenBsn(pr.bsn, rng)),
  docNo: (pr: Profile, kind: 'passport' | 'id'): Planted =>
    pii(kind === 'passport' ? 'passport_number' : 'id_card_number', pr.docNo),
  mrz: (pr: Profile, kind: 'passport' | 'id', rng: Prng): Planted =>
    pii('mrz', mrz(pr.person, pr.dob, pr.docNo, pr.bsn, kind, rng)),
  card: (pr: Profile, rng: Prng): Planted => pii('credit_card', writtenCard(pr.card, rng)),
  ip: (pr: Profile, rng: Prng, v6 = 0.3): Planted => pii('ip_address', rng.chance(v6) ? pr.ipv6 : pr.ipv4),
  ua: (pr: Profile): Planted => pii('user_agent', pr.ua),
  plate: (pr: Profile, rng: Prng): Planted => pii('licence_plate', writtenPlate(pr.plate, rng)),
  geo: (pr: Profile, rng: Prng): Planted => pii('geo_coordinates', homeCoordinates(pr.address.town, rng)),
};

/** The address block of a letter or form: street line, then postcode and town. */
export function addressLines(a: Address, rng: Prng, sep = '\n'): (string | Planted)[] {
  const town = rng.chance(0.15) ? a.town.name.toUpperCase() : a.town.name;
  if (a.town.country === 'GB' || a.town.country === 'IE')
    return [plant.street(a), `${sep}${town}${sep}`, pii('postcode', a.postcode)];
  if (a.town.country === 'DE' && rng.chance(0.4))
    return [plant.street(a), `${sep}D-`, pii('postcode', a.postcode), ` ${town}`];
  return [plant.street(a), sep, plant.postcode(a, rng), `${rng.chance(0.8) ? ' ' : '  '}${town}`];
}
