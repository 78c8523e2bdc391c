import type { Prng } from '../prng.js';

/** Streets across the country, including names without a street ending ("Damrak", "Rokin"). */
const streets = [
  'Kerkstraat',
  'Hoofdstraat',
  'Dorpsstraat',
  'Lindenlaan',
  'Beukenlaan',
  'Stationsweg',
  'Molenweg',
  'Prinsengracht',
  'Oudegracht',
  'Nieuwe Binnenweg',
  'Laan van Meerdervoort',
  'Burgemeester de Withstraat',
  'Prins Hendrikkade',
  "'s-Gravendijkwal",
  'Coolsingel',
  'Damrak',
  'Rokin',
  'Lijnbaan',
  'Spui',
  'Zeedijk',
  'Oosterpark',
  'Vismarkt',
  'Marktplein',
  'Havenkade',
  'Sint Jansstraat',
  'Van Woustraat',
  'Admiraal de Ruijterweg',
  'Tweede Oosterparkstraat',
  'Händelstraat',
  'Kastanjehof',
  'Eikenpad',
  'Wilhelminasingel',
  'Koningin Julianalaan',
  'Dr. Schaepmanstraat',
  'Ds. Van Dijkweg',
  'Achter de Hoven',
  'Zuiderdiep',
  'Oude Ebbingestraat',
  'Voorstraat',
  'Boschdijk',
  'Stratumsedijk',
  'Vrijthof',
];
const cities = [
  'Amsterdam',
  'Rotterdam',
  "'s-Hertogenbosch",
  'Den Haag',
  'Utrecht',
  'Groningen',
  'Eindhoven',
  'Zwolle',
  'Leeuwarden',
  'Maastricht',
  'Alphen aan den Rijn',
  'Capelle aan den IJssel',
  'Bergen op Zoom',
  'Hoorn',
  'Emmen',
  'Deventer',
  'Nijmegen',
  'Ede',
  'Tilburg',
  'Almere',
  'Súdwest-Fryslân',
];

export interface Address {
  /** Street, house number and addition as one line: "Kerkstraat 12-III". */
  line: string;
  street: string;
  number: string;
  postcode: string;
  city: string;
}

const letters = 'ABCDEFGHJKLMNPRTVWXZ'; // SA, SD and SS are never issued; leave S out entirely

export function postcode(rng: Prng): { compact: string; spaced: string } {
  const digits = `${rng.int(1, 9)}${rng.digits(3)}`;
  const l = rng.chars(2, letters);
  return { compact: `${digits}${l}`, spaced: `${digits} ${l}` };
}

export function address(rng: Prng): Address {
  const street = rng.pick(streets);
  const n = String(rng.int(1, 340));
  const number = rng.weighted([
    [n, 5],
    [`${n}${rng.pick(['A', 'B', 'a', 'c'])}`, 2],
    [`${n}-${rng.pick(['I', 'II', 'III', 'hs', '1', '2'])}`, 2],
    [`${n} ${rng.pick(['bis', 'hs', 'bg', '2 hoog', 'III'])}`, 1],
    [`${n}-${rng.int(101, 512)}`, 1],
  ]);
  const pc = postcode(rng);
  const city = rng.pick(cities);
  const postcodeText = rng.weighted([
    [pc.spaced, 3],
    [pc.compact, 2],
  ]);
  return { line: `${street} ${number}`, street, number, postcode: postcodeText, city };
}
