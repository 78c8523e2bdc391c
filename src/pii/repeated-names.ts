import { isAlnum, isLetter, isLowerLetter, isUpperLetter } from './chars.js';
import type { PiiFinding } from './finding.js';
import { NameFlag, nameWordTable } from './lexicon/lexicon.js';

/**
 * A person named once in a text is often named again by part of the name: the minutes list
 * "Aanwezig: Jantine Eilers, …" and then say "Jantine chairs"; a ticket names "Dhr. Huizinga" and
 * later "Customer Huizinga". Alone, "Jantine" or "Huizinga" may be no name by any rule — but the
 * text itself has said it is one. So the capitalised words of the names found are looked up again
 * in the same text, as whole words in the same case, and every other mention becomes a finding.
 *
 * Words that are titles, greetings, particles, ordinary words in the lexicon, or surnames that are
 * also ordinary words ("Bos", "Koning") are not carried over: "Mark" the name spreads, "De" does
 * not. Mirrored by native/pii/repeated_names.cc.
 *
 * The name detector's weak candidates — below the threshold, such as "M. Yıldırım" (an initial and
 * a surname outside the lexicon, 0.45) — count in full when they hold such a word: the initial
 * belongs to the name the text has already shown, so "sent to M. Yıldırım" is redacted whole, not
 * as "M. ▇▇▇".
 */

/** The score of a repeated mention: below a name found on its own, above the default threshold. */
export const REPEATED_NAME_SCORE = 0.8;
/** Words carried over per text, at most: each is searched for in the whole text. */
const MAX_WORDS = 32;
const MIN_LENGTH = 3;
const NOT_CARRIED =
  NameFlag.title |
  NameFlag.greeting |
  NameFlag.notName |
  NameFlag.ambiguousSurname |
  NameFlag.leadingParticle;

/** The capitalised words ("Jantine", "Eilers", "O'Donnell") of the person names among `findings`. */
function carriedWords(text: string, findings: readonly PiiFinding[]): string[] {
  const words: string[] = [];
  const table = nameWordTable();
  for (const f of findings) {
    if (f.type !== 'person_name') continue;
    for (let i = f.start; i < f.end && words.length < MAX_WORDS; ) {
      if (!isLetter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let e = i + 1;
      while (e < f.end && (isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 39)) e++;
      // A word in title case: a capital, then a small letter somewhere after it (not "JAN", not "van").
      let lower = false;
      for (let k = i + 1; k < e && !lower; k++) lower = isLowerLetter(text.charCodeAt(k));
      if (e - i >= MIN_LENGTH && isUpperLetter(text.charCodeAt(i)) && lower) {
        const word = text.slice(i, e);
        if ((table.get(word, 0, word.length) & NOT_CARRIED) === 0 && !words.includes(word)) words.push(word);
      }
      i = e;
    }
  }
  return words;
}

/**
 * Whether text[i, end) is a word of its own, not part of a longer word, an address or an identifier
 * ("jan@Menno.nl", "/Eilers/", "Eilers_2", "O'Eilers").
 */
function standsAlone(text: string, i: number, end: number): boolean {
  const b = i > 0 ? text.charCodeAt(i - 1) : -1;
  const a = end < text.length ? text.charCodeAt(end) : -1;
  if (isAlnum(b) || b === 39 || b === 64 || b === 46 || b === 47 || b === 92 || b === 95 || b === 45)
    return false;
  if (isAlnum(a) || a === 39 || a === 64 || a === 95 || a === 45 || a === 47) return false;
  return !(a === 46 && isLetter(end + 1 < text.length ? text.charCodeAt(end + 1) : -1));
}

/** Index of the first finding that ends after `pos` (findings sorted by start, not overlapping). */
function firstEndingAfter(findings: readonly PiiFinding[], pos: number): number {
  let lo = 0;
  let hi = findings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (findings[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether text[start, end) holds one of `words` as a whole title-case word. */
function holdsWord(text: string, start: number, end: number, words: readonly string[]): boolean {
  for (let i = start; i < end; ) {
    if (!isUpperLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < end && (isLetter(text.charCodeAt(e)) || text.charCodeAt(e) === 39)) e++;
    if (e - i >= MIN_LENGTH && words.includes(text.slice(i, e))) return true;
    i = e;
  }
  return false;
}

/** Whether [start, end) overlaps a finding of `sorted` (sorted by start, not overlapping). */
function overlapsAny(sorted: readonly PiiFinding[], start: number, end: number): boolean {
  const k = firstEndingAfter(sorted, start);
  return k < sorted.length && sorted[k]!.start < end;
}

/**
 * `findings` (resolved: sorted by start, not overlapping) with the other mentions of the words of
 * its person names added as person names, in start order; the list itself when there are none.
 * `weak` are the name detector's candidates below the threshold, in start order: one that holds
 * such a word is added whole. The mentions are looked for at `capitals`, the starts of the text's
 * capitalised words (the text index has them), rather than by searching the text once per word.
 */
export function withRepeatedNames(
  text: string,
  findings: PiiFinding[],
  capitals: ArrayLike<number>,
  weak: readonly PiiFinding[] = [],
): PiiFinding[] {
  const words = carriedWords(text, findings);
  if (words.length === 0) return findings;
  const promoted: PiiFinding[] = [];
  for (const w of weak) {
    if (promoted.length > 0 && w.start < promoted[promoted.length - 1]!.end) continue;
    if (!standsAlone(text, w.start, w.end) || !holdsWord(text, w.start, w.end, words)) continue;
    if (overlapsAny(findings, w.start, w.end)) continue;
    promoted.push({ ...w, score: REPEATED_NAME_SCORE });
  }
  const added: PiiFinding[] = [];
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c]!;
    let end = i + 1;
    while (end < text.length && (isLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 39)) end++;
    if (end - i < MIN_LENGTH || !words.includes(text.slice(i, end))) continue;
    if (!standsAlone(text, i, end)) continue;
    if (overlapsAny(findings, i, end) || overlapsAny(promoted, i, end)) continue;
    added.push({ type: 'person_name', start: i, end, score: REPEATED_NAME_SCORE, detector: 'person-name' });
  }
  if (added.length === 0 && promoted.length === 0) return findings;
  return [...findings, ...promoted, ...added].sort((a, b) => a.start - b.start);
}
