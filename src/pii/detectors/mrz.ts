import { isDigit, isUpperAscii, LT } from '../chars.js';
import { icaoCheckDigit } from '../checksums.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';

const isMrzChar = (c: number) => isUpperAscii(c) || isDigit(c) || c === LT;
const isBlank = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
/** How far around a `<<` to look for the rest of a zone: three TD1 lines with line breaks. */
const REACH = 140;

/** Whether `line[at]` is the check digit of `line[from, to)`; an all-filler field may have `<`. */
function checks(line: string, from: number, to: number, at: number): boolean {
  const c = line.charCodeAt(at);
  const expected = icaoCheckDigit(line, from, to);
  if (expected < 0) return false;
  if (c === LT) {
    for (let i = from; i < to; i++) if (line.charCodeAt(i) !== LT) return false;
    return true;
  }
  return c - 48 === expected;
}

/** ICAO 9303 TD3 (passport) line 2 at `i` of the compact zone: 44 characters, five check digits. */
function isTd3Line2(z: string, i: number): boolean {
  if (i + 44 > z.length) return false;
  const sex = z.charCodeAt(i + 20);
  if (sex !== 77 && sex !== 70 && sex !== LT && sex !== 88) return false;
  if (
    !checks(z, i, i + 9, i + 9) ||
    !checks(z, i + 13, i + 19, i + 19) ||
    !checks(z, i + 21, i + 27, i + 27)
  ) {
    return false;
  }
  if (!checks(z, i + 28, i + 42, i + 42)) return false;
  const composite = z.slice(i, i + 10) + z.slice(i + 13, i + 20) + z.slice(i + 21, i + 43);
  return z.charCodeAt(i + 43) - 48 === icaoCheckDigit(composite);
}

/** TD1 (identity card) line 1 at `i`: document code, issuing state, document number with check. */
function isTd1Line1(z: string, i: number): boolean {
  if (i + 30 > z.length) return false;
  const code = z.charCodeAt(i);
  if (code !== 73 && code !== 65 && code !== 67) return false; // I, A, C
  return isUpperAscii(z.charCodeAt(i + 2)) && checks(z, i + 5, i + 14, i + 14);
}

/** TD1 line 2 at `i`: birth date and expiry with their check digits, sex, nationality. */
function isTd1Line2(z: string, i: number): boolean {
  if (i + 30 > z.length) return false;
  const sex = z.charCodeAt(i + 7);
  if (sex !== 77 && sex !== 70 && sex !== LT && sex !== 88) return false;
  return checks(z, i, i + 6, i + 6) && checks(z, i + 8, i + 14, i + 14);
}

/** The composite check of a TD1 zone whose line 1 starts at `i`. */
function td1Composite(z: string, i: number): boolean {
  const l2 = i + 30;
  const composite =
    z.slice(i + 5, i + 30) + z.slice(l2, l2 + 7) + z.slice(l2 + 8, l2 + 15) + z.slice(l2 + 18, l2 + 29);
  return z.charCodeAt(l2 + 29) - 48 === icaoCheckDigit(composite);
}

/** A name line (TD3 line 1 or TD1 line 3): letters and fillers, with the `<<` surname separator. */
function isNameLine(z: string, i: number, length: number, passport: boolean): boolean {
  if (i + length > z.length) return false;
  if (passport && (z.charCodeAt(i) !== 80 || !isUpperAscii(z.charCodeAt(i + 2)))) return false;
  for (let k = i; k < i + length; k++) {
    const c = z.charCodeAt(k);
    if (!isUpperAscii(c) && c !== LT) return false;
  }
  return z.indexOf('<<', i) !== -1 && z.indexOf('<<', i) < i + length;
}

/**
 * Machine-readable zones of passports (ICAO 9303 TD3, 2 × 44) and identity cards (TD1, 3 × 30),
 * recognised by their 7-3-1 check digits, not by shape alone. Line breaks and spaces inside the
 * zone are ignored, so a zone that OCR joined into one line or split at other places is still
 * found. A lone verified data line counts; a lone name line ("P<NLDDE<BRUIJN<<WILLEKE<<<…") counts
 * by its exact shape, which is how a zone arrives when text is scanned line by line.
 */
export const mrzDetector: Detector = {
  name: 'mrz-icao9303',
  type: 'mrz',
  find(text) {
    const out: PiiFinding[] = [];
    let idx = text.indexOf('<<');
    while (idx !== -1) {
      let from = idx;
      while (
        from > 0 &&
        idx - from < REACH &&
        (isMrzChar(text.charCodeAt(from - 1)) || isBlank(text.charCodeAt(from - 1)))
      )
        from--;
      let to = idx;
      while (
        to < text.length &&
        to - idx < REACH &&
        (isMrzChar(text.charCodeAt(to)) || isBlank(text.charCodeAt(to)))
      )
        to++;
      const offsets: number[] = [];
      let z = '';
      for (let k = from; k < to; k++) {
        if (isMrzChar(text.charCodeAt(k))) {
          z += text[k];
          offsets.push(k);
        }
      }
      const covered = new Uint8Array(z.length);
      const take = (zi: number, length: number, score: number) => {
        for (let k = zi; k < zi + length; k++) if (covered[k]) return;
        covered.fill(1, zi, zi + length);
        out.push({
          type: 'mrz',
          start: offsets[zi]!,
          end: offsets[zi + length - 1]! + 1,
          score,
          detector: 'mrz-icao9303',
        });
      };
      for (let i = 0; i + 60 <= z.length; i++) {
        if (z.charCodeAt(i) === 80 && isTd3Line2(z, i + 44)) take(i, 88, 0.99);
        else if (isTd1Line1(z, i) && isTd1Line2(z, i + 30) && td1Composite(z, i)) {
          take(i, isNameLine(z, i + 60, 30, false) ? 90 : 60, 0.99);
        }
      }
      for (let i = 0; i + 30 <= z.length; i++) {
        if (covered[i]) continue;
        if (isTd3Line2(z, i)) take(i, 44, 0.95);
        else if (isTd1Line1(z, i) && z.charCodeAt(i + 1) === LT) take(i, 30, 0.9);
        else if (isTd1Line2(z, i)) take(i, 30, 0.9);
        // A name line alone must end the zone: inside a longer zone it belongs to a data line that failed.
        else if (i + 44 === z.length && isNameLine(z, i, 44, true)) take(i, 44, 0.8);
        else if (i + 30 === z.length && isNameLine(z, i, 30, false)) take(i, 30, 0.7);
      }
      idx = text.indexOf('<<', Math.max(to, idx + 2));
    }
    if (out.length > 1) out.sort((a, b) => a.start - b.start);
    return out;
  },
};
