import {
  COMMA,
  DASH,
  DOT,
  isAlnum,
  isDigit,
  isLetter,
  isLowerLetter,
  isUpperLetter,
  SLASH,
  SPACE,
} from '../chars.js';
import type { Detector } from '../detector.js';
import type { PiiFinding, PiiType } from '../finding.js';
import { nameColumnLabels } from '../lexicon/name-labels.js';
import type { ScanContext } from '../scan-context.js';
import { cellStarts, type TableHeader } from '../table-header.js';
import { type KeyForm, keyedValues, type ReaderOf, type ValueReader } from './keyed-values.js';
import { additionLength } from './postal-address.js';
import { sqlDumpValues } from './sql-dump-values.js';

/**
 * Values of an export's name and address columns. In a CRM or billing export ("klantnr;voornaam;
 * achternaam;adres;…") the header says what every cell below it holds, so a cell is a name or an
 * address by its column — also when the words alone would not say so ("Sem", "de Wit", "Spui 25"):
 * a short first name, a surname without a lexicon entry, a street without a street suffix. Prose
 * detectors cannot take such words without flagging ordinary ones; a labelled column can. Exports
 * that split a name or an address over columns (voornaam; tussenvoegsel; achternaam; voorletters —
 * straat; huisnr; toevoeging) have each part read by its own column. The values of JSON and XML
 * keys with the same labels (`"lastName":"Bakker"`, `<huisnr>21</huisnr>`) are read the same way
 * (keyed-values.ts).
 */

/** Header labels of name columns (lexicon/name-labels.ts). */
const NAME_LABELS = new Set(nameColumnLabels);

/**
 * Keys of a person's handle, which people type in lower case ("display_name": "sri"): a name, or one
 * lower-case word (dots, hyphens and underscores between letters) without digits.
 */
const HANDLE_KEYS = new Set(['display name']);

/**
 * Labels too general for a key of a JSON or XML value: `"name"` names products, plans and
 * services as often as people. A table column with such a header is still read (an export's
 * `naam` column is the customer's).
 */
const GENERIC_NAME_KEYS = new Set(['naam', 'name']);

/** Header labels of the tussenvoegsel column of a split name ("van der", often lower case). */
const PARTICLE_LABELS = new Set(['tussenvoegsel', 'tussenvoegsels', 'voorvoegsel', 'infix']);

/** Header labels of street-address columns. */
const ADDRESS_LABELS = new Set([
  'adres',
  'straat',
  'straatnaam',
  'straat en huisnummer',
  'straat huisnummer',
  'woonadres',
  'postadres',
  'factuuradres',
  'bezorgadres',
  'aansluitadres',
  'address',
  'street',
  'street address',
  'address line 1',
  'address1',
  'street name',
  'streetname',
  'delivery street',
  'billing street',
]);

/** Header labels of the house-number column of a split address. */
const HOUSE_NUMBER_LABELS = new Set([
  'huisnummer',
  'huisnr',
  'huisnr.',
  'hnr',
  'house no',
  'house number',
  'housenumber',
  'house nr',
  'housenr',
]);

/** Header labels of the house-number addition column ("a", "bis", "2-hoog", "III"). */
const ADDITION_LABELS = new Set([
  'toevoeging',
  'huisnummertoevoeging',
  'huisnr toevoeging',
  'huisletter',
  'addition',
  'house number addition',
  'housenumber addition',
  'house no addition',
  'house number ext',
  'housenrext',
  'huisnummer toevoeging',
]);

/** Placeholders exports put where a value is missing. */
const PLACEHOLDERS = new Set([
  'onbekend',
  'unknown',
  'nvt',
  'n.v.t.',
  'geen',
  'none',
  'null',
  'anoniem',
  'anonymous',
]);

const QUOTE = 34;
const APOSTROPHES = new Set([39, 0x2019]);

/** A person's name as a cell holds it: letters, spaces, hyphens, apostrophes, initials' dots, the comma of "Graaf, H. de"; one capital at least. */
function looksLikeName(text: string, from: number, to: number): boolean {
  if (to - from > 80) return false;
  let capital = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isUpperLetter(c)) capital = true;
    else if (!isLetter(c) && c !== SPACE && c !== DASH && c !== DOT && c !== COMMA && !APOSTROPHES.has(c))
      return false;
  }
  return capital && !PLACEHOLDERS.has(text.slice(from, to).toLowerCase());
}

const nameEnd = (text: string, from: number, to: number) => (looksLikeName(text, from, to) ? to : -1);

/** A handle: a name, or a lower-case word of 2–32 letters with single . - _ between them ("sri", "jan-willem"). */
function handleEnd(text: string, from: number, to: number): number {
  if (looksLikeName(text, from, to)) return to;
  if (to - from < 2 || to - from > 32) return -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLowerLetter(c)) continue;
    const joins = c === DOT || c === DASH || c === 95;
    if (!joins || i === from || i === to - 1 || !isLowerLetter(text.charCodeAt(i + 1))) return -1;
  }
  return to;
}

