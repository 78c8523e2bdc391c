import type { Prng } from '../prng.js';

/**
 * Towns and streets of the operator's region (the north-east of the Netherlands) and of the rest of
 * the country, plus the Flemish and German border towns some customers live in. Each Dutch town
 * carries its postcode range and area code, so an address, its postcode and a landline agree.
 */
export interface Town {
  name: string;
  country: 'NL' | 'BE' | 'DE';
  /** Lowest and highest first four (NL, BE) or five (DE) postcode digits. */
  postcodes: readonly [number, number];
  /** Area code without the trunk 0 (Dutch towns only). */
  area: string;
  at: readonly [number, number];
}

// biome-ignore format: a table reads better packed
const towns: readonly Town[] = [
  { name: 'Delfzijl', country: 'NL', postcodes: [9930, 9934], area: '596', at: [53.33, 6.92] },
  { name: 'Hoogezand', country: 'NL', postcodes: [9600, 9609], area: '598', at: [53.16, 6.76] },
  { name: 'Groningen', country: 'NL', postcodes: [9711, 9747], area: '50', at: [53.22, 6.57] },
  { name: 'Assen', country: 'NL', postcodes: [9400, 9409], area: '592', at: [52.99, 6.56] },
  { name: 'Emmen', country: 'NL', postcodes: [7811, 7828], area: '591', at: [52.78, 6.9] },
  { name: 'Leeuwarden', country: 'NL', postcodes: [8911, 8939], area: '58', at: [53.2, 5.8] },
  { name: 'Drachten', country: 'NL', postcodes: [9200, 9209], area: '512', at: [53.11, 6.1] },
  { name: 'Sneek', country: 'NL', postcodes: [8600, 8608], area: '515', at: [53.03, 5.66] },
  { name: 'Heerenveen', country: 'NL', postcodes: [8440, 8449], area: '513', at: [52.96, 5.92] },
  { name: 'Zwolle', country: 'NL', postcodes: [8011, 8048], area: '38', at: [52.51, 6.09] },
  { name: 'Meppel', country: 'NL', postcodes: [7940, 7944], area: '522', at: [52.7, 6.19] },
  { name: 'Stadskanaal', country: 'NL', postcodes: [9500, 9503], area: '599', at: [52.99, 6.95] },
  { name: 'Winschoten', country: 'NL', postcodes: [9670, 9675], area: '597', at: [53.14, 7.03] },
  { name: 'Hoogeveen', country: 'NL', postcodes: [7900, 7909], area: '528', at: [52.72, 6.48] },
  { name: 'Veendam', country: 'NL', postcodes: [9640, 9648], area: '598', at: [53.1, 6.88] },
  { name: 'Franeker', country: 'NL', postcodes: [8801, 8802], area: '517', at: [53.19, 5.54] },
  { name: 'Dokkum', country: 'NL', postcodes: [9101, 9104], area: '519', at: [53.33, 6.0] },
  { name: 'Coevorden', country: 'NL', postcodes: [7741, 7742], area: '524', at: [52.66, 6.74] },
  { name: 'Lelystad', country: 'NL', postcodes: [8211, 8245], area: '320', at: [52.51, 5.47] },
  { name: 'Amsterdam', country: 'NL', postcodes: [1011, 1109], area: '20', at: [52.37, 4.9] },
  { name: 'Rotterdam', country: 'NL', postcodes: [3011, 3089], area: '10', at: [51.92, 4.48] },
  { name: 'Utrecht', country: 'NL', postcodes: [3511, 3585], area: '30', at: [52.09, 5.12] },
  { name: "'s-Gravenhage", country: 'NL', postcodes: [2491, 2597], area: '70', at: [52.08, 4.3] },
  { name: 'Almere', country: 'NL', postcodes: [1311, 1364], area: '36', at: [52.37, 5.21] },
  { name: 'Enschede', country: 'NL', postcodes: [7511, 7548], area: '53', at: [52.22, 6.89] },
  { name: 'Nijmegen', country: 'NL', postcodes: [6511, 6546], area: '24', at: [51.84, 5.86] },
  { name: 'Antwerpen', country: 'BE', postcodes: [2000, 2060], area: '3', at: [51.22, 4.4] },
  { name: 'Gent', country: 'BE', postcodes: [9000, 9050], area: '9', at: [51.05, 3.72] },
  { name: 'Hasselt', country: 'BE', postcodes: [3500, 3511], area: '11', at: [50.93, 5.34] },
  { name: 'Turnhout', country: 'BE', postcodes: [2300, 2300], area: '14', at: [51.32, 4.95] },
  { name: 'Leer (Ostfriesland)', country: 'DE', postcodes: [26789, 26789], area: '491', at: [53.23, 7.45] },
  { name: 'Emden', country: 'DE', postcodes: [26721, 26725], area: '4921', at: [53.37, 7.21] },
  { name: 'Nordhorn', country: 'DE', postcodes: [48527, 48531], area: '5921', at: [52.43, 7.07] },
  { name: 'Aachen', country: 'DE', postcodes: [52062, 52080], area: '241', at: [50.78, 6.08] },
];

export const dutchTowns = towns.filter((t) => t.country === 'NL');

