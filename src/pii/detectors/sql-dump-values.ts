import type { ReaderOf, ValueReader } from './keyed-values.js';
import { canonicalKey, readTrimmed } from './keyed-values.js';

/**
 * Values of an SQL dump's named columns: `INSERT INTO t (first_name, last_name, street) VALUES
 * ('Kim','van der Meer','Rokin 12'),(…)` and PostgreSQL's `COPY t (…) FROM stdin;` rows, tab
 * separated, up to `\.`. The column list labels each value as a table's header labels its column,
 * so a value is read by its column's label (column-values.ts) — a dump copied into a ticket, a
 * seed file in a repository. Only the upper-case keywords pg_dump and mysqldump write are read,
 * and only statements with a column list (mysqldump's `--complete-insert`). The native scanner
 * reads them by the same rules (native/pii/detectors/column_values.cc).
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

/** Reads value `[s, e)` of column `column` into `out` when the column has a reader. */
function take(
  text: string,
  readers: (ValueReader | undefined)[],
  column: number,
  s: number,
  e: number,
  out: number[],
) {
  const read = readers[column];
  if (!read) return;
  const found = readTrimmed(text, s, e, read);
  if (found) out.push(found[0], found[1]);
}

/** The tuples after `VALUES` from `k`; returns where they end. */
function tuples(text: string, k: number, readers: (ValueReader | undefined)[], out: number[]): number {
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
        take(text, readers, column, s, i, out);
        k = skipWhite(text, i + 1);
      } else {
        const s = k;
        while (k < n && text.charCodeAt(k) !== 44 && text.charCodeAt(k) !== 41 && text.charCodeAt(k) !== 10)
          k++;
        take(text, readers, column, s, k, out);
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
    k = skipWhite(text, k);
    if (text.charCodeAt(k) !== 44) return k;
    k = skipWhite(text, k + 1);
  }
  return k;
}

/** `COPY … (columns) FROM stdin;` rows from `k`, to the line `\.`; returns where they end. */
function copyRows(text: string, k: number, readers: (ValueReader | undefined)[], out: number[]): number {
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
        take(text, readers, column, s, e, out);
      s = e + 1;
    }
    line = end + 1;
  }
  return n;
}

/**
 * The statement a column list at `p` (its opening parenthesis) belongs to: `INSERT INTO name (` or
 * `COPY name (`, read backwards over the table's name; undefined for any other parenthesis.
 */
function statementAt(text: string, p: number): 'insert' | 'copy' | undefined {
  let j = p - 1;
  while (j >= 0 && isWhite(text.charCodeAt(j))) j--;
  const nameEnd = j + 1;
  while (j >= 0 && nameEnd - j <= 128) {
    const c = text.charCodeAt(j);
    if (isWhite(c) || c === 40 || c === 41) break;
    j--;
  }
  if (j === nameEnd - 1 || j < 0 || !isWhite(text.charCodeAt(j))) return undefined;
  while (j >= 0 && isWhite(text.charCodeAt(j))) j--;
  const end = j + 1;
  if (end >= 11 && text.startsWith('INSERT INTO', end - 11)) return 'insert';
  if (end >= 4 && text.startsWith('COPY', end - 4)) return 'copy';
  return undefined;
}

/**
 * Every value of a named column of the dump statements in `text`, appended to `out` as `[start,
 * end]` pairs. Statements are found from their column list's parenthesis, the anchor the native
 * scanner already has, rather than by searching the text for each keyword.
 */
export function sqlDumpValues(text: string, readerOf: ReaderOf, out: number[]): void {
  let after = 0;
  for (let p = text.indexOf('('); p !== -1; p = text.indexOf('(', p + 1)) {
    if (p < after) continue;
    const statement = statementAt(text, p);
    if (!statement) continue;
    const list = columnList(text, p, readerOf);
    if (!list?.readers.some((r) => r !== undefined)) continue;
    const k = skipWhite(text, list.end);
    if (statement === 'insert') {
      if (text.startsWith('VALUES', k)) after = tuples(text, skipWhite(text, k + 6), list.readers, out);
    } else if (text.startsWith('FROM stdin;', k)) {
      const nl = text.indexOf('\n', k);
      if (nl !== -1) after = copyRows(text, nl + 1, list.readers, out);
    }
  }
}
