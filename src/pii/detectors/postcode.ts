import {
  COMMA,
  codeAt,
  DASH,
  isAlnum,
  isDigit,
  isLetter,
  isLowerAscii,
  isLowerLetter,
  isUpperAscii,
  isUpperLetter,
  SLASH,
  SPACE,
} from '../chars.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';
import { freeOnLeft } from '../number-boundary.js';

/** SA, SD and SS are never issued (PostNL); the other pairs are all possible. */
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS']);

/**
 * Letter pairs that after a number are more often a unit or an abbreviation than a postcode
 * ("1024 MB", "1500 KM", "2023 BV"). They count only with a context word or a place name after.
 */
const UNIT_LIKE = new Set(
  'KB MB GB TB PB KM CM MM KG MG GW MW KW AM PM BV NV HZ EN OF IN OP AT IS IT OR ON NO TO BY US UK EU CO EX PS PC TV AI HR PR QA UX UI ID OK XL'.split(
    ' ',
  ),
);

/** A separator between cells or list items: comma, semicolon, tab, vertical bar. */
const isFieldSeparator = (c: number) => c === 44 || c === 59 || c === 9 || c === 124;

/**
 * Whether a place name follows at `i`: "1234 AB Amsterdam", "1234AB  DEN HAAG", "1234 AB, Utrecht",
 * and the next cell of an export row ("4262BV;Ede", "1234 AB\tUtrecht").
 */
function placeFollows(text: string, i: number): boolean {
  let k = i;
  const separated = isFieldSeparator(text.charCodeAt(k));
  if (separated) k++;
  if (!separated && text.charCodeAt(k) !== SPACE) return false;
  while (text.charCodeAt(k) === SPACE) k++;
  const c0 = codeAt(text, k);
  if (!isUpperLetter(c0) && c0 !== 39) return false;
  const c1 = codeAt(text, k + 1);
  return isLowerLetter(c1) || (isUpperLetter(c1) && isUpperLetter(codeAt(text, k + 2)));
}

/**
 * Whether a house number ends right before the postcode at `s`, after a street word: "Rozenweg 164,
 * 2721 db", "koolmeeslaan 19-2 3708 xj". The number (with its addition) is at most eight units.
 */
function houseNumberBefore(text: string, s: number): boolean {
  let k = s - 1;
  if (codeAt(text, k) !== SPACE && codeAt(text, k) !== COMMA) return false;
  while (k >= 0 && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === COMMA)) k--;
  let j = k;
  for (; j >= 0 && k - j < 8; j--) {
    const c = text.charCodeAt(j);
    if (!isAlnum(c) && c !== DASH && c !== SLASH) break;
  }
  if (j === k || !isDigit(codeAt(text, j + 1)) || codeAt(text, j) !== SPACE) return false;
  return isLetter(codeAt(text, j - 1));
}

/**
 * Dutch postcodes: four digits not starting with 0, an optional space, two capitals. Years and unit
 * abbreviations have the same shape ("in 2023 NL", "1024 MB"), so those count only with a place
 * name after or a context word before. People type them in lower case too ("3708 xj zeist" in a
 * call note); lower case is also how words and units follow a number ("2023 en", "1200 mb"), so a
 * lower-case postcode counts only after a house number or before a place in capitals (neither
 * with a unit-like pair or a year), or after a context word.
 */
export const postcodeDetector: Detector = {
  name: 'postcode-nl',
  type: 'postcode',
  find(text, ctx) {
    const runs = ctx.digitRuns();
    const out: PiiFinding[] = [];
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r]!;
      const e = runs[r + 1]!;
      if (e - s !== 4 || text.charCodeAt(s) === 48) continue;
      let l = e;
      if (text.charCodeAt(l) === SPACE) l++;
      const a = codeAt(text, l);
      const b = codeAt(text, l + 1);
      const upper = isUpperAscii(a) && isUpperAscii(b);
      const lower = !upper && isLowerAscii(a) && isLowerAscii(b);
      if ((!upper && !lower) || isLetter(codeAt(text, l + 2)) || isDigit(codeAt(text, l + 2))) continue;
      // In an export a postcode cell after a house-number cell reads like a decimal ("Kievitstraat,
      // 30,2803 RJ"): there the column's header settles it.
      if (
        !freeOnLeft(text, s) &&
        !(isFieldSeparator(codeAt(text, s - 1)) && ctx.columnHasContext('postcode', s))
      )
        continue;
      const pair = text.slice(l, l + 2).toUpperCase();
      if (NEVER_ISSUED.has(pair)) continue;
      const end = l + 2;
      const year = Number(text.slice(s, e));
      const doubtful = UNIT_LIKE.has(pair) || (year >= 1950 && year <= 2039);
      const place = placeFollows(text, end);
      const verdict = ctx.verdict('postcode', s);
      if (lower && verdict <= 0 && (doubtful || !(place || houseNumberBefore(text, s)))) continue;
      let score: number;
      if (verdict > 0 || place || lower) score = 0.9;
      else if (doubtful || verdict < 0) score = 0.3;
      else score = l === e ? 0.7 : 0.75;
      out.push({ type: 'postcode', start: s, end, score, detector: 'postcode-nl' });
    }
    return out;
  },
};
