import {
  codeAt,
  DOT,
  isDigit,
  isLetter,
  isLowerLetter,
  isUpperAscii,
  isUpperExtendedA,
  isUpperLetter,
  SPACE,
} from '../chars.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';
import { HashedWords, type WordTable } from '../lexicon/hashed-words.js';
import { legalForms } from '../lexicon/legal-forms.js';
import { NameFlag, nameWordTable } from '../lexicon/lexicon.js';
import { agentPhrases, nameKeyLabels, nameLabels } from '../lexicon/name-labels.js';
import { nameRoles } from '../lexicon/name-roles.js';
import { particles, titles } from '../lexicon/name-words.js';
import type { ScanContext } from '../scan-context.js';
import { organisationDisplayName } from './display-names.js';

const NEWLINE = 10;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const MAX_TOKENS = 5;

/**
 * The end of the capitalised word at `i` ("Jansen", "IJzerman", "O'Brien", "McDonald",
 * "Jan-Willem", "Çelik"), or -1 when no such word starts there or it runs into a letter or digit.
 */
function wordEnd(text: string, i: number): number {
  const c = codeAt(text, i);
  if (!isUpperLetter(c)) return -1;
  let j = i + 1;
  if (c === 73 && codeAt(text, j) === 74) j++; // IJ
  const q = codeAt(text, j);
  if ((q === APOSTROPHE || q === RIGHT_QUOTE) && isUpperLetter(codeAt(text, j + 1))) j += 2; // O'Brien
  const lowerStart = j;
  // Most of a name's letters are read here: test the bound once per letter, not through codeAt.
  const n = text.length;
  while (j < n && isLowerLetter(text.charCodeAt(j))) j++;
  if (j === lowerStart) return -1;
  if (isUpperLetter(codeAt(text, j)) && isLowerLetter(codeAt(text, j + 1))) {
    j++; // McDonald
    while (j < n && isLowerLetter(text.charCodeAt(j))) j++;
  }
  while (codeAt(text, j) === 45 && isLetter(codeAt(text, j + 1))) {
    let k = j + 1;
    if (isUpperLetter(codeAt(text, k))) k++;
    const partStart = k;
    while (isLowerLetter(codeAt(text, k))) k++;
    if (k === partStart) break;
    j = k;
  }
  const after = codeAt(text, j);
  return isLetter(after) || (after >= 48 && after <= 57) ? -1 : j;
}

const PARTICLES = new HashedWords(particles);
const TITLES = new HashedWords(titles);

/** Particles that occur only in names: der/den/ter/ten/'t (and any two in a row, see readChain). */
const NAME_ONLY_PARTICLES = new HashedWords(['der', 'den', 'ter', 'ten', "'t", '’t']);
/**
 * Prepositions that are particles only before another particle ("op de Weegh", "in 't Veld", "uit
 * den Bogaard"); alone they join sentence words ("Linden over Jan", "Jansen in Amsterdam").
 */
const PREPOSITIONS = new HashedWords(['in', 'op', 'aan', 'uit', 'onder', 'bij', 'over', 'voor']);

/** If a particle ("van", "der", "'t") followed by a space starts at `i`: the space's index, else -1. */
function particleEnd(text: string, i: number): number {
  let j = i;
  for (; j - i <= 5; j++) {
    const c = codeAt(text, j);
    if (!isLowerLetter(c) && c !== APOSTROPHE && c !== RIGHT_QUOTE) break;
  }
  if (j === i || j - i > 5 || codeAt(text, j) !== SPACE) return -1;
  return PARTICLES.has(text, i, j) ? j : -1;
}

interface NameChain {
  end: number;
  /** The name's words (not its particles) as flat `[start, end)` pairs; read from the text, not sliced. */
  words: number[];
  /** Each word's lexicon flags (NameFlag). */
  flags: number[];
  particles: number;
  /** Particles that occur only in names: two or more in a row ("van der"), or der/den/ter/ten/'t. */
  strongParticles: boolean;
}

/**
 * After `at` (a space): zero to three particles, each followed by a space, then a capitalised word.
 * Returns the word's bounds and the particles passed, or undefined.
 */
function particlesThenWord(
  text: string,
  at: number,
): { start: number; end: number; particles: number; strong: boolean } | undefined {
  let i = at;
  let n = 0;
  let strong = false;
  let preposition = false;
  // "Alphen aan den Rijn", "Capelle aan den IJssel": "aan" opens a place name, never a surname.
  if (endsWithWord(text, i + 3, 'aan') && codeAt(text, i + 3) === SPACE) return undefined;
  while (n < 3 && !isUpperLetter(codeAt(text, i))) {
    const e = particleEnd(text, i);
    if (e < 0) return undefined;
    if (NAME_ONLY_PARTICLES.has(text, i, e)) strong = true;
    preposition = PREPOSITIONS.has(text, i, e);
    i = e + 1;
    n++;
  }
  if (preposition) return undefined;
  const end = wordEnd(text, i);
  return end < 0 ? undefined : { start: i, end, particles: n, strong: strong || n > 1 };
}

