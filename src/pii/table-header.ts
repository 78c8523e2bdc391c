/**
 * Column context for tabular text (CSV, TSV, semicolon exports): the header names what each column
 * holds ("geboortedatum", "bsn", "naam"), which is exactly the context word a value in that column
 * lacks. A text is taken as a table when its first line looks like a header row.
 */

export interface TableHeader {
  delimiter: string;
  /** Header cells, lower case, with `_` and `-` read as spaces ("date_of_birth" → "date of birth"). */
  cells: string[];
}

const DELIMITERS = [',', ';', '\t', '|'];
/** A header cell: a short label of letters, digits, spaces and `_-./()`, starting with a letter. */
const HEADER_CELL = /^"?[\p{L}][\p{L}\p{N} _\-./()]{0,40}"?$/u;

/**
 * Reads `line` as a header row: at least two delimiters of one kind, every cell a short label.
 *
 * @example
 *   parseHeader('klantnummer;naam;geboortedatum'); // { delimiter: ';', cells: ['klantnummer', 'naam', 'geboortedatum'] }
 */
export function parseHeader(line: string): TableHeader | undefined {
  const trimmed = line.endsWith('\r') ? line.slice(0, -1) : line;
  if (trimmed.length > 2000) return undefined;
  let best: string | undefined;
  let bestCount = 1;
  for (const d of DELIMITERS) {
    const count = trimmed.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  if (!best) return undefined;
  const cells = trimmed.split(best).map((c) => c.trim());
  if (!cells.every((c) => HEADER_CELL.test(c))) return undefined;
  return {
    delimiter: best,
    cells: cells.map((c) => c.replace(/^"|"$/g, '').toLowerCase().replace(/[_-]+/g, ' ')),
  };
}

/**
 * Where the cells of a row start (offsets into `text`, from `from` to `to`), counting delimiters
 * outside double quotes; undefined when the row has a different number of cells than the header,
 * which means it is not a row of this table.
 *
 * @example
 *   cellStarts({ delimiter: ';', cells: ['a', 'b'] }, 'x;y', 0, 3); // [0, 2]
 */
export function cellStarts(
  header: TableHeader,
  text: string,
  from: number,
  to: number,
): number[] | undefined {
  const d = header.delimiter.charCodeAt(0);
  const starts = [from];
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === d && !quoted) starts.push(i + 1);
  }
  return starts.length === header.cells.length ? starts : undefined;
}
