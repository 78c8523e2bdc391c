import {
  codeAt,
  DASH,
  DOT,
  isAlnum,
  isAsciiLetter,
  isLetter,
  isLowerAscii,
  isLowerLetter,
  isUpperLetter,
  isWordOfFolded,
  SPACE,
  startsWithAsciiFolded,
} from '../chars.js';

const TAB = 9;

import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';
import { legalForms } from '../lexicon/legal-forms.js';
import { NameFlag, nameWordTable } from '../lexicon/lexicon.js';
import { particles } from '../lexicon/name-words.js';
import type { ScanContext } from '../scan-context.js';
import { displayNames } from './display-names.js';

/**
 * Names in capitals after the field labels of identity documents and forms, as OCR of an ID copy
 * and some registration systems write them: "Naam / Surname: VAN DER MEER", "Voornamen / Given
 * names: SJOERD", "SURNAME: O'BRIEN", "Naam (document): ROELOFS, EMMA", "Name: MALIKA AZZOUZI". The
 * prose name detector reads capitalised words only; an all-capitals word is a name here because
 * the label says so. A short note in brackets may stand between label and colon. The value runs to
 * the end of the line and must be capitals, spaces, commas (register order), hyphens and
 * apostrophes only.
 */
const LABELLED =
  /(?:^|[\n/])[ \t]*(?:naam|achternaam|voornamen|voornaam|surname|given names?|first names?|last name|name of holder|name)(?:[ \t]*\([^()\n]{1,20}\))?[ \t]*:[ \t]*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ ,-]{0,60}[A-ZÀ-ÖØ-Þ])[ \t]*\r?(?=\n|$)/dgimu;

/** "naam", "name", "surname", "voornamen": a text without any of them is not searched. */
const LABEL_HINT = /na(?:am|me)/i;

/** All capitals, so that a label followed by ordinary text ("Naam: Jan de Vries") is left to the prose detector. */
const isAllCapitals = (value: string) => value === value.toUpperCase() && /\p{Lu}{2}/u.test(value);

/** Values systems write in a name field that name nobody. */
const NOT_NAMES = new Set([
  'UNKNOWN',
  'ONBEKEND',
  'NONE',
  'NULL',
  'NVT',
  'TEST',
  'ADMIN',
  'ROOT',
  'SYSTEM',
  'ANONIEM',
  'ANONYMOUS',
  'TBD',
]);

/** Words after a holder cue that name no one ("namens mij", "tnv de klant"). */
const HOLDER_NOT_NAMES = new Set([
  'klant',
  'customer',
  'mij',
  'me',
  'hem',
  'haar',
  'zijn',
  'hun',
  'ons',
  'onze',
  'mijn',
  'us',
  'him',
  'her',
  'them',
  'my',
  'his',
  'our',
  'het',
  'een',
  'the',
  'a',
  'an',
]);

/** A word from `i` whose first letter passes `first` and the rest are letters ("hoogendoorn", "O'Donnell", "Tjon-A-Fong"): its end, or `i`. */
function wordEnd(text: string, i: number, first: (c: number) => boolean): number {
  if (!first(codeAt(text, i))) return i;
  let e = i + 1;
  for (;;) {
    const c = codeAt(text, e);
    if (isLetter(c)) e++;
    else if ((c === DASH || c === 39 || c === 0x2019) && isLetter(codeAt(text, e + 1))) e += 2;
    else return e;
  }
}

/** Initials from `i` whose letters pass `letter` ("r.", "R.J."): their end, or `i`. */
function initialsEnd(text: string, i: number, letter: (c: number) => boolean): number {
  let e = i;
  while (letter(codeAt(text, e)) && codeAt(text, e + 1) === DOT) e += 2;
  return e;
}

/** The lexicon's flags of a lower-case word read with a capital ("tim" → "Tim"); 0 unless it starts a–z. */
function capitalisedFlags(text: string, from: number, to: number): number {
  if (!isLowerAscii(text.charCodeAt(from))) return 0;
  const word = String.fromCharCode(text.charCodeAt(from) - 32) + text.slice(from + 1, to);
  return nameWordTable().get(word, 0, word.length);
}

const isLower = (c: number) => isLowerLetter(c);
/** , . ; ? ! and line ends: where a name after a holder cue must stop. */
const isClauseEnd = (c: number) =>
  c === 44 || c === 46 || c === 59 || c === 63 || c === 33 || c === 10 || c === 13;
const isUpper = (c: number) => isUpperLetter(c);
/** A dash between clauses after `end`: "on behalf of Zeynep - not authorised", "namens Jan – geen machtiging". */
const dashAfter = (text: string, end: number) =>
  codeAt(text, end) === SPACE &&
  [45, 0x2013, 0x2014].includes(codeAt(text, end + 1)) &&
  codeAt(text, end + 2) === SPACE;

