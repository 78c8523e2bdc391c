import type { Prng } from '../prng.js';

/**
 * Where the operator's customers live: mostly South and Central Limburg, a share elsewhere in the
 * Netherlands (people who moved away, business customers), the Belgian and German border towns,
 * and British or Irish addresses of expats' previous homes. Each town carries its postcode range
 * and (for NL, BE, DE) its area code, so an address and a landline agree.
 */
export type Country = 'NL' | 'BE' | 'DE' | 'GB' | 'IE';

export interface Town {
  name: string;
  country: Country;
  /** NL/BE/DE: lowest and highest postcode digits. GB/IE: the outward codes used. */
  postcodes: readonly [number, number] | readonly string[];
  /** Area code without the trunk 0. */
  area: string;
  at: readonly [number, number];
}

// biome-ignore format: a table reads better packed
const towns: readonly Town[] = [
  { name: 'Sittard', country: 'NL', postcodes: [6131, 6137], area: '46', at: [51.0, 5.87] },
  { name: 'Geleen', country: 'NL', postcodes: [6160, 6167], area: '46', at: [50.97, 5.83] },
  { name: 'Heerlen', country: 'NL', postcodes: [6411, 6422], area: '45', at: [50.89, 5.98] },
  { name: 'Kerkrade', country: 'NL', postcodes: [6460, 6471], area: '45', at: [50.87, 6.06] },
  { name: 'Maastricht', country: 'NL', postcodes: [6211, 6229], area: '43', at: [50.85, 5.69] },
  { name: 'Valkenburg', country: 'NL', postcodes: [6301, 6301], area: '43', at: [50.86, 5.83] },
  { name: 'Roermond', country: 'NL', postcodes: [6041, 6046], area: '475', at: [51.19, 5.99] },
  { name: 'Venlo', country: 'NL', postcodes: [5911, 5935], area: '77', at: [51.37, 6.17] },
  { name: 'Weert', country: 'NL', postcodes: [6001, 6006], area: '495', at: [51.25, 5.71] },
  { name: 'Brunssum', country: 'NL', postcodes: [6441, 6446], area: '45', at: [50.95, 5.97] },
  { name: 'Landgraaf', country: 'NL', postcodes: [6371, 6374], area: '45', at: [50.9, 6.03] },
  { name: 'Echt', country: 'NL', postcodes: [6101, 6102], area: '475', at: [51.1, 5.87] },
  { name: 'Stein', country: 'NL', postcodes: [6171, 6171], area: '46', at: [50.97, 5.77] },
  { name: 'Gulpen', country: 'NL', postcodes: [6271, 6271], area: '43', at: [50.81, 5.89] },
  { name: 'Venray', country: 'NL', postcodes: [5801, 5804], area: '478', at: [51.53, 5.97] },
  { name: 'Beek', country: 'NL', postcodes: [6191, 6191], area: '46', at: [50.94, 5.8] },
  { name: 'Eijsden', country: 'NL', postcodes: [6245, 6245], area: '43', at: [50.78, 5.71] },
  { name: 'Vaals', country: 'NL', postcodes: [6291, 6291], area: '43', at: [50.77, 6.02] },
  { name: 'Simpelveld', country: 'NL', postcodes: [6369, 6369], area: '45', at: [50.83, 5.98] },
  { name: 'Meerssen', country: 'NL', postcodes: [6231, 6231], area: '43', at: [50.88, 5.75] },
  { name: 'Eindhoven', country: 'NL', postcodes: [5611, 5658], area: '40', at: [51.44, 5.48] },
  { name: 'Tilburg', country: 'NL', postcodes: [5011, 5049], area: '13', at: [51.56, 5.09] },
  { name: 'Nijmegen', country: 'NL', postcodes: [6511, 6546], area: '24', at: [51.84, 5.86] },
  { name: 'Amsterdam', country: 'NL', postcodes: [1011, 1109], area: '20', at: [52.37, 4.9] },
  { name: 'Rotterdam', country: 'NL', postcodes: [3011, 3089], area: '10', at: [51.92, 4.48] },
  { name: 'Utrecht', country: 'NL', postcodes: [3511, 3585], area: '30', at: [52.09, 5.12] },
  { name: 'Den Haag', country: 'NL', postcodes: [2491, 2597], area: '70', at: [52.08, 4.3] },
  { name: "'s-Hertogenbosch", country: 'NL', postcodes: [5211, 5236], area: '73', at: [51.69, 5.3] },
  { name: 'Maasmechelen', country: 'BE', postcodes: [3630, 3630], area: '89', at: [50.97, 5.69] },
  { name: 'Lanaken', country: 'BE', postcodes: [3620, 3620], area: '89', at: [50.89, 5.65] },
  { name: 'Tongeren', country: 'BE', postcodes: [3700, 3700], area: '12', at: [50.78, 5.46] },
  { name: 'Genk', country: 'BE', postcodes: [3600, 3600], area: '89', at: [50.97, 5.5] },
  { name: 'Hasselt', country: 'BE', postcodes: [3500, 3511], area: '11', at: [50.93, 5.34] },
  { name: 'Aachen', country: 'DE', postcodes: [52062, 52080], area: '241', at: [50.78, 6.08] },
  { name: 'Herzogenrath', country: 'DE', postcodes: [52134, 52134], area: '2406', at: [50.87, 6.1] },
  { name: 'Heinsberg', country: 'DE', postcodes: [52525, 52525], area: '2452', at: [51.06, 6.1] },
  { name: 'Geilenkirchen', country: 'DE', postcodes: [52511, 52511], area: '2451', at: [50.97, 6.12] },
  { name: 'Mönchengladbach', country: 'DE', postcodes: [41061, 41239], area: '2161', at: [51.19, 6.44] },
  { name: 'Manchester', country: 'GB', postcodes: ['M14', 'M20', 'M21', 'M4'], area: '161', at: [53.48, -2.24] },
  { name: 'London', country: 'GB', postcodes: ['SE15', 'N16', 'E8', 'SW9', 'NW5'], area: '20', at: [51.5, -0.12] },
  { name: 'Leeds', country: 'GB', postcodes: ['LS6', 'LS8', 'LS11'], area: '113', at: [53.8, -1.55] },
  { name: 'Edinburgh', country: 'GB', postcodes: ['EH6', 'EH9', 'EH11'], area: '131', at: [55.95, -3.19] },
  { name: 'Bristol', country: 'GB', postcodes: ['BS3', 'BS6', 'BS7'], area: '117', at: [51.45, -2.59] },
  { name: 'Dublin', country: 'IE', postcodes: ['D04', 'D06', 'D08', 'D07'], area: '1', at: [53.35, -6.26] },
  { name: 'Cork', country: 'IE', postcodes: ['T12', 'T23'], area: '21', at: [51.9, -8.47] },
];

