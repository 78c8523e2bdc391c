import { codeAt, DASH, DOT, isAlnum, isDigit, LPAREN, PLUS, RPAREN, SLASH, SPACE } from '../chars.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';
import { freeOnLeft, freeOnRight } from '../number-boundary.js';
import { isValidDutchNumber, isValidInternationalNumber } from '../phone-numbering.js';
import type { ScanContext } from '../scan-context.js';

const ZERO = 48;
/** E.164 allows at most 15 digits. */
const MAX_DIGITS = 15;
/** Dutch numbers have at least 8 digits with the trunk 0 (0800-1234). */
const MIN_DIGITS = 8;

const isSeparator = (c: number) => c === SPACE || c === DASH || c === DOT || c === SLASH;

/** "01-02-2023 …": a date whose digits happen to form a valid number must not become a phone. */
const DATE_START = /^(\d{1,2})([-/.])(\d{1,2})\2\d{2,4}/;

function looksLikeDate(candidate: string): boolean {
  const m = DATE_START.exec(candidate);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 31 && Number(m[3]) >= 1 && Number(m[3]) <= 12;
}

interface Reading {
  /** Where each group of digits ends, and how many digits were read up to there. */
  groupEnds: number[];
  groupDigits: number[];
  digits: string;
  international: boolean;
}

/**
 * Reads a phone-shaped stretch from `start`: digits, single separators (space, -, ., /) between
 * groups, and a parenthesised group such as "(0)" or "(020)". The "(0)" after a country code is
 * the trunk prefix written for national callers and is not part of the number.
 */
function read(text: string, start: number): Reading | undefined {
  let i = start;
  let digits = '';
  const international = text.charCodeAt(i) === PLUS;
  if (international) i++;
  const groupEnds: number[] = [];
  const groupDigits: number[] = [];
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      digits += text[i];
      i++;
      if (digits.length > MAX_DIGITS) return undefined;
      continue;
    }
    if (c === LPAREN) {
      const close = text.indexOf(')', i);
      if (close === -1 || close - i > 5 || close === i + 1) break;
      let allDigits = true;
      for (let k = i + 1; k < close; k++) if (!isDigit(text.charCodeAt(k))) allDigits = false;
      if (!allDigits) break;
      const inner = text.slice(i + 1, close);
      const trunk = inner === '0' && (international || digits.startsWith('00'));
      if (!trunk) digits += inner;
      if (digits.length > 0) {
        groupEnds.push(close + 1);
        groupDigits.push(digits.length);
      }
      i = close + 1;
      if (text.charCodeAt(i) === SPACE) i++;
      continue;
    }
    if (c === RPAREN) break;
    if (isSeparator(c) && digits.length > 0) {
      // " - " between groups is common in hand-written numbers; allow up to three separators.
      let k = i;
      while (k < n && k - i < 3 && isSeparator(text.charCodeAt(k))) k++;
      const next = codeAt(text, k);
      if (!isDigit(next) && next !== LPAREN) break;
      groupEnds.push(i);
      groupDigits.push(digits.length);
      i = k;
      continue;
    }
    break;
  }
  if (digits.length === 0) return undefined;
  groupEnds.push(i);
  groupDigits.push(digits.length);
  return { groupEnds, groupDigits, digits, international };
}

function isValid(digits: string, international: boolean): boolean {
  if (digits.length < MIN_DIGITS) return false;
  if (international) return isValidInternationalNumber(digits);
  if (digits.startsWith('00')) return isValidInternationalNumber(digits.slice(2));
  return digits.charCodeAt(0) === ZERO && isValidDutchNumber(digits.slice(1));
}

/**
 * A Dutch mobile number as telecom systems log it: E.164 without the plus, "31612345678" (RADIUS
 * Calling-Station-Id, CDRs). Only the mobile range, whose eleven digits starting 316 are rarely
 * anything else; landlines written this way look too much like other numbers.
 */
function isMsisdn(text: string, start: number, end: number, commaCells: boolean): boolean {
  return (
    end - start === 11 &&
    text.charCodeAt(start) === 51 &&
    text.charCodeAt(start + 1) === 49 &&
    text.charCodeAt(start + 2) === 54 &&
    freeOnLeft(text, start, commaCells) &&
    freeOnRight(text, end, commaCells) &&
    isValidDutchNumber(text.slice(start + 2, end))
  );
}

/**
 * A number opening with its + stands on its own after any punctuation: no amount or longer
 * number continues with a plus ("…,2103,+31628299870," in a call-record export).
 */
function plusStandsAlone(text: string, start: number): boolean {
  if (text.charCodeAt(start) !== PLUS) return false;
  const b = codeAt(text, start - 1);
  return !isAlnum(b) && b !== 95;
}

/**
 * Reads a candidate from `start` and records the longest valid reading (trying at most the last
 * three group boundaries); returns its end, or undefined when none validates.
 */
