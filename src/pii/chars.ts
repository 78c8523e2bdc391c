/**
 * Character classes on UTF-16 char codes. The detectors walk the text with `charCodeAt` instead of
 * slicing it, so that scanning allocates nothing for the characters it passes over.
 */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
export const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
export const isAsciiLetter = (c: number): boolean => isUpperAscii(c) || isLowerAscii(c);
export const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || isDigit(c);

/** Latin letters, including the accented ones of Latin-1 and Latin Extended-A/B (é, ö, ł, ş, ı). */
export function isLetter(c: number): boolean {
  if (c < 65) return false;
  if (c <= 90) return true;
  if (c < 97) return false;
  if (c <= 122) return true;
  if (c < 0xc0) return false;
  return c !== 0xd7 && c !== 0xf7 && c <= 0x24f;
}

/**
 * The capitals of Latin Extended-A (Ş, Ł, Ğ, Č, Ő, İ, Ž…), where capital and small letter alternate
 * by code point: even capitals up to U+0137 and from U+014A, odd ones in U+0139–U+0148 and
 * U+0179–U+017E, and Ÿ. Turkish, Polish, Czech and Hungarian names start with them ("Şahin").
 */
export function isUpperExtendedA(c: number): boolean {
  if (c < 0x100 || c > 0x17e) return false;
  if (c <= 0x137 || (c >= 0x14a && c <= 0x177)) return (c & 1) === 0;
  if ((c >= 0x139 && c <= 0x148) || c >= 0x179) return (c & 1) === 1;
  return c === 0x178;
}

export function isUpperLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || isUpperExtendedA(c);
}

export function isLowerLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 0xdf && c <= 0xff && c !== 0xf7) ||
    (c >= 0x100 && c <= 0x24f && !isUpperExtendedA(c))
  );
}

export const isAlnum = (c: number): boolean => isDigit(c) || isLetter(c);

/** `c` in lower case when it is an ASCII capital; every other code unit as it is. */
export const foldAscii = (c: number): number => (isUpperAscii(c) ? c + 32 : c);

/** Whether `text` holds the lower-case ASCII `word` at `i`, capitals A–Z read as small letters. */
export function startsWithAsciiFolded(text: string, i: number, word: string): boolean {
  if (i < 0 || i + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++)
    if (foldAscii(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** Whether `text[from, to)` is one of `words` (lower-case ASCII), compared with A–Z folded. */
export function isWordOfFolded(text: string, from: number, to: number, words: readonly string[]): boolean {
  for (const w of words) if (w.length === to - from && startsWithAsciiFolded(text, from, w)) return true;
  return false;
}

/** The character code at `i`, or -1 outside the text, so boundary checks need no range test. */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

export const SPACE = 32;
export const DOT = 46;
export const COMMA = 44;
export const DASH = 45;
export const SLASH = 47;
export const COLON = 58;
export const PLUS = 43;
export const LPAREN = 40;
export const RPAREN = 41;
export const AT = 64;
export const LT = 60;
export const GT = 62;

/**
 * The base letters of U+00C0–U+017F in lower case, '.' where there is none (×, ÷, Ĳ): "Ş" and "ş"
 * give "s", "Ł" gives "l", "ß" gives "s". Mirrored by BASE_LETTERS in native/pii/chars.h.
 */
const BASE_LETTERS =
  'aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs';

/**
 * A letter as its lower-case ASCII base letter ("Ş" → "s", "é" → "e", "K" → "k"), so that a name
 * written with accents compares with one typed without them; 0 for anything else.
 */
export function baseLetter(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0 || c > 0x17f) return 0;
  const b = BASE_LETTERS.charCodeAt(c - 0xc0);
  return b === 46 ? 0 : b;
}
