import { codeAt, DASH, isAlnum, isDigit, isLetter, SPACE } from '../chars.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';
import { freeOnLeft, freeOnRight } from '../number-boundary.js';
import type { ScanContext } from '../scan-context.js';

/** A decimal latitude and longitude: "52.3676, 4.9041", "52.3676,4.9041", "-33.86 151.21". */
const PAIR = /-?(\d{1,3})\.(\d{2,15})(?:\s?[,;]\s?|\s)-?(\d{1,3})\.(\d{2,15})/y;

/** "52.3676° N, 4.9041° E" — Dutch also writes Z(uid) and O(ost). */
const HEMISPHERE_DECIMAL =
  /(\d{1,2})\.(\d{1,15}) ?° ?([NSZ]),? {0,2}(\d{1,3})\.(\d{1,15}) ?° ?([EWO])(?![A-Za-z])/y;
/** Degrees, minutes, seconds: 52°07'48.3"N 6°14'19.0"E. */
const DMS =
  /(\d{1,2})° ?(\d{1,2})['′’] ?(\d{1,2}(?:[.,]\d{1,4})?)["″”]? ?([NSZ]),? {0,2}(\d{1,3})° ?(\d{1,2})['′’] ?(\d{1,2}(?:[.,]\d{1,4})?)["″”]? ?([EWO])(?![A-Za-z])/y;

/**
 * Hemisphere letters before the numbers, as GPS devices and field notes write them:
 * "N 52.25581 E 4.74160", "N52.3676° O4.9041°".
 */
const HEMISPHERE_FIRST =
  /([NSZ]) ?(\d{1,2})\.(\d{2,15})°?,? {1,2}([EWO]) ?(\d{1,3})\.(\d{2,15})°?(?!\w|\.\d)/y;

/** The start of a hemisphere letter standing alone right before the number at `s` ("N 52.1", "N52.1"), or -1. */
function hemisphereBefore(text: string, s: number): number {
  const at = codeAt(text, s - 1) === SPACE ? s - 2 : s - 1;
  const c = codeAt(text, at);
  if (c !== 78 && c !== 83 && c !== 90) return -1;
  const before = codeAt(text, at - 1);
  return isAlnum(before) ? -1 : at;
}

/** Skips the digits from `i`; true when a degree sign follows (optionally after a space). */
function degreeAfterDecimals(text: string, i: number): boolean {
  let j = i;
  while (isDigit(codeAt(text, j))) j++;
  if (codeAt(text, j) === SPACE) j++;
  return j > i && codeAt(text, j) === 176;
}

/** Skips two or more decimals from `i`; true when a second number may follow (", 4.9", " -33.8"). */
function pairAfterDecimals(text: string, i: number): boolean {
  let j = i;
  while (isDigit(codeAt(text, j))) j++;
  if (j - i < 2) return false;
  const c = codeAt(text, j);
  if (c !== 44 && c !== 59 && c !== SPACE) return false;
  j++;
  if (codeAt(text, j) === SPACE) j++;
  if (codeAt(text, j) === DASH) j++;
  return isDigit(codeAt(text, j));
}

/** Reads a coordinate pair written with degree signs and hemispheres at `start`; returns its end. */
function readWithDegrees(text: string, start: number): number {
  for (const re of [HEMISPHERE_DECIMAL, DMS]) {
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    const lat = Number(m[1]);
    const lon = Number(re === DMS ? m[5] : m[4]);
    if (lat <= 90 && lon <= 180) return start + m[0].length;
  }
  return -1;
}

/** Characters between a key and its value: `"lat":`, `\\"lon\\": `, `lat=`, `<lat>`. */
const isKeyPunctuation = (c: number) =>
  c === 34 || c === 39 || c === 92 || c === 58 || c === 61 || c === SPACE || c === 62;

/**
 * One coordinate under its own key, as JSON and XML payloads and logs keep them: `"lat":52.38439,
 * "lon":4.89186` — two values, each labelled by its key. The number at `start` (a minus sign, if
 * any, then the digits at `s`, integer part `len` units) counts when its key ends in a geo cue
 * ("lat", "lon", "latitude", "gps", …) with only the key's punctuation between, it has three or
 * more decimals, and it is a degree value (at most 180). Returns its end, or -1.
 */
function keyedCoordinate(text: string, start: number, s: number, len: number, ctx: ScanContext): number {
  let k = start - 1;
  while (k >= 0 && start - k <= 6 && isKeyPunctuation(text.charCodeAt(k))) k--;
  if (k === start - 1 || !isLetter(codeAt(text, k))) return -1;
  let end = s + len + 1;
  while (isDigit(codeAt(text, end))) end++;
  const decimals = end - (s + len + 1);
  if (decimals < 3 || decimals > 15 || !freeOnRight(text, end)) return -1;
  if (Number(text.slice(s, s + len)) > 180) return -1;
  // The key itself ends in the cue: the nearest geo cue ends where the punctuation begins.
  return ctx.cueDistance('geo_coordinates', start, 16) === start - k - 1 ? end : -1;
}

/**
 * Geographic coordinates as decimal degrees. Both numbers must be in range (latitude ±90,
 * longitude ±180) and precise enough to locate someone: four decimals (~10 m) count on their own,
 * three with a context word ("locatie", "GPS", "lat"), two only with one. Amounts ("12.50, 3.75")
 * have two decimals and fall out; money words demote any candidate. A single number under a geo
 * key (`"lat":52.38439`) is one too (`keyedCoordinate`).
 */
export const geoCoordinatesDetector: Detector = {
  name: 'geo-decimal',
  type: 'geo_coordinates',
  find(text, ctx) {
    const runs = ctx.digitRuns();
    const out: PiiFinding[] = [];
    let lastEnd = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r]!;
      const len = runs[r + 1]! - s;
      if (s < lastEnd || len > 3) continue;
      const next = text.charCodeAt(s + len);
      const hemisphere = next === 46 ? hemisphereBefore(text, s) : -1;
      if (hemisphere >= 0) {
        HEMISPHERE_FIRST.lastIndex = hemisphere;
        const m = HEMISPHERE_FIRST.exec(text);
        if (m && Number(m[2]) <= 90 && Number(m[5]) <= 180) {
          const end = hemisphere + m[0].length;
          out.push({ type: 'geo_coordinates', start: hemisphere, end, score: 0.9, detector: 'geo-degrees' });
          lastEnd = end;
          continue;
        }
      }
      if ((next === 176 || (next === 46 && degreeAfterDecimals(text, s + len + 1))) && freeOnLeft(text, s)) {
        // Degree signs and hemisphere letters make it a coordinate without further doubt.
        const end = readWithDegrees(text, s);
        if (end > 0) {
          out.push({ type: 'geo_coordinates', start: s, end, score: 0.9, detector: 'geo-degrees' });
          lastEnd = end;
          continue;
        }
      }
      if (next !== 46) continue;
      if (!pairAfterDecimals(text, s + len + 1)) {
        const start = codeAt(text, s - 1) === DASH ? s - 1 : s;
        const end = keyedCoordinate(text, start, s, len, ctx);
        if (end < 0) continue;
        out.push({ type: 'geo_coordinates', start, end, score: 0.9, detector: 'geo-decimal' });
        lastEnd = end;
        continue;
      }
      const start = codeAt(text, s - 1) === DASH ? s - 1 : s;
      if (!freeOnLeft(text, start)) continue;
      PAIR.lastIndex = start;
      const m = PAIR.exec(text);
      if (!m) continue;
      const end = start + m[0].length;
      if (!freeOnRight(text, end)) continue;
      const lat = Math.abs(Number(`${m[1]}.${m[2]}`));
      const lon = Math.abs(Number(`${m[3]}.${m[4]}`));
      if (lat > 90 || lon > 180) continue;
      const decimals = Math.min(m[2]!.length, m[4]!.length);
      // An amount nearer than a location cue speaks against it; so does the network's equipment
      // ("cabinet at 50.85199, 6.04611") where no location cue speaks for it ("GPS-locatie kast: …",
      // "locatie toestel (zendmast-schatting): …" locate a person's home or phone).
      const money = ctx.cueDistance('money', start);
      const positive = ctx.contextDistance('geo_coordinates', start);
      const verdict =
        positive >= 0 && (money < 0 || positive < money)
          ? 1
          : money >= 0 || (positive < 0 && ctx.cueDistance('equipment', start) >= 0)
            ? -1
            : 0;
      let score = decimals >= 4 ? 0.8 : decimals === 3 ? 0.45 : 0.2;
      if (verdict > 0) score = decimals >= 3 ? 0.95 : 0.7;
      else if (verdict < 0) score = 0.15;
      out.push({ type: 'geo_coordinates', start, end, score, detector: 'geo-decimal' });
      lastEnd = end;
    }
    return out;
  },
};