/**
 * The street and house number at the start of an address cell ("Spui 25", "'s-Gravendijkwal 212",
 * "Damrak 271-348", "Noordeinde 178 a"): where they end, or -1 when the cell does not start so.
 * A postcode and place after them ("Sportlaan 114 6553BC Nijmegen") are left to the postcode
 * detector and out of the address, as the prose detector does.
 */
function streetAddressEnd(text: string, from: number, to: number): number {
  if (to - from < 3 || to - from > 100) return -1;
  const first = text.charCodeAt(from);
  if (!isLetter(first) && !APOSTROPHES.has(first)) return -1;
  let letters = 0;
  let i = from;
  for (; i < to && !isDigit(text.charCodeAt(i)); i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) letters++;
    else if (c !== SPACE && c !== DASH && c !== DOT && !APOSTROPHES.has(c)) return -1;
  }
  if (i === to || letters < 2 || text.charCodeAt(i - 1) !== SPACE) return -1;
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  // The addition: "-348", "/5", "-hs", "A", " a", " bis", " III" — a short token, not the postcode's digits.
  const mark = text.charCodeAt(i);
  if ((mark === DASH || mark === SLASH) && isAlnum(text.charCodeAt(i + 1))) {
    let k = i + 1;
    while (k < to && k - i <= 4 && isAlnum(text.charCodeAt(k))) k++;
    return k;
  }
  let k = text.charCodeAt(i) === SPACE ? i + 1 : i;
  const additionStart = k;
  while (k < to && k - additionStart < 4 && isLetter(text.charCodeAt(k))) k++;
  const after = k < to ? text.charCodeAt(k) : SPACE;
  const word = k > additionStart && (after === SPACE || after === COMMA) ? k : i;
  // Or the longer forms prose addresses have ("114 3-hoog", "13 B09", "160 3e verd."), in the cell.
  const prose = i + additionLength(text, i);
  return prose > word && prose <= to ? prose : word;
}

/**
 * The street name alone, as an export that splits the address holds it ("Kievitstraat", "Laan van
 * Meerdervoort"): letters, spaces, hyphens, dots and apostrophes, two letters at least.
 */
function streetNameEnd(text: string, from: number, to: number): number {
  if (to - from < 3 || to - from > 60) return -1;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) letters++;
    else if (c !== SPACE && c !== DASH && c !== DOT && !APOSTROPHES.has(c)) return -1;
  }
  return letters >= 2 && !PLACEHOLDERS.has(text.slice(from, to).toLowerCase()) ? to : -1;
}

/** Labels that name the street itself: on a form line the street may stand alone ("Straat: Molenerf"). */
const STREET_LABELS = new Set(['straat', 'straatnaam', 'street', 'street name', 'streetname']);

/** A form line's street: street and house number, else a capitalised street name alone. */
function streetLineEnd(text: string, from: number, to: number): number {
  const end = streetAddressEnd(text, from, to);
  if (end >= 0) return end;
  return isUpperLetter(text.charCodeAt(from)) ? streetNameEnd(text, from, to) : -1;
}

/** An address cell of a split address: street and house number, else the street name alone. */
function addressEnd(text: string, from: number, to: number): number {
  const end = streetAddressEnd(text, from, to);
  return end >= 0 ? end : streetNameEnd(text, from, to);
}

/** A house-number cell: a digit first, then at most nine digits, letters, `-`, `/`, `.` or spaces. */
function houseNumberEnd(text: string, from: number, to: number): number {
  if (to - from > 10 || !isDigit(text.charCodeAt(from))) return -1;
  for (let i = from + 1; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isAlnum(c) && c !== DASH && c !== SLASH && c !== DOT && c !== SPACE) return -1;
  }
  return to;
}

/** An addition cell ("a", "bis", "2-hoog", "3e verd.", "III"): up to ten such characters. */
function additionEnd(text: string, from: number, to: number): number {
  if (to - from > 10) return -1;
  let alnum = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isAlnum(c)) alnum = true;
    else if (c !== DASH && c !== SLASH && c !== DOT && c !== SPACE && !APOSTROPHES.has(c)) return -1;
  }
  return alnum && !PLACEHOLDERS.has(text.slice(from, to).toLowerCase()) ? to : -1;
}

/** A tussenvoegsel cell ("van der", "in 't", "De"): letters, spaces and apostrophes, up to fifteen. */
function particleCellEnd(text: string, from: number, to: number): number {
  if (to - from > 15) return -1;
  let letters = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) letters++;
    else if (c !== SPACE && !APOSTROPHES.has(c)) return -1;
  }
  return letters > 0 && !PLACEHOLDERS.has(text.slice(from, to).toLowerCase()) ? to : -1;
}

