/**
 * Dutch street names and cities for the corpus, written for this project. Each city carries the
 * range of the first two postcode digits used in its area, so generated addresses are plausible.
 */

// biome-ignore format: a word list reads better packed
export const dutchStreets = [
  'Kerkstraat', 'Dorpsstraat', 'Schoolstraat', 'Molenweg', 'Stationsweg', 'Julianastraat',
  'Wilhelminastraat', 'Beatrixlaan', 'Prinses Irenestraat', 'Laan van Meerdervoort', 'Oudegracht',
  'Herengracht', 'Prinsengracht', 'Keizersgracht', 'Nieuwe Binnenweg', 'Burgemeester Roelenweg',
  'Van Goghstraat', 'Rembrandtlaan', 'Marktplein', 'Lindenlaan', 'Eikenlaan', 'Beukenlaan',
  'Esdoornstraat', 'Vondelstraat', 'Hoofdstraat', 'Industrieweg', 'Parallelweg', 'Sportlaan',
  'Ringdijk', 'Zeeweg', 'Sint Jansstraat', 'Van der Helstlaan', 'Graaf Florisstraat',
  'Koningin Emmalaan', 'Tulpstraat', 'Rozenstraat', 'Spoorlaan', 'Populierenlaan', 'Nieuwstraat',
  'Achterweg', 'Brinklaan', 'Wethouder van Essenstraat', 'Generaal Foulkesweg', 'Jan Steenstraat',
  'Frans Halsstraat', 'Zuidsingel', 'Westeinde', 'Oranjelaan', 'Lange Voorhout', 'Biltstraat',
  'Amsterdamsestraatweg', 'Kanaalweg', 'Weverstraat', 'Pastoor van Arsstraat', 'Hogeweg',
  'Korte Putstraat', 'Vismarkt', 'Binnenhof', 'Noordeinde', 'Zonnebloemstraat', 'Kastanjelaan',
] as const;

// biome-ignore format: a word list reads better packed
export const dutchCities: readonly (readonly [name: string, fromPrefix: number, toPrefix: number])[] = [
  ['Amsterdam', 10, 11],
  ['Rotterdam', 30, 30],
  ['Den Haag', 25, 25],
  ["'s-Gravenhage", 25, 25],
  ['Utrecht', 35, 35],
  ['Eindhoven', 56, 56],
  ['Groningen', 97, 97],
  ['Tilburg', 50, 50],
  ['Almere', 13, 13],
  ['Breda', 48, 48],
  ['Nijmegen', 65, 65],
  ['Haarlem', 20, 20],
  ['Arnhem', 68, 68],
  ['Zwolle', 80, 80],
  ['Leiden', 23, 23],
  ['Maastricht', 62, 62],
  ['Delft', 26, 26],
  ['Amersfoort', 38, 38],
  ['Apeldoorn', 73, 73],
  ['Enschede', 75, 75],
  ["'s-Hertogenbosch", 52, 52],
  ['Leeuwarden', 89, 89],
  ['Zoetermeer', 27, 27],
  ['Alkmaar', 18, 18],
  ['Deventer', 74, 74],
] as const;
