import { codeAt, DASH, DOT, isLetter, isLowerAscii, isLowerLetter, isUpperLetter, SPACE } from '../chars.js';

const TAB = 9;

import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';
import { legalForms } from '../lexicon/legal-forms.js';
import { NameFlag, nameWordTable } from '../lexicon/lexicon.js';
import { particles } from '../lexicon/name-words.js';
import type { ScanContext } from '../scan-context.js';

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

/**
 * The name after a holder cue (context-words.ts nameHolderWords): initials or a first word,
 * particles, and a last word, ending the clause ("namens klant: lisa de groot, tel", "tnv r.
 * benali.", "in the name of Bronwen O'Donnell."). Typed in lower case, a name is no name by its
 * shape, so the lexicon must know the given name or the surname, or initials must open it; with
 * capitals the cue is enough, unless a word is a legal form ("tnv Acme BV.").
 */
function holderNames(text: string, ctx: ScanContext, out: PiiFinding[]): void {
  for (const cueEnd of ctx.cueEnds('name_holder')) {
    let i = cueEnd;
    while (codeAt(text, i) === SPACE || codeAt(text, i) === TAB) i++;
    if (codeAt(text, i) === 58) i++;
    while (codeAt(text, i) === SPACE || codeAt(text, i) === TAB) i++;
    const start = i;
    const lower = isLowerLetter(codeAt(text, i));
    const first = lower ? isLower : isUpper;
    let known = !lower;
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
        legalForms.includes(word)
      )
        continue;
      if (lower) known = (capitalisedFlags(text, i, e) & NameFlag.given) !== 0;
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
      if (!first(text.charCodeAt(i + 1))) break;
      if (lower) known ||= (capitalisedFlags(text, i + 1, e) & NameFlag.surname) !== 0;
      end = e;
      i = e;
      // A capitalised name may have a middle name ("Anna Maria Jansen"); a typed one ends here.
      if (lower) break;
    }
    const after = codeAt(text, end);
    if (end < 0 || !known || !(after === -1 || isClauseEnd(after))) continue;
    out.push({ type: 'person_name', start, end, score: 0.85, detector: 'person-name-labelled' });
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
    const labelled = out.length;
    holderNames(text, ctx, out);
    // Both lists are in text order and never overlap (capitals, lower case): merge them.
    if (labelled > 0 && out.length > labelled) out.sort((a, b) => a.start - b.start);
    return out;
  },
};