/**
 * The name after a holder cue (context-words.ts nameHolderWords): initials or a first word,
 * particles, and a last word, ending the clause ("namens klant: lisa de groot, tel", "tnv r.
 * benali.", "in the name of Bronwen O'Donnell."). Typed in lower case, a name is no name by its
 * shape, so the lexicon must know the given name or the surname, or initials must open it; with
 * capitals the cue is enough, unless a word is a legal form ("tnv Acme BV.").
 */
function holderNames(text: string, ctx: ScanContext, out: PiiFinding[], spoken = false): void {
  const table = nameWordTable();
  for (const cueEnd of ctx.cueEnds(spoken ? 'introduction' : 'name_holder')) {
    let i = cueEnd;
    while (codeAt(text, i) === SPACE || codeAt(text, i) === TAB) i++;
    if (codeAt(text, i) === 58) i++;
    while (codeAt(text, i) === SPACE || codeAt(text, i) === TAB) i++;
    const start = i;
    const lower = isLowerLetter(codeAt(text, i));
    const first = lower ? isLower : isUpper;
    let known = !lower && !spoken;
    const initials = initialsEnd(text, i, first);
    if (initials > i) {
      known = true;
      i = initials;
    } else {
      const e = wordEnd(text, i, first);
      const word = text.slice(i, e);
      if (
        e - i < 2 ||
        particles.has(word) ||
        HOLDER_NOT_NAMES.has(word.toLowerCase()) ||
        (spoken && SPOKEN_NOT_NAMES.has(word.toLowerCase())) ||
        legalForms.includes(word)
      )
        continue;
      if (lower) known = (capitalisedFlags(text, i, e) & NameFlag.given) !== 0;
      else if (spoken) known = (table.get(text, i, e) & NameFlag.given) !== 0;
      i = e;
    }
    let end = -1;
    for (let words = 0; words < 4 && codeAt(text, i) === SPACE; words++) {
      const e = wordEnd(text, i + 1, (c) => isLowerLetter(c) || (!lower && isUpperLetter(c)));
      if (e === i + 1) break;
      const word = text.slice(i + 1, e);
      if (particles.has(word)) {
        i = e;
        continue;
      }
      if (e - i - 1 < 2 || HOLDER_NOT_NAMES.has(word.toLowerCase()) || legalForms.includes(word)) break;
      if (spoken && SPOKEN_NOT_NAMES.has(word.toLowerCase())) break;
      if (!first(text.charCodeAt(i + 1))) break;
      if (lower) known ||= (capitalisedFlags(text, i + 1, e) & NameFlag.surname) !== 0;
      else if (spoken) known ||= (table.get(text, i + 1, e) & NameFlag.surname) !== 0;
      end = e;
      i = e;
      // A capitalised name may have a middle name ("Anna Maria Jansen"); a typed one ends here.
      if (lower) break;
    }
    const after = codeAt(text, end);
    // Speech has no punctuation: a spoken name ends with its surname ("this is lukas müller um …").
    if (end < 0 || !known || !(spoken || after === -1 || isClauseEnd(after) || dashAfter(text, end)))
      continue;
    out.push({ type: 'person_name', start, end, score: 0.85, detector: 'person-name-labelled' });
  }
}

/**
 * Words after a self-introduction ("dit is", "this is", "u spreekt met") that are no part of a
 * name: speech runs on without punctuation, so these end it or rule it out ("this is mark from …",
 * "dit is echt …").
 */
const SPOKEN_NOT_NAMES = new Set(
  `from at about with and calling here again speaking um uh eh er bij uit met en over hier nog weer voor
ik i je you we wij jij is was de het een echt really just still also ook al maar but so dus your uw
the a an this that dat deze die`.split(/\s+/),
);

/** Labels of a line that lists people ("Aanwezig: Jantine Eilers, R. van den Hoek; gast: …"). */
const LIST_LABELS = [
  'aanwezig',
  'afwezig',
  'afwezig m.k.',
  'afwezig met kennisgeving',
  'deelnemers',
  'genodigden',
  'present',
  'attendees',
  'participants',
  'apologies',
  'absent',
  'invited',
];
const MAX_LIST = 400;

/**
 * The end of a person's name filling text[from, to) as an item of a list: initials, capitalised
 * words and particles ("R. van den Hoek", "Elke Van Damme", "G.J. Zijlstra"), one capitalised word
 * at least; -1 when the item is anything else.
 */
