import type { Register } from './register.js';
import { registerTable } from './register-table.js';

/**
 * The register as CSV for spreadsheets, per RFC 4180: CRLF line ends, fields quoted when they hold
 * a comma, a quote or a line break, quotes doubled. The file starts with a UTF-8 byte-order mark:
 * without it Excel reads the file in the system's legacy code page and shows "beÃ«indigen" for
 * "beëindigen"; LibreOffice and RFC 4180 readers accept the mark.
 */

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * @example
 *   await writeFile('register.csv', registerToCsv(buildRegister(policy, { lang: 'nl' })));
 */
export function registerToCsv(register: Register): string {
  const { header, rows } = registerTable(register);
  return toCsv([header, ...rows]);
}

/** Any table of text as RFC 4180 CSV with a byte-order mark. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join(CRLF) + CRLF;
}

function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Spreadsheets run a cell that starts with =, +, - or @ as a formula, so a purpose written as
 * `=HYPERLINK(…)` would become a live link in the DPO's spreadsheet (OWASP "CSV injection"). A leading
 * apostrophe keeps such a cell from being evaluated; no register cell starts that way on purpose.
 */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
