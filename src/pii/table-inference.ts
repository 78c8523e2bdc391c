import { DASH, DOT, isDigit, isLetter, isUpperLetter, SPACE } from './chars.js';
import { readDate } from './dates.js';
import { isStreetWord } from './detectors/postal-address.js';
import { NameFlag, nameWordTable } from './lexicon/lexicon.js';
import { particles } from './lexicon/name-words.js';
import type { TableHeader } from './table-header.js';

/**
 * Column labels for an export without a header row. Systems dump customer tables as bare rows
 * ("47441811;Wilma;;Roelofs;4336 PG;…", a `COPY` body, a CSV written for another program), and a
 * reader knows the columns from their values: a column of given names, one of initials, a street
 * column followed by house numbers. This reads the first rows and names the columns it is sure
 * of, with the labels an export's header would use ("voornaam", "achternaam", "straat",
 * "huisnummer", …), so that the column machinery (column-values.ts, the header verdicts) reads
 * the cells exactly as under a real header; a column of dates from before the last fourteen years
 * is a birth-date column. Columns it is not sure of get an empty label.
 *
 * Mirrored by native/pii/table_inference.cc; the thresholds are whole-number ratios so that both
 * engines decide alike.
 */

const DELIMITERS = [44, 59, 9, 124]; // , ; tab |
/** Rows read to decide; a table must have at least MIN_ROWS of them with the same cell count. */
const SAMPLE_LINES = 20;
const MIN_ROWS = 3;
/** Only the start of a text is read: a row longer than this is no export row. */
const MAX_LINE = 2000;
const QUOTE = 34;
const APOSTROPHE = 39;

/** One cell's value: its range without surrounding spaces and double quotes. */
export interface Cell {
  from: number;
  to: number;
}

/**
 * The header an export without one would have, from its first rows; undefined when the text does
 * not start with at least three rows of four or more cells, or when no column is recognised.
 *
 * @example
 *   inferHeader('1;Wilma;;Roelofs\n2;Remco;van;Ommen\n3;Yusuf;;Koç')?.cells;
 *   // ['', 'voornaam', 'tussenvoegsel', 'achternaam']
 */
export function inferHeader(text: string): TableHeader | undefined {
  // Cheap gates first: every text whose first line is no header comes here.
  const firstEnd = lineEnd(text, 0);
  if (firstEnd > MAX_LINE || lineEnd(text, firstEnd + 1) >= text.length) return undefined;
  const delimiter = delimiterOf(text, firstEnd);
  if (delimiter < 0) return undefined;
  const rows: Cell[][] = [];
  let lines = 0;
  let width = -1;
  for (let start = 0; start < text.length && lines < SAMPLE_LINES; ) {
    const end = lineEnd(text, start);
    if (end - start > MAX_LINE) break;
    const to = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (to > start) {
      lines++;
      const cells = splitCells(text, start, to, delimiter);
      if (width < 0) width = cells.length;
      if (cells.length === width) rows.push(cells);
    }
    start = end + 1;
  }
  // Four rows in five must have the first row's width: free text with commas does not.
  if (width < 4 || rows.length < MIN_ROWS || rows.length * 5 < lines * 4) return undefined;
  const labels = labelColumns(text, rows, width);
  if (labels.every((l) => l === '')) return undefined;
  return { delimiter: String.fromCharCode(delimiter), cells: labels };
}

/** The end of the line starting at `from` (the index of its \n, or the text's length). */
function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

/** The delimiter the first line uses at least three times (the most used of , ; tab |), or -1. */
function delimiterOf(text: string, end: number): number {
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < end; i++) {
    const k = DELIMITERS.indexOf(text.charCodeAt(i));
    if (k >= 0) counts[k]!++;
  }
  let best = -1;
  let bestCount = 2;
  for (let k = 0; k < DELIMITERS.length; k++) {
    if (counts[k]! > bestCount) {
      best = DELIMITERS[k]!;
      bestCount = counts[k]!;
    }
  }
  return best;
}

/** The cells of the row text[from, to): delimiters inside double quotes do not split. */
function splitCells(text: string, from: number, to: number, delimiter: number): Cell[] {
  const cells: Cell[] = [];
  let quoted = false;
  let start = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : delimiter;
    if (c === QUOTE) quoted = !quoted;
    else if (c === delimiter && (!quoted || i === to)) {
      cells.push(trimCell(text, start, i));
      start = i + 1;
    }
  }
  return cells;
}

