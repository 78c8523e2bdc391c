import { codeAt, isDigit, SPACE } from '../chars.js';
import { passesElevenProof } from '../checksums.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';
import { freeOnLeft, freeOnRight } from '../number-boundary.js';

/** Nine digits, or the written forms 1234.56.782, 123.456.782 and 123 456 782. */
const BSN_SHAPE = /\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3}/y;

const isGroupSeparator = (c: number) => c === SPACE || c === 46;

/** Whether `text[i]` is a space and the character beyond it (in direction `dir`) a digit. */
function spaceThenDigit(text: string, i: number, dir: 1 | -1): boolean {
  return codeAt(text, i) === SPACE && isDigit(codeAt(text, i + dir));
}

/** Score of a checksum-valid BSN with a context word nearby ("BSN", "burgerservicenummer", …). */
/** How long a remark in brackets between a label and its value may be. */
const MAX_REMARK = 80;

/**
 * Where the remark in brackets that ends right before `s` (past a colon and blanks) opens, on the
 * same line; -1 when there is none.
 */
function remarkBefore(text: string, s: number): number {
  let i = s;
  while (i > 0 && (text.charCodeAt(i - 1) === SPACE || text.charCodeAt(i - 1) === 58)) i--;
  if (codeAt(text, i - 1) !== 41) return -1;
  for (let k = i - 2; k >= 0 && i - k <= MAX_REMARK; k--) {
    const c = text.charCodeAt(k);
    if (c === 40) return k;
    if (c === 10 || c === 41) return -1;
  }
  return -1;
}

const WITH_CONTEXT = 0.95;
/**
 * Without one: about one random nine-digit number in eleven passes the 11-proof, so an order or
 * invoice number must not be flagged by the checksum alone. Below the default threshold (0.5);
 * a caller who wants every candidate lowers `minScore`.
 */
const WITHOUT_CONTEXT = 0.3;

/**
 * The Dutch citizen service number (burgerservicenummer, formerly sofinummer): nine digits that pass
 * the 11-proof, reported as personal data only with a context word nearer than any "order",
 * "invoice" or "KvK" cue.
 */
export const bsnDetector: Detector = {
  name: 'bsn',
  type: 'bsn',
  find(text, ctx) {
    const runs = ctx.digitRuns();
    const out: PiiFinding[] = [];
    let lastEnd = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r]!;
      const len = runs[r + 1]! - s;
      if (s < lastEnd || (len !== 9 && len !== 4 && len !== 3)) continue;
      // The grouped forms continue with a dot or space and a digit: test that before the regex.
      if (len !== 9 && !(isGroupSeparator(codeAt(text, s + len)) && isDigit(codeAt(text, s + len + 1))))
        continue;
      if (!freeOnLeft(text, s, ctx.commaCells())) continue;
      BSN_SHAPE.lastIndex = s;
      const m = BSN_SHAPE.exec(text);
      if (!m) continue;
      const end = s + m[0].length;
      if (!freeOnRight(text, end, ctx.commaCells())) continue;
      // "123 456 782" inside a longer space-grouped number ("012 123 456 782 1") is not a BSN.
      if (m[0].charCodeAt(3) === SPACE && (spaceThenDigit(text, s - 1, -1) || spaceThenDigit(text, end, 1)))
        continue;
      const digits = m[0].length === 9 ? m[0] : m[0].replace(/\D/g, '');
      if (!passesElevenProof(digits)) continue;
      let verdict = ctx.verdict('bsn', s);
      // A remark in brackets between label and number: "BSN (stond op het ID, klant schreef het over): 571843645".
      if (verdict === 0) {
        const open = remarkBefore(text, s);
        if (open >= 0) verdict = ctx.verdict('bsn', open);
      }
      const score = verdict > 0 ? WITH_CONTEXT : verdict < 0 ? 0.1 : WITHOUT_CONTEXT;
      out.push({ type: 'bsn', start: s, end, score, detector: 'bsn' });
      lastEnd = end;
    }
    return out;
  },
};
