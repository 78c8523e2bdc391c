import { isLowerLetter, isUpperLetter } from './chars.js';
import { CueIndex, type CueMatcher, isLetterCode } from './cue-index.js';
import { IntList } from './int-list.js';

/** The anchors of one text, found in a single pass (see buildTextIndex). */
export interface TextIndex {
  /** Maximal runs of ASCII digits as flat pairs `[start0, end0, start1, end1, …]`. */
  runs: Int32Array;
  /** Starts of capitalised words ("Jansen", "IJzerman", "Özdemir"), not glued to a letter or digit before. */
  capitals: Int32Array;
  /** Context cue words. */
  cues: CueIndex;
}

const isUpper = isUpperLetter;
const isLowerOrApostrophe = (c: number) => isLowerLetter(c) || c === 39 || c === 0x2019;

/**
 * Walks the text once and records what the detectors start from: digit runs (every number-shaped
 * type), capitalised word starts (names) and context cue words. One pass over the characters for
 * all of them is what keeps the scanner's cost close to a single regex search.
 *
 * @example
 *   const index = buildTextIndex('Beste Jan, uw BSN 111222333', matcher);
 *   index.runs; // Int32Array [18, 27]
 */
export function buildTextIndex(text: string, matcher: CueMatcher): TextIndex {
  // The pass runs to completion without calling out, so one set of lists serves every text.
  const runs = RUNS;
  const capitals = CAPITALS;
  const cues = CUES;
  const hit = HIT;
  runs.clear();
  capitals.clear();
  cues.clear();
  const n = text.length;
  const kind = CHAR_KIND;
  // Kind of the character before `i`: a word starts where a letter follows a non-letter.
  let prevKind = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = kind[c]!;
    if (k === DIGIT) {
      const s = i;
      i++;
      while (i < n && kind[text.charCodeAt(i)] === DIGIT) i++;
      runs.push(s);
      runs.push(i);
      prevKind = DIGIT;
      continue;
    }
    if (k & LETTER) {
      if (!(prevKind & LETTER)) {
        if (k & UPPER && prevKind !== DIGIT && prevKind !== APOSTROPHE && i + 1 < n) {
          const next = text.charCodeAt(i + 1);
          if (kind[next]! & LOWER || kind[next] === APOSTROPHE || (c === 73 && next === 74)) capitals.push(i);
        }
        if (i + 1 < n && matcher.mayStartWith(c, text.charCodeAt(i + 1)) && matcher.matchAt(text, i, hit)) {
          cues.push(i);
          cues.push(hit[0]!);
          cues.push(hit[1]!);
          i = hit[0]!;
          prevKind = kind[text.charCodeAt(i - 1)]!;
          continue;
        }
      }
      // The rest of the word: neither a word start nor a digit.
      i++;
      while (i < n && kind[text.charCodeAt(i)]! & LETTER) i++;
      prevKind = LETTER;
      continue;
    }
    if (
      (c > 127 || c === 36) &&
      !(prevKind & LETTER) &&
      matcher.startsWith(c) &&
      matcher.matchAt(text, i, hit)
    ) {
      // Symbol cues: €, £, $.
      cues.push(i);
      cues.push(hit[0]!);
      cues.push(hit[1]!);
      i = hit[0]!;
      prevKind = kind[text.charCodeAt(i - 1)]!;
      continue;
    }
    prevKind = k;
    i++;
  }
  return { runs: runs.copy(), capitals: capitals.copy(), cues: new CueIndex(cues.copy()) };
}

const RUNS = new IntList();
const CAPITALS = new IntList();
/** Cue words as triples: start, end, kinds mask. */
const CUES = new IntList();
const HIT = new Int32Array(2);

const DIGIT = 1;
const LETTER = 2;
const UPPER = 4;
const LOWER = 8;
const APOSTROPHE = 16;

/** Character kinds for the whole BMP, so the pass does one table lookup per character. */
const CHAR_KIND = (() => {
  const table = new Uint8Array(0x10000);
  for (let c = 48; c <= 57; c++) table[c] = DIGIT;
  for (let c = 0; c < 0x10000; c++) {
    if (!isLetterCode(c)) continue;
    table[c] = LETTER | (isUpper(c) ? UPPER : 0) | (isLowerOrApostrophe(c) ? LOWER : 0);
  }
  table[39] = APOSTROPHE;
  table[0x2019] = APOSTROPHE;
  return table;
})();
