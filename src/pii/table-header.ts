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
  // Every text's first line is tried: count the delimiters in one pass before splitting anything.
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    if (c === 44) counts[0]!++;
    else if (c === 59) counts[1]!++;
    else if (c === 9) counts[2]!++;
    else if (c === 124) counts[3]!++;
  }
  let best: string | undefined;
  let bestCount = 1;
  for (let k = 0; k < DELIMITERS.length; k++) {
    if (counts[k]! > bestCount) {
      best = DELIMITERS[k];
      bestCount = counts[k]!;
    }
  }
  if (!best) return undefined;
  // Exports of one system share their header line: read each such line once.
  const known = headerCache.get(trimmed);
  if (known !== undefined) return known ?? undefined;
  const header = readCells(trimmed, best);
  if (headerCache.size >= HEADER_CACHE_LIMIT) headerCache.clear();
  headerCache.set(trimmed, header ?? null);
  return header;
}

/** Header lines read so far (null: not a header). The headers are shared: callers only read them. */
const headerCache = new Map<string, TableHeader | null>();
const HEADER_CACHE_LIMIT = 256;

function readCells(line: string, delimiter: string): TableHeader | undefined {
  const cells = line.split(delimiter).map((c) => c.trim());
  if (!cells.every((c) => HEADER_CELL.test(c))) return undefined;
  return {
    delimiter,
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
