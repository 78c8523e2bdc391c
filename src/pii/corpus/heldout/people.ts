import type { Prng } from '../prng.js';

/**
 * Names as a Dutch telecom's customers carry them: old and new Dutch given names, the surnames of
 * the Netherlands' larger communities, tussenvoegsels and double-barrelled married names.
 */
const givenNl = [
  'Gerrit',
  'Henk',
  'Wim',
  'Kees',
  'Joop',
  'Bram',
  'Daan',
  'Sem',
  'Thijs',
  'Ruud',
  'Sjoerd',
  'Wietse',
  'Maarten',
  'Hidde',
  'Jurre',
  'Teun',
  'Freek',
  'Gijs',
  'Rik',
  'Stijn',
  'Ria',
  'Gerda',
  'Annemiek',
  'Marieke',
  'Ineke',
  'Lotte',
  'Fenna',
  'Sanne',
  'Femke',
  'Noor',
  'Saskia',
  'Wilma',
  'Tineke',
  'Jolien',
  'Anouk',
  'Mirjam',
  'Geertje',
  'Hennie',
  'Bep',
  'Riet',
];
const givenOther = [
  'Mohamed',
  'Youssef',
  'Fatima',
  'Khadija',
  'Mehmet',
  'Ayşe',
  'Emre',
  'Zeynep',
  'Priya',
  'Rajesh',
  'Kwame',
  'Nadia',
  'Olga',
  'Piotr',
  'Agnieszka',
  'Thanh',
  'Siobhan',
  'Oliver',
  'Harriet',
  'Graham',
];
const surnamesPlain = [
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'Brouwer',
  'Koster',
  'Postma',
  'Hoekstra',
  'Wijnands',
  'Kuipers',
  'Verbeek',
  'Schouten',
  'Yılmaz',
  'Öztürk',
  'Kaya',
  'El Amrani',
  'Benali',
  'Bouzid',
  'Nguyen',
  'Kowalski',
  'Tjon A Fong',
  'Ramdin',
  'Sewdien',
  "O'Brien",
  'Whitfield',
  'Kramer',
  'Zwart',
  'Blom',
  'Huisman',
  'Veenstra',
];
/** Surname cores that take a tussenvoegsel. */
const withPrefix: [string, string][] = [
  ['de', 'Vries'],
  ['de', 'Jong'],
  ['de', 'Boer'],
  ['van den', 'Berg'],
  ['van der', 'Meer'],
  ['van', 'Dijk'],
  ['van der', 'Linden'],
  ['van den', 'Broek'],
  ['ter', 'Horst'],
  ["van 't", 'Hof'],
  ["in 't", 'Veld'],
  ['van de', 'Kamp'],
  ['de', 'Graaf'],
  ['van', 'Leeuwen'],
  ['te', 'Riele'],
  ['op den', 'Kamp'],
  ['van der', 'Heijden'],
  ['de', 'Wit'],
];

export interface Person {
  given: string;
  /** Tussenvoegsel in lower case, '' when none. */
  prefix: string;
  /** Surname without tussenvoegsel; may be double-barrelled ("Berg-Jansen"). */
  surname: string;
  initials: string;
  female: boolean;
}

const femaleGiven = new Set([
  'Ria',
  'Gerda',
  'Annemiek',
  'Marieke',
  'Ineke',
  'Lotte',
  'Fenna',
  'Sanne',
  'Femke',
  'Noor',
  'Saskia',
  'Wilma',
  'Tineke',
  'Jolien',
  'Anouk',
  'Mirjam',
  'Geertje',
  'Hennie',
  'Bep',
  'Riet',
  'Fatima',
  'Khadija',
  'Ayşe',
  'Zeynep',
  'Priya',
  'Nadia',
  'Olga',
  'Agnieszka',
  'Siobhan',
  'Harriet',
  'Thanh',
]);

export function person(rng: Prng): Person {
  const given = rng.chance(0.75) ? rng.pick(givenNl) : rng.pick(givenOther);
  let prefix = '';
  let surname: string;
  if (rng.chance(0.45)) {
    const [p, s] = rng.pick(withPrefix);
    prefix = p;
    surname = s;
  } else surname = rng.pick(surnamesPlain);
  // Married women often use their husband's name joined to their own.
  if (rng.chance(0.15)) {
    const core = surname;
    surname = `${surname}-${rng.pick(surnamesPlain.filter((s) => !s.includes(' ') && s !== core))}`;
  }
  const second = rng.chance(0.4) ? rng.pick(givenNl)[0]! : '';
  const initials = `${given[0]}.${second ? `${second}.` : ''}`;
  return { given, prefix, surname, initials, female: femaleGiven.has(given) };
}

/** Family name as written mid-sentence: "van den Berg-Jansen". */
export function familyName(p: Person): string {
  return p.prefix ? `${p.prefix} ${p.surname}` : p.surname;
}

/** Family name at the start of a sentence or line, where Dutch capitalises the prefix. */
export function familyNameCapital(p: Person): string {
  return p.prefix ? `${p.prefix[0]!.toUpperCase()}${p.prefix.slice(1)} ${p.surname}` : p.surname;
}

export function fullName(p: Person): string {
  return `${p.given} ${familyName(p)}`;
}

/** "J.P. Bakker" or "J.P. van der Meer". */
export function initialsName(p: Person): string {
  return `${p.initials} ${familyName(p)}`;
}

/** Sorted the way registers and exports list people: "Berg, J. van den". */
export function registerName(p: Person): string {
  return `${p.surname}, ${p.initials}${p.prefix ? ` ${p.prefix}` : ''}`;
}

export function honorific(p: Person, lang: 'nl' | 'en', rng: Prng): string {
  if (lang === 'en') return p.female ? rng.pick(['Ms', 'Mrs', 'Ms.']) : rng.pick(['Mr', 'Mr.']);
  return p.female ? rng.pick(['mevrouw', 'mw.', 'mevr.']) : rng.pick(['meneer', 'dhr.', 'de heer']);
}

/** A mailbox local part a person would pick. */
export function localPart(p: Person, rng: Prng): string {
  const fam = familyName(p)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z-]/g, '');
  const given = p.given
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z]/g, '');
  return rng.pick([
    `${given}.${fam.replace(/-/g, '')}`,
    `${given[0]}${fam.replace(/-/g, '')}`,
    `${given}${rng.int(60, 99)}`,
    `${p.initials.toLowerCase().replace(/\./g, '')}.${fam.replace(/-/g, '.')}`,
    `${given}_${fam.replace(/-/g, '')}`,
  ]);
}
