import { codeAt, isAlnum, isDigit, isLetter, isLowerAscii, isUpperAscii, SPACE } from '../chars.js';

/**
 * Values under a key in JSON and XML — `"lastName":"Bakker"`, `\"initials\":\"R.K.\"` (JSON inside a
 * log line), `"houseNumber": 12`, `<lastname>Verbeek</lastname>`. API payloads, message queues and
 * structured logs hold most of an organisation's personal data this way, and the key says what a
 * value is as a table's header does for its column; so does the label of a form's line ("Huisnummer:
 * 6", "Adres: Damrak 40, 7941 ZG Meppel"). The caller maps a key to how its value is
 * read (column-values.ts); this finds the keys and values. The native scanner reads them by the
 * same rules (native/pii/detectors/column_values.cc).
 */

/** Reads a value `[from, to)`: where the value ends, or -1 when it holds none. */
export type ValueReader = (text: string, from: number, to: number) => number;

const QUOTE = 34;
const BACKSLASH = 92;
const MAX_KEY = 40;
const MAX_VALUE = 80;

const isKeyChar = (c: number) => isAlnum(c) || c === 95 || c === 45;

/**
 * A key as a header label: camelCase split into words, `_` and `-` read as spaces, lower case —
 * "firstName", "first_name" and "FIRST-NAME" all read "first name".
 */
export function canonicalKey(text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 95 || c === 45) {
      if (out.length > 0 && !out.endsWith(' ')) out += ' ';
    } else if (isUpperAscii(c)) {
      if (i > from && isLowerAscii(text.charCodeAt(i - 1)) && !out.endsWith(' ')) out += ' ';
      out += String.fromCharCode(c + 32);
    } else out += text[i];
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** Trims spaces off `[from, to)` and hands it to `read`; the value's end, or -1. */
export function readTrimmed(
  text: string,
  from: number,
  to: number,
  read: ValueReader,
): [number, number] | undefined {
  let f = from;
  let t = to;
  while (f < t && text.charCodeAt(f) === SPACE) f++;
  while (t > f && text.charCodeAt(t - 1) === SPACE) t--;
  if (t <= f) return undefined;
  const end = read(text, f, t);
  return end > f ? [f, end] : undefined;
}

/** Where a key's value sits: in JSON or XML, or on a form's "Label: value" line. */
export type KeyForm = 'keyed' | 'line';

/** How the value of a key is read, if the key names something (per form). */
export type ReaderOf = (key: string, form: KeyForm) => ValueReader | undefined;

const MAX_LABEL = 40;

/** A character of a form label: letters, spaces, `-`, `_`, `/`, `.`. */
const isLabelChar = (c: number) => isLetter(c) || c === SPACE || c === 45 || c === 95 || c === 47 || c === 46;

/**
 * The JSON pair whose colon is at `c`: the value's `[start, end]` when its key is known, else
 * undefined; `null` when the colon is not a JSON key's at all (so a form label may be tried).
 */
function jsonValue(text: string, c: number, readerOf: ReaderOf): [number, number] | undefined | null {
  // The key: `"key"` (its quotes escaped in a log line: `\"key\"`), spaces, the colon.
  let j = c - 1;
  while (j >= 0 && text.charCodeAt(j) === SPACE) j--;
  if (codeAt(text, j) !== QUOTE) return null;
  j--;
  for (let n = 0; n < 3 && codeAt(text, j) === BACKSLASH; n++) j--;
  const keyEnd = j + 1;
  while (j >= 0 && keyEnd - j <= MAX_KEY && isKeyChar(text.charCodeAt(j))) j--;
  const keyStart = j + 1;
  if (keyEnd - keyStart < 2 || codeAt(text, j) !== QUOTE) return null;
  const read = readerOf(canonicalKey(text, keyStart, keyEnd), 'keyed');
  if (!read) return undefined;
  // The value: a string (to its closing quote, escaped or not) or a bare house number.
  let v = c + 1;
  while (codeAt(text, v) === SPACE) v++;
  for (let n = 0; n < 3 && codeAt(text, v) === BACKSLASH; n++) v++;
  let end = -1;
  if (codeAt(text, v) === QUOTE) {
    v++;
    let k = v;
    while (k < text.length && k - v <= MAX_VALUE) {
      const ch = text.charCodeAt(k);
      if (ch === QUOTE || ch === BACKSLASH || ch === 10 || ch === 13) break;
      k++;
    }
    const stop = codeAt(text, k);
    if (stop === QUOTE || stop === BACKSLASH) end = k;
  } else if (isDigit(codeAt(text, v))) {
    let k = v;
    while (k - v < 10 && (isAlnum(codeAt(text, k)) || codeAt(text, k) === 45)) k++;
    if (!isAlnum(codeAt(text, k))) end = k;
  }
  return end < 0 ? undefined : readTrimmed(text, v, end, read);
}