function trimCell(text: string, from: number, to: number): Cell {
  while (from < to && text.charCodeAt(from) === SPACE) from++;
  while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
  if (to - from >= 2 && text.charCodeAt(from) === QUOTE && text.charCodeAt(to - 1) === QUOTE) {
    from++;
    to--;
  }
  return { from, to };
}

/** What the values of one column are, counted over the rows. */
interface ColumnStats {
  nonEmpty: number;
  /** Capitalised words: letters, spaces, hyphens, apostrophes and dots, 2–40 characters … */
  wordy: number;
  /** … of them one word. */
  oneWord: number;
  given: number;
  /** Two words or more, the first a given name ("Sharon Jagessar"). */
  fullName: number;
  surname: number;
  initials: number;
  particle: number;
  /** Whose last word has a street ending ("Troelstralaan", "Dorpssingel"). */
  street: number;
  /** One to five digits. */
  number: number;
  /** Ten characters at most, without a run of four digits (a postcode's) … */
  short: number;
  /** … of them four characters at most ("hs", "bis", "2", "A"). */
  tiny: number;
  /** A whole date of a year in which someone now at least fourteen was born. */
  birthDate: number;
  /** Words, then a house number and a short addition ("Middenstraat 213", "Hoofdweg 101-II") … */
  streetNumber: number;
  /** … of which the last word has a street ending. */
  streetNumberSuffix: number;
}

function columnStats(text: string, rows: Cell[][], column: number): ColumnStats {
  const st: ColumnStats = {
    nonEmpty: 0,
    wordy: 0,
    oneWord: 0,
    given: 0,
    fullName: 0,
    surname: 0,
    initials: 0,
    particle: 0,
    street: 0,
    number: 0,
    short: 0,
    tiny: 0,
    birthDate: 0,
    streetNumber: 0,
    streetNumberSuffix: 0,
  };
  const words = nameWordTable();
  const lastBirthYear = new Date().getFullYear() - 14;
  for (const row of rows) {
    const { from, to } = row[column]!;
    if (to === from) continue;
    st.nonEmpty++;
    if (isInitials(text, from, to)) st.initials++;
    if (isParticles(text, from, to)) st.particle++;
    if (isHouseNumber(text, from, to)) st.number++;
    if (to - from <= 10 && !hasFourDigits(text, from, to)) {
      st.short++;
      if (to - from <= 4) st.tiny++;
    }
    if (isDigit(text.charCodeAt(from))) {
      const date = readDate(text, from);
      if (date && date.end === to && date.year >= 1900 && date.year <= lastBirthYear) st.birthDate++;
      continue;
    }
    const number = houseNumberAt(text, from, to);
    if (number > 0) {
      st.streetNumber++;
      let last = number - 1;
      while (last > from && text.charCodeAt(last - 1) !== SPACE) last--;
      if (isStreetWord(text.slice(last, number - 1))) st.streetNumberSuffix++;
      continue;
    }
    if (!isWordy(text, from, to)) continue;
    st.wordy++;
    const space = wordEnd(text, from, to, SPACE);
    const dash = wordEnd(text, from, space, DASH);
    const firstFlags = words.get(text, from, space) | (dash < space ? words.get(text, from, dash) : 0);
    if (space === to) {
      st.oneWord++;
      if (firstFlags & NameFlag.given) st.given++;
      if (words.get(text, from, to) & NameFlag.surname) st.surname++;
    } else if (firstFlags & NameFlag.given) st.fullName++;
    if (hasStreetWord(text, from, to)) st.street++;
  }
  return st;
}

/** Whether a word of text[from, to) has a street ending ("Hunzeweg", "Kanaalweg Oost", "Boterdiep WZ"). */
function hasStreetWord(text: string, from: number, to: number): boolean {
  for (let s = from; s < to; ) {
    const e = wordEnd(text, s, to, SPACE);
    if (isStreetWord(text.slice(s, e))) return true;
    s = e + 1;
  }
  return false;
}

