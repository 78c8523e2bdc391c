import type { Prng } from '../prng.js';
import { dutchSurnames, groups } from './names.js';

/**
 * People as they appear in the records of a Dutch telecom and cloud company: mostly Dutch names
 * with tussenvoegsels, and the names of the country's larger communities (Surinamese, Moroccan,
 * Turkish, Indonesian and Moluccan, Chinese, Polish) and of English-speaking expats.
 */
export interface Person {
  given: string;
  /** Further given names, which only show as initials ("J.W."). */
  middle: string[];
  /** Tussenvoegsel in lower case ("van der"), '' when there is none. */
  prefix: string;
  surname: string;
  /** A partner's name carried as a double name ("de Vries-van Dijk"), when used. */
  partner?: { prefix: string; surname: string };
  gender: 'm' | 'f';
}

/** Tussenvoegsels, so a surname drawn as "van der Meer" splits into its prefix and name. */
const prefixes = [
  'van',
  'de',
  'van der',
  'van den',
  'van de',
  'ten',
  'ter',
  "in 't",
  "van 't",
  'op den',
  'uit den',
  "'t",
  'den',
  'te',
];

function splitSurname(full: string): { prefix: string; surname: string } {
  // The longest tussenvoegsel that prefixes the name wins ("van der" before "van").
  const match = prefixes.filter((p) => full.startsWith(`${p} `)).sort((a, b) => b.length - a.length)[0];
  return match ? { prefix: match, surname: full.slice(match.length + 1) } : { prefix: '', surname: full };
}

