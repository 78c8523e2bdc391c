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
      const verdict = ctx.verdict('bsn', s);
      const score = verdict > 0 ? WITH_CONTEXT : verdict < 0 ? 0.1 : WITHOUT_CONTEXT;
      out.push({ type: 'bsn', start: s, end, score, detector: 'bsn' });
      lastEnd = end;
    }
    return out;
  },
};
