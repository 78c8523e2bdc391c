// Mirrors src/pii/detectors/labelled-name.ts ('person-name-labelled'): capitals after an identity
// document's name label. The regex LABELLED (flags dgimu) is matched by hand below; the notes say
// which of its JS semantics each step keeps.
#include <vector>
#include <string>

#include <algorithm>

#include "../engine.h"
#include "../legal_forms.h"

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

// holderNames of labelled-name.ts: the name after a holder cue ("tnv r. benali.").
const WordSet& holderNotNames() {
  static const WordSet w{u"klant", u"customer", u"mij", u"me",  u"hem", u"haar", u"zijn", u"hun",
                         u"ons",   u"onze",     u"mijn", u"us", u"him", u"her",  u"them", u"my",
                         u"his",   u"our",      u"het",  u"een", u"the", u"a",   u"an"};
  return w;
}

/**
 * `set.has(word.toLowerCase())` for a set of ASCII words: only K (U+212A) lower-cases into ASCII
 * from outside it (HOLDER_NOT_NAMES, SPOKEN_NOT_NAMES of labelled-name.ts).
 */
bool isFoldedIn(const char16_t* s, int from, int to, const WordSet& set) {
  if (to - from > 16) return false;
  char16_t lower[16];
  for (int i = from; i < to; i++) {
    const int c = s[i];
    if (c == 0x212a) lower[i - from] = u'k';
    else if (c < 128) lower[i - from] = (char16_t)foldAscii(c);
    else return false;
  }
  return set.has(lower, 0, to - from);
}

bool isHolderNotName(const char16_t* s, int from, int to) { return isFoldedIn(s, from, to, holderNotNames()); }

bool isLegalFormWord(const char16_t* s, int from, int to) {
  for (u16view form : LEGAL_FORMS)
    if (u16view(s + from, (size_t)(to - from)) == form) return true;
  return false;
}

template <typename First>
int holderWordEnd(const ScanContext& ctx, int i, First first) {
  if (!first(ctx.at(i))) return i;
  int e = i + 1;
  for (;;) {
    const int c = ctx.at(e);
    if (isLetter(c)) e++;
    else if ((c == DASH || c == APOSTROPHE || c == RIGHT_QUOTE) && isLetter(ctx.at(e + 1))) e += 2;
    else return e;
  }
}

template <typename Letter>
int holderInitialsEnd(const ScanContext& ctx, int i, Letter letter) {
  int e = i;
  while (letter(ctx.at(e)) && ctx.at(e + 1) == DOT) e += 2;
  return e;
}

/** capitalisedFlags of labelled-name.ts: the lexicon's flags of "tim" read as "Tim". */
int capitalisedFlags(const char16_t* s, int from, int to, const WordTable& words) {
  if (!isLowerAscii(s[from]) || to - from > 64) return 0;
  char16_t word[64];
  for (int i = from; i < to; i++) word[i - from] = s[i];
  word[0] = (char16_t)(word[0] - 32);
  return words.get(word, 0, to - from);
}

/** SPOKEN_NOT_NAMES of labelled-name.ts, compared as isHolderNotName does (A–Z folded). */
const WordSet& spokenNotNames() {
  static const WordSet w{u"from", u"at",    u"about", u"with", u"and",   u"calling", u"here", u"again", u"speaking",
                         u"um",   u"uh",    u"eh",    u"er",   u"bij",   u"uit",     u"met",  u"en",    u"over",
                         u"hier", u"nog",   u"weer",  u"voor", u"ik",    u"i",       u"je",   u"you",   u"we",
                         u"wij",  u"jij",   u"is",    u"was",  u"de",    u"het",     u"een",  u"echt",  u"really",
                         u"just", u"still", u"also",  u"ook",  u"al",    u"maar",    u"but",  u"so",    u"dus",
                         u"your", u"uw",    u"the",   u"a",    u"an",    u"this",    u"that", u"dat",   u"deze",
                         u"die"};
  return w;
}