const STREET_END = /(?:straat|weg|laan|plein|gracht|kade|singel|dijk|dreef|hof|park|pad|steeg|markt)$/;

/**
 * Reads a name onwards from its first capitalised word `[start, end)`: further capitalised words
 * joined by single spaces, tussenvoegsels between them ("Jan Peter van der Berg"); a capitalised
 * particle opening it ("De Vries", "Van der Berg"). Stops at a word that is not a name and before a
 * street name followed by a number ("Jan van Galenstraat 12" is an address).
 */
function readChain(
  text: string,
  start: number,
  end: number,
  firstFlags: number,
  known: WordTable,
): NameChain | undefined {
  const words: number[] = [];
  const flags: number[] = [];
  let nParticles = 0;
  let strong = false;
  let at = end;
  if (firstFlags & NameFlag.leadingParticle && codeAt(text, end) === SPACE) {
    const next = particlesThenWord(text, end + 1);
    if (!next) return undefined;
    const f = known.get(text, next.start, next.end);
    if (f & NameFlag.notName) return undefined;
    words.push(next.start, next.end);
    flags.push(f);
    nParticles = 1 + next.particles;
    strong = true;
    at = next.end;
  } else {
    if (firstFlags & NameFlag.notName) return undefined;
    words.push(start, end);
    flags.push(firstFlags);
  }
  while (flags.length < MAX_TOKENS && codeAt(text, at) === SPACE) {
    const next = particlesThenWord(text, at + 1);
    if (!next) break;
    const f = known.get(text, next.start, next.end);
    if (f & (NameFlag.notName | NameFlag.title | NameFlag.greeting)) break;
    if (
      codeAt(text, next.end) === SPACE &&
      isDigitCode(codeAt(text, next.end + 1)) &&
      STREET_END.test(text.slice(next.start, next.end).toLowerCase())
    )
      break;
    words.push(next.start, next.end);
    flags.push(f);
    nParticles += next.particles;
    strong ||= next.strong;
    at = next.end;
  }
  return { end: at, words, flags, particles: nParticles, strongParticles: strong };
}

const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Whether a legal form follows the chain ending at `end`: the words name an organisation, no person. */
function legalFormAfter(text: string, end: number): boolean {
  if (codeAt(text, end) !== SPACE) return false;
  for (const form of legalForms) {
    if (!text.startsWith(form, end + 1)) continue;
    const after = codeAt(text, end + 1 + form.length);
    if (form.endsWith('.') || !(isLetter(after) || isDigit(after))) return true;
  }
  return false;
}

/** A one-word chain that is a street with its number ("Dr. Schaepmanstraat 118"): an address, no name. */
function streetWithNumber(text: string, chain: NameChain): boolean {
  return (
    chain.flags.length === 1 &&
    codeAt(text, chain.end) === SPACE &&
    isDigitCode(codeAt(text, chain.end + 1)) &&
    STREET_END.test(text.slice(chain.words[0]!, chain.words[1]!).toLowerCase())
  );
}

/** Initials right before `p`, possibly with particles between: "J. Jansen", "J.P. van der Berg". */
function initialsBefore(
  text: string,
  p: number,
): { start: number; count: number; particles: number } | undefined {
  let k = p - 1;
  if (codeAt(text, k) !== SPACE) return undefined;
  let skipped = 0;
  for (; skipped < 3; skipped++) {
    let w = k;
    while (w > 0 && isParticleChar(text.charCodeAt(w - 1))) w--;
    if (w < k && codeAt(text, w - 1) === SPACE && PARTICLES.has(text, w, k)) k = w - 1;
    else break;
  }
  let count = 0;
  let start = -1;
  let i = k;
  if (codeAt(text, i) === SPACE) i--;
  while (codeAt(text, i) === DOT && isUpperAscii(codeAt(text, i - 1)) && !isLetter(codeAt(text, i - 2))) {
    count++;
    start = i - 1;
    i -= 2;
    if (codeAt(text, i) === SPACE && codeAt(text, i - 1) === DOT) i--;
  }
  if (count === 0 || isLegalForm(text, start, count)) return undefined;
  return { start, count, particles: skipped };
}

/**
 * "Polderlink B.V. Below …": "B.V." and "N.V." after a word are a company's legal form, not a
 * person's initials.
 */