function listedNameEnd(text: string, from: number, to: number): number {
  let words = 0;
  let capitals = 0;
  for (let i = from; i < to; ) {
    if (words > 0) {
      if (text.charCodeAt(i) !== SPACE) return -1;
      i++;
    }
    const initials = initialsEnd(text, i, isUpper);
    if (initials > i) {
      i = initials;
    } else {
      const e = wordEnd(text, i, isLetter);
      if (e === i) return -1;
      if (isUpperLetter(text.charCodeAt(i))) {
        if (e - i >= 2) capitals++;
      } else if (!particles.has(text.slice(i, e))) return -1;
      i = e;
    }
    if (++words > 6) return -1;
  }
  return capitals > 0 ? to : -1;
}

/**
 * The people on a line that lists them after a label at its start ("Aanwezig:", "Present:",
 * "Apologies:"): items between commas, semicolons and "en"/"and", each a name on its own; a note
 * in brackets after a name ("(Stichting Glasvezel Noord)") and a role before it ("gast:") are not
 * part of it.
 */
function listedNames(text: string, out: PiiFinding[]): void {
  for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', c + 1)) {
    let ls = c;
    while (ls > 0 && c - ls <= 32 && text.charCodeAt(ls - 1) !== 10) ls--;
    if (ls > 0 && text.charCodeAt(ls - 1) !== 10) continue;
    let from = ls;
    while (from < c && (text.charCodeAt(from) === SPACE || text.charCodeAt(from) === TAB)) from++;
    if (!isWordOfFolded(text, from, c, LIST_LABELS)) continue;
    let end = text.indexOf('\n', c);
    if (end === -1) end = text.length;
    end = Math.min(end, c + MAX_LIST);
    for (let i = c + 1; i < end; ) {
      // One item: up to , ; ( or the line's end; "en"/"and" between two names splits too.
      let stop = i;
      while (stop < end && !isItemEnd(text.charCodeAt(stop))) stop++;
      let s = i;
      while (s < stop && (text.charCodeAt(s) === SPACE || text.charCodeAt(s) === TAB)) s++;
      // A role before the name: "gast: Fatima Ben Haddou".
      const colon = text.indexOf(':', s);
      if (colon !== -1 && colon < stop && colon - s <= 16) {
        s = colon + 1;
        while (s < stop && text.charCodeAt(s) === SPACE) s++;
      }
      let e = stop;
      while (e > s && (text.charCodeAt(e - 1) === SPACE || text.charCodeAt(e - 1) === 13)) e--;
      for (const part of splitOnAnd(text, s, e)) {
        if (listedNameEnd(text, part[0], part[1]) > 0)
          out.push({
            type: 'person_name',
            start: part[0],
            end: part[1],
            score: 0.85,
            detector: 'person-name-labelled',
          });
      }
      i = stop;
      // A bracketed note runs to its closing bracket.
      if (text.charCodeAt(i) === 40) {
        const close = text.indexOf(')', i);
        i = close === -1 || close > end ? end : close + 1;
      } else i++;
    }
    c = end;
  }
}

/** , ; ( and line ends end a list item. */
const isItemEnd = (c: number) => c === 44 || c === 59 || c === 40 || c === 10;

/** text[s, e) split at " en " / " and " / " & " into its parts. */
function splitOnAnd(text: string, s: number, e: number): [number, number][] {
  const parts: [number, number][] = [];
  let from = s;
  for (let i = s; i < e; i++) {
    if (text.charCodeAt(i) !== SPACE) continue;
    for (const word of [' en ', ' and ', ' & ']) {
      if (i + word.length <= e && text.startsWith(word, i)) {
        parts.push([from, i]);
        from = i + word.length;
        i = from - 1;
        break;
      }
    }
  }
  parts.push([from, e]);
  return parts.filter(([a, b]) => b > a);
}

/** Device words after an owner's name on a host name ("Annas-iPhone", "Agus's-MBP"). */
const DEVICES = [
  'iphone',
  'ipad',
  'mbp',
  'macbook',
  'mac',
  'imac',
  'galaxy',
  'pixel',
  'laptop',
  'pc',
  'phone',
  'tablet',
];

/** Words that follow a device's name in its model, not an owner's ("MacBook-Pro", "Galaxy-Note"). */
const MODEL_WORDS = [
  'pro',
  'air',
  'mini',
  'max',
  'plus',
  'ultra',
  'lite',
  'note',
  'tab',
  'book',
  'phone',
  'pad',
];

/**
 * The end of the owner's name after a device word and the dash at `p` ("Galaxy-Reshma",
 * "iPhone-Joost"): a capitalised word, not a model word or a particle, ending the host name's part
 * at a quote, space, dot or line end; -1 otherwise.
 */
