import { codeAt, isDigit } from '../chars.js';
import { isValidGtin, passesLuhn } from '../checksums.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';
import { freeOnLeft, freeOnRight } from '../number-boundary.js';

/**
 * Card numbers as printed: 4-4-4-4(-1..3) with one kind of separator, Amex 4-6-5, Diners 4-6-4,
 * or 13–19 digits in one run.
 */
const CARD_SHAPE = /\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5}|\d{13,19}/y;

/**
 * Whether the digits fit a card scheme's issuer prefix (IIN) and length: Visa, Mastercard
 * (51–55 and 2221–2720), American Express, Discover, Diners Club, JCB, Maestro, UnionPay.
 */
export function cardScheme(d: string): string | undefined {
  const n = d.length;
  const p2 = Number(d.slice(0, 2));
  const p3 = Number(d.slice(0, 3));
  const p4 = Number(d.slice(0, 4));
  const p6 = Number(d.slice(0, 6));
  if (d[0] === '4' && (n === 13 || n === 16 || n === 19)) return 'visa';
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n === 16) return 'mastercard';
  if ((p2 === 34 || p2 === 37) && n === 15) return 'amex';
  if ((p4 === 6011 || (p3 >= 644 && p3 <= 649) || p2 === 65 || (p6 >= 622126 && p6 <= 622925)) && n >= 16)
    return 'discover';
  if (((p3 >= 300 && p3 <= 305) || p2 === 36 || p2 === 38 || p2 === 39) && n >= 14 && n <= 19)
    return 'diners';
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return 'jcb';
  if (p2 === 62 && n >= 16 && n <= 19) return 'unionpay';
  if ((p2 === 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return 'maestro';
  return undefined;
}

const isGroupSeparator = (c: number) => c === 32 || c === 45;

/**
 * Payment-card numbers: issuer prefix and length, then the Luhn check. A thirteen-digit run is
 * also the shape of an EAN-13 product code (and 13-digit Visa cards are no longer issued), so it
 * counts only with a card context word; an "order" or "EAN" cue nearer than any card word
 * demotes any candidate below the default threshold.
 */
export const creditCardDetector: Detector = {
  name: 'credit-card',
  type: 'credit_card',
  find(text, ctx) {
    const runs = ctx.digitRuns();
    const out: PiiFinding[] = [];
    let lastEnd = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const s = runs[r]!;
      const len = runs[r + 1]! - s;
      if (s < lastEnd || (len !== 4 && (len < 13 || len > 19))) continue;
      if (len === 4 && !(isGroupSeparator(codeAt(text, s + 4)) && isDigit(codeAt(text, s + 5)))) continue;
      if (!freeOnLeft(text, s, ctx.commaCells())) continue;
      CARD_SHAPE.lastIndex = s;
      const m = CARD_SHAPE.exec(text);
      if (!m) continue;
      const end = s + m[0].length;
      if (!freeOnRight(text, end, ctx.commaCells())) continue;
      const digits = len === m[0].length ? m[0] : m[0].replace(/\D/g, '');
      if (!passesLuhn(digits) || cardScheme(digits) === undefined) continue;
      const verdict = ctx.verdict('credit_card', s);
      let score = len === m[0].length ? 0.85 : 0.9;
      if (digits.length === 13 || (digits.length === 14 && isValidGtin(digits))) score = 0.4;
      if (verdict > 0) score = 0.98;
      else if (verdict < 0) score = 0.2;
      out.push({ type: 'credit_card', start: s, end, score, detector: 'credit-card' });
      lastEnd = end;
    }
    return out;
  },
};