type Accept = ValueReader;

/** A column to read and how its cells are read. */
interface Column {
  index: number;
  accept: Accept;
}

interface Columns {
  names: Column[];
  addresses: Column[];
}

/** The name and address columns of a header, worked out once per header. */
const columnsOf = new WeakMap<TableHeader, Columns>();
function columns(header: TableHeader): Columns {
  let found = columnsOf.get(header);
  if (!found) {
    const names: Column[] = [];
    const addresses: Column[] = [];
    // With the house number in a column of its own, a street cell holds the street name alone.
    const split = header.cells.some((cell) => HOUSE_NUMBER_LABELS.has(cell));
    header.cells.forEach((cell, index) => {
      if (NAME_LABELS.has(cell)) names.push({ index, accept: nameEnd });
      else if (PARTICLE_LABELS.has(cell)) names.push({ index, accept: particleCellEnd });
      else if (ADDRESS_LABELS.has(cell))
        addresses.push({ index, accept: split ? addressEnd : streetAddressEnd });
      else if (HOUSE_NUMBER_LABELS.has(cell)) addresses.push({ index, accept: houseNumberEnd });
      else if (ADDITION_LABELS.has(cell)) addresses.push({ index, accept: additionEnd });
    });
    found = { names, addresses };
    columnsOf.set(header, found);
  }
  return found;
}

/** The value of every cell of the chosen columns that `accept` finds one in, trimmed of spaces and quotes. */
function cellsOf(
  ctx: ScanContext,
  text: string,
  pick: (c: Columns) => Column[],
  type: PiiType,
  detector: string,
): PiiFinding[] {
  const table = ctx.table();
  if (!table) return [];
  const wanted = pick(columns(table.header));
  if (wanted.length === 0) return [];
  const out: PiiFinding[] = [];
  let lineStart = table.firstRow;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    const starts = cellStarts(table.header, text, lineStart, end);
    if (starts) {
      for (const { index: column, accept } of wanted) {
        let from = starts[column]!;
        let to = column + 1 < starts.length ? starts[column + 1]! - 1 : end;
        while (from < to && text.charCodeAt(from) === SPACE) from++;
        while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
        if (to - from >= 2 && text.charCodeAt(from) === QUOTE && text.charCodeAt(to - 1) === QUOTE) {
          from++;
          to--;
        }
        const valueEnd = to > from ? accept(text, from, to) : -1;
        if (valueEnd > from)
          // The header labels the cell: as sure as a context word right before it, so a longer cell
          // value wins over a part of it that a prose detector found ("Graaf" of "Graaf, H. de").
          out.push({ type, start: from, end: valueEnd, score: 0.95, detector });
      }
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return out;
}

/** How the value of a JSON or XML key or a form label is read as a name part, if it names one. */
function nameReaderOf(key: string): ValueReader | undefined {
  if (HANDLE_KEYS.has(key)) return handleEnd;
  if (NAME_LABELS.has(key)) return GENERIC_NAME_KEYS.has(key) ? undefined : nameEnd;
  return PARTICLE_LABELS.has(key) ? particleCellEnd : undefined;
}

/**
 * How the value of a JSON or XML key or a form label is read as an address part, if it names one.
 * A form's address line must start with street and number ("Adres: zie boven" is no address).
 */
function addressReaderOf(key: string, form: KeyForm): ValueReader | undefined {
  if (ADDRESS_LABELS.has(key))
    return form !== 'line' ? addressEnd : STREET_LABELS.has(key) ? streetLineEnd : streetAddressEnd;
  if (HOUSE_NUMBER_LABELS.has(key)) return houseNumberEnd;
  return ADDITION_LABELS.has(key) ? additionEnd : undefined;
}

/**
 * A detector of a table's labelled columns, then of the values of JSON and XML keys, form lines
 * and SQL dump columns so labelled.
 */
function labelledValues(
  name: string,
  type: PiiType,
  pick: (c: Columns) => Column[],
  readerOf: ReaderOf,
): Detector {
  return {
    name,
    type,
    find(text, ctx) {
      const out = cellsOf(ctx, text, pick, type, name);
      const spans = keyedValues(text, readerOf);
      sqlDumpValues(text, readerOf, spans);
      for (let i = 0; i < spans.length; i += 2)
        out.push({ type, start: spans[i]!, end: spans[i + 1]!, score: 0.95, detector: name });
      return out;
    },
  };
}

export const nameColumnDetector = labelledValues(
  'person-name-column',
  'person_name',
  (c) => c.names,
  nameReaderOf,
);

export const addressColumnDetector = labelledValues(
  'street-address-column',
  'postal_address',
  (c) => c.addresses,
  addressReaderOf,
);
