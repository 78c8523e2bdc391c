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

/**
 * `findings` (resolved: sorted by start, not overlapping) with the other mentions of the words of
 * its person names added as person names, in start order; the list itself when there are none.
 * The mentions are looked for at `capitals`, the starts of the text's capitalised words (the text
 * index has them), rather than by searching the text once per word.
 */
export function withRepeatedNames(
  text: string,
  findings: PiiFinding[],
  capitals: ArrayLike<number>,
): PiiFinding[] {
  const words = carriedWords(text, findings);
  if (words.length === 0) return findings;
  const added: PiiFinding[] = [];
  for (let c = 0; c < capitals.length; c++) {
    const i = capitals[c]!;
    let end = i + 1;
    while (end < text.length && (isLetter(text.charCodeAt(end)) || text.charCodeAt(end) === 39)) end++;
    if (end - i < MIN_LENGTH || !words.includes(text.slice(i, end))) continue;
    if (!standsAlone(text, i, end)) continue;
    const k = firstEndingAfter(findings, i);
    if (k < findings.length && findings[k]!.start < end) continue;
    added.push({ type: 'person_name', start: i, end, score: REPEATED_NAME_SCORE, detector: 'person-name' });
  }
  if (added.length === 0) return findings;
  return [...findings, ...added].sort((a, b) => a.start - b.start);
}
