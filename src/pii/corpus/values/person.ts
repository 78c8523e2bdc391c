import {
  dutchGivenNamesFemale,
  dutchGivenNamesMale,
  dutchSurnamesPlain,
  dutchSurnamesWithPrefix,
  englishGivenNames,
  englishSurnames,
} from '../lexicon/names.js';
import type { Prng } from '../prng.js';
import type { Language } from './dates.js';

export interface Person {
  given: string;
  /** Tussenvoegsel in lower case ("van der"), empty when there is none. */
  prefix: string;
  surname: string;
  gender: 'm' | 'f';
  /** The language this person writes in. */
  lang: Language;
}

/**
 * A person: Dutch names for Dutch text (about a third with a tussenvoegsel), mostly English names
 * for English text (expats write to a Dutch provider too, so some are Dutch).
 *
 * @example
 *   fullName(person(new Prng(1), 'nl')); // e.g. 'Sanne van der Linden'
 */
export function person(rng: Prng, lang: Language): Person {
  const english = lang === 'en' && rng.chance(0.7);
  const gender = rng.chance(0.5) ? 'm' : 'f';
  if (english) {
    return {
      given: rng.pick(englishGivenNames),
      prefix: '',
      surname: rng.pick(englishSurnames),
      gender,
      lang,
    };
  }
  const given = rng.pick(gender === 'm' ? dutchGivenNamesMale : dutchGivenNamesFemale);
  if (rng.chance(0.4)) {
    const [prefix, surname] = rng.pick(dutchSurnamesWithPrefix);
    return { given, prefix, surname, gender, lang };
  }
  return { given, prefix: '', surname: rng.pick(dutchSurnamesPlain), gender, lang };
}

/** "Jan van der Berg" */
export function fullName(p: Person): string {
  return [p.given, p.prefix, p.surname].filter(Boolean).join(' ');
}

/** The surname as written without a given name or initial before it: "Van der Berg" (Dutch rule). */
export function standaloneSurname(p: Person): string {
  if (!p.prefix) return p.surname;
  return `${p.prefix[0]!.toUpperCase()}${p.prefix.slice(1)} ${p.surname}`;
}

/** "J. van der Berg" or "J.P. van der Berg" */
export function initialsName(rng: Prng, p: Person): string {
  const initials = rng.chance(0.3)
    ? `${p.given[0]}.${rng.pick(['A', 'C', 'H', 'J', 'M', 'P', 'W'])}.`
    : `${p.given[0]}.`;
  return [initials, p.prefix, p.surname].filter(Boolean).join(' ');
}

/** Lower-case e-mail local part and a mailbox provider popular in the Netherlands. */
export function emailAddress(rng: Prng, p: Person): string {
  const strip = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  const sur = strip(p.prefix + p.surname);
  const given = strip(p.given);
  const local = rng.weighted([
    [`${given}.${sur}`, 4],
    [`${given[0]}.${sur}`, 2],
    [`${given}${sur}${rng.int(70, 99)}`, 1],
    [`${given}_${sur}`, 1],
    [`${given}${rng.int(1, 999)}`, 1],
  ]);
  const domain = rng.pick([
    'gmail.com',
    'hotmail.com',
    'outlook.com',
    'ziggo.nl',
    'kpnmail.nl',
    'xs4all.nl',
    'live.nl',
    'planet.nl',
    'home.nl',
    'icloud.com',
    'proton.me',
    'hetnet.nl',
    'upcmail.nl',
    'yahoo.co.uk',
  ]);
  return `${local}@${domain}`;
}
