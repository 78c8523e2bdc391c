import type { Prng } from '../prng.js';
import { type City, cities } from './cities.js';

/**
 * Dutch street addresses. The postcode is a separate item from the street and house number, and
 * the city is not personal data on its own, so it stays plain text. A city comes with its postcode
 * range and telephone area code, so a customer's postcode and landline agree the way real ones do.
 */

/** Roots that take any of the common suffixes: Beuken + laan, Kerk + straat. */
const roots = [
  'Kerk',
  'Molen',
  'School',
  'Dorps',
  'Hoog',
  'Beuken',
  'Eiken',
  'Linden',
  'Wilgen',
  'Populieren',
  'Kastanje',
  'Berken',
  'Esdoorn',
  'Zonnebloem',
  'Tulpen',
  'Rozen',
  'Margrieten',
  'Merel',
  'Lijster',
  'Koolmees',
  'Vinken',
  'Kievit',
  'Reiger',
  'Zwaluw',
  'Rijn',
  'Maas',
  'IJssel',
  'Amstel',
  'Vecht',
  'Haven',
  'Markt',
  'Stations',
  'Spoor',
  'Fabriek',
  'Polder',
  'Veld',
  'Wind',
  'Zuider',
  'Noorder',
  'Ooster',
  'Wester',
  'Zand',
  'Heide',
  'Water',
  'Sluis',
  'Brug',
  'Tuin',
  'Akker',
  'Weide',
  'Mauritius',
  'Hyacinten',
  'Orchideeën',
];
const suffixes: readonly (readonly [string, number])[] = [
  ['straat', 10],
  ['laan', 6],
  ['weg', 5],
  ['plein', 1],
  ['gracht', 1],
  ['kade', 1],
  ['singel', 1],
  ['dijk', 1],
  ['hof', 2],
  ['pad', 1],
  ['steeg', 1],
  ['dreef', 1],
  ['erf', 1],
  ['park', 1],
  ['ring', 1],
  ['veld', 1],
  ['wal', 1],
  ['baan', 1],
];

/** Streets named after people and titles, in full and in the abbreviations found on forms. */
const namedStreets = [
  'Burgemeester de Withstraat',
  'Burg. de Withstraat',
  'Burgemeester van Roijensingel',
  'Burg. Roelenweg',
  'Burgemeester Hogguerstraat',
  'Burgemeester Rijnderslaan',
  'Burg. Pabstlaan',
  'Burgem. Jansenstraat',
  'Prins Hendrikkade',
  'Prins Bernhardlaan',
  'Pr. Bernhardlaan',
  'Prinses Irenestraat',
  'Pr. Irenestraat',
  'Prins Clausplein',
  'Koningin Julianalaan',
  'Kon. Wilhelminaweg',
  'Koningin Emmaplein',
  'Sint Annastraat',
  'St. Jacobsstraat',
  'Sint-Jorisstraat',
  'Van Goghstraat',
  'Van Speijkstraat',
  'Van Oldenbarneveltlaan',
  'v. Oldenbarneveltlaan',
  "Van 't Hoffstraat",
  'Jan van Galenstraat',
  'Jan Pieterszoon Coenstraat',
  'J.P. Coenstraat',
  'Johan de Wittlaan',
  'Pieter de Hoochweg',
  'Willem de Zwijgerlaan',
  'Michiel de Ruyterweg',
  'Admiraal de Ruijterweg',
  'Adm. de Ruijterweg',
  'Piet Heinkade',
  'Cornelis Schuytstraat',
  'Frans Halsstraat',
  'Jacob van Lennepkade',
  'Dr. Schaepmanstraat',
  'Dokter van Stratenweg',
  'Generaal Foulkesweg',
  'Mr. P.J. Troelstralaan',
  'Laan van Meerdervoort',
  'Laan van Nieuw Oost-Indië',
  'Hugo de Grootstraat',
  'Graaf Florisstraat',
  'Anna Paulownastraat',
  'Thorbeckelaan',
  'Wethouder van Essenstraat',
  'Weth. Sangersstraat',
  'Pastoor van Arskade',
  'Past. Bolstraat',
  'Professor Kamerlingh Onneslaan',
  'Prof. Zeemanlaan',
];