export const townsIn = (country: Country) => towns.filter((t) => t.country === country);

// biome-ignore format: word lists read better packed
const dutchStreets = ['Rijksweg Noord', 'Heerlenerweg', 'Akerstraat', 'Bongerd', 'Burgemeester van Rooijenstraat', 'Achter de Kerk', 'Markt', 'Plein 1944', 'Kerkpad ZZ', 'Op de Vos', 'Limbrichterstraat', 'Mgr. Nolenslaan', 'Putgraaf', 'Ganzeweide', 'Hoogstraat', 'Dr. Poelsplein', 'Valkenburgerweg', 'Bergerstraat', 'Stationssingel', 'Nieuwe Gracht', 'Maaskade', 'Oude Dijk', 'Kasteellaan', 'Veldstraat', 'In de Kamp', 'Gewandeweg', 'Kloosterwand', 'Sint Pieterstraat', 'Molenweg', 'Schaesbergerweg', 'Holzstraat', 'Einderstraat', 'Oranjeplein', 'Wilhelminasingel', 'Broekhem', 'Koningin Julianalaan', 'Bosweg', 'Klimmenderstraat', 'Hof van Hoensbroeck', 'Kapelaan Pierikstraat', 'Pastoor Ceulenstraat', 'Steenberg', 'Lindelaan', 'Prins Bernhardweg', 'Dorpstraat', 'Kempkensweg', 'Haagsittard', 'Emmaplein', 'Cortenstraat', 'Oude Kerkhofweg', 'Heugemerweg', 'De Dellen', 'Graaf Reinaldstraat', 'Tongerseweg', 'Kruisstraat', 'Eikenlaan', 'Mijnstraat', 'Groenstraat', 'Hertogsingel', 'Van Kinsbergenstraat'];
// biome-ignore format: word lists read better packed
const belgianStreets = ['Rijksweg', 'Stationsstraat', 'Kerkplein', 'Boslaan', 'Maaskant', 'Steenweg', 'Koning Albertlaan', 'Sint-Truidersteenweg', 'Zavelstraat', 'Kapelstraat', 'Meeswijkerweg'];
// biome-ignore format: word lists read better packed
const germanStreets = ['Hauptstraße', 'Jakobstraße', 'Pontstraße', 'Roermonder Straße', 'Kirchweg', 'Am Markt', 'Talstraße', 'Lindenallee', 'Bahnhofstraße', 'Vaalser Straße', 'Schulstraße'];
// biome-ignore format: word lists read better packed
const englishStreets = ['Hawthorn Road', 'Kingsley Avenue', 'Victoria Street', 'Mill Lane', 'Church Road', 'Albert Terrace', 'Park Crescent', 'Beech Grove', 'Station Road', 'Queens Drive', 'Elmwood Close', 'Seaview Terrace', 'Castle View', 'Oakfield Road'];

