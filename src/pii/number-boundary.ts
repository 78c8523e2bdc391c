import { COMMA, codeAt, DASH, DOT, isAlnum, isDigit, SLASH } from './chars.js';

/**
 * Whether a number starting at `start` stands on its own on the left: not glued to a word
 * ("NL123456782B01", a VAT number), not the tail of a longer number or amount ("1.234.567.890",
 * "12,345678901", "2024-123456782"). With `commaCells` (the text is a comma-separated table) a
 * comma is a cell boundary, not a decimal comma: "…,4-VHF-88,0612345678,…" is two cells.
 */
export function freeOnLeft(text: string, start: number, commaCells = false): boolean {
  const b = codeAt(text, start - 1);
  if (isAlnum(b) || b === 95) return false;
  if (b === COMMA && commaCells) return true;
  if (b === DOT || b === COMMA || b === DASH || b === SLASH) return !isDigit(codeAt(text, start - 2));
  return true;
}

/** The same on the right of `end`: no digit, letter, or decimal/grouping continuation ("…782,50"). */
export function freeOnRight(text: string, end: number, commaCells = false): boolean {
  const a = codeAt(text, end);
  if (isAlnum(a) || a === 95) return false;
  if (a === COMMA && commaCells) return true;
  if (a === DOT || a === COMMA || a === DASH || a === SLASH) return !isDigit(codeAt(text, end + 1));
  return true;
}
