import { GrondslagError } from '../../errors.js';
import { parseDuration } from '../duration.js';
import type { Phrases } from './phrases.js';

/**
 * ISO 8601 periods in words. Two styles, because the statement uses both: lists of retention periods
 * keep digits ("maximaal 1 jaar"), running text spells small numbers out ("binnen vier weken"), as
 * Dutch and English style guides both recommend for numbers up to twelve.
 */
export type NumberStyle = 'digits' | 'words';

/**
 * @example
 *   durationWording('P4W', phrasesFor('nl'), 'words') // 'vier weken'
 *   durationWording('P1Y6M', phrasesFor('en'))        // '1 year and 6 months'
 */
export function durationWording(iso: string, phrases: Phrases, style: NumberStyle = 'digits'): string {
  const d = parseDuration(iso);
  if (!d) {
    throw new GrondslagError('RENDER_INVALID_DURATION', `"${iso}" is not a duration such as P1Y, P3M or P4W`);
  }
  const { duration: words, locale } = phrases;
  const count = (n: number, unit: readonly [string, string]) => {
    const number = style === 'words' ? (words.numberWords[n] ?? String(n)) : String(n);
    return `${number} ${n === 1 ? unit[0] : unit[1]}`;
  };
  const parts = [
    d.years > 0 ? count(d.years, words.year) : undefined,
    d.months > 0 ? count(d.months, words.month) : undefined,
    d.weeks > 0 ? count(d.weeks, words.week) : undefined,
    d.days > 0 ? count(d.days, words.day) : undefined,
  ].filter((p): p is string => p !== undefined);
  // P0D and the like: a zero period still needs words.
  if (parts.length === 0) return count(0, words.day);
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(parts);
}