export interface Address {
  town: Town;
  street: string;
  number: string;
  /** "a", "-II", " hs", " bis", " zwart", "-3", " bus 2": written exactly as glued to the number. */
  addition: string;
  /** In its canonical form: "6131 KR", "3630", "52062", "M20 2LS", "D04 K7H2". */
  postcode: string;
}

const nlLetters = 'ABCDEGHJKLMNPRSTVWXZ';
const inward = 'ABDEFGHJLNPQRSTUWXYZ';

export function newAddress(rng: Prng, country: Country = 'NL'): Address {
  const town = rng.pick(townsIn(country));
  const range = town.postcodes;
  if (country === 'NL') {
    const digits = rng.int(range[0] as number, range[1] as number);
    let letters: string;
    do letters = rng.chars(2, nlLetters);
    while (['SA', 'SD', 'SS'].includes(letters));
    const addition = rng.weighted<string>([
      ['', 14],
      [rng.pick(['a', 'b', 'c', 'A', 'B']), 3],
      [rng.pick(['-II', '-III', '-1', '-3', ' hs', ' bis', ' zwart', ' A', '/2', ' bg']), 3],
    ]);
    return {
      town,
      street: rng.pick(dutchStreets),
      number: String(rng.int(1, 260)),
      addition,
      postcode: `${digits} ${letters}`,
    };
  }
  if (country === 'BE') {
    const addition = rng.chance(0.3) ? ` bus ${rng.int(1, 12)}` : '';
    return {
      town,
      street: rng.pick(belgianStreets),
      number: String(rng.int(1, 190)),
      addition,
      postcode: String(range[0]),
    };
  }
  if (country === 'DE') {
    const digits = rng.int(range[0] as number, range[1] as number);
    return {
      town,
      street: rng.pick(germanStreets),
      number: String(rng.int(1, 120)),
      addition: rng.chance(0.15) ? 'a' : '',
      postcode: String(digits),
    };
  }
  const outward = rng.pick(range as readonly string[]);
  const postcode =
    country === 'GB'
      ? `${outward} ${rng.int(1, 9)}${rng.chars(2, inward)}`
      : `${outward} ${rng.chars(1, 'ACDEFHKNPRTVWXY')}${rng.digits(1)}${rng.chars(2, 'ACDEFHKNPRTVWXY0123456789')}`;
  return { town, street: rng.pick(englishStreets), number: String(rng.int(1, 140)), addition: '', postcode };
}

/** Street and number the way the country writes them: number first in Britain and Ireland. */
export function streetLine(a: Address): string {
  if (a.town.country === 'GB' || a.town.country === 'IE') return `${a.number} ${a.street}`;
  return `${a.street} ${a.number}${a.addition}`;
}

/** The postcode as typed into a form: Dutch ones lose their space or their capitals now and then. */
export function writtenPostcode(a: Address, rng: Prng): string {
  if (a.town.country !== 'NL') return a.postcode;
  return rng.weighted<string>([
    [a.postcode, 6],
    [a.postcode.replace(' ', ''), 3],
    [a.postcode.toLowerCase(), 1],
  ]);
}

export const countryName = (c: Country, lang: 'nl' | 'en'): string =>
  lang === 'nl'
    ? { NL: 'Nederland', BE: 'België', DE: 'Duitsland', GB: 'Verenigd Koninkrijk', IE: 'Ierland' }[c]
    : { NL: 'the Netherlands', BE: 'Belgium', DE: 'Germany', GB: 'United Kingdom', IE: 'Ireland' }[c];

/** Postcode areas the fibre roll-out names: four digits, a neighbourhood, not a home. */
export function coverageArea(rng: Prng): string {
  const t = rng.pick(townsIn('NL').slice(0, 20));
  return String(rng.int(t.postcodes[0] as number, t.postcodes[1] as number));
}