void holderNames(ScanContext& ctx, std::vector<Finding>& out, bool spoken) {
  static const std::string wordsName("personNameWords"), particlesName("personNameParticles");
  const WordTable& words = namedTable(wordsName);
  const WordTable& particles = namedTable(particlesName);
  constexpr int GIVEN = 1, SURNAME = 2;  // lexicon.ts NameFlag
  const char16_t* s = ctx.s;
  for (int cueEnd : ctx.cueEnds(spoken ? INTRODUCTION : NAME_HOLDER)) {
    int i = cueEnd;
    while (isBlank(ctx.at(i))) i++;
    if (ctx.at(i) == COLON) i++;
    while (isBlank(ctx.at(i))) i++;
    const int start = i;
    const bool lower = isLowerLetter(ctx.at(i));
    auto first = [lower](int c) { return lower ? isLowerLetter(c) : isUpperLetter(c); };
    bool known = !lower && !spoken;
    const int initials = holderInitialsEnd(ctx, i, first);
    if (initials > i) {
      known = true;
      i = initials;
    } else {
      const int e = holderWordEnd(ctx, i, first);
      if (e - i < 2 || particles.get(s, i, e) != 0 || isHolderNotName(s, i, e) ||
          (spoken && isFoldedIn(s, i, e, spokenNotNames())) || isLegalFormWord(s, i, e))
        continue;
      if (lower) known = (capitalisedFlags(s, i, e, words) & GIVEN) != 0;
      else if (spoken) known = (words.get(s, i, e) & GIVEN) != 0;
      i = e;
    }
    int end = -1;
    for (int count = 0; count < 4 && ctx.at(i) == SPACE; count++) {
      const int e = holderWordEnd(ctx, i + 1, [lower](int c) { return isLowerLetter(c) || (!lower && isUpperLetter(c)); });
      if (e == i + 1) break;
      if (particles.get(s, i + 1, e) != 0) {
        i = e;
        continue;
      }
      if (e - i - 1 < 2 || isHolderNotName(s, i + 1, e) || isLegalFormWord(s, i + 1, e)) break;
      if (spoken && isFoldedIn(s, i + 1, e, spokenNotNames())) break;
      if (!first(s[i + 1])) break;
      if (lower) known = known || (capitalisedFlags(s, i + 1, e, words) & SURNAME) != 0;
      else if (spoken) known = known || (words.get(s, i + 1, e) & SURNAME) != 0;
      end = e;
      i = e;
      if (lower) break;
    }
    const int after = ctx.at(end);
    // dashAfter of labelled-name.ts: " - ", " – ", " — " between clauses.
    const int dash = ctx.at(end + 1);
    const bool dashAfter = after == SPACE && (dash == 45 || dash == 0x2013 || dash == 0x2014) && ctx.at(end + 2) == SPACE;
    if (end < 0 || !known ||
        !(spoken || after == -1 || after == 44 || after == 46 || after == 59 || after == 63 || after == 33 ||
          after == NEWLINE || after == CR || dashAfter))
      continue;
    out.push_back(Finding{PERSON_NAME, start, end, 0.85, LABELLED_NAME_DETECTOR});
  }
}

// listedNames of labelled-name.ts: the people on a line that lists them ("Aanwezig: …").
const u16view LIST_LABELS[] = {u"aanwezig",   u"afwezig",   u"afwezig m.k.", u"afwezig met kennisgeving",
                                   u"deelnemers", u"genodigden", u"present",     u"attendees",
                                   u"participants", u"apologies", u"absent",     u"invited"};

int listedNameEnd(const ScanContext& ctx, int from, int to) {
  static const std::string particlesName("personNameParticles");
  const WordTable& particles = namedTable(particlesName);
  int words = 0, capitals = 0;
  for (int i = from; i < to;) {
    if (words > 0) {
      if (ctx.s[i] != SPACE) return -1;
      i++;
    }
    const int initials = holderInitialsEnd(ctx, i, [](int c) { return isUpperLetter(c); });
    if (initials > i) {
      i = initials;
    } else {
      const int e = holderWordEnd(ctx, i, [](int c) { return isLetter(c); });
      if (e == i) return -1;
      if (isUpperLetter(ctx.s[i])) {
        if (e - i >= 2) capitals++;
      } else if (particles.get(ctx.s, i, e) == 0) {
        return -1;
      }
      i = e;
    }
    if (++words > 6) return -1;
  }
  return capitals > 0 ? to : -1;
}

