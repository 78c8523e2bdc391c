import { type Cell, labelColumns } from '../table-inference.js';
import type { ReaderOf, ValueReader } from './keyed-values.js';
import { canonicalKey, readTrimmed } from './keyed-values.js';

/**
 * Values of an SQL dump's named columns: `INSERT INTO t (first_name, last_name, street) VALUES
 * ('Kim','van der Meer','Rokin 12'),(…)` and PostgreSQL's `COPY t (…) FROM stdin;` rows, tab
 * separated, up to `\.`. The column list labels each value as a table's header labels its column,
 * so a value is read by its column's label (column-values.ts) — a dump copied into a ticket, a
 * seed file in a repository. Only the upper-case keywords pg_dump and mysqldump write are read,
 * and only statements with a column list (mysqldump's `--complete-insert`). The native scanner
 * reads them by the same rules (native/pii/detectors/column_values.cc). An `INSERT INTO t VALUES`
 * without a column list (mysqldump's default) has its columns named from the values of its table's
 * first rows, as an export without a header row is (table-inference.ts).
 */

const MAX_COLUMNS = 200;
const MAX_COLUMN_NAME = 64;

const isWhite = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

/** Skips white space from `k`. */
function skipWhite(text: string, k: number): number {
  while (k < text.length && isWhite(text.charCodeAt(k))) k++;
  return k;
}

/**
 * The column list at `k` (an opening parenthesis) as each column's reader; `end` is past the
 * closing one. Undefined when it is not a list of names.
 */
function columnList(
  text: string,
  k: number,
  readerOf: ReaderOf,
): { readers: (ValueReader | undefined)[]; end: number } | undefined {
  if (text.charCodeAt(k) !== 40) return undefined;
  const readers: (ValueReader | undefined)[] = [];
  let from = k + 1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 40) return undefined;
    if (c !== 44 && c !== 41) continue;
    // One name, without spaces and the quoting of either dialect: `name`, "name", [name].
    let s = from;
    let e = i;
    while (s < e && (isWhite(text.charCodeAt(s)) || isQuoteOfName(text.charCodeAt(s)))) s++;
    while (e > s && (isWhite(text.charCodeAt(e - 1)) || isQuoteOfName(text.charCodeAt(e - 1)))) e--;
    if (e === s || e - s > MAX_COLUMN_NAME || readers.length === MAX_COLUMNS) return undefined;
    readers.push(readerOf(canonicalKey(text, s, e), 'keyed'));
    from = i + 1;
    if (c === 41) return { readers, end: i + 1 };
  }
  return undefined;
}

const isQuoteOfName = (c: number) => c === 96 || c === 34 || c === 91 || c === 93;

/** A tuple's value: its column, its range (inside the quotes of a string), and whether it was quoted. */
type Take = (column: number, s: number, e: number, quoted: boolean) => void;

/** Reads value `[s, e)` of column `column` into `out` when the column has a reader. */
function taker(text: string, readers: (ValueReader | undefined)[], out: number[]): Take {
  return (column, s, e) => {
    const read = readers[column];
    if (!read) return;
    const found = readTrimmed(text, s, e, read);
    if (found) out.push(found[0], found[1]);
  };
}

/** The tuples after `VALUES` from `k`, each value handed to `take`; returns where they end. */
function tuples(text: string, k: number, take: Take, endRow?: () => boolean): number {
  const n = text.length;
  while (k < n && text.charCodeAt(k) === 40) {
    k++;
    for (let column = 0; ; column++) {
      k = skipWhite(text, k);
      if (text.charCodeAt(k) === 39) {
        const s = k + 1;
        let i = s;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === 92) i += 2;
          else if (c === 39 && text.charCodeAt(i + 1) === 39) i += 2;
          else if (c === 39) break;
          else i++;
        }
        if (i >= n) return n;
        take(column, s, i, true);
        k = skipWhite(text, i + 1);
      } else {
        const s = k;
        while (k < n && text.charCodeAt(k) !== 44 && text.charCodeAt(k) !== 41 && text.charCodeAt(k) !== 10)
          k++;
        take(column, s, k, false);
      }
      const c = text.charCodeAt(k);
      if (c === 44) {
        k++;
        continue;
      }
      if (c !== 41) return k;
      k++;
      break;
    }
    if (endRow?.()) return k;
    k = skipWhite(text, k);
    if (text.charCodeAt(k) !== 44) return k;
    k = skipWhite(text, k + 1);
  }
  return k;
}

/** `COPY … (columns) FROM stdin;` rows from `k`, to the line `\.`; returns where they end. */
function copyRows(text: string, k: number, take: Take): number {
  const n = text.length;
  let line = k;
  while (line < n) {
    let end = text.indexOf('\n', line);
    if (end === -1) end = n;
    const stop = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (stop - line === 2 && text.charCodeAt(line) === 92 && text.charCodeAt(line + 1) === 46) return end;
    let s = line;
    for (let column = 0; s <= stop; column++) {
      let e = text.indexOf('\t', s);
      if (e === -1 || e > stop) e = stop;
      // \N is PostgreSQL's NULL.
      if (!(e - s === 2 && text.charCodeAt(s) === 92 && text.charCodeAt(s + 1) === 78))
        take(column, s, e, false);
      s = e + 1;
    }
    line = end + 1;
  }
  return n;
}

/**
 * The table name before `p` (white space between), read backwards: `[nameStart, nameEnd, before]`,
 * `before` the end of the word before the name; undefined when no name with white space before it
 * stands there.
 */