function isLegalForm(text: string, start: number, count: number): boolean {
  const first = codeAt(text, start);
  return (
    count === 2 &&
    (first === 66 || first === 78) &&
    codeAt(text, start + 2) === 86 &&
    codeAt(text, start - 1) === SPACE &&
    isLetter(codeAt(text, start - 2))
  );
}

const isParticleChar = (c: number) => isLowerLetter(c) || c === APOSTROPHE || c === RIGHT_QUOTE;

/**
 * Where the name starts when a title in lower case ("heer", "mevrouw", "dhr.", "mr") stands before
 * `p`, possibly with particles between ("mevrouw van Dijk" → at "van"); -1 when there is none.
 */
function nameStartAfterTitle(text: string, p: number): number {
  let start = p;
  for (let n = 0; n < 3 && codeAt(text, start - 1) === SPACE; n++) {
    let w = start - 1;
    while (w > 0 && isParticleChar(text.charCodeAt(w - 1))) w--;
    if (w < start - 1 && codeAt(text, w - 1) === SPACE && PARTICLES.has(text, w, start - 1)) start = w;
    else break;
  }
  return afterLowerTitle(text, start) ? start : -1;
}

/** Whether a title in lower case ends right before `p`. */
function afterLowerTitle(text: string, p: number): boolean {
  if (codeAt(text, p - 1) !== SPACE) return false;
  let e = p - 1;
  if (codeAt(text, e - 1) === DOT) e--;
  let s = e;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  const len = e - s;
  return len >= 2 && len <= 8 && TITLES.has(text, s, e);
}

/** Skips spaces, dots and commas after a title or greeting, and further titles ("Geachte heer"). */
function skipAfterSalutation(text: string, i: number): number {
  let at = i;
  for (let n = 0; n < 4; n++) {
    while (codeAt(text, at) === SPACE || codeAt(text, at) === DOT || codeAt(text, at) === 44) at++;
    let e = at;
    while (isLetter(codeAt(text, e))) e++;
    if (e > at && e - at <= 8 && TITLES.has(text, at, e)) at = e;
    else break;
  }
  return at;
}

/**
 * Past an inline tag opening at `i` ("Dear <strong>Niels</strong>", "Beste <b>Menno</b>"): a tag of
 * at most 40 characters on the line; else `i`.
 */
function skipInlineTag(text: string, i: number): number {
  if (codeAt(text, i) !== 60 || !isLetter(codeAt(text, i + 1))) return i;
  for (let k = i + 2; k < i + 40; k++) {
    const c = codeAt(text, k);
    if (c === 62) return k + 1;
    if (c === -1 || c === NEWLINE || c === 60) return i;
  }
  return i;
}

/** The longest label and the blank before it: how far before a colon the labels are looked for. */
const LABEL_WINDOW = 24;

/** How many blanks a form may put between a label's colon and its value ("Name:\t\tA. Ziani"). */
const MAX_LABEL_GAP = 24;