inline bool isItemEnd(int c) { return c == 44 || c == 59 || c == 40 || c == 10; }

void listedNames(ScanContext& ctx, std::vector<Finding>& out) {
  const char16_t* s = ctx.s;
  const int n = ctx.n;
  int skipUntil = -1;
  for (int c : ctx.positionsOf(COLON)) {
    if (c <= skipUntil) continue;
    int ls = c;
    while (ls > 0 && c - ls <= 32 && s[ls - 1] != NEWLINE) ls--;
    if (ls > 0 && s[ls - 1] != NEWLINE) continue;
    int from = ls;
    while (from < c && (s[from] == SPACE || s[from] == TAB)) from++;
    if (!isWordOfFolded(ctx.s, ctx.n, from, c, LIST_LABELS)) continue;
    int end = c;
    while (end < n && s[end] != NEWLINE) end++;
    if (end > c + 400) end = c + 400;
    for (int i = c + 1; i < end;) {
      int stop = i;
      while (stop < end && !isItemEnd(s[stop])) stop++;
      int st = i;
      while (st < stop && (s[st] == SPACE || s[st] == TAB)) st++;
      int colon = st;
      while (colon < stop && s[colon] != COLON) colon++;
      if (colon < stop && colon - st <= 16) {
        st = colon + 1;
        while (st < stop && s[st] == SPACE) st++;
      }
      int e = stop;
      while (e > st && (s[e - 1] == SPACE || s[e - 1] == CR)) e--;
      // splitOnAnd: " en ", " and ", " & " between two names.
      static const u16view ands[] = {u" en ", u" and ", u" & "};
      int partFrom = st;
      auto take = [&](int a, int b) {
        if (b > a && listedNameEnd(ctx, a, b) > 0) out.push_back(Finding{PERSON_NAME, a, b, 0.85, LABELLED_NAME_DETECTOR});
      };
      for (int k = st; k < e; k++) {
        if (s[k] != SPACE) continue;
        for (u16view w : ands) {
          if (k + (int)w.size() <= e && u16view(s + k, w.size()) == w) {
            take(partFrom, k);
            partFrom = k + (int)w.size();
            k = partFrom - 1;
            break;
          }
        }
      }
      take(partFrom, e);
      i = stop;
      if (i < n && s[i] == 40) {
        int close = i;
        while (close < n && s[close] != u')') close++;
        i = close >= n || close > end ? end : close + 1;
      } else {
        i++;
      }
    }
    skipUntil = end;
  }
}

// deviceNames of labelled-name.ts: the owner's name in a device's host name.
int capitalisedWordBefore(const ScanContext& ctx, int end) {
  int w = end;
  while (w > 0 && isLetter(ctx.s[w - 1])) w--;
  if (end - w < 2 || !isUpperLetter(ctx.s[w]) || isAlnum(ctx.at(w - 1))) return -1;
  return w;
}

/** particles.has(word.toLowerCase()) for a capitalised word: A–Z folded (the particles' capitals are ASCII). */
bool isParticleFolded(const ScanContext& ctx, int from, int to, const WordTable& particles) {
  if (to - from > 16) return false;
  char16_t lower[16];
  for (int i = from; i < to; i++) {
    const int c = ctx.s[i];
    if (c == 0x212a) lower[i - from] = u'k';
    else if (c >= 0xc0 && c <= 0xde && c != 0xd7) lower[i - from] = (char16_t)(c + 32);
    else lower[i - from] = (char16_t)foldAscii(c);
  }
  return particles.get(lower, 0, to - from) != 0;
}