/** Where the first word of text[from, to) ends at `stop`, or `to`. */
function wordEnd(text: string, from: number, to: number, stop: number): number {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === stop) return i;
  return to;
}

function isWordy(text: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 40 || !isUpperLetter(text.charCodeAt(from))) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && c !== SPACE && c !== DASH && c !== DOT && c !== APOSTROPHE && c !== 0x2019)
      return false;
  }
  return true;
}

/**
 * Where the house number of a street-and-number value starts ("Middenstraat 213", "Hoofdweg
 * 101-II", "Oude Ebbingestraat 139 hs"): capitalised words, a space, one to five digits and at
 * most six characters more; 0 when the value is not so.
 */
function houseNumberAt(text: string, from: number, to: number): number {
  let d = from;
  while (d < to && !isDigit(text.charCodeAt(d))) d++;
  if (d === to || d - from < 4 || text.charCodeAt(d - 1) !== SPACE || !isWordy(text, from, d - 1)) return 0;
  let e = d;
  while (e < to && isDigit(text.charCodeAt(e))) e++;
  return e - d <= 5 && to - e <= 6 ? d : 0;
}

/** "J.", "A.M.G.": one to five capitals, each with its dot. */
function isInitials(text: string, from: number, to: number): boolean {
  const len = to - from;
  if (len < 2 || len > 10 || len % 2 !== 0) return false;
  for (let i = from; i < to; i += 2) {
    if (!isUpperLetter(text.charCodeAt(i)) || text.charCodeAt(i + 1) !== DOT) return false;
  }
  return true;
}

/** "van", "de", "van der", "'t": every word a particle, in lower case. */
function isParticles(text: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  for (let s = from; s < to; ) {
    const e = wordEnd(text, s, to, SPACE);
    // An SQL string doubles its apostrophe: 'in ''t' holds "in 't".
    const w = text.charCodeAt(s) === APOSTROPHE && text.charCodeAt(s + 1) === APOSTROPHE ? s + 1 : s;
    if (e === w || !particles.has(text.slice(w, e))) return false;
    s = e + 1;
  }
  return true;
}

/** One to five digits and at most one letter after them ("181", "78c"). */
function isHouseNumber(text: string, from: number, to: number): boolean {
  let e = from;
  while (e < to && e - from < 5 && isDigit(text.charCodeAt(e))) e++;
  return e > from && (e === to || (e + 1 === to && isLetter(text.charCodeAt(e))));
}

function hasFourDigits(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to; i++) {
    run = isDigit(text.charCodeAt(i)) ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}

/**
 * The label of each of `width` columns from the values of `rows` ('' where it is not sure), also
 * for the rows of an SQL dump without a column list (sql-dump-values.ts). The labels are decided
 * in this order: given names, initials and full names by the lexicon; a street
 * column followed by house numbers (and an addition); the surname after a given-name column
 * (across a particle column); then a column that is mostly known surnames.
 */
