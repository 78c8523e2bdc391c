// Character classes on UTF-16 code units, the same as src/pii/chars.ts: the detectors walk the
// text by index and never slice it.
#pragma once
#include <cstdint>

namespace gs {

inline bool isDigit(int c) { return c >= 48 && c <= 57; }
inline bool isUpperAscii(int c) { return c >= 65 && c <= 90; }
inline bool isLowerAscii(int c) { return c >= 97 && c <= 122; }
inline bool isAsciiLetter(int c) { return isUpperAscii(c) || isLowerAscii(c); }

/** Latin letters, including the accented ones of Latin-1 and Latin Extended-A/B. */
inline bool isLetter(int c) {
  if (c < 65) return false;
  if (c <= 90) return true;
  if (c < 97) return false;
  if (c <= 122) return true;
  if (c < 0xc0) return false;
  return c != 0xd7 && c != 0xf7 && c <= 0x24f;
}
/** isUpperExtendedA of chars.ts: the capitals of Latin Extended-A, which alternate with the small letters. */
inline bool isUpperExtendedA(int c) {
  if (c < 0x100 || c > 0x17e) return false;
  if (c <= 0x137 || (c >= 0x14a && c <= 0x177)) return (c & 1) == 0;
  if ((c >= 0x139 && c <= 0x148) || c >= 0x179) return (c & 1) == 1;
  return c == 0x178;
}
inline bool isUpperLetter(int c) {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c != 0xd7) || isUpperExtendedA(c);
}
inline bool isLowerLetter(int c) {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c != 0xf7) ||
         (c >= 0x100 && c <= 0x24f && !isUpperExtendedA(c));
}
inline bool isAlnum(int c) { return isDigit(c) || isLetter(c); }

/** foldAscii of chars.ts: an ASCII capital in lower case, every other code unit as it is. */
inline int foldAscii(int c) { return isUpperAscii(c) ? c + 32 : c; }

/** startsWithAsciiFolded of chars.ts: the lower-case ASCII `word` (length `len`) at s[i], A–Z folded. */
inline bool startsWithAsciiFolded(const char16_t* s, int n, int i, const char16_t* word, int len) {
  if (i < 0 || i + len > n) return false;
  for (int k = 0; k < len; k++)
    if (foldAscii(s[i + k]) != word[k]) return false;
  return true;
}

/** isWordOfFolded of chars.ts: s[from, to) is one of `words` (lower-case ASCII), A–Z folded. */
template <typename Words>
inline bool isWordOfFolded(const char16_t* s, int n, int from, int to, const Words& words) {
  for (const auto& w : words)
    if ((int)w.size() == to - from && startsWithAsciiFolded(s, n, from, w.data(), (int)w.size())) return true;
  return false;
}

/** JavaScript's regex `\s`: the ASCII blanks and every Unicode space and line terminator. */
inline bool isJsSpace(int c) {
  if (c == 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
         c == 0x202f || c == 0x205f || c == 0x3000 || c == 0xfeff;
}

/** cue-index.ts isLetterCode: the letters a cue word may not run into. */
inline bool isLetterCode(int c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7);
}

/** baseLetter of chars.ts: a letter as its lower-case ASCII base letter ("Ş" → 's'), 0 for anything else. */
inline int baseLetter(int c) {
  // BASE_LETTERS of chars.ts: U+00C0–U+017F, '.' where there is none.
  static constexpr char BASE_LETTERS[] =
      "aaaaaaaceeeeiiiidnooooo.ouuuuytsaaaaaaaceeeeiiiidnooooo.ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiii"
      "iiiiii..jjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc0 || c > 0x17f) return 0;
  int b = BASE_LETTERS[c - 0xc0];
  return b == '.' ? 0 : b;
}

constexpr int SPACE = 32, DOT = 46, COMMA = 44, DASH = 45, SLASH = 47, COLON = 58, PLUS = 43,
              LPAREN = 40, RPAREN = 41, AT = 64, LT = 60, GT = 62, NEWLINE = 10, CR = 13, TAB = 9,
              APOSTROPHE = 39, RIGHT_QUOTE = 0x2019, QUOTE = 34, UNDERSCORE = 95;

}  // namespace gs