/** A form line "Huisnummer: 6", "Last name:   Aarts": the label from the line's start to the colon at `c`. */
function lineValue(text: string, c: number, readerOf: ReaderOf): [number, number] | undefined {
  // Back over the label, then over the indentation before it, to the line's start: most colons
  // (times, URLs, prose) fail at the first character that is no label's.
  let k = c - 1;
  while (k >= 0 && c - k <= MAX_LABEL + 8 && isLabelChar(text.charCodeAt(k))) k--;
  while (k >= 0 && c - k <= MAX_LABEL + 8 && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === 9)) k--;
  if (k >= 0 && text.charCodeAt(k) !== 10) return undefined;
  let from = k + 1;
  let to = c;
  while (from < to && (text.charCodeAt(from) === SPACE || text.charCodeAt(from) === 9)) from++;
  while (to > from && text.charCodeAt(to - 1) === SPACE) to--;
  if (to - from < 2 || to - from > MAX_LABEL || !isLetter(text.charCodeAt(from))) return undefined;
  const read = readerOf(canonicalKey(text, from, to), 'line');
  if (!read) return undefined;
  let v = c + 1;
  while (codeAt(text, v) === SPACE || codeAt(text, v) === 9) v++;
  let e = v;
  while (e < text.length && e - v <= MAX_VALUE) {
    const ch = text.charCodeAt(e);
    if (ch === 10 || ch === 13) break;
    e++;
  }
  if (e - v > MAX_VALUE) return undefined;
  return readTrimmed(text, v, e, read);
}

/**
 * The vCard properties read, with the key each component's value is read as: `N:` family, given
 * and additional names; `FN:` the formatted name; `ADR:` the street address (its third component,
 * after post-office box and extended address).
 */
const VCARD_PROPERTIES: Record<string, readonly (string | undefined)[]> = {
  N: ['family name', 'given name', 'middle name'],
  FN: ['full name'],
  ADR: [undefined, undefined, 'street address'],
};

/** A vCard parameter's character ("TYPE=CELL", "PREF=1"): between the property and its colon. */
const isParamChar = (c: number) => isAlnum(c) || c === 59 || c === 61 || c === 44 || c === 45 || c === QUOTE;

/**
 * The values of a vCard property line whose colon is at `c` ("N:Demir;Ayşe;;;", "ADR;TYPE=WORK:;;
 * Rode Weeshuisstraat 20-hs;Enschede;;7539BK;Nederland"), each component read as its key says,
 * appended to `out`; only in a text that holds a vCard.
 */
function vcardValues(
  text: string,
  c: number,
  readerOf: ReaderOf,
  out: number[],
  holdsVcard: () => boolean,
): void {
  let k = c - 1;
  while (k >= 0 && c - k <= 64 && isParamChar(text.charCodeAt(k))) k--;
  if (k >= 0 && text.charCodeAt(k) !== 10) return;
  const from = k + 1;
  let nameEnd = from;
  while (nameEnd < c && isUpperAscii(text.charCodeAt(nameEnd))) nameEnd++;
  if (nameEnd === from || (nameEnd < c && text.charCodeAt(nameEnd) !== 59)) return;
  const keys = VCARD_PROPERTIES[text.slice(from, nameEnd)];
  if (!keys || !holdsVcard()) return;
  let end = text.indexOf('\n', c);
  if (end === -1) end = text.length;
  if (text.charCodeAt(end - 1) === 13) end--;
  let start = c + 1;
  for (let i = 0; i < keys.length && start <= end; i++) {
    let stop = text.indexOf(';', start);
    if (stop === -1 || stop > end) stop = end;
    const read = keys[i] === undefined ? undefined : readerOf(keys[i]!, 'keyed');
    const found = read ? readTrimmed(text, start, stop, read) : undefined;
    if (found) out.push(found[0], found[1]);
    start = stop + 1;
  }
}

/**
 * Every value of a key `readerOf` knows, as `[start, end]` pairs: first by colon (a JSON pair, else
 * a form line, else a vCard property) in text order, then the XML elements.
 */
export function keyedValues(text: string, readerOf: ReaderOf): number[] {
  const out: number[] = [];
  // Whether the text holds a vCard, searched for once, when a line first looks like a property.
  let vcard: boolean | undefined;
  const holdsVcard = () => {
    vcard ??= text.includes('BEGIN:VCARD');
    return vcard;
  };
  for (let c = text.indexOf(':'); c !== -1; c = text.indexOf(':', c + 1)) {
    const json = jsonValue(text, c, readerOf);
    const found = json === null ? lineValue(text, c, readerOf) : json;
    if (found) out.push(found[0], found[1]);
    else if (json === null) vcardValues(text, c, readerOf, out, holdsVcard);
  }
  for (let p = text.indexOf('<'); p !== -1; p = text.indexOf('<', p + 1)) {
    // `<key>value</key>` on one line.
    if (!isLetter(codeAt(text, p + 1))) continue;
    let k = p + 1;
    while (k - p - 1 < MAX_KEY + 1 && isKeyChar(codeAt(text, k))) k++;
    const keyLength = k - p - 1;
    if (keyLength < 2 || keyLength > MAX_KEY || codeAt(text, k) !== 62) continue;
    const v = k + 1;
    let e = v;
    while (e < text.length && e - v <= MAX_VALUE) {
      const ch = text.charCodeAt(e);
      if (ch === 60 || ch === 10 || ch === 13) break;
      e++;
    }
    if (e === v || codeAt(text, e) !== 60 || codeAt(text, e + 1) !== 47) continue;
    if (!text.startsWith(text.slice(p + 1, k), e + 2) || codeAt(text, e + 2 + keyLength) !== 62) continue;
    const read = readerOf(canonicalKey(text, p + 1, k), 'keyed');
    if (!read) continue;
    const found = readTrimmed(text, v, e, read);
    if (found) out.push(found[0], found[1]);
  }
  return out;
}
