import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { type Origin, originWeights, pools } from './names.js';

/** A person as the operator's systems know them. */
export interface Person {
  origin: Origin;
  gender: 'm' | 'f';
  /** Given name as used ("Gert-Jan", "Mei Ling"). */
  given: string;
  /** Official extra first names' initials, e.g. ["P"] for "J.P. de Groot". */
  extraInitials: string[];
  /** Tussenvoegsel in lower case ("van der"), or empty. */
  prefix: string;
  surname: string;
}

export function newPerson(rng: Prng, lang: Language, origin?: Origin): Person {
  const o = origin ?? rng.weighted(originWeights[lang]);
  const pool = pools[o];
  const gender = rng.chance(0.5) ? 'm' : 'f';
  const [prefix, surname] = splitSurname(rng.pick(pool.surnames));
  const person: Person = {
    origin: o,
    gender,
    given: rng.pick(pool[gender]),
    extraInitials: [],
    prefix,
    surname,
  };
  // Dutch and Flemish registries carry several first names; the initials show them.
  if (['dutch', 'limburg', 'flemish', 'moluccan', 'antillean'].includes(o) && rng.chance(0.45)) {
    person.extraInitials = rng.chance(0.7) ? [rng.pick('AJMPHCWTGL'.split(''))] : ['M', 'G'];
  }
  // Some married women keep both names, in the Dutch order "own-partner".
  if (gender === 'f' && rng.chance(0.07)) {
    const [, other] = splitSurname(rng.pick(pools[rng.weighted(originWeights[lang])].surnames));
    person.surname = `${surname}-${other}`;
  }
  return person;
}

function splitSurname(entry: string): [string, string] {
  const bar = entry.indexOf('|');
  return bar < 0 ? ['', entry] : [entry.slice(0, bar), entry.slice(bar + 1)];
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Jan van der Meer". */
export function fullName(p: Person): string {
  return [p.given, p.prefix, p.surname].filter(Boolean).join(' ');
}

/** The family name as it stands alone after "heer"/"mevrouw": the prefix is capitalised then. */
export function familyName(p: Person, capitalise = true): string {
  if (!p.prefix) return p.surname;
  return `${capitalise ? cap(p.prefix) : p.prefix} ${p.surname}`;
}

/** "J.P." from "Jan" with extra initial P; "G.J." from "Gert-Jan"; "M.L." from "Mei Ling". */
export function initials(p: Person, dots = true): string {
  const first = p.given.split(/[\s-]+/).map((w) => w[0]!.toUpperCase());
  const all = [...first, ...p.extraInitials];
  return dots ? `${all.join('.')}.` : all.join('');
}

/** "J.P. de Groot". */
export function formalName(p: Person): string {
  return [initials(p), p.prefix, p.surname].filter(Boolean).join(' ');
}

/** As an export or a register sorts it: surname first, then given name (and the prefix). */
export function invertedParts(p: Person, rng: Prng): { family: string; given: string } {
  if (p.prefix && rng.chance(0.5)) return { family: p.surname, given: `${p.given} ${p.prefix}` };
  return { family: familyName(p, rng.chance(0.5)), given: rng.chance(0.3) ? initials(p) : p.given };
}

export type NameStyle = 'full' | 'formal' | 'given' | 'family' | 'lower' | 'upper';

export function renderName(p: Person, style: NameStyle): string {
  switch (style) {
    case 'full':
      return fullName(p);
    case 'formal':
      return formalName(p);
    case 'given':
      return p.given;
    case 'family':
      return familyName(p);
    case 'lower':
      return fullName(p).toLowerCase();
    case 'upper':
      return fullName(p).toUpperCase();
  }
}

const special: Record<string, string> = { ı: 'i', ł: 'l', Ł: 'L', ø: 'o', ß: 'ss', æ: 'ae' };

/** Letters as an e-mail address or an MRZ has to spell them. */
export function ascii(s: string): string {
  return s
    .replace(/[ıłŁøßæ]/g, (c) => special[c]!)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

const slug = (s: string) => ascii(s).toLowerCase().replace(/['\s]/g, '');

// biome-ignore format: a table reads better packed
const freeMail = ['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'live.nl', 'icloud.com', 'home.nl', 'planet.nl', 'hetnet.nl', 'xs4all.nl', 'proton.me', 'yahoo.com', 'telenet.be', 'skynet.be', 'gmx.de', 'web.de', 't-online.de', 'outlook.be', 'me.com'];

/** A private address: free-mail, the old ISP, or the operator's own customer mailbox. */
export function personalEmail(p: Person, rng: Prng, domain?: string): string {
  const g = slug(p.given).replace(/-/g, '');
  const f = slug(`${p.prefix}${p.surname}`).replace(/-/g, '');
  const year = String(rng.int(60, 99) + (rng.chance(0.3) ? 1900 : 0)).slice(-2);
  const local = rng.weighted<string>([
    [`${g}.${f}`, 5],
    [`${g[0]}.${f}`, 3],
    [`${g}${f}`, 2],
    [`${g}_${f}${year}`, 1],
    [`${f}.${g[0]}`, 1],
    [`${g}${rng.int(1, 99)}`, 1],
    [`${g}.${f}${rng.int(1960, 2005)}`, 1],
  ]);
  return `${local}@${
    domain ??
    rng.weighted<string>([
      [rng.pick(freeMail), 9],
      ['mergelmail.nl', 2],
    ])
  }`;
}

/** A work address on someone else's company domain. */
export function workEmail(p: Person, domain: string, rng: Prng): string {
  const g = slug(p.given).replace(/-/g, '');
  const f = slug(`${p.prefix}${p.surname}`).replace(/-/g, '');
  return rng.chance(0.5) ? `${g[0]}.${f}@${domain}` : `${g}.${f}@${domain}`;
}