function ownerAfterDevice(text: string, p: number): number {
  let d = p;
  while (d > 0 && isAsciiLetter(text.charCodeAt(d - 1))) d--;
  if (d === p || isAlnum(codeAt(text, d - 1)) || codeAt(text, d - 1) === DASH) return -1;
  if (!isWordOfFolded(text, d, p, OWNED_DEVICES)) return -1;
  // Letters only: the owner's name ends the part ("Galaxy-Anna-2" is no owner's name).
  if (!isUpperLetter(codeAt(text, p + 1))) return -1;
  let end = p + 2;
  while (isLetter(codeAt(text, end))) end++;
  if (end - p - 1 < 2) return -1;
  const after = codeAt(text, end);
  if (
    !(
      after === -1 ||
      after === 34 ||
      after === 39 ||
      after === SPACE ||
      after === 46 ||
      after === 10 ||
      after === 13
    )
  )
    return -1;
  if (isWordOfFolded(text, p + 1, end, MODEL_WORDS)) return -1;
  return particles.has(text.slice(p + 1, end).toLowerCase()) ? -1 : end;
}

/** Device words that a DHCP host name puts before its owner's name ("Galaxy-Reshma"). */
const OWNED_DEVICES = ['galaxy', 'iphone', 'ipad', 'pixel', 'android', 'macbook', 'laptop', 'pc', 'desktop'];

/** A capitalised word ending at `end` (letters only, two at least): its start, or -1. */
function capitalisedWordBefore(text: string, end: number): number {
  let w = end;
  while (w > 0 && isLetter(text.charCodeAt(w - 1))) w--;
  if (end - w < 2 || !isUpperLetter(text.charCodeAt(w)) || isAlnum(codeAt(text, w - 1))) return -1;
  return w;
}

/**
 * The owner's name in a device's host name, as DHCP servers and routers log it: "iPhone-van-Roelie",
 * "MacBook-Pro-van-Jan" (Dutch), "Agus-s-MBP" written "Aguss-MBP" or "Annas-iPhone" (English
 * possessive, the s left out). Found from each hyphen.
 */
function deviceNames(text: string, out: PiiFinding[]): void {
  for (let p = text.indexOf('-'); p !== -1; p = text.indexOf('-', p + 1)) {
    // "…-van-Name": a host name's part before, a capitalised name after.
    if (
      startsWithAsciiFolded(text, p + 1, 'van') &&
      codeAt(text, p + 4) === DASH &&
      isAlnum(codeAt(text, p - 1))
    ) {
      const start = p + 5;
      const end = wordEnd(text, start, isUpper);
      if (
        end - start >= 2 &&
        !isAlnum(codeAt(text, end)) &&
        !particles.has(text.slice(start, end).toLowerCase())
      ) {
        out.push({ type: 'person_name', start, end, score: 0.85, detector: 'person-name-labelled' });
        p = end - 1;
      }
      continue;
    }
    // "Galaxy-Reshma": a device word, then its owner's name ending the host name's part.
    const owner = ownerAfterDevice(text, p);
    if (owner > 0) {
      out.push({
        type: 'person_name',
        start: p + 1,
        end: owner,
        score: 0.85,
        detector: 'person-name-labelled',
      });
      p = owner - 1;
      continue;
    }
    // "Names-Device": the possessive s, then a device word ending its part.
    if (codeAt(text, p - 1) !== 115) continue;
    const start = capitalisedWordBefore(text, p - 1);
    if (start < 0) continue;
    let d = p + 1;
    while (isAsciiLetter(codeAt(text, d))) d++;
    if (!isWordOfFolded(text, p + 1, d, DEVICES) || isAlnum(codeAt(text, d))) continue;
    out.push({ type: 'person_name', start, end: p - 1, score: 0.85, detector: 'person-name-labelled' });
  }
}

export const labelledNameDetector: Detector = {
  name: 'person-name-labelled',
  type: 'person_name',
  find(text, ctx) {
    const out: PiiFinding[] = [];
    if (LABEL_HINT.test(text)) {
      LABELLED.lastIndex = 0;
      for (let m = LABELLED.exec(text); m !== null; m = LABELLED.exec(text)) {
        if (!isAllCapitals(m[1]!) || NOT_NAMES.has(m[1]!)) continue;
        const [start, end] = m.indices![1]!;
        out.push({ type: 'person_name', start, end, score: 0.9, detector: 'person-name-labelled' });
      }
    }
    holderNames(text, ctx, out);
    holderNames(text, ctx, out, true);
    listedNames(text, out);
    deviceNames(text, out);
    displayNames(text, out);
    // Each list is in text order: merge them (stable, so equal starts keep this order).
    if (out.length > 1) out.sort((a, b) => a.start - b.start);
    return out;
  },
};
