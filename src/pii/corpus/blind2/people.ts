import type { Prng } from '../prng.js';
import type { Language } from '../values/dates.js';
import { namePools, type Origin, originWeights } from './names.js';

/** Someone the records mention: a customer, an heir, a guardian, an employee or an officer. */
export interface Person {
  given: string;
  /** Tussenvoegsel in lower case ("van der"), empty when there is none. */
  prefix: string;
  surname: string;
  gender: 'm' | 'f';
  origin: Origin;
}

export function newPerson(rng: Prng, lang: Language, origin?: Origin): Person {
  const o = origin ?? rng.weighted(originWeights[lang]);
  const pool = namePools[o];
  const gender = rng.chance(0.5) ? 'm' : 'f';
  const entry = rng.pick(pool.surnames);
  const [prefix, surname] = entry.includes('|') ? (entry.split('|') as [string, string]) : ['', entry];
  return { given: rng.pick(gender === 'm' ? pool.male : pool.female), prefix, surname, gender, origin: o };
}

/** "Van der Zwaag": Dutch capitalises the tussenvoegsel when nothing stands before it. */
export function bareSurname(p: Person): string {
  if (!p.prefix) return p.surname;
  return `${p.prefix[0]!.toUpperCase()}${p.prefix.slice(1)} ${p.surname}`;
}

/** "van der Zwaag" after a given name or initial. */
export function fullSurname(p: Person): string {
  return p.prefix ? `${p.prefix} ${p.surname}` : p.surname;
}

export function fullName(p: Person): string {
  return `${p.given} ${fullSurname(p)}`;
}

export function initials(p: Person, rng: Prng): string {
  const first = p.given
    .split('-')
    .map((g) => `${g[0]}.`)
    .join('');
  return rng.chance(0.3) ? `${first}${rng.pick(['A', 'H', 'J', 'M', 'W', 'G'])}.` : first;
}

export type NameStyle = 'full' | 'initials' | 'given' | 'surname' | 'lower' | 'upper' | 'inverted';

/**
 * The name in one style: "Sjoerd van der Zwaag", "S.J. van der Zwaag", "Sjoerd", "Van der Zwaag",
 * "sjoerd van der zwaag" (typed fast), "VAN DER ZWAAG, SJOERD" is not made here: an inverted name
 * has a comma, so callers plant its two parts apart with {@link invertedParts}.
 */
export function renderName(p: Person, style: Exclude<NameStyle, 'inverted'>, rng: Prng): string {
  switch (style) {
    case 'full':
      return fullName(p);
    case 'initials':
      return `${initials(p, rng)} ${fullSurname(p)}`;
    case 'given':
      return p.given;
    case 'surname':
      return bareSurname(p);
    case 'lower':
      return fullName(p).toLowerCase();
    case 'upper':
      return fullName(p).toUpperCase();
  }
}

/** ["Van der Zwaag", "Sjoerd"] for "Van der Zwaag, Sjoerd". */
export function invertedParts(p: Person): [string, string] {
  return [bareSurname(p), p.given];
}

export function pickStyle(rng: Prng): Exclude<NameStyle, 'inverted'> {
  return rng.weighted([
    ['full', 8],
    ['initials', 3],
    ['lower', 1],
  ] as const);
}

/** ASCII letters for mailbox names: "Büşra Öztürk" becomes "busra", "ozturk". */
export function ascii(s: string): string {
  return s
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

// biome-ignore format: a word list reads better packed
const mailDomains = ['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'home.nl', 'planet.nl', 'live.nl', 'hetnet.nl', 'chello.nl', 'icloud.com', 'proton.me', 'yahoo.com', 'telenet.be', 'skynet.be', 'gmx.de', 'web.de', 't-online.de', 'btinternet.com', 'posteo.de', 'eemsvezel-mail.nl', 'fastmail.com'];

/** A private mailbox; a few customers still use the one the operator gave them. */
export function personalEmail(p: Person, rng: Prng): string {
  const g = ascii(p.given);
  const s = ascii(p.prefix + p.surname);
  const local = rng.weighted<string>([
    [`${g}.${s}`, 4],
    [`${g[0]}.${s}`, 2],
    [`${g}${s}${rng.int(60, 99)}`, 1],
    [`${s}.${g}`, 1],
    [`${g}_${rng.int(1, 999)}`, 1],
    [`${g}-${s}`, 1],
    [`${g}+${rng.pick(['eems', 'isp', 'post'])}`, 1],
  ]);
  return `${local}@${rng.pick(mailDomains)}`;
}

/** An employee's own work address: personal data, unlike the operator's role mailboxes. */
export function staffEmail(p: Person, rng: Prng): string {
  const g = ascii(p.given);
  const s = ascii(p.prefix + p.surname);
  return `${rng.chance(0.6) ? `${g[0]}.${s}` : `${g}.${s}`}@eemsvezel.nl`;
}
