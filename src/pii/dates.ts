/**
 * Calendar dates as people write them in Dutch and English, for the date-of-birth detector and the
 * truncation operator. Numeric dates are read day first (Dutch and British use); when only the
 * reverse reading is possible ("03/25/1985") it is read month first.
 */

/** Month names and abbreviations, Dutch and English, one line per month. */
const MONTH_NAMES = [
  'januari january jan',
  'februari february feb',
  'maart march mrt mar',
  'april apr',
  'mei may',
  'juni june jun',
  'juli july jul',
  'augustus august aug',
  'september sept sep',
  'oktober october okt oct',
  'november nov',
  'december dec',
];
const MONTHS = new Map(MONTH_NAMES.flatMap((names, i) => names.split(' ').map((n) => [n, i + 1] as const)));

const MONTH = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');

/** 12-03-1985, 12/3/85, 12.03.1985 */
const DAY_MONTH_YEAR = /(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/y;
/** 1985-03-12, 1985/03/12 */
const YEAR_MONTH_DAY = /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/y;
/** 12 maart 1985, 12th of March 1985, 1 jan. 1985 */
const DAY_NAME_YEAR = new RegExp(
  `(\\d{1,2})(?:e|ste|de|st|nd|rd|th)?(?: of)? (${MONTH})\\.?,? (\\d{4})(?![\\d])`,
  'iy',
);
/** March 12, 1985; maart 12 1985 */
const NAME_DAY_YEAR = new RegExp(`(${MONTH})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})(?![\\d])`, 'iy');

export type DateForm = 'dmy' | 'mdy' | 'ymd' | 'd-name-y' | 'name-d-y';

export interface WrittenDate {
  start: number;
  end: number;
  day: number;
  month: number;
  year: number;
  form: DateForm;
}

/** The month number of a Dutch or English month name or abbreviation, or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase());
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  // Two-digit years of birth: 00–29 are this century, the rest the last.
  return n < 30 ? 2000 + n : 1900 + n;
}

function plausible(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1880 || year > 2100) return false;
  const days = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return day <= days[month - 1]!;
}

/**
 * Reads a date that starts exactly at `start`, in any of the forms above.
 *
 * @example
 *   readDate('geboren 12 maart 1985', 8); // { day: 12, month: 3, year: 1985, form: 'd-name-y', … }
 */
export function readDate(text: string, start: number): WrittenDate | undefined {
  DAY_MONTH_YEAR.lastIndex = start;
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = fullYear(m[4]!);
    const end = start + m[0].length;
    if (plausible(a, b, year)) return { start, end, day: a, month: b, year, form: 'dmy' };
    if (plausible(b, a, year)) return { start, end, day: b, month: a, year, form: 'mdy' };
    return undefined;
  }
  YEAR_MONTH_DAY.lastIndex = start;
  m = YEAR_MONTH_DAY.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[3]);
    const day = Number(m[4]);
    return plausible(day, month, year)
      ? { start, end: start + m[0].length, day, month, year, form: 'ymd' }
      : undefined;
  }
  DAY_NAME_YEAR.lastIndex = start;
  m = DAY_NAME_YEAR.exec(text);
  if (m) {
    const day = Number(m[1]);
    const month = monthNumber(m[2]!)!;
    const year = Number(m[3]);
    return plausible(day, month, year)
      ? { start, end: start + m[0].length, day, month, year, form: 'd-name-y' }
      : undefined;
  }
  NAME_DAY_YEAR.lastIndex = start;
  m = NAME_DAY_YEAR.exec(text);
  if (m) {
    const month = monthNumber(m[1]!)!;
    const day = Number(m[2]);
    const year = Number(m[3]);
    return plausible(day, month, year)
      ? { start, end: start + m[0].length, day, month, year, form: 'name-d-y' }
      : undefined;
  }
  return undefined;
}

/**
 * The date reduced to its month, in the form it was written: "12-03-1985" → "03-1985",
 * "1985-03-12" → "1985-03", "12 maart 1985" → "maart 1985", "March 12, 1985" → "March 1985".
 * Undefined when `value` is not one date.
 *
 * @example
 *   truncateDateToMonth('12-03-1985'); // '03-1985'
 */
export function truncateDateToMonth(value: string): string | undefined {
  const trimmed = value.trim();
  const d = readDate(trimmed, 0);
  if (!d || d.end !== trimmed.length) return undefined;
  switch (d.form) {
    case 'dmy':
    case 'mdy': {
      const m = DAY_MONTH_YEAR_ANCHORED.exec(trimmed)!;
      return d.form === 'dmy' ? `${m[3]}${m[2]}${m[4]}` : `${m[1]}${m[2]}${m[4]}`;
    }
    case 'ymd': {
      const m = /^(\d{4})([-/.])(\d{1,2})/.exec(trimmed)!;
      return `${m[1]}${m[2]}${m[3]}`;
    }
    case 'd-name-y': {
      const m = new RegExp(`(${MONTH})\\.?,? (\\d{4})$`, 'i').exec(trimmed)!;
      return `${m[1]} ${m[2]}`;
    }
    case 'name-d-y': {
      const m = new RegExp(`^(${MONTH})\\.?`, 'i').exec(trimmed)!;
      return `${m[1]} ${d.year}`;
    }
  }
}

const DAY_MONTH_YEAR_ANCHORED = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