export function labelColumns(text: string, rows: Cell[][], width: number): string[] {
  const n = rows.length;
  const stats: ColumnStats[] = [];
  for (let c = 0; c < width; c++) stats.push(columnStats(text, rows, c));
  const labels: string[] = new Array(width).fill('');
  // Filled in at least half the rows, and `num`/`den` of the filled ones pass.
  const most = (st: ColumnStats, count: number, num: number, den: number) =>
    st.nonEmpty * 2 >= n && count * den >= st.nonEmpty * num;
  for (let c = 0; c < width; c++) {
    const st = stats[c]!;
    if (most(st, st.given, 3, 5)) labels[c] = 'voornaam';
    else if (most(st, st.initials, 4, 5)) labels[c] = 'voorletters';
    else if (most(st, st.wordy, 4, 5) && most(st, st.fullName, 3, 5)) labels[c] = 'volledige naam';
    // Whole dates, four in five of a year someone now at least fourteen was born in: contract,
    // order and log dates are recent.
    else if (most(st, st.birthDate, 4, 5)) labels[c] = 'geboortedatum';
    else if (most(st, st.streetNumber, 4, 5) && st.streetNumberSuffix * 10 >= st.nonEmpty * 3)
      labels[c] = 'adres';
  }
  for (let c = 0; c + 1 < width; c++) {
    const st = stats[c]!;
    const next = stats[c + 1]!;
    if (labels[c] !== '' || labels[c + 1] !== '') continue;
    if (!most(st, st.wordy, 4, 5) || st.street * 10 < st.nonEmpty * 3 || !most(next, next.number, 4, 5))
      continue;
    labels[c] = 'straat';
    labels[c + 1] = 'huisnummer';
    const after = stats[c + 2];
    // An addition ("H", "3e verd.") is short and mostly absent, or tiny ("hs", "bis"); a city
    // column is always filled, with longer names.
    if (
      after &&
      labels[c + 2] === '' &&
      after.short === after.nonEmpty &&
      (after.nonEmpty * 2 <= n || after.tiny === after.nonEmpty)
    )
      labels[c + 2] = 'toevoeging';
  }
  for (let c = 0; c < width; c++) {
    if (labels[c] !== 'voornaam') continue;
    let k = c + 1;
    const particles = k < width && stats[k]!.particle > 0 && stats[k]!.particle === stats[k]!.nonEmpty;
    // A tussenvoegsel column may be empty in every row a dump holds ("'Yusuf', NULL, 'Yılmaz'"):
    // then the surname stands one further on.
    const emptyBeforeSurname =
      k + 1 < width &&
      stats[k]!.nonEmpty === 0 &&
      labels[k + 1] === '' &&
      most(stats[k + 1]!, stats[k + 1]!.wordy, 4, 5);
    if (k < width && labels[k] === '' && (particles || emptyBeforeSurname)) {
      labels[k] = 'tussenvoegsel';
      k++;
    }
    if (k < width && labels[k] === '' && most(stats[k]!, stats[k]!.wordy, 4, 5)) labels[k] = 'achternaam';
  }
  // A column of particles only, mostly empty ("de", "van der"), between one-word capitalised names
  // and capitalised names: the given name, tussenvoegsel and surname of a Dutch export.
  for (let c = 1; c + 1 < width; c++) {
    const st = stats[c]!;
    const given = stats[c - 1]!;
    const surname = stats[c + 1]!;
    if (labels[c - 1] !== '' || labels[c] !== '' || labels[c + 1] !== '') continue;
    if (st.particle === 0 || st.particle !== st.nonEmpty) continue;
    if (!most(given, given.oneWord, 4, 5) || !most(surname, surname.wordy, 4, 5)) continue;
    labels[c - 1] = 'voornaam';
    labels[c] = 'tussenvoegsel';
    labels[c + 1] = 'achternaam';
  }
  // One-word names and capitalised names side by side (across one column of particles or of
  // nothing), the lexicon knowing three in ten of them together: given name and surname.
  for (let c = 0; c + 1 < width; c++) {
    const given = stats[c]!;
    const gap = stats[c + 1]!;
    const k = gap.nonEmpty === 0 || (gap.particle > 0 && gap.particle === gap.nonEmpty) ? c + 2 : c + 1;
    const surname = stats[k];
    if (!surname || labels[c] !== '' || labels[k] !== '' || (k === c + 2 && labels[c + 1] !== '')) continue;
    if (!most(given, given.oneWord, 4, 5) || !most(surname, surname.wordy, 4, 5)) continue;
    if ((given.given + surname.surname) * 10 < (given.nonEmpty + surname.nonEmpty) * 3) continue;
    labels[c] = 'voornaam';
    if (k === c + 2) labels[c + 1] = 'tussenvoegsel';
    labels[k] = 'achternaam';
  }
  for (let c = 0; c < width; c++) {
    const st = stats[c]!;
    if (labels[c] !== '' || !most(st, st.wordy, 4, 5) || !most(st, st.surname, 2, 5)) continue;
    labels[c] = 'achternaam';
    // The given names before a surname column the lexicon found, across a particle column: one
    // capitalised word each, names the lexicon may not hold ("Tsjalling", "Harmke").
    let k = c - 1;
    if (k >= 0 && labels[k] === '' && stats[k]!.particle > 0 && stats[k]!.particle === stats[k]!.nonEmpty) {
      labels[k] = 'tussenvoegsel';
      k--;
    }
    if (k >= 0 && labels[k] === '' && most(stats[k]!, stats[k]!.oneWord, 4, 5)) labels[k] = 'voornaam';
  }
  return labels;
}
