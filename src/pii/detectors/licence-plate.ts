import { codeAt, DASH, isAlnum, isDigit, isUpperAscii } from '../chars.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';

/**
 * The Dutch sidecodes 1–14 as letter (L) / digit (D) shapes with their dashes, from the oldest
 * (1951) to the current series.
 */
export const sidecodes: readonly string[] = [
  'LL-DD-DD',
  'DD-DD-LL',
  'DD-LL-DD',
  'LL-DD-LL',
  'LL-LL-DD',
  'DD-LL-LL',
  'DD-LLL-D',
  'D-LLL-DD',
  'LL-DDD-L',
  'L-DDD-LL',
  'LLL-DD-L',
  'L-DD-LLL',
  'D-LL-DDD',
  'DDD-LL-D',
];
const dashed = new Set(sidecodes);
const compact = new Set(sidecodes.map((s) => s.replaceAll('-', '')));

/** Vowels (and C, Q) are not issued on Dutch plates, to avoid words. */
const NOT_ISSUED = /[AEIOUCQ]/;

const isPlateChar = (c: number) => isUpperAscii(c) || isDigit(c) || c === DASH;

function shapeOf(token: string): string {
  let shape = '';
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    shape += c === DASH ? '-' : isDigit(c) ? 'D' : 'L';
  }
  return shape;
}

/**
 * Dutch licence plates. With dashes in a sidecode shape and letters that are issued, a plate counts
 * on its own; written without dashes ("12ABC3") or with vowels, only after a context word
 * ("kenteken", "licence plate").
 */
export const licencePlateDetector: Detector = {
  name: 'licence-plate-nl',
  type: 'licence_plate',
  find(text, ctx) {
    const runs = ctx.digitRuns();
    const out: PiiFinding[] = [];
    let lastEnd = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r]!;
      if (s < lastEnd || runs[r + 1]! - s > 3) continue;
      let ts = s;
      while (ts > lastEnd && s - ts < 8 && isPlateChar(text.charCodeAt(ts - 1))) ts--;
      let te = runs[r + 1]!;
      while (te < text.length && te - ts < 9 && isPlateChar(text.charCodeAt(te))) te++;
      while (te > ts && text.charCodeAt(te - 1) === DASH) te--;
      while (ts < te && text.charCodeAt(ts) === DASH) ts++;
      const len = te - ts;
      if ((len !== 8 && len !== 6) || isAlnum(codeAt(text, ts - 1)) || isAlnum(codeAt(text, te))) continue;
      if (codeAt(text, ts - 1) === DASH || codeAt(text, te) === DASH) continue;
      const token = text.slice(ts, te);
      const shape = shapeOf(token);
      const isDashed = len === 8 && dashed.has(shape);
      if (!isDashed && !(len === 6 && compact.has(shape))) continue;
      const verdict = ctx.verdict('licence_plate', ts);
      const issued = !NOT_ISSUED.test(token);
      let score = isDashed && issued ? 0.6 : 0.3;
      if (verdict > 0) score = isDashed || issued ? 0.9 : 0.7;
      else if (verdict < 0) score = 0.2;
      out.push({ type: 'licence_plate', start: ts, end: te, score, detector: 'licence-plate-nl' });
      lastEnd = te;
    }
    return out;
  },
};
