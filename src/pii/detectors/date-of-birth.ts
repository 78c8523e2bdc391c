import { codeAt, DASH, DOT, isDigit, isLetter, SLASH, SPACE } from '../chars.js';
import { monthNumber, readDate } from '../dates.js';
import type { Detector } from '../detector.js';
import type { PiiFinding } from '../finding.js';
import type { ScanContext } from '../scan-context.js';
import type { ReaderOf, ValueReader } from './keyed-values.js';
import { sqlDumpValues } from './sql-dump-values.js';

/**
 * Column names of a dump's birth-date column, read as labels (`birth_date`, `dateOfBirth` and
 * `GeboorteDatum` read "birth date", "date of birth", "geboorte datum").
 */
const BIRTH_DATE_COLUMNS = new Set([
  'geboortedatum',
  'geboorte datum',
  'geb datum',
  'gebdatum',
  'birth date',
  'birthdate',
  'date of birth',
  'dob',
  'birthday',
  'born',
  'geboren',
]);

/** A birth-date cell: a date from its first character, within the cell, not in a later year. */
const birthDateCell: ValueReader = (text, from, to) => {
  const date = readDate(text, from);
  return date && date.end <= to && date.year <= new Date().getFullYear() ? date.end : -1;
};

const birthDateColumns: ReaderOf = (key) => (BIRTH_DATE_COLUMNS.has(key) ? birthDateCell : undefined);

/**
 * Where a date could start at digit run `[s, e)`: at the run, or at a month name just before it
 * ("March 12, 1985"). Returns -1 when the run cannot begin a date, before any regex runs.
 */
function dateStart(text: string, s: number, e: number): number {
  const len = e - s;
  const next = codeAt(text, e);
  if (len <= 2) {
    if (codeAt(text, s - 1) === SPACE && isLetter(codeAt(text, s - 2))) {
      let w = s - 2;
      while (w > 0 && isLetter(text.charCodeAt(w - 1))) w--;
      const word = text.slice(w, s - 1);
      if (word.length >= 3 && monthNumber(word.endsWith('.') ? word.slice(0, -1) : word) !== undefined)
        return w;
    }
    if (next === DASH || next === SLASH || next === DOT) return isDigit(codeAt(text, e + 1)) ? s : -1;
    if (next === SPACE || isLetter(next)) return s;
    return -1;
  }
  if (len === 4 && (next === DASH || next === SLASH || next === DOT)) return s;
  return -1;
}

/**
 * Dates of birth. A date alone is not personal data (an invoice date, a deadline), so a date counts
 * only with a birth cue before it: "geboren", "geboortedatum", "geb.", "date of birth", "DOB",
 * "born", or in a birth-date column (a table's, a SQL dump's). Without one nothing is reported.
 */
/**
 * Tries a date at digit run `r`; returns its end, or -1. `cued`: a birth cue stands right before;
 * otherwise only a birth-date column of a table makes it one.
 */
function tryRun(
  text: string,
  runs: Int32Array,
  r: number,
  cued: boolean,
  lastEnd: number,
  ctx: ScanContext,
): number {
  const s = runs[r]!;
  if (s < lastEnd || isDigit(codeAt(text, s - 1))) return -1;
  const start = dateStart(text, s, runs[r + 1]!);
  if (start < 0 || start < lastEnd || isLetter(codeAt(text, start - 1))) return -1;
  if (!cued && !ctx.columnHasContext('date_of_birth', start)) return -1;
  const date = readDate(text, start);
  if (!date || date.year > new Date().getFullYear()) return -1;
  return date.end;
}