// biome-ignore format: word lists read better packed
const dutchStreets = ['Zuiderdiep', 'Noorderstraat', 'Kanaalweg Oost', 'Van Harinxmastraat', 'Pieter Stuyvesantweg', 'Oosterparkstraat', 'Kerkpad NZ', 'Vaart ZZ', 'Eerste Jan Steenstraat', 'Burgemeester de Withstraat', 'Dr. A.F. Philipsweg', 'Hoofdweg', 'Boerhaavelaan', 'Klaverweide', 'Tjalk', 'Sluisweg', 'Middenstraat', 'Turfschip', 'Fokkerstraat', 'Lange Akker', 'Wilhelminakade', 'Esdoornlaan', 'Achter de Hoven', 'Poort van Dokkum', 'Kostverlorenstraat', 'Prinses Margrietlaan', 'Boterdiep WZ', 'Rijksstraatweg', 'Hoge der A', 'De Wieken', "Oude Ebbingestraat", 'Dorpsstraat', 'Hunzeweg', 'Rode Weeshuisstraat', 'Sint Jansstraat', "Van 't Hoffstraat", 'Molenerf', 'Wijkstraat', 'Schepperij', 'Stationsweg'];
// biome-ignore format: word lists read better packed
const flemishStreets = ['Kerkstraat', 'Lange Leemstraat', 'Kortrijksesteenweg', 'Grote Markt', 'Turnhoutsebaan', 'Sint-Pietersnieuwstraat', 'Molenstraat', 'Koningin Astridlaan', 'Diestersteenweg', 'Gasthuisstraat'];
// biome-ignore format: word lists read better packed
const germanStreets = ['Hauptstraße', 'Am Alten Hafen', 'Bentheimer Straße', 'Lindenweg', 'Ubbo-Emmius-Straße', 'Kirchstraße', 'Friesenstraße', 'Jakobstraße', 'Neuer Markt', 'Wilhelmstraße'];

export interface Address {
  town: Town;
  street: string;
  /** House number with its letter, if any: "12", "12a". */
  number: string;
  /** Dutch additions ("II", "hs", "zw", "bis", "A"), Belgian "bus 3"; empty when none. */
  addition: string;
  /** Postcode in its canonical form: "9934 AR", "2018", "26789". */
  postcode: string;
}

const postcodeLetters = 'ABCEGHJKLMNPRSTVWXZ';

export function newAddress(rng: Prng, country: 'NL' | 'BE' | 'DE' = 'NL'): Address {
  const pool = towns.filter((t) => t.country === country);
  const town = rng.pick(pool);
  const digits = rng.int(town.postcodes[0], town.postcodes[1]);
  if (country === 'NL') {
    let letters: string;
    do letters = rng.chars(2, postcodeLetters);
    while (['SA', 'SD', 'SS'].includes(letters));
    const number = `${rng.int(1, 240)}${rng.chance(0.15) ? rng.pick(['a', 'b', 'c', 'A', 'B']) : ''}`;
    const addition = rng.weighted([
      ['', 12],
      ['II', 1],
      ['III', 1],
      ['hs', 1],
      ['zw', 1],
      ['bis', 1],
      ['1', 1],
      ['2', 1],
      ['A', 1],
      ['rd', 1],
    ] as const);
    return { town, street: rng.pick(dutchStreets), number, addition, postcode: `${digits} ${letters}` };
  }
  if (country === 'BE') {
    const addition = rng.chance(0.5) ? `bus ${rng.int(1, 24)}` : '';
    return {
      town,
      street: rng.pick(flemishStreets),
      number: String(rng.int(1, 180)),
      addition,
      postcode: String(digits),
    };
  }
  return {
    town,
    street: rng.pick(germanStreets),
    number: `${rng.int(1, 90)}${rng.chance(0.2) ? 'a' : ''}`,
    addition: '',
    postcode: String(digits),
  };
}

/** Street, number and addition on one line, in one of the ways the addition gets written. */
export function streetLine(a: Address, rng: Prng): string {
  const base = `${a.street} ${a.number}`;
  if (!a.addition) return base;
  if (a.town.country === 'BE')
    return rng.chance(0.7) ? `${base} ${a.addition}` : `${base}/${a.addition.replace('bus ', '')}`;
  return rng.weighted<string>([
    [`${base}-${a.addition}`, 3],
    [`${base} ${a.addition}`, 3],
    [/^\d$/.test(a.addition) ? `${base}-${a.addition}` : `${base}${a.addition}`, 1],
  ]);
}

/** The postcode as typed: with or without the space, now and then in lower case. */
export function writtenPostcode(a: Address, rng: Prng): string {
  if (a.town.country !== 'NL') return a.postcode;
  return rng.weighted<string>([
    [a.postcode, 6],
    [a.postcode.replace(' ', ''), 3],
    [a.postcode.toLowerCase(), 1],
  ]);
}

/** "9934 AR Delfzijl" is "postcode town" in NL and BE; Germany writes it the same way. */
export function townName(a: Address, rng: Prng): string {
  return rng.chance(0.15) ? a.town.name.toUpperCase() : a.town.name;
}

export const countryName = (a: Address, lang: 'nl' | 'en') =>
  ({
    NL: lang === 'nl' ? 'Nederland' : 'the Netherlands',
    BE: lang === 'nl' ? 'België' : 'Belgium',
    DE: lang === 'nl' ? 'Duitsland' : 'Germany',
  })[a.town.country];