function tableNameBefore(text: string, p: number): [number, number, number] | undefined {
  let j = p - 1;
  while (j >= 0 && isWhite(text.charCodeAt(j))) j--;
  const nameEnd = j + 1;
  while (j >= 0 && nameEnd - j <= 128) {
    const c = text.charCodeAt(j);
    if (isWhite(c) || c === 40 || c === 41) break;
    j--;
  }
  const nameStart = j + 1;
  if (nameStart === nameEnd || j < 0 || !isWhite(text.charCodeAt(j))) return undefined;
  while (j >= 0 && isWhite(text.charCodeAt(j))) j--;
  return [nameStart, nameEnd, j + 1];
}

/**
 * The statement a column list at `p` (its opening parenthesis) belongs to: `INSERT INTO name (` or
 * `COPY name (`; undefined for any other parenthesis.
 */
function statementAt(text: string, p: number): 'insert' | 'copy' | undefined {
  const end = tableNameBefore(text, p)?.[2];
  if (end === undefined) return undefined;
  if (end >= 11 && text.startsWith('INSERT INTO', end - 11)) return 'insert';
  if (end >= 4 && text.startsWith('COPY', end - 4)) return 'copy';
  return undefined;
}

/**
 * The table name of `INSERT INTO name VALUES (` when `p` is that parenthesis (a statement without
 * a column list), as `[start, end]`; undefined otherwise.
 */
function valuesStatementAt(text: string, p: number): [number, number] | undefined {
  let j = p - 1;
  while (j >= 0 && isWhite(text.charCodeAt(j))) j--;
  if (j < 6 || !text.startsWith('VALUES', j - 5) || !isWhite(text.charCodeAt(j - 6))) return undefined;
  const table = tableNameBefore(text, j - 5);
  if (!table || table[2] < 11 || !text.startsWith('INSERT INTO', table[2] - 11)) return undefined;
  return [table[0], table[1]];
}

/** Rows read to name the columns of a table dumped without a column list. */
const SAMPLE_ROWS = 20;

/** The parenthesis of every `INSERT INTO name VALUES (` without a column list, by table name. */
function valuesStatements(text: string): Map<string, number[]> {
  const byTable = new Map<string, number[]>();
  for (let p = text.indexOf('('); p !== -1; p = text.indexOf('(', p + 1)) {
    const table = valuesStatementAt(text, p);
    if (!table) continue;
    const name = text.slice(table[0], table[1]);
    const list = byTable.get(name);
    if (list) list.push(p);
    else byTable.set(name, [p]);
  }
  return byTable;
}

/**
 * The readers of the columns of a table dumped without a column list: its first rows, from the
 * statements at `statements`, labelled by their values.
 */
function inferredReaders(
  text: string,
  statements: readonly number[],
  readerOf: ReaderOf,
): (ValueReader | undefined)[] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  const take: Take = (column, s, e, quoted) => {
    while (s < e && text.charCodeAt(s) === 32) s++;
    while (e > s && text.charCodeAt(e - 1) === 32) e--;
    // NULL is no value; only a string's content is one.
    if (!quoted && e - s === 4 && text.startsWith('NULL', s)) e = s;
    row[column] = { from: s, to: e };
  };
  const endRow = () => {
    rows.push(row);
    row = [];
    return rows.length >= SAMPLE_ROWS;
  };
  for (const q of statements) {
    if (rows.length >= SAMPLE_ROWS) break;
    tuples(text, q, take, endRow);
    row = [];
  }
  const width = rows[0]?.length ?? 0;
  const same = rows.filter((r) => r.length === width);
  if (width < 4 || same.length < 3 || same.length * 5 < rows.length * 4) return [];
  return labelColumns(text, same, width).map((label) => (label ? readerOf(label, 'keyed') : undefined));
}

/**
 * Every value of a named column of the dump statements in `text`, appended to `out` as `[start,
 * end]` pairs. Statements are found from their column list's parenthesis, the anchor the native
 * scanner already has, rather than by searching the text for each keyword.
 */
export function sqlDumpValues(text: string, readerOf: ReaderOf, out: number[]): void {
  let after = 0;
  let inferred: Map<string, (ValueReader | undefined)[]> | undefined;
  let statements: Map<string, number[]> | undefined;
  for (let p = text.indexOf('('); p !== -1; p = text.indexOf('(', p + 1)) {
    if (p < after) continue;
    const statement = statementAt(text, p);
    if (!statement) {
      const table = valuesStatementAt(text, p);
      if (!table) continue;
      const name = text.slice(table[0], table[1]);
      inferred ??= new Map();
      statements ??= valuesStatements(text);
      let readers = inferred.get(name);
      if (!readers) {
        readers = inferredReaders(text, statements.get(name) ?? [], readerOf);
        inferred.set(name, readers);
      }
      if (readers.some((r) => r !== undefined)) after = tuples(text, p, taker(text, readers, out));
      continue;
    }
    const list = columnList(text, p, readerOf);
    if (!list?.readers.some((r) => r !== undefined)) continue;
    const k = skipWhite(text, list.end);
    const take = taker(text, list.readers, out);
    if (statement === 'insert') {
      if (text.startsWith('VALUES', k)) after = tuples(text, skipWhite(text, k + 6), take);
    } else if (text.startsWith('FROM stdin;', k)) {
      const nl = text.indexOf('\n', k);
      if (nl !== -1) after = copyRows(text, nl + 1, take);
    }
  }
}
