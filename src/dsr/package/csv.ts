import type { StoredValue } from '../anonymise-value.js';

/**
 * Rows as CSV (RFC 4180: comma, CRLF, double quotes doubled), with a header of every field that
 * occurs. A cell that a spreadsheet would run as a formula (=, +, -, @ followed by something that is
 * not a plain number) gets a leading apostrophe: the file is opened by the person, in Excel.
 *
 * @example
 *   toCsv([{ id: 1, name: 'Jan, J.' }]); // 'id,name\r\n1,"Jan, J."\r\n'
 */
export function toCsv(rows: Record<string, StoredValue>[]): string {
  const header: string[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    for (const k of Object.keys(r)) {
      if (!seen.has(k)) {
        seen.add(k);
        header.push(k);
      }
    }
  }
  const lines = [header.map(cell).join(',')];
  for (const r of rows) lines.push(header.map((h) => cell(r[h] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function cell(value: StoredValue | string): string {
  let text: string;
  if (value === null) text = '';
  else if (typeof value === 'object') text = value.date;
  else text = String(value);
  if (/^[=+\-@]/.test(text) && !/^[+-]?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
