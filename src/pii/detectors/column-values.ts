import { COMMA, DASH, DOT, isAlnum, isDigit, isLetter, isUpperLetter, SPACE } from '../chars.js';
import type { Detector } from '../detector.js';
import type { PiiFinding, PiiType } from '../finding.js';
import type { ScanContext } from '../scan-context.js';
import { cellStarts, type TableHeader } from '../table-header.js';

/**
 * Values of an export's name and address columns. In a CRM or billing export ("klantnr;voornaam;
 * achternaam;adres;…") the header says what every cell below it holds, so a cell is a name or an
 * address by its column — also when the words alone would not say so ("Sem", "de Wit", "Spui 25"):
 * a short first name, a surname without a lexicon entry, a street without a street suffix. Prose
 * detectors cannot take such words without flagging ordinary ones; a labelled column can.
 */

/** Header labels (lower case, `_`/`-` read as spaces, as table-header.ts gives them) of name columns. */
const NAME_LABELS = new Set([
  'naam',
  'voornaam',
  'voornamen',
  'roepnaam',
  'achternaam',
  'familienaam',
  'geboortenaam',
  'volledige naam',
  'klantnaam',
  'naam klant',
  'contactpersoon',
  'tenaamstelling',
  'rekeninghouder',
  'name',
  'first name',
  'firstname',
  'given name',
  'given names',
  'last name',
  'lastname',
  'surname',
  'family name',
  'full name',
  'customer name',
  'contact name',
  'contact person',
  'account holder',
  'cardholder',
]);

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
  // The addition: "-348", "-hs", "A", " a", " bis", " III" — a short token, not the postcode's digits.
  if (text.charCodeAt(i) === DASH && isAlnum(text.charCodeAt(i + 1))) {
    let k = i + 1;
    while (k < to && k - i <= 4 && isAlnum(text.charCodeAt(k))) k++;
    return k;
  }
  let k = text.charCodeAt(i) === SPACE ? i + 1 : i;
  const additionStart = k;
  while (k < to && k - additionStart < 4 && isLetter(text.charCodeAt(k))) k++;
  const after = k < to ? text.charCodeAt(k) : SPACE;
  return k > additionStart && (after === SPACE || after === COMMA) ? k : i;
}

interface Columns {
  names: number[];
  addresses: number[];
}

/** The name and address columns of a header, worked out once per header. */
const columnsOf = new WeakMap<TableHeader, Columns>();
function columns(header: TableHeader): Columns {
  let found = columnsOf.get(header);
  if (!found) {
    found = { names: [], addresses: [] };
    header.cells.forEach((cell, i) => {
      if (NAME_LABELS.has(cell)) found!.names.push(i);
      else if (ADDRESS_LABELS.has(cell)) found!.addresses.push(i);
    });
    columnsOf.set(header, found);
  }
  return found;
}

/** The value of every cell of the chosen columns that `accept` finds one in, trimmed of spaces and quotes. */
function cellsOf(
  ctx: ScanContext,
  text: string,
  pick: (c: Columns) => number[],
  /** Where the value a cell holds ends, or -1 when the cell does not hold one. */
  accept: (text: string, from: number, to: number) => number,
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
      for (const column of wanted) {
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

export const nameColumnDetector: Detector = {
  name: 'person-name-column',
  type: 'person_name',
  find: (text, ctx) => cellsOf(ctx, text, (c) => c.names, nameEnd, 'person_name', 'person-name-column'),
};

export const addressColumnDetector: Detector = {
  name: 'street-address-column',
  type: 'postal_address',
  find: (text, ctx) =>
    cellsOf(ctx, text, (c) => c.addresses, streetAddressEnd, 'postal_address', 'street-address-column'),
};