/** ownerAfterDevice of labelled-name.ts: the end of the owner's name in "Galaxy-Reshma", or -1. */
int ownerAfterDevice(const ScanContext& ctx, int p, const WordTable& particles) {
  static const u16view devices[] = {u"galaxy", u"iphone", u"ipad",    u"pixel",  u"android",
                                    u"macbook", u"laptop", u"pc", u"desktop"};
  static const u16view models[] = {u"pro",  u"air",  u"mini", u"max",  u"plus",  u"ultra",
                                   u"lite", u"note", u"tab",  u"book", u"phone", u"pad"};
  const char16_t* s = ctx.s;
  int d = p;
  while (d > 0 && isAsciiLetter(s[d - 1])) d--;
  if (d == p || isAlnum(ctx.at(d - 1)) || ctx.at(d - 1) == DASH) return -1;
  if (!isWordOfFolded(s, ctx.n, d, p, devices)) return -1;
  if (!isUpperLetter(ctx.at(p + 1))) return -1;
  int end = p + 2;
  while (isLetter(ctx.at(end))) end++;
  if (end - p - 1 < 2) return -1;
  const int after = ctx.at(end);
  if (!(after == -1 || after == 34 || after == 39 || after == SPACE || after == 46 || after == NEWLINE || after == CR))
    return -1;
  if (isWordOfFolded(s, ctx.n, p + 1, end, models)) return -1;
  return isParticleFolded(ctx, p + 1, end, particles) ? -1 : end;
}

void deviceNames(ScanContext& ctx, std::vector<Finding>& out) {
  static const std::string particlesName("personNameParticles");
  const WordTable& particles = namedTable(particlesName);
  static const u16view devices[] = {u"iphone", u"ipad", u"mbp", u"macbook", u"mac", u"imac",
                                    u"galaxy", u"pixel", u"laptop", u"pc", u"phone", u"tablet"};
  const char16_t* s = ctx.s;
  int skipUntil = -1;
  for (int p : ctx.positionsOf(DASH)) {
    if (p <= skipUntil) continue;
    if (startsWithAsciiFolded(s, ctx.n, p + 1, u"van", 3) && ctx.at(p + 4) == DASH && isAlnum(ctx.at(p - 1))) {
      const int start = p + 5;
      const int end = holderWordEnd(ctx, start, [](int c) { return isUpperLetter(c); });
      if (end - start >= 2 && !isAlnum(ctx.at(end)) && !isParticleFolded(ctx, start, end, particles)) {
        out.push_back(Finding{PERSON_NAME, start, end, 0.85, LABELLED_NAME_DETECTOR});
        skipUntil = end - 1;
      }
      continue;
    }
    const int owner = ownerAfterDevice(ctx, p, particles);
    if (owner > 0) {
      out.push_back(Finding{PERSON_NAME, p + 1, owner, 0.85, LABELLED_NAME_DETECTOR});
      skipUntil = owner - 1;
      continue;
    }
    if (ctx.at(p - 1) != 115) continue;
    const int start = capitalisedWordBefore(ctx, p - 1);
    if (start < 0) continue;
    int d = p + 1;
    while (isAsciiLetter(ctx.at(d))) d++;
    if (isAlnum(ctx.at(d))) continue;
    if (isWordOfFolded(s, ctx.n, p + 1, d, devices)) out.push_back(Finding{PERSON_NAME, start, p - 1, 0.85, LABELLED_NAME_DETECTOR});
  }
}

}  // namespace

void find_labelled_name(ScanContext& ctx, std::vector<Finding>& out) {
  const size_t base = out.size();
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
  holderNames(ctx, out, false);
  holderNames(ctx, out, true);
  listedNames(ctx, out);
  deviceNames(ctx, out);
  displayNames(ctx, out);
  // Each list is in text order: merge them (stable, as the JS sort). `out` holds the findings of
  // the detectors before this one from `base` back.
  if (out.size() > base + 1)
    std::stable_sort(out.begin() + (std::ptrdiff_t)base, out.end(),
                     [](const Finding& a, const Finding& b) { return a.start < b.start; });
}

}  // namespace gs