function takeValid(text: string, start: number, ctx: ScanContext, out: PiiFinding[]): number | undefined {
  const reading = read(text, start);
  if (!reading) return undefined;
  const { groupEnds, groupDigits, digits, international } = reading;
  for (let g = groupEnds.length - 1, tries = 0; g >= 0 && tries < 3; g--, tries++) {
    const end = groupEnds[g]!;
    const d = digits.slice(0, groupDigits[g]);
    if (isAlnum(codeAt(text, end)) && g === groupEnds.length - 1) continue;
    if (!isValid(d, international)) continue;
    if (looksLikeDate(text.slice(start, end))) return undefined;
    // A number valid in a numbering plan is rarely anything else: only an "order" or "invoice"
    // cue right before it ("ordernummer 0612345678") overrules that.
    const verdict = ctx.verdict('phone', start, 14);
    const score = verdict > 0 ? 0.95 : verdict < 0 ? 0.35 : 0.8;
    out.push({ type: 'phone', start, end, score, detector: 'phone' });
    return end;
  }
  return takeNeighbourNational(text, start, reading, ctx, out);
}

/**
 * Whether `[start, end)` stands apart as a number of its own: no slash inside (case and file
 * numbers, dates), and before it no letter, digit, dash, dot, slash or colon, nor a number and a
 * space (the tail of a longer grouped number, an ICCID or a time).
 */
function standsApart(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 47) return false;
  const b = codeAt(text, start - 1);
  if (isAlnum(b) || b === 45 || b === 46 || b === 47 || b === 58) return false;
  return !(b === SPACE && isDigit(codeAt(text, start - 2)));
}

/** Country codes of the neighbours whose national numbers a Dutch operator's customers give. */
const NEIGHBOURS = ['32', '44', '49'];

/**
 * A national number of Belgium, the UK or Germany ("0479 31 87 90", "07479 840122"), whole, where a
 * cue or a phone column says it is a phone number: without one, such a number is too like any
 * other (see phoneDetector).
 */
function takeNeighbourNational(
  text: string,
  start: number,
  reading: NonNullable<ReturnType<typeof read>>,
  ctx: ScanContext,
  out: PiiFinding[],
): number | undefined {
  const { groupEnds, digits, international } = reading;
  const end = groupEnds[groupEnds.length - 1]!;
  if (
    international ||
    digits.length < MIN_DIGITS ||
    digits.charCodeAt(0) !== ZERO ||
    digits.charCodeAt(1) === ZERO
  )
    return undefined;
  if (isAlnum(codeAt(text, end)) || !standsApart(text, start, end)) return undefined;
  if (ctx.verdict('phone', start, 14) <= 0) return undefined;
  const nsn = digits.slice(1);
  if (!NEIGHBOURS.some((cc) => isValidInternationalNumber(cc + nsn))) return undefined;
  if (looksLikeDate(text.slice(start, end))) return undefined;
  out.push({ type: 'phone', start, end, score: 0.8, detector: 'phone' });
  return end;
}

/**
 * Phone numbers: Dutch (06 mobile, landlines with 2- and 3-digit area codes, 0800/0900/088/085),
 * written with +31, 0031 or (0), and international numbers with a + or 00 prefix, each validated
 * against libphonenumber's numbering plans. National numbers of other countries without a prefix
 * ("(415) 555-2671") are not taken — in Dutch text they are indistinguishable from other numbers —
 * except Belgian, British and German ones where a cue or a phone column says what they are.
 * A candidate that only validates without its last group ("06 12345678 2023") is cut there.
 */
export const phoneDetector: Detector = {
  name: 'phone',
  type: 'phone',
  find(text, ctx) {
    const runs = ctx.digitRuns();
    const out: PiiFinding[] = [];
    let lastEnd = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r]!;
      if (s < lastEnd) continue;
      const prev = codeAt(text, s - 1);
      const c0 = text.charCodeAt(s);
      let start = s;
      if (prev === PLUS) start = s - 1;
      else if (prev === LPAREN && c0 === ZERO) start = s - 1;
      else if (c0 !== ZERO) {
        if (isMsisdn(text, s, runs[r + 1]!, ctx.commaCells())) {
          const verdict = ctx.verdict('phone', s, 14);
          out.push({
            type: 'phone',
            start: s,
            end: runs[r + 1]!,
            score: verdict < 0 ? 0.35 : 0.7,
            detector: 'phone',
          });
          lastEnd = runs[r + 1]!;
        }
        continue;
      }
      if (
        !(freeOnLeft(text, start, ctx.commaCells()) || plusStandsAlone(text, start)) ||
        codeAt(text, start - 1) === PLUS
      )
        continue;
      let end = takeValid(text, start, ctx, out);
      // "(06-41234567)": the parenthesis opens a whole number, not an area code such as "(020)".
      if (end === undefined && start === s - 1 && c0 === ZERO) end = takeValid(text, s, ctx, out);
      if (end !== undefined) lastEnd = end;
    }
    return out;
  },
};
