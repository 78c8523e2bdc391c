// Mirrors src/pii/detectors/labelled-name.ts ('person-name-labelled'): capitals after an identity
// document's name label. The regex LABELLED (flags dgimu) is matched by hand below; the notes say
// which of its JS semantics each step keeps.
#include <vector>
#include <string>

#include "../engine.h"

namespace gs {

namespace {

constexpr int LABELLED_NAME_DETECTOR = 19;

/** Line terminators of JS `^`/`$` in multiline mode. */
inline bool isLineTerminator(int c) { return c == NEWLINE || c == CR || c == 0x2028 || c == 0x2029; }
inline bool isBlank(int c) { return c == SPACE || c == TAB; }

/**
 * [A-ZÀ-ÖØ-Þ] under /iu: a character matches when its simple case folding is one of the class's,
 * which adds the lower-case letters and ſ (U+017F → s), K (U+212A → k), Å (U+212B → å).
 */
inline bool isNameLetter(int c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0xfe && c != 0xd7 && c != 0xdf && c != 0xf7) ||
         c == 0x17f || c == 0x212a || c == 0x212b;
}
/** Of those, the ones toUpperCase changes (the rest are all \p{Lu}). */
inline bool isLowerNameLetter(int c) {
  return (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xfe && c != 0xf7) || c == 0x17f;
}
inline bool isValueChar(int c) {
  return isNameLetter(c) || c == APOSTROPHE || c == RIGHT_QUOTE || c == SPACE || c == DASH || c == 44;
}

/** A pattern letter under /iu: ASCII case, and ſ folds to s (the labels hold no k). */
inline bool foldEquals(int c, char16_t lowerPattern) {
  if (c == lowerPattern) return true;
  if (lowerPattern >= 97 && lowerPattern <= 122 && c == lowerPattern - 32) return true;
  return lowerPattern == u's' && c == 0x17f;
}

struct Match {
  int valueStart, valueEnd, end;
};

/** From after the label: `[ \t]*:[ \t]*(value)[ \t]*\r?(?=\n|$)`; every quantifier but the value's
 *  {0,60} is deterministic here, so only that one is backtracked. */
bool afterLabel(const char16_t* s, int n, int i, Match& m) {
  while (i < n && isBlank(s[i])) i++;
  if (i >= n || s[i] != COLON) return false;
  i++;
  while (i < n && isBlank(s[i])) i++;
  const int v = i;
  if (v >= n || !isNameLetter(s[v])) return false;
  int run = 0;
  while (run < 60 && v + 1 + run < n && isValueChar(s[v + 1 + run])) run++;
  for (int k = run; k >= 0; k--) {
    const int e = v + 1 + k;
    if (e >= n || !isNameLetter(s[e])) continue;
    int t = e + 1;
    while (t < n && isBlank(s[t])) t++;
    int end;
    if (t < n && s[t] == CR && (t + 1 == n || isLineTerminator(s[t + 1])))
      end = t + 1;
    else if (t == n || isLineTerminator(s[t]))
      end = t;
    else
      continue;
    m = Match{v, e + 1, end};
    return true;
  }
  return false;
}

/**
 * Whether a label (folded as in foldEquals) ends right before `end`, preceded by `[ \t]*` and a
 * place LABELLED may start: the text's start, a line start, or a \n or / it takes in.
 */
bool labelBefore(const char16_t* s, int end) {
  // The label alternatives, `names?` as names then name; which one matches does not matter here.
  static const u16view labels[] = {u"naam",       u"achternaam", u"voornamen", u"voornaam",  u"surname",       u"given names",
                                   u"given name", u"first names", u"first name", u"last name", u"name of holder", u"name"};
  for (u16view label : labels) {
    const int length = (int)label.size();
    const int i = end - length;
    if (i < 0) continue;
    int k = length - 1;
    while (k >= 0 && foldEquals(s[i + k], label[k])) k--;
    if (k >= 0) continue;
    int b = i - 1;
    while (b >= 0 && isBlank(s[b])) b--;
    if (b < 0 || isLineTerminator(s[b]) || s[b] == SLASH) return true;
  }
  return false;
}

/** The last two letters of the labels, ASCII case-folded (ſ only ends "names"): am, en, me, es, er. */
inline bool mayEndLabel(int before, int last) {
  before |= 0x20;
  if (last == 0x17f) return before == u'e';
  last |= 0x20;
  switch (last) {
    case u'm':
      return before == u'a';
    case u'n':
    case u's':
    case u'r':
      return before == u'e';
    case u'e':
      return before == u'm';
    default:
      return false;
  }
}

bool isAllCapitals(const char16_t* s, int from, int to) {
  bool pair = false;
  for (int i = from; i < to; i++) {
    int c = s[i];
    if (isLowerNameLetter(c)) return false;
    if (!pair && i > from && isNameLetter(c) && isNameLetter(s[i - 1])) pair = true;
  }
  return pair;
}

const WordSet& notNames() {
  static const WordSet w{u"UNKNOWN", u"ONBEKEND", u"NONE",  u"NULL",    u"NVT",      u"TEST",
                         u"ADMIN",   u"ROOT",     u"SYSTEM", u"ANONIEM", u"ANONYMOUS", u"TBD"};
  return w;
}

}  // namespace

void find_labelled_name(ScanContext& ctx, std::vector<Finding>& out) {
  const char16_t* s = ctx.s;
  const int n = ctx.n;
  // The JS tests LABEL_HINT /na(?:am|me)/i first, then runs LABELLED over the text. Every match
  // has a colon right after its label, and the colon decides the rest: the value and the match's
  // end follow from it alone, a start before the label (^, \n or /) only has to exist, and one
  // match's span (label, colon, value, blanks, \r) holds no place another could start. So the
  // matches are the colons with a label before them, in order, and the text is not walked. The
  // hint is implied: every label holds "naam" or "name" in ASCII letters.
  for (int colon : ctx.positionsOf(COLON)) {
    int e = colon;
    while (e > 0 && isBlank(s[e - 1])) e--;
    // `(?:[ \t]*\([^()\n]{1,20}\))?` between label and colon: "Naam (document):".
    if (e > 0 && s[e - 1] == u')') {
      int open = e - 2;
      while (open >= 0 && e - 2 - open <= 20 && s[open] != u'(' && s[open] != u')' && s[open] != NEWLINE) open--;
      if (open >= 0 && s[open] == u'(' && e - 2 - open >= 1 && e - 2 - open <= 20) {
        e = open;
        while (e > 0 && isBlank(s[e - 1])) e--;
      }
    }
    if (e < 4 || !mayEndLabel(s[e - 2], s[e - 1])) continue;
    Match m;
    if (!labelBefore(s, e) || !afterLabel(s, n, colon, m)) continue;
    if (isAllCapitals(s, m.valueStart, m.valueEnd) && !notNames().has(s, m.valueStart, m.valueEnd))
      out.push_back(Finding{PERSON_NAME, m.valueStart, m.valueEnd, 0.9, LABELLED_NAME_DETECTOR});
  }
}

}  // namespace gs