/** Whether `text` has `word` (lower case, any case in the text) ending at `end`, as a whole word. */
function endsWithWord(text: string, end: number, word: string): boolean {
  const start = end - word.length;
  if (start < 0 || isLetter(codeAt(text, start - 1))) return false;
  for (let i = 0; i < word.length; i++)
    if ((text.charCodeAt(start + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

function afterLabel(text: string, p: number): boolean {
  // A quoted value after its label: 'From: "Ayşe te Riele"', 'holder="T. Hoekstra"'.
  const q = codeAt(text, p - 1) === 34 ? p - 1 : p;
  const c1 = codeAt(text, q - 1);
  if (c1 === 61) return nameKeyLabels.some((key) => endsWithWord(text, q - 1, key));
  // "name = Jannik Ostendorf": a configuration file's key, blanks around the sign.
  if (c1 === SPACE && codeAt(text, q - 2) === 61 && codeAt(text, q - 3) === SPACE)
    return nameKeyLabels.some((key) => endsWithWord(text, q - 3, key));
  // The colon, past the blanks a form aligns its values with.
  let colon = q - 1;
  while (q - 1 - colon < MAX_LABEL_GAP && (codeAt(text, colon) === SPACE || codeAt(text, colon) === 9))
    colon--;
  if (codeAt(text, colon) !== 58) {
    if (c1 !== SPACE) return false;
    // "Naam Jansen" in a form without colon.
    return endsWithWord(text, q - 1, 'naam') || endsWithWord(text, q - 1, 'name');
  }
  const window = text.slice(Math.max(0, colon + 1 - LABEL_WINDOW), colon + 1).toLowerCase();
  for (const label of nameLabels) {
    if (!window.endsWith(label)) continue;
    // A short label is a word of its own ("Cc:", "Reply-To:"), not the end of one ("Photo:",
    // "acn:"); longer ones may end a compound ("klantnaam:").
    if (label.length > SHORT_LABEL || !isLetter(codeAt(text, colon + 1 - label.length - 1))) return true;
  }
  return false;
}

/** Labels this long or shorter, colon included, must stand as a word of their own. */
const SHORT_LABEL = 4;

/**
 * Whether a label, an agent phrase, a chat log's time stamp or a mention's `@` stands before `p`.
 * They count only for a known given name or initials after them: "behandeld door Klantenservice"
 * and "07:18  Klant: …" are no person.
 */
function afterLabelOrAgent(text: string, p: number): boolean {
  if (afterLabel(text, p)) return true;
  // A mention in a chat or ticket: "@Menno kun jij kijken?" (not the domain of an address).
  if (codeAt(text, p - 1) === 64 && !continuesAddress(codeAt(text, p - 2))) return true;
  if (codeAt(text, p - 1) !== SPACE) return false;
  return (
    agentPhrases.some((phrase) => endsWithWord(text, p - 1, phrase)) ||
    afterChatStamp(text, p) ||
    afterRole(text, p) ||
    // A note signed with a dash: "… van VH-583-T — Yvonne".
    codeAt(text, p - 2) === 0x2014
  );
}

/** A character an e-mail address has before its `@`: then the `@` is the address's, not a mention's. */
const continuesAddress = (c: number) => isDigit(c) || isLetter(c) || c === DOT || c === 95 || c === 45;

/** How many digits (at most `max`) stand from `i`. */
function digitsFrom(text: string, i: number, max: number): number {
  let k = i;
  while (k - i < max && isDigit(codeAt(text, k))) k++;
  return k - i;
}

/**
 * Whether only a chat or call log's time stamp stands before `p` on its line — the speaker's
 * place: "07:18  Chloe: …", "[20:00:53] Sophie: …", "26-08-2024 13:14 - Roos: …", with an
 * optional date (eight to ten digits, dashes and slashes, then a space or T) before the time.
 */
function afterChatStamp(text: string, p: number): boolean {
  let ls = p - 1;
  while (ls > 0 && p - ls <= 40 && text.charCodeAt(ls - 1) !== 10) ls--;
  if (ls > 0 && text.charCodeAt(ls - 1) !== 10) return false;
  let i = ls;
  let k = i;
  while (k - i < 10 && (isDigit(codeAt(text, k)) || codeAt(text, k) === 45 || codeAt(text, k) === 47)) k++;
  if (k - i >= 8 && (codeAt(text, k) === SPACE || codeAt(text, k) === 84)) i = k + 1;
  if (codeAt(text, i) === 91) i++;
  const hours = digitsFrom(text, i, 2);
  if (hours === 0 || codeAt(text, i + hours) !== 58 || digitsFrom(text, i + hours + 1, 2) !== 2) return false;
  i += hours + 3;
  if (codeAt(text, i) === 58) {
    if (digitsFrom(text, i + 1, 2) !== 2) return false;
    i += 3;
  }
  if (codeAt(text, i) === 93) i++;
  if (codeAt(text, i) !== SPACE) return false;
  while (i < p && codeAt(text, i) === SPACE) i++;
  if (i < p && codeAt(text, i) === 45 && codeAt(text, i + 1) === SPACE) {
    i += 2;
    while (i < p && codeAt(text, i) === SPACE) i++;
  }
  return i === p;
}

/** Whether the word `[p, end)` speaks again elsewhere in the text: after another time stamp, with a colon. */
function speaksAgain(text: string, p: number, end: number): boolean {
  const speaker = text.slice(p, end + 1);
  for (let i = text.indexOf(speaker); i !== -1; i = text.indexOf(speaker, i + 1))
    if (i !== p && !isLetter(codeAt(text, i - 1)) && afterChatStamp(text, i)) return true;
  return false;
}

/** A surname's initial after a given name ("Mirjam P.", "Thijs B."): where it ends, or `end`. */
function trailingInitialEnd(text: string, end: number): number {
  return codeAt(text, end) === SPACE &&
    isUpperAscii(codeAt(text, end + 1)) &&
    codeAt(text, end + 2) === DOT &&
    !isLetter(codeAt(text, end + 3))
    ? end + 3
    : end;
}

/**
 * The register-order tail after a surname, as administrations file people: "Smit, P.", "Wit, R.A.
 * de", "Broek, M. van den". Returns where it ends, or `end` when there is none — also when a
 * capitalised word follows the initials, which makes them the start of the next name in a list
 * ("Jan Jansen, A. Bakker").
 */
function registerOrderEnd(text: string, end: number): number {
  if (codeAt(text, end) !== 44 || codeAt(text, end + 1) !== SPACE) return end;
  let i = end + 2;
  while (isUpperAscii(codeAt(text, i)) && codeAt(text, i + 1) === DOT) i += 2;
  if (i === end + 2 || isLetter(codeAt(text, i))) return end;
  let last = i;
  for (let n = 0; n < 3 && codeAt(text, last) === SPACE; n++) {
    let j = last + 1;
    while (j - last <= 6 && isParticleChar(codeAt(text, j))) j++;
    if (j === last + 1 || isLetter(codeAt(text, j)) || !PARTICLES.has(text, last + 1, j)) break;
    last = j;
  }
  if (codeAt(text, last) === SPACE && isUpperLetter(codeAt(text, last + 1))) return end;
  return last;
}

/** Where a cell or a line ends: its end, a line break, a separator, a quote, a tag, Markdown emphasis. */
function isCellBoundary(c: number): boolean {
  return (
    c === -1 ||
    c === NEWLINE ||
    c === 13 ||
    c === 124 || // |
    c === 59 || // ;
    c === 44 || // ,
    c === 9 ||
    c === 34 || // "
    c === APOSTROPHE ||
    c === 60 || // <
    c === 62 || // >
    c === 58 || // :
    c === 42 || // *
    c === 95 // _
  );
}

/** The character before `i`, past spaces. */
function beforeSpaces(text: string, i: number): number {
  let k = i - 1;
  while (codeAt(text, k) === SPACE) k--;
  return codeAt(text, k);
}

/**
 * A name in register order with given names after the comma, as exports, work orders and
 * address lists write it: "Kalloe, Priya", "Van der Zwaag-van Leeuwen, Mirjam", "Jacobs, Koen
 * Jan". It counts where the pair fills a cell — a line, a `|` or `;` column, quotes — so that a
 * sentence ("In Utrecht, Priya zei …") is not read as one. Initials may stand for the given names
 * ("Wójcik, M.K."). Returns where the given names end, or `end` when none follow.
 */
function invertedGivenEnd(text: string, start: number, end: number, known: WordTable): number {
  if (codeAt(text, end) !== 44 || codeAt(text, end + 1) !== SPACE) return end;
  let e = end + 2;
  let last = -1;
  for (let words = 0; words < 3; words++) {
    const we = wordEnd(text, e);
    if (we < 0 || !isGivenName(known, text, e, we, known.get(text, e, we))) break;
    last = we;
    if (codeAt(text, we) !== SPACE) break;
    e = we + 1;
  }
  // Or initials, with particles after them: "Wójcik, M.K.", "Bruijn, T. de".
  if (last < 0) last = registerOrderEnd(text, end);
  if (last === end) return end;
  let after = last;
  while (codeAt(text, after) === SPACE) after++;
  return isCellBoundary(codeAt(text, after)) && isCellBoundary(beforeSpaces(text, start)) ? last : end;
}

/** Closing words of letters and tickets; the name on the next line signs it. */
const SIGN_OFF =
  /(?:groet|groeten|groetjes|regards|thanks|thank you|cheers|bvd|mvg|sincerely|yours|dank|bedankt|best|faithfully|hoogachtend|truly)[,.!]?\s*$/;

/** Whether the line before `p` (skipping blank lines) ends with a sign-off ("Met vriendelijke groet,"). */
function afterSignOff(text: string, p: number): boolean {
  let end = p - 1;
  while (end > 0 && (text.charCodeAt(end - 1) === NEWLINE || text.charCodeAt(end - 1) === 13)) end--;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  if (end - lineStart > 40 || end === lineStart) return false;
  return SIGN_OFF.test(text.slice(lineStart, end).toLowerCase());
}

/**
 * People are introduced by their relation or role: "mijn partner Ria Prins", "your colleague Priya
 * Price", "De monteur, Maud Kok,". Such a word right before two capitalised words makes them a name;
 * before one known given name or initials it counts as an agent phrase ("monteur Kenneth").
 */
const ROLES = new Set(nameRoles);

function afterRole(text: string, p: number): boolean {
  let e = p - 1;
  if (codeAt(text, e) !== SPACE) return false;
  if (codeAt(text, e - 1) === 44) e--;
  let s = e;
  while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  // "Uw monteur is Marloes", "Your engineer is Wout": the role, then "is".
  if (e - s === 2 && endsWithWord(text, e, 'is') && codeAt(text, s - 1) === SPACE) {
    e = s - 1;
    s = e;
    while (s > 0 && isLetter(text.charCodeAt(s - 1))) s--;
  }
  return e - s >= 3 && e - s <= 20 && ROLES.has(text.slice(s, e).toLowerCase());
}

/** Header cells of a name column: "naam", "klantnaam", "customer name", "contactpersoon", "surname". */
const NAME_COLUMN = /(?:naam|(?:^|\s)name|contactpersoon|surname)$/;

/** Whether `p` starts a cell in a table column whose header names a person. */
function inNameColumn(text: string, p: number, ctx: ScanContext): boolean {
  const before = codeAt(text, p - 1);
  if (before !== 44 && before !== 59 && before !== 9 && before !== 124 && before !== 34 && before !== NEWLINE)
    return false;
  const column = ctx.columnHeader(p);
  return column !== undefined && NAME_COLUMN.test(column);
}

/** Whether ", " follows `end`: a name in register order may go on ("Pronk, Joost"). */
const commaAfter = (text: string, end: number) => codeAt(text, end) === 44 && codeAt(text, end + 1) === SPACE;

/** Whether a capitalised word or a particle follows the word ending at `end`: the name may go on. */
function continuesName(text: string, end: number): boolean {
  if (codeAt(text, end) !== SPACE) return false;
  return isUpperLetter(codeAt(text, end + 1)) || particleEnd(text, end + 1) >= 0;
}

/**
 * Fast rejection for a lone unknown capitalised word: only a title, initials, a label, a table
 * cell or a sign-off line can make it a name, and each shows in the characters right before it.
 */
function mayHaveEvidenceBefore(text: string, p: number): boolean {
  const c1 = codeAt(text, p - 1);
  if (c1 === SPACE) {
    const c2 = codeAt(text, p - 2);
    if (c2 === DOT || c2 === 58) return true;
    // A chat's speaker after the time stamp: "[16:30] Fiifi:", "07:18 Chloe:".
    if (c2 === 93 || isDigit(c2)) return afterChatStamp(text, p);
    // A value aligned after its label: "Name:        Smits".
    if (c2 === SPACE || c2 === 9) return afterLabel(text, p);
    // A letter before: a title ("heer Jansen"), or particles after initials ("J. van Dijk").
    return (
      isLetter(c2) &&
      (nameStartAfterTitle(text, p) >= 0 || initialsBefore(text, p) !== undefined || afterLabel(text, p))
    );
  }
  return (
    c1 === 58 || c1 === NEWLINE || c1 === 44 || c1 === 59 || c1 === 9 || c1 === 124 || c1 === 34 || c1 === -1
  );
}

function laterGivenName(text: string, chain: NameChain, known: WordTable): boolean {
  for (let i = 1; i < chain.flags.length; i++)
    if (isGivenName(known, text, chain.words[2 * i]!, chain.words[2 * i + 1]!, chain.flags[i]!)) return true;
  return false;
}

/** Whether the word `text[from, to)`, with lexicon `flags`, is a given name or starts with one ("Jan-Willem"). */
function isGivenName(known: WordTable, text: string, from: number, to: number, flags: number): boolean {
  if (flags & NameFlag.given) return true;
  let dash = from;
  while (dash < to && text.charCodeAt(dash) !== 45) dash++;
  return dash > from && dash < to && (known.get(text, from, dash) & NameFlag.given) !== 0;
}

/** Particles as a name in capitals writes them: "GERDA VAN DER MEER", "GHALIA AL-HASSAN". */
const CAPS_PARTICLES = new HashedWords([
  'VAN',
  'DER',
  'DEN',
  'DE',
  'TEN',
  'TER',
  'TE',
  'EL',
  'AL',
  'VON',
  'DA',
  'DU',
]);

/** A capital in lower case: A–Z, Latin-1 and Latin Extended-A ("Ş" → "ş"); other codes as they are. */
function lowerLetter(c: number): number {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)) return c + 32;
  if (c === 0x178) return 0xff;
  return isUpperExtendedA(c) ? c + 1 : c;
}

/** A word in capitals at `i` ("WOUTERS", "AL-HASSAN", "O'BRIEN"), at least two letters: its end, or -1. */
function capsWordEnd(text: string, i: number): number {
  let j = i;
  for (;;) {
    const c = codeAt(text, j);
    if (isUpperLetter(c)) j++;
    else if ((c === 45 || c === APOSTROPHE) && j > i && isUpperLetter(codeAt(text, j + 1))) j++;
    else break;
  }
  const after = codeAt(text, j);
  return j - i < 2 || isLetter(after) || isDigit(after) ? -1 : j;
}

/**
 * A name in capitals at `p`: two words or more besides particles, one of them a given name or
 * surname the lexicon knows (looked up as "Wouters"), ending where its line or cell does; its end,
 * or -1.
 */
function capsNameEnd(text: string, p: number, known: WordTable): number {
  let i = p;
  let words = 0;
  let knownWord = false;
  let end = -1;
  for (let n = 0; n < 6; n++) {
    const e = capsWordEnd(text, i);
    if (e < 0) break;
    if (!CAPS_PARTICLES.has(text, i, e)) {
      let word = text[i]!;
      for (let k = i + 1; k < e; k++) word += String.fromCharCode(lowerLetter(text.charCodeAt(k)));
      const f = known.get(word, 0, word.length);
      if (f & NameFlag.notName) return -1;
      if (f & (NameFlag.given | NameFlag.surname)) knownWord = true;
      words++;
      end = e;
    }
    if (codeAt(text, e) !== SPACE) break;
    i = e + 1;
  }
  if (words < 2 || !knownWord) return -1;
  const a = codeAt(text, end);
  return a === -1 ||
    a === NEWLINE ||
    a === 13 ||
    a === 44 ||
    a === 59 ||
    a === 34 ||
    a === 40 ||
    a === 60 ||
    a === 124 ||
    a === 9
    ? end
    : -1;
}

/** Context words strengthen a name, but cannot make one out of weak evidence on their own. */
function emit(out: PiiFinding[], ctx: ScanContext, start: number, end: number, score: number): void {
  const boosted =
    score >= 0.6 && score < 0.95 && ctx.hasContext('person_name', start)
      ? Math.min(0.95, score + 0.1)
      : score;
  out.push({ type: 'person_name', start, end, score: boosted, detector: 'person-name' });
}

/**
 * Person names. A capitalised word starts a name when it is a known given name, follows a title
 * ("Dhr.", "Mevr.", "Mr", "Dr") or greeting ("Beste", "Geachte", "Dear"), a field label ("Naam:"),
 * a sign-off line ("Met vriendelijke groet,"), a role ("mijn partner"), initials ("J.P."), sits in a
 * name column of a table, or opens a surname with a capitalised particle ("De Vries"); the name then
 * runs over further capitalised words and tussenvoegsels ("Sanne van der Linden"). Scores grow with
 * the evidence: a known surname, particles, a title. A given name alone, or an unknown word after a
 * greeting, scores low, since "Beste Klant" and sentence openers look alike.
 */
export const personNameDetector: Detector = {
  name: 'person-name',
  type: 'person_name',
  find(text, ctx) {
    const known = nameWordTable();
    const capitals = ctx.capitals();
    const out: PiiFinding[] = [];
    let lastEnd = 0;
    for (let k = 0; k < capitals.length; k++) {
      const p = capitals[k]!;
      if (p < lastEnd) continue;
      const end = wordEnd(text, p);
      if (end < 0) continue;
      const f = known.get(text, p, end);

      if (f & (NameFlag.title | NameFlag.greeting)) {
        const salutationEnd = skipAfterSalutation(text, end);
        const sawTitle = (f & NameFlag.title) !== 0 || salutationEnd > end + 2;
        const q0 = skipInlineTag(text, salutationEnd);
        let q = q0;
        let initials = 0;
        // "Dhr. J.P. de Vries": initials between the title and the surname.
        while (isUpperAscii(codeAt(text, q)) && codeAt(text, q + 1) === DOT) {
          q += 2;
          initials++;
          if (codeAt(text, q) === SPACE) q++;
        }
        if (q0 === end) continue;
        // After a title or initials a surname may start with lower-case particles: "mevrouw van Dijk".
        const first =
          sawTitle || initials > 0
            ? particlesThenWord(text, q)
            : { start: q, end: wordEnd(text, q), particles: 0, strong: false };
        if (!first || first.end < 0) continue;
        // "Dr. Schaepmanstraat 118", "Burg. Roelenweg 10": a street named after the title's bearer.
        if (
          codeAt(text, first.end) === SPACE &&
          isDigitCode(codeAt(text, first.end + 1)) &&
          STREET_END.test(text.slice(first.start, first.end).toLowerCase())
        )
          continue;
        const firstFlags = known.get(text, first.start, first.end);
        const chain = readChain(text, first.start, first.end, firstFlags, known);
        if (!chain) continue;
        let score: number;
        if (sawTitle || initials > 0) score = 0.9;
        else if (chain.flags.length > 1 || isGivenName(known, text, first.start, first.end, firstFlags))
          score = 0.85;
        else score = 0.6;
        emit(out, ctx, q0, chain.end, score);
        lastEnd = chain.end;
        continue;
      }
      if (f & NameFlag.notName && !(f & NameFlag.leadingParticle)) continue;
      if (f === 0 && !continuesName(text, end) && !mayHaveEvidenceBefore(text, p) && !commaAfter(text, end))
        continue;

      const chain = readChain(text, p, end, f, known);
      if (!chain || streetWithNumber(text, chain) || legalFormAfter(text, chain.end)) continue;
      const lastFlags = chain.flags[chain.flags.length - 1]!;
      const multi = chain.flags.length > 1;
      const titledStart = nameStartAfterTitle(text, p);
      const afterTitle = titledStart >= 0;
      const initials = afterTitle || codeAt(text, p - 1) !== SPACE ? undefined : initialsBefore(text, p);
      const nParticles = chain.particles + (initials?.particles ?? 0);
      const knownSurname =
        (lastFlags & NameFlag.surname) !== 0 &&
        (!(lastFlags & NameFlag.ambiguousSurname) || multi || nParticles > 0);
      const unambiguousSurname =
        (lastFlags & NameFlag.surname) !== 0 && !(lastFlags & NameFlag.ambiguousSurname);
      const newline = codeAt(text, p - 1) === NEWLINE;

      let score = 0;
      if (afterTitle) score = 0.9;
      else if (initials) {
        // Initials make any known surname a name, also one that is an ordinary word ("J. Bakker").
        if (lastFlags & NameFlag.surname) score = 0.85;
        else if (nParticles > 0) score = 0.8;
        else if (initials.count > 1) score = 0.7;
        else if (codeAt(text, initials.start - 1) === NEWLINE && afterSignOff(text, initials.start))
          score = 0.75;
        else if (afterLabelOrAgent(text, initials.start)) score = 0.8;
        else score = 0.45;
      } else if (f & NameFlag.leadingParticle) {
        score = unambiguousSurname ? 0.6 : 0.45;
      } else if (isGivenName(known, text, chain.words[0]!, chain.words[1]!, f)) {
        if (multi) score = Math.min(0.95, 0.8 + (knownSurname ? 0.1 : 0) + (nParticles > 0 ? 0.05 : 0));
        else if (afterLabelOrAgent(text, p)) {
          lastEnd = trailingInitialEnd(text, chain.end);
          emit(out, ctx, p, lastEnd, 0.8);
          continue;
        } else score = newline && afterSignOff(text, p) ? 0.7 : 0.4;
      } else if (afterLabel(text, p) || inNameColumn(text, p, ctx)) {
        // "From: Mergelweb Planning <planning@mergelweb.nl>": the sender is the organisation.
        if (organisationDisplayName(text, p)) continue;
        score = 0.8;
      } else if (
        !multi &&
        codeAt(text, chain.end) === 58 &&
        afterChatStamp(text, p) &&
        speaksAgain(text, p, chain.end)
      ) {
        // A chat's speaker, whatever the name, who speaks more than once: "[16:30] Fiifi: K-1151690"
        // — a word that opens one time-stamped line only is as likely a note's label ("[09:08] Related:").
        score = 0.8;
      } else if (!multi && trailingInitialEnd(text, chain.end) > chain.end && afterLabelOrAgent(text, p)) {
        // An agent's given name outside the lexicon, with the surname's initial: "medew. Siobhan W.".
        lastEnd = trailingInitialEnd(text, chain.end);
        emit(out, ctx, p, lastEnd, 0.8);
        continue;
      } else if (newline && afterSignOff(text, p)) score = multi ? 0.85 : 0.7;
      else if (multi && laterGivenName(text, chain, known)) {
        // "Bel Jan de Vries": a sentence word before a given name; the name starts at the given name.
        continue;
      } else if (multi && afterRole(text, p)) score = 0.75;
      else if (multi && chain.strongParticles) score = 0.7;
      else if (multi && unambiguousSurname) score = 0.6;
      const inverted = initials || afterTitle ? chain.end : invertedGivenEnd(text, p, chain.end, known);
      if (inverted > chain.end) score = Math.max(score, 0.8);
      if (score === 0) continue;
      lastEnd = inverted > chain.end ? inverted : registerOrderEnd(text, chain.end);
      emit(out, ctx, initials ? initials.start : afterTitle ? titledStart : p, lastEnd, score);
    }
    const prose = out.length;
    capsNamesAfterLabels(text, ctx, known, out);
    if (out.length > prose && prose > 0) out.sort((a, b) => a.start - b.start);
    return out;
  },
};

/**
 * Names in capitals after a label — "Klant: TINE WOUTERS", "Subscriber: NIKHIL SHARMA, born …" —
 * read from the colons, since the text index lists only words with a small letter after their
 * capital.
 */
function capsNamesAfterLabels(text: string, ctx: ScanContext, known: WordTable, out: PiiFinding[]): void {
  for (let colon = text.indexOf(':'); colon !== -1; colon = text.indexOf(':', colon + 1)) {
    let p = colon + 1;
    while (p - colon <= MAX_LABEL_GAP && (codeAt(text, p) === SPACE || codeAt(text, p) === 9)) p++;
    if (codeAt(text, p) === 34) p++;
    if (!isUpperLetter(codeAt(text, p)) || !isUpperLetter(codeAt(text, p + 1)) || !afterLabel(text, p))
      continue;
    const end = capsNameEnd(text, p, known);
    if (end > 0) emit(out, ctx, p, end, 0.8);
  }
}