export const dateOfBirthDetector: Detector = {
  name: 'date-of-birth',
  type: 'date_of_birth',
  find(text, ctx) {
    const runs = ctx.digitRuns();
    const out: PiiFinding[] = [];
    let lastEnd = 0;
    const take = (r: number, end: number) => {
      const start = end < 0 ? -1 : dateStartOf(text, runs, r);
      if (start < 0) return;
      out.push({ type: 'date_of_birth', start, end, score: 0.9, detector: 'date-of-birth' });
      lastEnd = end;
    };
    if (ctx.tableHasContext('date_of_birth')) {
      // A table with a birth-date column: every date in that column.
      for (let r = 0; r < runs.length; r += 2) take(r, tryRun(text, runs, r, false, lastEnd, ctx));
    } else {
      // Otherwise a birth date follows its cue: "geboren op 12 maart 1985", "DOB: 1985-03-12". The
      // first number after the cue, with no other number between, is the only candidate.
      for (const cueEnd of ctx.cueEnds('date_of_birth')) {
        // A question ending its line is answered on the next, after the speaker: "…je
        // geboortedatum?\n07:17  Klant: 27-2-1988" (the time stamp's date is none).
        const answer = answerAfterQuestion(text, cueEnd);
        if (answer >= 0) {
          const a = firstRunFrom(runs, answer);
          if (a >= 0 && runs[a]! - answer <= ANSWER_REACH && dateStartOf(text, runs, a) === answer)
            take(a, tryRun(text, runs, a, true, lastEnd, ctx));
          continue;
        }
        const r = firstRunFrom(runs, cueEnd);
        if (r >= 0 && runs[r]! - cueEnd <= CUE_REACH) take(r, tryRun(text, runs, r, true, lastEnd, ctx));
      }
    }
    // The birth-date column of a SQL dump (`INSERT INTO … (…, birth_date, …) VALUES`, `COPY …`),
    // whose name stands far from its values.
    const cells: number[] = [];
    sqlDumpValues(text, birthDateColumns, cells);
    for (let i = 0; i < cells.length; i += 2) {
      const start = cells[i]!;
      if (out.some((f) => f.start === start)) continue;
      out.push({ type: 'date_of_birth', start, end: cells[i + 1]!, score: 0.9, detector: 'date-of-birth' });
    }
    if (out.length > 1) out.sort((a, b) => a.start - b.start);
    return out;
  },
};

/** Where the date found at run `r` starts: the run, or the month name before it. */
function dateStartOf(text: string, runs: Int32Array, r: number): number {
  return dateStart(text, runs[r]!, runs[r + 1]!);
}

/** How far after its cue a birth date may start ("geboren op 12", "date of birth (dd-mm-yyyy): 12"). */
const CUE_REACH = 40;

/** How long the rest of a birth question may be after its cue ("date of birth to verify?"). */
const QUESTION_TAIL = 20;
/** How far into the next line the answer's speaker may end ("20-10-2024 15:19 - Klant: "). */
const SPEAKER_REACH = 48;
/** How far into the answer its first number may stand ("February 9, 1968": nine characters). */
const ANSWER_REACH = 12;

/**
 * Where the answer to a birth question starts: the question ends its line a little after the cue
 * ("…je geboortedatum?", "And your date of birth to verify?"), and the next line's speaker is
 * followed by ": " ("07:17  Klant: ", "[18:40:08] Customer: "). The answer starts after that; -1
 * when the text is not so.
 */
function answerAfterQuestion(text: string, cueEnd: number): number {
  let nl = cueEnd;
  while (nl < text.length && nl - cueEnd <= QUESTION_TAIL && text.charCodeAt(nl) !== 10) nl++;
  if (codeAt(text, nl) !== 10) return -1;
  let q = nl - 1;
  while (q >= cueEnd && (text.charCodeAt(q) === SPACE || text.charCodeAt(q) === 13)) q--;
  if (q < cueEnd || text.charCodeAt(q) !== 63) return -1;
  const lineStart = nl + 1;
  for (let k = lineStart; k < text.length && k - lineStart <= SPEAKER_REACH; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return -1;
    if (c === 58 && codeAt(text, k + 1) === SPACE) {
      let answer = k + 2;
      while (codeAt(text, answer) === SPACE) answer++;
      return answer;
    }
  }
  return -1;
}

/** Index (even) of the first digit run starting at or after `pos`, or -1. */
function firstRunFrom(runs: Int32Array, pos: number): number {
  let lo = 0;
  let hi = runs.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (runs[mid * 2]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2 < runs.length ? lo * 2 : -1;
}