/** Streets without a suffix, or with one that is not a street word. */
const plainStreets = [
  'Rokin',
  'Damrak',
  'Spui',
  'Lange Voorhout',
  'Coolsingel',
  'Binnenrotte',
  'Neude',
  'Vismarkt',
  'Brink',
  'Lijnbaan',
  'Nieuwe Binnenweg',
  'Oudegracht',
  'Grote Markt',
  'Wijnhaven',
  'Boompjes',
  'Achter de Kerk',
  'Hoogte Kadijk',
  'Bierkade',
  'Zwanenburgwal',
  'Noordeinde',
  'Westeinde',
  'Heuvel',
  'Bolwerk',
  'Buitenhof',
  'Kneuterdijk',
  'Korte Poten',
  'Nieuwstad',
  'Hooigracht',
  'Breestraat',
  'Oude Delft',
  'Voorstraat',
  'Achterom',
  'Kortenaerkade',
  'Zeedijk',
  'Overtoom',
  'Kinkerstraat',
  'Haarlemmerdijk',
  'Middenweg',
];

export interface Address {
  street: string;
  number: number;
  /** What follows the number: "A", "-3", " 3-hoog", " bis", " zw" … ('' when nothing). */
  addition: string;
  /** Postcode digits and letters, "1234" and "AB". */
  pcDigits: string;
  pcLetters: string;
  city: City;
}

// PostNL leaves out the letter pairs SA, SD and SS; letters F, I, O, Q, U and Y are not used.
const pcAlphabet = 'ABCDEGHJKLMNPRSTVWXZ';

function postcodeLetters(rng: Prng): string {
  for (;;) {
    const l = rng.chars(2, pcAlphabet);
    if (l !== 'SA' && l !== 'SD' && l !== 'SS') return l;
  }
}

function streetName(rng: Prng): string {
  const kind = rng.weighted([
    ['root', 5],
    ['named', 3],
    ['plain', 2],
  ] as const);
  if (kind === 'named') return rng.pick(namedStreets);
  if (kind === 'plain') return rng.pick(plainStreets);
  return rng.pick(roots) + rng.weighted(suffixes);
}

function addition(rng: Prng, n: number): string {
  return rng.weighted<string>([
    ['', 55],
    [rng.pick(['A', 'B', 'C', 'a', 'b']), 10],
    [` ${rng.pick(['A', 'B', 'a'])}`, 3],
    [`-${rng.pick(['A', 'B', '1', '2', '3', 'I', 'II', 'III', 'H', 'bis'])}`, 8],
    [` ${rng.pick(['II', 'III', 'I', 'hs', 'huis', 'bg', 'bv', 'boven', 'zw', 'rd', 'bis'])}`, 8],
    [` ${rng.int(1, 4)}-hoog`, 4],
    [`-${rng.int(1, 4)}hg`, 2],
    [` ${rng.pick(['1', '2', '3'])}${rng.pick(['e', 'de'])} verd.`, 1],
    [` ${rng.pick(['A', 'B'])}${String(rng.int(1, 12)).padStart(2, '0')}`, 2],
    [`/${rng.int(1, n > 20 ? 20 : 9)}`, 1],
  ]);
}

export function newAddress(rng: Prng, city?: City): Address {
  const c = city ?? rng.pick(cities);
  const number = rng.weighted([
    [rng.int(1, 40), 6],
    [rng.int(41, 180), 3],
    [rng.int(181, 650), 1],
  ] as const);
  return {
    street: streetName(rng),
    number,
    addition: addition(rng, number),
    pcDigits: String(rng.int(c.pc[0], c.pc[1])),
    pcLetters: postcodeLetters(rng),
    city: c,
  };
}

/** "Kerkstraat 12-A", occasionally with the street in capitals or lower case as typed. */
export function streetLine(a: Address, rng?: Prng): string {
  const line = `${a.street} ${a.number}${a.addition}`;
  if (!rng) return line;
  return rng.weighted([
    [line, 14],
    [line.toUpperCase(), 1],
    [line.toLowerCase(), 1],
  ] as const);
}

/** The house number with its addition, as asked for next to the postcode ("12-A"). */
export function houseNumber(a: Address): string {
  return `${a.number}${a.addition}`.trim();
}

/** "1234 AB", "1234AB" or "1234 ab", the way people type them. */
export function postcode(a: Address, rng: Prng): string {
  return rng.weighted([
    [`${a.pcDigits} ${a.pcLetters}`, 8],
    [`${a.pcDigits}${a.pcLetters}`, 4],
    [`${a.pcDigits} ${a.pcLetters.toLowerCase()}`, 1],
    [`${a.pcDigits}${a.pcLetters.toLowerCase()}`, 1],
  ] as const);
}

/** City as written on an envelope: often in capitals after the postcode. */
export function cityName(a: Address, rng: Prng): string {
  return rng.chance(0.3) ? a.city.name.toUpperCase() : a.city.name;
}
