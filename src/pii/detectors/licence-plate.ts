import { codeAt, DASH, isAlnum, isDigit, isLowerAscii, isUpperAscii, SPACE } from '../chars.js';
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
const isNotIssued = (c: number) =>
  c === 65 || c === 69 || c === 73 || c === 79 || c === 85 || c === 67 || c === 81;

/** Each sidecode as its groups: [length, digits?] in order. */
const sidecodeGroups: readonly (readonly (readonly [number, boolean])[])[] = sidecodes.map((code) =>
  code.split('-').map((g) => [g.length, g[0] === 'D'] as const),
);

/**
 * A plate as people type it in forms and exports: lower case with dashes ("17-fxb-6") or capitals
 * with spaces ("FT DF 50"), around the digit run [s, e). Both separators are the same, the letters
 * are ones that are issued, and the month "mrt" is no plate ("5-mrt-24"). Returns the plate's
 * start, or -1; it is 8 characters long. Only taken with a licence-plate cue (the caller asks).
 */
export function loosePlateStart(text: string, s: number, e: number): number {
  const len = e - s;
  for (const groups of sidecodeGroups) {
    let offset = 0;
    for (let g = 0; g < groups.length; g++) {
      const [size, digits] = groups[g]!;
      if (digits && size === len && looseAt(text, s - offset, groups)) return s - offset;
      offset += size + 1;
    }
  }
  return -1;
}

/** Whether a separator at `at` and a letter beyond it (`step` away) could continue a loose plate. */
function looseNeighbour(text: string, at: number, step: number): boolean {
  const sep = codeAt(text, at);
  const c = codeAt(text, at + step);
  return (sep === DASH && isLowerAscii(c)) || (sep === SPACE && isUpperAscii(c));
}

function looseAt(text: string, start: number, groups: readonly (readonly [number, boolean])[]): boolean {
  if (start < 0 || start + 8 > text.length) return false;
  const sep = text.charCodeAt(start + groups[0]![0]);
  if (sep !== DASH && sep !== SPACE) return false;
  const b = codeAt(text, start - 1);
  const a = codeAt(text, start + 8);
  if (isAlnum(b) || b === DASH || isAlnum(a) || a === DASH) return false;
  let i = start;
  let month = 0;
  for (let g = 0; g < groups.length; g++) {
    if (g > 0 && text.charCodeAt(i++) !== sep) return false;
    const [size, digits] = groups[g]!;
    for (let k = 0; k < size; k++, i++) {
      const c = text.charCodeAt(i);
      if (digits) {
        if (!isDigit(c)) return false;
        continue;
      }
      // Dashes with lower case, spaces with capitals: the two ways plates are typed loosely.
      if (sep === DASH ? !isLowerAscii(c) : !isUpperAscii(c)) return false;
      if (isNotIssued(c & ~32)) return false;
      if (size === 3) month = month * 128 + (c | 32);
    }
  }
  return month !== (109 * 128 + 114) * 128 + 116; // "mrt"
}

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
      let strict =
        (len === 8 || len === 6) &&
        !isAlnum(codeAt(text, ts - 1)) &&
        !isAlnum(codeAt(text, te)) &&
        codeAt(text, ts - 1) !== DASH &&
        codeAt(text, te) !== DASH;
      const shape = strict ? shapeOf(text.slice(ts, te)) : '';
      const isDashed = len === 8 && dashed.has(shape);
      strict &&= isDashed || (len === 6 && compact.has(shape));
      if (!strict) {
        const e = runs[r + 1]!;
        if (!looseNeighbour(text, s - 1, -1) && !looseNeighbour(text, e, 1)) continue;
        const start = loosePlateStart(text, s, e);
        if (start < 0 || start < lastEnd || ctx.verdict('licence_plate', start) <= 0) continue;
        out.push({ type: 'licence_plate', start, end: start + 8, score: 0.9, detector: 'licence-plate-nl' });
        lastEnd = start + 8;
        continue;
      }
      const token = text.slice(ts, te);
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