export function newPerson(rng: Prng): Person {
  const group = rng.weighted(groups.map((g) => [g, g.weight] as const));
  const gender = rng.chance(0.5) ? 'm' : 'f';
  const given = rng.pick(gender === 'm' ? group.male : group.female);
  const middle: string[] = [];
  // Dutch parents give second and third names that only the paperwork uses.
  const extra =
    group === groups[0]
      ? rng.weighted([
          [0, 4],
          [1, 4],
          [2, 2],
        ] as const)
      : rng.int(0, 1);
  for (let i = 0; i < extra; i++) {
    const name = rng.pick(gender === 'm' ? group.male : group.female);
    if (name !== given && !middle.includes(name)) middle.push(name);
  }
  const { prefix, surname } = splitSurname(rng.pick(group.surnames));
  const person: Person = { given, middle, prefix, surname, gender };
  if (gender === 'f' && group === groups[0] && rng.chance(0.2))
    person.partner = splitSurname(rng.pick(dutchSurnames));
  return person;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "J.W." — initials of all given names, hyphenated names giving two ("Jan-Willem" → "J.W."). */
export function initials(p: Person, dots = true): string {
  const letters = [...p.given.split(/[- ]/), ...p.middle].map((n) => n.charAt(0).toUpperCase());
  return dots ? `${letters.join('.')}.` : letters.join('');
}

/** The family name as written after a first name or initials: "van der Berg", "de Vries-van Dijk". */
export function familyName(p: Person): string {
  const own = p.prefix ? `${p.prefix} ${p.surname}` : p.surname;
  if (!p.partner) return own;
  const theirs = p.partner.prefix ? `${p.partner.prefix} ${p.partner.surname}` : p.partner.surname;
  return `${own}-${theirs}`;
}

/** The family name standing alone, as after "mevrouw": the tussenvoegsel takes a capital. */
export function familyNameAlone(p: Person): string {
  return cap(familyName(p));
}

export type NameStyle =
  | 'full'
  | 'initials'
  | 'initialsNoDots'
  | 'family'
  | 'given'
  | 'sorted'
  | 'sortedPrefixLast'
  | 'upper'
  | 'lower'
  | 'givenAll';

/**
 * The person's name in one of the ways records write it. "family" is for use after a title
 * ("Dhr. De Vries"), "sorted" is the CRM's surname-first order.
 */
export function renderName(p: Person, style: NameStyle): string {
  switch (style) {
    case 'full':
      return `${p.given} ${familyName(p)}`;
    case 'givenAll':
      return `${[p.given, ...p.middle].join(' ')} ${familyName(p)}`;
    case 'initials':
      return `${initials(p)} ${familyName(p)}`;
    case 'initialsNoDots':
      return `${initials(p, false)} ${familyName(p)}`;
    case 'family':
      return familyNameAlone(p);
    case 'given':
      return p.given;
    case 'sorted':
      return `${familyNameAlone(p)}, ${p.given}`;
    case 'sortedPrefixLast':
      // The telephone-book order: "Vries, J.W. de".
      return p.prefix ? `${p.surname}, ${initials(p)} ${p.prefix}` : `${p.surname}, ${initials(p)}`;
    case 'upper':
      return `${p.given} ${familyName(p)}`.toUpperCase();
    case 'lower':
      return `${p.given} ${familyName(p)}`.toLowerCase();
  }
}

export function pickNameStyle(rng: Prng, formal = false): NameStyle {
  return formal
    ? rng.weighted<NameStyle>([
        ['initials', 4],
        ['full', 4],
        ['givenAll', 1],
        ['initialsNoDots', 1],
        ['upper', 1],
      ])
    : rng.weighted<NameStyle>([
        ['full', 8],
        ['initials', 3],
        ['sorted', 1],
        ['sortedPrefixLast', 1],
        ['upper', 1],
        ['lower', 1],
        ['givenAll', 1],
      ]);
}

/** Letters as they survive in e-mail addresses and the MRZ: no diacritics, ı → i, ł → l. */
export function toAscii(s: string): string {
  return s
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const mailDomains: readonly (readonly [string, number])[] = [
  ['gmail.com', 10],
  ['hotmail.com', 6],
  ['outlook.com', 4],
  ['live.nl', 3],
  ['hotmail.nl', 3],
  ['ziggo.nl', 3],
  ['kpnmail.nl', 3],
  ['planet.nl', 2],
  ['home.nl', 2],
  ['xs4all.nl', 2],
  ['icloud.com', 3],
  ['yahoo.com', 1],
  ['proton.me', 1],
  ['upcmail.nl', 1],
  ['quicknet.nl', 1],
  ['telfort.nl', 1],
  ['casema.nl', 1],
  ['zeelandnet.nl', 1],
  ['gmx.de', 1],
  ['me.com', 1],
];

/** A private e-mail address built the ways people build them from their own name. */
export function emailFor(p: Person, rng: Prng, domain?: string): string {
  const g = toAscii(p.given).toLowerCase().replace(/[ ']/g, '');
  const s = toAscii(p.surname).toLowerCase().replace(/[ ']/g, '');
  const pre = toAscii(p.prefix).toLowerCase().replace(/[ ']/g, '');
  const ini = toAscii(initials(p, false)).toLowerCase();
  const year = String(rng.int(60, 99) + (rng.chance(0.3) ? 1900 : 0)).slice(-2);
  const local = rng.weighted<string>([
    [`${g}.${pre}${s}`, 6],
    [`${ini}.${pre}${s}`, 3],
    [`${g}${pre}${s}`, 3],
    [`${g}_${pre}${pre ? '_' : ''}${s}`, 1],
    [`${pre}${s}${g}`, 1],
    [`${g}.${s}${year}`, 2],
    [`${g}${rng.int(1, 999)}`, 1],
    [`${ini}${s}`, 2],
    [`${s}.${g.charAt(0)}`, 1],
  ]);
  const host = domain ?? rng.weighted(mailDomains);
  const address = `${local}@${host}`;
  return rng.chance(0.06) ? address.replace(/^./, (c) => c.toUpperCase()) : address;
}

/** A work address at the employer's domain, first.last style. */
export function workEmail(p: Person, domain: string): string {
  const g = toAscii(p.given).toLowerCase().replace(/[ ']/g, '');
  const f = toAscii(familyName(p)).toLowerCase().replace(/[ ']/g, '');
  return `${g}.${f}@${domain}`;
}
