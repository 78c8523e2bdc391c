// Mirrors src/pii/detectors/person-name.ts (detector 'person-name'). The name lexicon, particles
// and titles come from TypeScript through src/pii/native/tables.ts, so both engines read one list.
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <cstring>

#include "../engine.h"
#include "../legal_forms.h"

namespace gs {
namespace {

constexpr int DETECTOR = 17;
constexpr int MAX_TOKENS = 5;

// lexicon.ts NameFlag
enum NameFlag : int {
  GIVEN = 1,
  SURNAME = 2,
  AMBIGUOUS_SURNAME = 4,
  TITLE = 8,
  GREETING = 16,
  NOT_NAME = 32,
  LEADING_PARTICLE = 64,
};

/**
 * One code unit of `toLowerCase()`, as far as the comparisons here can tell: they compare with
 * ASCII words (and 'ë'), and only these characters lower-case to one of those. U+0130 lower-cases
 * to two units ending in U+0307, which matches nothing here, so it is left as is.
 */
int lowerUnit(int c) {
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 0xc0 && c <= 0xde && c != 0xd7) return c + 32;
  if (c == 0x212a) return 'k';
  return c;
}

/**
 * Whether `word` (lower case) is the end of the lower-cased text s[from, to). Compared from the
 * last unit back: the callers try a dozen words at one end, and most differ in the last letter.
 */
bool lowerEndsWith(const char16_t* s, int from, int to, u16view word) {
  int len = (int)word.size();
  if (to - from < len) return false;
  for (int i = len - 1; i >= 0; i--)
    if (lowerUnit(s[to - len + i]) != word[i]) return false;
  return true;
}

using namespace std::literals;

struct Tables {
  const WordTable* known;
  const WordTable* particles;
  const WordTable* titles;
  /** src/pii/lexicon/name-roles.ts. */
  const WordTable* roles;
  /** src/pii/lexicon/name-labels.ts: lists walked in order. */
  const std::vector<std::u16string>* labels;
  const std::vector<std::u16string>* keyLabels;
  const std::vector<std::u16string>* agentPhrases;
};

const WordSet& nameOnlyParticles() {
  static const WordSet set{u"der", u"den", u"ter", u"ten", u"'t", u"\u2019t"};
  return set;
}

const WordSet& prepositions() {
  static const WordSet set{u"in", u"op", u"aan", u"uit", u"onder", u"bij", u"over", u"voor"};
  return set;
}

bool isParticleChar(int c) { return isLowerLetter(c) || c == APOSTROPHE || c == RIGHT_QUOTE; }

// chars.h's classes as one table: every class is empty from U+0250 on, so one bounds test
// answers for code units above it and for -1 (outside the text) alike.
enum CharClass : uint8_t { C_UPPER = 1, C_LOWER = 2, C_LETTER = 4 };
struct ClassTable {
  uint8_t c[0x250];
  ClassTable() {
    for (int i = 0; i < 0x250; i++)
      c[i] = (isUpperLetter(i) ? C_UPPER : 0) | (isLowerLetter(i) ? C_LOWER : 0) | (isLetter(i) ? C_LETTER : 0);
  }
};
const ClassTable classTable;
inline int charClass(int c) { return (unsigned)c < 0x250 ? classTable.c[c] : 0; }
inline bool upper(int c) { return charClass(c) & C_UPPER; }
inline bool lower(int c) { return charClass(c) & C_LOWER; }
inline bool letter(int c) { return charClass(c) & C_LETTER; }

#if defined(__SSE2__)
/** Two bits per unit of q[0, 8) that is a-z (movemask of the 16-bit compare). */
inline unsigned asciiLowerBits(const char16_t* q) {
  __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
  __m128i out = _mm_subs_epu16(_mm_sub_epi16(v, _mm_set1_epi16(97)), _mm_set1_epi16(25));  // 0 where a-z
  return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(out, _mm_setzero_si128()));
}
#endif

/**
 * The lexicon's answers for the capitalised words met so far, per thread: most of them are a few
 * hundred common words and names, and one line here costs less than the table's probe and
 * character array. Keyed by the table, which configure makes once per load.
 */
struct Memo {
  static constexpr int BITS = 12;
  static constexpr int MAX_LEN = 13;
  struct Entry {
    uint16_t len;  // 0: empty
    char16_t w[MAX_LEN];
    int32_t flags;
  };
  alignas(64) Entry e[1 << BITS];
  /**
   * The flags of the two- and three-letter ASCII words ("De", "Het", "Een", "Op"), by their
   * letters (shortSlot), so that a sixth of the capitals skip the hash: UNKNOWN until looked up.
   */
  static constexpr uint8_t UNKNOWN = 0xff;
  uint8_t shortFlags[26 * 27 * 27];
  const WordTable* table = nullptr;
  /** Per capital of the text: its word's end (or -1) and lexicon flags. */
  std::vector<int> ends, flags;
};
thread_local Memo memo;

class Finder {
 public:
  Finder(ScanContext& ctx, const Tables& t, Memo& m) : ctx(ctx), s(ctx.s), n(ctx.n), t(t), m(m) {}

  void run(std::vector<Finding>& out);

 private:
  ScanContext& ctx;
  const char16_t* s;
  int n;
  const Tables& t;
  Memo& m;
  /** Whether the header has a name column: -1 not looked at yet. */
  int nameColumns = -1;
  /**
   * The capitals and their words' ends and flags (run's first pass), and the capital being
   * looked at: the words a chain reads after it are mostly capitals further on, found there
   * instead of being read and looked up again.
   */
  const int* capitalAt = nullptr;
  const int* capitalEnd = nullptr;
  const int* capitalFlags = nullptr;
  size_t capitalCount = 0;
  size_t cursor = 0;

  int at(int i) const { return i >= 0 && i < n ? s[i] : -1; }
  static uint64_t load4(const char16_t* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }
  /** The memo slot of s[from, to): its first and last four units, or all of a shorter word. */
  int slotOf(int from, int to) const {
    int len = to - from;
    if (len > Memo::MAX_LEN) return -1;
    uint64_t h;
    if (len >= 4)
      h = (load4(s + from) * 0x9E3779B97F4A7C15ull) ^ (load4(s + to - 4) + (uint64_t)len) * 0xC2B2AE3D27D4EB4Full;
    else {
      h = (uint64_t)len;
      for (int i = from; i < to; i++) h = h * 31 + s[i];
      h *= 0x9E3779B97F4A7C15ull;
    }
    return (int)((h ^ (h >> 29)) >> (64 - Memo::BITS));
  }
  /**
   * Whether the memo entry holds s[from, from + len). Four overlapping 4-unit loads cover any
   * length from 4 to 13, so the test has no loop whose trip count the branch predictor must guess.
   */
  bool sameWord(const Memo::Entry& e, int from, int len) const {
    const char16_t* w = s + from;
    if (len < 4) {
      if (e.len != len) return false;
      for (int i = 0; i < len; i++)
        if (e.w[i] != w[i]) return false;
      return true;
    }
    int mid = len < 8 ? len - 4 : 4;
    int low = len < 8 ? 0 : len - 8;
    uint64_t diff = (load4(e.w) ^ load4(w)) | (load4(e.w + len - 4) ^ load4(w + len - 4)) |
                    (load4(e.w + mid) ^ load4(w + mid)) | (load4(e.w + low) ^ load4(w + low));
    return (diff == 0) & (e.len == len);
  }
  /** The end of a run of lower-case letters at j: ASCII ones eight at a time, then one by one. */
  int skipLower(int j) const {
#if defined(__SSE2__)
    while (j + 8 <= n) {
      unsigned mask = asciiLowerBits(s + j);
      if (mask != 0xffff) {
        j += __builtin_ctz(~mask) / 2;
        break;
      }
      j += 8;
    }
#endif
    while (j < n && lower(s[j])) j++;
    return j;
  }
  /** The shortFlags slot of s[from, to): A-Z then one or two of a-z, else -1. */
  int shortSlot(int from, int len) const {
    unsigned a = (unsigned)s[from] - 65, b = (unsigned)s[from + 1] - 97;
    unsigned c = len == 3 ? (unsigned)s[from + 2] - 97 : (unsigned)-1;
    if (a > 25 || b > 25 || (len == 3 && c > 25)) return -1;
    return (int)((a * 27 + b + 1) * 27 + c + 1);
  }
  /** known.get(s, from, to) through the memo; inline, as the capitals' loop asks it for every word. */
  [[gnu::always_inline]] int flagsOf(int from, int to) const {
    if (to - from <= 3 && to - from >= 2) {
      int k = shortSlot(from, to - from);
      if (k >= 0) {
        int v = m.shortFlags[k];
        if (v != Memo::UNKNOWN) return v;
        int f = t.known->get(s, from, to);
        if (f >= 0 && f < Memo::UNKNOWN) m.shortFlags[k] = (uint8_t)f;
        return f;
      }
    }
    int slot = slotOf(from, to);
    if (slot < 0) return t.known->get(s, from, to);
    int len = to - from;
    Memo::Entry& e = m.e[slot];
    if (sameWord(e, from, len)) return e.flags;
    int f = t.known->get(s, from, to);
    e.len = (uint16_t)len;
    std::memcpy(e.w, s + from, (size_t)len * 2);
    e.flags = f;
    return f;
  }

  struct Next {
    int start, end, particles;
    bool strong;
    int flags;  // of [start, end), when end >= 0
  };

  struct Chain {
    int end;
    int count;  // words (and flags)
    int words[2 * MAX_TOKENS];
    int flags[MAX_TOKENS];
    int particles;
    bool strongParticles;
  };

  struct Initials {
    int start, count, particles;
  };

  int wordEnd(int i) const;
  [[gnu::always_inline]] inline int capitalWordEnd(int i) const;
  int wordAt(int i, int* flags) const;
  int particleEnd(int i) const;
  bool particlesThenWord(int at0, Next& out) const;
  bool readChain(int start, int end, int firstFlags, Chain& chain) const;
  bool streetEnd(int from, int to) const;
  bool initialsBefore(int p, Initials& out) const;
  int nameStartAfterTitle(int p) const;
  bool afterLowerTitle(int p) const;
  int skipAfterSalutation(int i) const;
  int skipInlineTag(int i) const;
  bool legalFormAfter(int end) const;
  int invertedGivenEnd(int start, int end) const;
  bool endsWithWord(int end, const char16_t* word, int len) const;
  template <int N>
  bool endsWithWord(int end, const char16_t (&word)[N]) const {
    return endsWithWord(end, word, N - 1);
  }
  bool afterLabel(int p) const;
  bool afterLabelOrAgent(int p) const;
  bool afterChatStamp(int p) const;
  int trailingInitialEnd(int end) const;
  int registerOrderEnd(int end) const;
  bool afterSignOff(int p) const;
  bool afterRole(int p) const;
  int capsWordEnd(int i) const;
  bool speaksAgain(int p, int end) const;
  int capsNameEnd(int p) const;
  bool inNameColumn(int p);
  bool hasNameColumn();
  bool continuesName(int end) const;
  bool mayHaveEvidenceBefore(int p) const;
  bool laterGivenName(const Chain& chain) const;
  bool isGivenName(int from, int to, int flags) const;
  void emit(std::vector<Finding>& out, int start, int end, double score);
};

/**
 * The end of the capitalised word at `i` ("Jansen", "IJzerman", "O'Brien", "McDonald",
 * "Jan-Willem", "Çelik"), or -1.
 */
int Finder::wordEnd(int i) const {
  int c = at(i);
  if (!upper(c)) return -1;
  int j = i + 1;
  if (c == 73 && at(j) == 74) j++;
  int q = at(j);
  if ((q == APOSTROPHE || q == RIGHT_QUOTE) && upper(at(j + 1))) j += 2;
  int lowerStart = j;
  j = skipLower(j);
  if (j == lowerStart) return -1;
  if (upper(at(j)) && lower(at(j + 1))) j = skipLower(j + 1);
  while (at(j) == 45 && letter(at(j + 1))) {
    int k = j + 1;
    if (upper(at(k))) k++;
    int partStart = k;
    while (lower(at(k))) k++;
    if (k == partStart) break;
    j = k;
  }
  int after = at(j);
  return letter(after) || (after >= 48 && after <= 57) ? -1 : j;
}


/**
 * wordEnd(i) for the first pass, inline: most capitals are an ASCII capital and a run of ASCII
 * lower-case letters ended by a space or punctuation, answered here without wordEnd's call and
 * bounds tests; anything else (IJ, apostrophes, camel case, hyphens, letters or digits after the
 * run) goes to wordEnd.
 */
int Finder::capitalWordEnd(int i) const {
#ifndef __SSE2__
  return wordEnd(i);
#else
  int c = s[i];
  if ((unsigned)(c - 65) > 25 || c == 73 || i + 18 > n) return wordEnd(i);
  // The run of a-z after the capital, sixteen units at once and without a loop whose trip count
  // the branch predictor must guess: its length is where the bits end.
  uint64_t bits = (uint64_t)asciiLowerBits(s + i + 1) | (uint64_t)asciiLowerBits(s + i + 9) << 16;
  int run = __builtin_ctzll(~bits) / 2;
  int j = i + 1 + run;
  int after = s[j];  // j <= i + 17 < n
  bool plainEnd = charClass(after) == 0 && after != 45 && (unsigned)(after - 48) > 9;
  return run > 0 && run < 16 && plainEnd ? j : wordEnd(i);
#endif
}

/** wordEnd(i), and the word's flags: from the first pass when i is a capital after the cursor. */
int Finder::wordAt(int i, int* flags) const {
  size_t k = cursor;
  while (k < capitalCount && capitalAt[k] < i) k++;
  if (k < capitalCount && capitalAt[k] == i) {
    *flags = capitalFlags[k];
    return capitalEnd[k];
  }
  int end = wordEnd(i);
  *flags = end < 0 ? 0 : flagsOf(i, end);
  return end;
}

int Finder::particleEnd(int i) const {
  int j = i;
  for (; j - i <= 5; j++) {
    int c = at(j);
    if (!isLowerLetter(c) && c != APOSTROPHE && c != RIGHT_QUOTE) break;
  }
  if (j == i || j - i > 5 || at(j) != SPACE) return -1;
  return t.particles->has(s, i, j) ? j : -1;
}

bool Finder::particlesThenWord(int at0, Next& out) const {
  int i = at0;
  int count = 0;
  bool strong = false;
  bool preposition = false;
  // "Alphen aan den Rijn": "aan" opens a place name, never a surname.
  if (endsWithWord(i + 3, u"aan") && at(i + 3) == SPACE) return false;
  while (count < 3 && !isUpperLetter(at(i))) {
    int e = particleEnd(i);
    if (e < 0) return false;
    if (nameOnlyParticles().has(s, i, e)) strong = true;
    preposition = prepositions().has(s, i, e);
    i = e + 1;
    count++;
  }
  if (preposition) return false;
  int flags;
  int end = wordAt(i, &flags);
  if (end < 0) return false;
  out = Next{i, end, count, strong || count > 1, flags};
  return true;
}

/** STREET_END on the lower-cased word: (?:straat|weg|…|markt)$ */
bool Finder::streetEnd(int from, int to) const {
  static constexpr u16view ends[] = {u"straat"sv, u"weg"sv,   u"laan"sv,  u"plein"sv, u"gracht"sv,
                                     u"kade"sv,   u"singel"sv, u"dijk"sv, u"dreef"sv, u"hof"sv,
                                     u"park"sv,   u"pad"sv,   u"steeg"sv, u"markt"sv};
  for (u16view e : ends)
    if (lowerEndsWith(s, from, to, e)) return true;
  return false;
}

bool Finder::readChain(int start, int end, int firstFlags, Chain& chain) const {
  chain.count = 0;
  int nParticles = 0;
  bool strong = false;
  int pos = end;
  if ((firstFlags & LEADING_PARTICLE) && at(end) == SPACE) {
    Next next;
    if (!particlesThenWord(end + 1, next)) return false;
    int f = next.flags;
    if (f & NOT_NAME) return false;
    chain.words[0] = next.start;
    chain.words[1] = next.end;
    chain.flags[0] = f;
    chain.count = 1;
    nParticles = 1 + next.particles;
    strong = true;
    pos = next.end;
  } else {
    if (firstFlags & NOT_NAME) return false;
    chain.words[0] = start;
    chain.words[1] = end;
    chain.flags[0] = firstFlags;
    chain.count = 1;
  }
  while (chain.count < MAX_TOKENS && at(pos) == SPACE) {
    Next next;
    if (!particlesThenWord(pos + 1, next)) break;
    int f = next.flags;
    if (f & (NOT_NAME | TITLE | GREETING)) break;
    if (at(next.end) == SPACE && isDigit(at(next.end + 1)) && streetEnd(next.start, next.end)) break;
    chain.words[2 * chain.count] = next.start;
    chain.words[2 * chain.count + 1] = next.end;
    chain.flags[chain.count] = f;
    chain.count++;
    nParticles += next.particles;
    strong = strong || next.strong;
    pos = next.end;
  }
  chain.end = pos;
  chain.particles = nParticles;
  chain.strongParticles = strong;
  return true;
}

bool Finder::initialsBefore(int p, Initials& out) const {
  int k = p - 1;
  if (at(k) != SPACE) return false;
  int skipped = 0;
  for (; skipped < 3; skipped++) {
    int w = k;
    while (w > 0 && isParticleChar(s[w - 1])) w--;
    if (w < k && at(w - 1) == SPACE && t.particles->has(s, w, k))
      k = w - 1;
    else
      break;
  }
  int count = 0;
  int start = -1;
  int i = k;
  if (at(i) == SPACE) i--;
  while (at(i) == DOT && isUpperAscii(at(i - 1)) && !isLetter(at(i - 2))) {
    count++;
    start = i - 1;
    i -= 2;
    if (at(i) == SPACE && at(i - 1) == DOT) i--;
  }
  if (count == 0) return false;
  // "Polderlink B.V. Below …": a legal form after a word, not initials.
  if (count == 2 && (at(start) == 66 || at(start) == 78) && at(start + 2) == 86 && at(start - 1) == SPACE &&
      isLetter(at(start - 2)))
    return false;
  out = Initials{start, count, skipped};
  return true;
}

int Finder::nameStartAfterTitle(int p) const {
  int start = p;
  for (int k = 0; k < 3 && at(start - 1) == SPACE; k++) {
    int w = start - 1;
    while (w > 0 && isParticleChar(s[w - 1])) w--;
    if (w < start - 1 && at(w - 1) == SPACE && t.particles->has(s, w, start - 1))
      start = w;
    else
      break;
  }
  return afterLowerTitle(start) ? start : -1;
}

bool Finder::afterLowerTitle(int p) const {
  if (at(p - 1) != SPACE) return false;
  int e = p - 1;
  if (at(e - 1) == DOT) e--;
  // Titles are two to eight letters: a longer word is rejected after its ninth letter back.
  int st = e;
  while (st > 0 && e - st <= 8 && isLetter(s[st - 1])) st--;
  int len = e - st;
  return len >= 2 && len <= 8 && t.titles->has(s, st, e);
}

int Finder::skipAfterSalutation(int i) const {
  int pos = i;
  for (int k = 0; k < 4; k++) {
    while (at(pos) == SPACE || at(pos) == DOT || at(pos) == 44) pos++;
    int e = pos;
    while (isLetter(at(e))) e++;
    if (e > pos && e - pos <= 8 && t.titles->has(s, pos, e))
      pos = e;
    else
      break;
  }
  return pos;
}

/** legalFormAfter of person-name.ts: "Flora BV", "Polderlink B.V." name an organisation. */
bool Finder::legalFormAfter(int end) const {
  if (at(end) != SPACE) return false;
  for (u16view form : LEGAL_FORMS) {
    int len = (int)form.size();
    if (end + 1 + len > n) continue;
    bool same = true;
    for (int k = 0; same && k < len; k++) same = s[end + 1 + k] == form[k];
    if (!same) continue;
    int after = at(end + 1 + len);
    if (form.back() == u'.' || !(isLetter(after) || isDigit(after))) return true;
  }
  return false;
}

/** skipInlineTag of person-name.ts: past a tag of at most 40 characters opening at `i` ("<strong>"). */
int Finder::skipInlineTag(int i) const {
  if (at(i) != 60 || !isLetter(at(i + 1))) return i;
  for (int k = i + 2; k < i + 40; k++) {
    int c = at(k);
    if (c == 62) return k + 1;
    if (c == -1 || c == NEWLINE || c == 60) return i;
  }
  return i;
}

/** endsWithWord: `(charCodeAt | 32)`, where a position past the end (NaN) gives 32. */
bool Finder::endsWithWord(int end, const char16_t* word, int len) const {
  int start = end - len;
  if (start < 0 || isLetter(at(start - 1))) return false;
  for (int i = 0; i < len; i++) {
    int c = start + i < n ? (s[start + i] | 32) : 32;
    if (c != word[i]) return false;
  }
  return true;
}

bool Finder::afterLabel(int p) const {
  int q = at(p - 1) == 34 ? p - 1 : p;
  int c1 = at(q - 1);
  // nameKeyLabels (src/pii/lexicon/name-labels.ts), before `=` right before the value or with
  // blanks around it ("name = Wahyu Setiawan").
  auto keyBefore = [this](int end) {
    for (const std::u16string& key : *t.keyLabels)
      if (endsWithWord(end, key.data(), (int)key.size())) return true;
    return false;
  };
  if (c1 == 61) return keyBefore(q - 1);
  if (c1 == SPACE && at(q - 2) == 61 && at(q - 3) == SPACE) return keyBefore(q - 3);
  // The colon, past the blanks a form aligns its values with (MAX_LABEL_GAP, 24).
  int colon = q - 1;
  while (q - 1 - colon < 24 && (at(colon) == SPACE || at(colon) == 9)) colon--;
  if (at(colon) != 58) {
    if (c1 != SPACE) return false;
    return endsWithWord(q - 1, u"naam") || endsWithWord(q - 1, u"name");
  }
  // LABEL_WINDOW: the longest label and the blank before it.
  int from = colon + 1 - 24 > 0 ? colon + 1 - 24 : 0;
  int to = colon + 1;
  // nameLabels (src/pii/lexicon/name-labels.ts).
  for (const std::u16string& text : *t.labels) {
    const u16view label(text);
    if (!lowerEndsWith(s, from, to, label)) continue;
    // SHORT_LABEL (4): a short label stands as a word of its own ("Cc:", not "acn:").
    if (label.size() > 4 || !isLetter(at(to - (int)label.size() - 1))) return true;
  }
  return false;
}

/** afterChatStamp of person-name.ts: only a chat log's time stamp before `p` on its line. */
bool Finder::afterChatStamp(int p) const {
  int ls = p - 1;
  while (ls > 0 && p - ls <= 40 && s[ls - 1] != NEWLINE) ls--;
  if (ls > 0 && s[ls - 1] != NEWLINE) return false;
  auto digitsFrom = [this](int i, int max) {
    int k = i;
    while (k - i < max && isDigit(at(k))) k++;
    return k - i;
  };
  int i = ls;
  int k = i;
  while (k - i < 10 && (isDigit(at(k)) || at(k) == 45 || at(k) == 47)) k++;
  if (k - i >= 8 && (at(k) == SPACE || at(k) == 84)) i = k + 1;
  if (at(i) == 91) i++;
  int hours = digitsFrom(i, 2);
  if (hours == 0 || at(i + hours) != 58 || digitsFrom(i + hours + 1, 2) != 2) return false;
  i += hours + 3;
  if (at(i) == 58) {
    if (digitsFrom(i + 1, 2) != 2) return false;
    i += 3;
  }
  if (at(i) == 93) i++;
  if (at(i) != SPACE) return false;
  while (i < p && at(i) == SPACE) i++;
  if (i < p && at(i) == 45 && at(i + 1) == SPACE) {
    i += 2;
    while (i < p && at(i) == SPACE) i++;
  }
  return i == p;
}

bool Finder::afterLabelOrAgent(int p) const {
  if (afterLabel(p)) return true;
  // A mention: "@Menno kun jij kijken?" (not the domain of an address).
  if (at(p - 1) == 64) {
    int b = at(p - 2);
    if (!(isDigit(b) || isLetter(b) || b == DOT || b == 95 || b == 45)) return true;
  }
  if (at(p - 1) != SPACE) return false;
  if (afterChatStamp(p)) return true;
  // agentPhrases (src/pii/lexicon/name-labels.ts).
  for (const std::u16string& phrase : *t.agentPhrases)
    if (endsWithWord(p - 1, phrase.data(), (int)phrase.size())) return true;
  // A note signed with a dash: "… — Yvonne".
  return afterRole(p) || at(p - 2) == 0x2014;
}

int Finder::trailingInitialEnd(int end) const {
  return at(end) == SPACE && isUpperAscii(at(end + 1)) && at(end + 2) == DOT && !isLetter(at(end + 3)) ? end + 3
                                                                                                        : end;
}

int Finder::registerOrderEnd(int end) const {
  if (at(end) != 44 || at(end + 1) != SPACE) return end;
  int i = end + 2;
  while (isUpperAscii(at(i)) && at(i + 1) == DOT) i += 2;
  if (i == end + 2 || isLetter(at(i))) return end;
  int last = i;
  for (int k = 0; k < 3 && at(last) == SPACE; k++) {
    int j = last + 1;
    while (j - last <= 6 && isParticleChar(at(j))) j++;
    if (j == last + 1 || isLetter(at(j)) || !t.particles->has(s, last + 1, j)) break;
    last = j;
  }
  if (at(last) == SPACE && isUpperLetter(at(last + 1))) return end;
  return last;
}

/** isCellBoundary of person-name.ts: a text's end, a line break, a separator, a quote, a tag, emphasis. */
inline bool isCellBoundary(int c) {
  return c == -1 || c == NEWLINE || c == 13 || c == 124 || c == 59 || c == 44 || c == 9 || c == 34 ||
         c == APOSTROPHE || c == 60 || c == 62 || c == 58 || c == 42 || c == 95;
}

/** invertedGivenEnd of person-name.ts: "Kalloe, Priya", "Wójcik, M.K." filling a cell. */
int Finder::invertedGivenEnd(int start, int end) const {
  if (at(end) != 44 || at(end + 1) != SPACE) return end;
  int e = end + 2;
  int last = -1;
  for (int words = 0; words < 3; words++) {
    int we = wordEnd(e);
    if (we < 0 || !isGivenName(e, we, flagsOf(e, we))) break;
    last = we;
    if (at(we) != SPACE) break;
    e = we + 1;
  }
  if (last < 0) last = registerOrderEnd(end);
  if (last == end) return end;
  int after = last;
  while (at(after) == SPACE) after++;
  int before = start - 1;
  while (at(before) == SPACE) before--;
  return isCellBoundary(at(after)) && isCellBoundary(at(before)) ? last : end;
}

/**
 * SIGN_OFF, /(?:groet|…|best)[,.!]?\s*$/ on the lower-cased line: the line without its trailing
 * white space ends with one of the words, or with one of them and one of , . !
 */
bool Finder::afterSignOff(int p) const {
  int end = p - 1;
  while (end > 0 && (s[end - 1] == NEWLINE || s[end - 1] == 13)) end--;
  // text.lastIndexOf('\n', end - 1) + 1
  // A line longer than 40 fails the test below whatever its start: look back no further.
  int lineStart = 0;
  {
    int from = end - 1;
    if (from >= n) from = n - 1;
    int stop = end - 41;
    int i = from;
    for (; i >= 0 && i >= stop; i--)
      if (s[i] == NEWLINE) break;
    if (i >= 0 && i >= stop)
      lineStart = i + 1;
    else if (i >= 0)
      return false;
  }
  if (end - lineStart > 40 || end == lineStart) return false;
  int e = end;
  while (e > lineStart && isJsSpace(s[e - 1])) e--;
  static constexpr u16view words[] = {u"groet"sv,     u"groeten"sv, u"groetjes"sv, u"regards"sv, u"thanks"sv,
                                      u"thank you"sv, u"cheers"sv,  u"bvd"sv,      u"mvg"sv,     u"sincerely"sv,
                                      u"yours"sv,     u"dank"sv,    u"bedankt"sv,  u"best"sv,
                                      u"faithfully"sv, u"hoogachtend"sv, u"truly"sv};
  auto endsWithAny = [&](int to) {
    for (u16view w : words)
      if (lowerEndsWith(s, lineStart, to, w)) return true;
    return false;
  };
  if (endsWithAny(e)) return true;
  if (e > lineStart) {
    int c = s[e - 1];
    if ((c == 44 || c == 46 || c == 33) && endsWithAny(e - 1)) return true;
  }
  return false;
}

bool Finder::afterRole(int p) const {
  int e = p - 1;
  if (at(e) != SPACE) return false;
  if (at(e - 1) == 44) e--;
  int st = e;
  while (st > 0 && isLetter(s[st - 1])) st--;
  // "Uw monteur is Marloes": the role, then "is".
  if (e - st == 2 && endsWithWord(e, u"is") && at(st - 1) == SPACE) {
    e = st - 1;
    st = e;
    while (st > 0 && isLetter(s[st - 1])) st--;
  }
  if (e - st < 3 || e - st > 20) return false;
  // The roles (src/pii/lexicon/name-roles.ts) are ASCII: only an ASCII word lower-cases to one of them.
  char16_t buf[20];
  for (int i = st; i < e; i++) {
    int c = s[i];
    if (c >= 65 && c <= 90)
      c += 32;
    else if (!(c >= 97 && c <= 122))
      return false;
    buf[i - st] = (char16_t)c;
  }
  return t.roles->has(buf, 0, e - st);
}

/** NAME_COLUMN: /(?:naam|(?:^|\s)name|contactpersoon|surname)$/ on the header cell. */
bool isNameColumn(const std::u16string& column) {
  const char16_t* c = column.data();
  int len = (int)column.size();
  auto endsWith = [&](const char16_t* w, int wl) {
    if (len < wl) return false;
    for (int i = 0; i < wl; i++)
      if (c[len - wl + i] != w[i]) return false;
    return true;
  };
  if (endsWith(u"naam", 4) || endsWith(u"contactpersoon", 14) || endsWith(u"surname", 7)) return true;
  return endsWith(u"name", 4) && (len == 4 || isJsSpace(c[len - 5]));
}

bool Finder::inNameColumn(int p) {
  int before = at(p - 1);
  if (before != 44 && before != 59 && before != 9 && before != 124 && before != 34 && before != NEWLINE)
    return false;
  // The column's header is one of the header's cells: with none of them naming a person, no
  // row needs splitting.
  if (!hasNameColumn()) return false;
  const std::u16string* column = ctx.columnHeader(p);
  return column && isNameColumn(*column);
}

bool Finder::hasNameColumn() {
  if (nameColumns < 0) {
    int firstRow;
    const TableHeader* header = ctx.table(&firstRow);
    nameColumns = 0;
    if (header)
      for (const std::u16string& cell : header->cells)
        if (isNameColumn(cell)) nameColumns = 1;
  }
  return nameColumns == 1;
}

bool Finder::continuesName(int end) const {
  if (at(end) != SPACE) return false;
  return isUpperLetter(at(end + 1)) || particleEnd(end + 1) >= 0;
}

bool Finder::mayHaveEvidenceBefore(int p) const {
  int c1 = at(p - 1);
  if (c1 == SPACE) {
    int c2 = at(p - 2);
    if (c2 == DOT || c2 == 58) return true;
    // A chat's speaker after the time stamp: "[16:30] Fiifi:", "07:18 Chloe:".
    if (c2 == 93 || isDigit(c2)) return afterChatStamp(p);
    // A value aligned after its label: "Name:        Smits".
    if (c2 == SPACE || c2 == 9) return afterLabel(p);
    Initials ini;
    return isLetter(c2) && (nameStartAfterTitle(p) >= 0 || initialsBefore(p, ini) || afterLabel(p));
  }
  return c1 == 58 || c1 == NEWLINE || c1 == 44 || c1 == 59 || c1 == 9 || c1 == 124 || c1 == 34 || c1 == -1;
}

bool Finder::laterGivenName(const Chain& chain) const {
  for (int i = 1; i < chain.count; i++)
    if (isGivenName(chain.words[2 * i], chain.words[2 * i + 1], chain.flags[i])) return true;
  return false;
}

bool Finder::isGivenName(int from, int to, int flags) const {
  if (flags & GIVEN) return true;
  int dash = from;
  while (dash < to && s[dash] != 45) dash++;
  return dash > from && dash < to && (flagsOf(from, dash) & GIVEN) != 0;
}

void Finder::emit(std::vector<Finding>& out, int start, int end, double score) {
  double boosted = score;
  if (score >= 0.6 && score < 0.95 && ctx.hasContext(PERSON_NAME, start)) {
    double raised = score + 0.1;
    boosted = raised < 0.95 ? raised : 0.95;
  }
  out.push_back(Finding{PERSON_NAME, start, end, boosted, DETECTOR});
}

/** lowerLetter of person-name.ts: a capital of A–Z, Latin-1 or Latin Extended-A in lower case. */
inline int lowerLetter(int c) {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c != 0xd7)) return c + 32;
  if (c == 0x178) return 0xff;
  return isUpperExtendedA(c) ? c + 1 : c;
}

/** capsWordEnd of person-name.ts: a word in capitals at i, two letters or more; end or -1. */
int Finder::capsWordEnd(int i) const {
  int j = i;
  for (;;) {
    int c = at(j);
    if (isUpperLetter(c))
      j++;
    else if ((c == 45 || c == APOSTROPHE) && j > i && isUpperLetter(at(j + 1)))
      j++;
    else
      break;
  }
  int after = at(j);
  return j - i < 2 || isLetter(after) || isDigit(after) ? -1 : j;
}

/** capsNameEnd of person-name.ts: a name in capitals at p, one word known title-cased; end or -1. */
int Finder::capsNameEnd(int p) const {
  static const WordSet capsParticles{u"VAN", u"DER", u"DEN", u"DE", u"TEN", u"TER",
                                     u"TE",  u"EL",  u"AL",  u"VON", u"DA", u"DU"};
  int i = p, words = 0, end = -1;
  bool knownWord = false;
  for (int k = 0; k < 6; k++) {
    int e = capsWordEnd(i);
    if (e < 0) break;
    if (!capsParticles.has(s, i, e)) {
      if (e - i > 64) return -1;
      char16_t word[64];
      word[0] = s[i];
      for (int q = i + 1; q < e; q++) word[q - i] = (char16_t)lowerLetter(s[q]);
      int f = t.known->get(word, 0, e - i);
      if (f & NOT_NAME) return -1;
      if (f & (GIVEN | SURNAME)) knownWord = true;
      words++;
      end = e;
    }
    if (at(e) != SPACE) break;
    i = e + 1;
  }
  if (words < 2 || !knownWord) return -1;
  int a = at(end);
  return a == -1 || a == NEWLINE || a == 13 || a == 44 || a == 59 || a == 34 || a == 40 || a == 60 || a == 124 || a == 9
             ? end
             : -1;
}

/** speaksAgain of person-name.ts: the word [p, end) and its colon open another time-stamped line. */
bool Finder::speaksAgain(int p, int end) const {
  const u16view text(s, (size_t)n);
  const u16view speaker(s + p, (size_t)(end + 1 - p));
  for (size_t i = text.find(speaker); i != u16view::npos; i = text.find(speaker, i + 1))
    if ((int)i != p && !isLetter(at((int)i - 1)) && afterChatStamp((int)i)) return true;
  return false;
}

void Finder::run(std::vector<Finding>& out) {
  const size_t base = out.size();
  const std::vector<int>& capitals = ctx.capitals();
  // Every capital's word end and flags first, in one tight loop: the names' chains then read the
  // words after a capital from here (wordAt), and the loop below only decides.
  size_t count = capitals.size();
  if (m.ends.size() < count) {
    m.ends.resize(count);
    m.flags.resize(count);
  }
  int* ends = m.ends.data();
  int* flags = m.flags.data();
  capitalAt = capitals.data();
  capitalEnd = ends;
  capitalFlags = flags;
  capitalCount = count;
  for (size_t k = 0; k < count; k++) {
    int p = capitals[k];
    int end = capitalWordEnd(p);
    ends[k] = end;
    flags[k] = end < 0 ? 0 : flagsOf(p, end);
  }
  int lastEnd = 0;
  Chain chain;
  for (size_t k = 0; k < count; k++) {
    int p = capitals[k];
    if (p < lastEnd) continue;
    int end = ends[k];
    if (end < 0) continue;
    cursor = k + 1;
    int f = flags[k];

    if (f & (TITLE | GREETING)) {
      int salutationEnd = skipAfterSalutation(end);
      bool sawTitle = (f & TITLE) != 0 || salutationEnd > end + 2;
      int q0 = skipInlineTag(salutationEnd);
      int q = q0;
      int initials = 0;
      // "Dhr. J.P. de Vries": initials between the title and the surname.
      while (isUpperAscii(at(q)) && at(q + 1) == DOT) {
        q += 2;
        initials++;
        if (at(q) == SPACE) q++;
      }
      if (q0 == end) continue;
      Next first;
      if (sawTitle || initials > 0) {
        if (!particlesThenWord(q, first)) continue;
      } else {
        int flags;
        int e = wordAt(q, &flags);
        first = Next{q, e, 0, false, flags};
      }
      if (first.end < 0) continue;
      // "Dr. Schaepmanstraat 118": a street named after the title's bearer.
      if (at(first.end) == SPACE && isDigit(at(first.end + 1)) && streetEnd(first.start, first.end)) continue;
      int firstFlags = first.flags;
      if (!readChain(first.start, first.end, firstFlags, chain)) continue;
      double score;
      if (sawTitle || initials > 0)
        score = 0.9;
      else if (chain.count > 1 || isGivenName(first.start, first.end, firstFlags))
        score = 0.85;
      else
        score = 0.6;
      emit(out, q0, chain.end, score);
      lastEnd = chain.end;
      continue;
    }
    if ((f & NOT_NAME) && !(f & LEADING_PARTICLE)) continue;
    if (f == 0 && !continuesName(end) && !mayHaveEvidenceBefore(p) && !(at(end) == 44 && at(end + 1) == SPACE))
      continue;

    if (!readChain(p, end, f, chain)) continue;
    // streetWithNumber: "Dr. Schaepmanstraat 118" is an address, no name.
    if (chain.count == 1 && at(chain.end) == SPACE && isDigit(at(chain.end + 1)) &&
        streetEnd(chain.words[0], chain.words[1]))
      continue;
    if (legalFormAfter(chain.end)) continue;
    int lastFlags = chain.flags[chain.count - 1];
    bool multi = chain.count > 1;
    int titledStart = nameStartAfterTitle(p);
    bool afterTitle = titledStart >= 0;
    Initials ini;
    bool hasInitials = !(afterTitle || at(p - 1) != SPACE) && initialsBefore(p, ini);
    int nParticles = chain.particles + (hasInitials ? ini.particles : 0);
    bool knownSurname = (lastFlags & SURNAME) != 0 && (!(lastFlags & AMBIGUOUS_SURNAME) || multi || nParticles > 0);
    bool unambiguousSurname = (lastFlags & SURNAME) != 0 && !(lastFlags & AMBIGUOUS_SURNAME);
    bool newline = at(p - 1) == NEWLINE;

    double score = 0;
    if (afterTitle)
      score = 0.9;
    else if (hasInitials) {
      // Initials make any known surname a name, also one that is an ordinary word ("J. Bakker").
      if (lastFlags & SURNAME)
        score = 0.85;
      else if (nParticles > 0)
        score = 0.8;
      else if (ini.count > 1)
        score = 0.7;
      else if (at(ini.start - 1) == NEWLINE && afterSignOff(ini.start))
        score = 0.75;
      else if (afterLabelOrAgent(ini.start))
        score = 0.8;
      else
        score = 0.45;
    } else if (f & LEADING_PARTICLE) {
      score = unambiguousSurname ? 0.6 : 0.45;
    } else if (isGivenName(chain.words[0], chain.words[1], f)) {
      if (multi) {
        double v = 0.8 + (knownSurname ? 0.1 : 0) + (nParticles > 0 ? 0.05 : 0);
        score = 0.95 < v ? 0.95 : v;
      } else if (afterLabelOrAgent(p)) {
        lastEnd = trailingInitialEnd(chain.end);
        emit(out, p, lastEnd, 0.8);
        continue;
      } else
        score = newline && afterSignOff(p) ? 0.7 : 0.4;
    } else if (!multi && at(chain.end) == 58 && afterChatStamp(p) && speaksAgain(p, chain.end)) {
      // A chat's speaker, whatever the name, who speaks more than once (speaksAgain of person-name.ts).
      score = 0.8;
    } else if (afterLabel(p) || inNameColumn(p)) {
      // "From: Mergelweb Planning <planning@mergelweb.nl>": the sender is the organisation.
      if (organisationDisplayName(s, n, p)) continue;
      score = 0.8;
    } else if (!multi && trailingInitialEnd(chain.end) > chain.end && afterLabelOrAgent(p)) {
      // An agent's given name outside the lexicon, with the surname's initial: "medew. Siobhan W.".
      lastEnd = trailingInitialEnd(chain.end);
      emit(out, p, lastEnd, 0.8);
      continue;
    } else if (newline && afterSignOff(p))
      score = multi ? 0.85 : 0.7;
    else if (multi && laterGivenName(chain)) {
      // "Bel Jan de Vries": the name starts at the given name.
      continue;
    } else if (multi && afterRole(p))
      score = 0.75;
    else if (multi && chain.strongParticles)
      score = 0.7;
    else if (multi && unambiguousSurname)
      score = 0.6;
    int inverted = hasInitials || afterTitle ? chain.end : invertedGivenEnd(p, chain.end);
    if (inverted > chain.end && score < 0.8) score = 0.8;
    if (score == 0) continue;
    lastEnd = inverted > chain.end ? inverted : registerOrderEnd(chain.end);
    emit(out, hasInitials ? ini.start : afterTitle ? titledStart : p, lastEnd, score);
  }
  // capsNamesAfterLabels of person-name.ts: names in capitals after a label, read from the colons.
  const size_t prose = out.size();
  for (int colon : ctx.positionsOf(COLON)) {
    int p = colon + 1;
    while (p - colon <= 24 && (at(p) == SPACE || at(p) == TAB)) p++;
    if (at(p) == QUOTE) p++;
    if (!isUpperLetter(at(p)) || !isUpperLetter(at(p + 1)) || !afterLabel(p)) continue;
    int end = capsNameEnd(p);
    if (end > 0) emit(out, p, end, 0.8);
  }
  if (out.size() > prose && prose > base)
    std::stable_sort(out.begin() + (std::ptrdiff_t)base, out.end(),
                     [](const Finding& a, const Finding& b) { return a.start < b.start; });
}

}  // namespace

void find_person_name(ScanContext& ctx, std::vector<Finding>& out) {
  static const std::string words("personNameWords"), particles("personNameParticles"),
      titles("personNameTitles"), roles("personNameRoles"), labels("personNameLabels"),
      keyLabels("personNameKeyLabels"), agentPhrases("personNameAgentPhrases");
  Tables t{&namedTable(words),  &namedTable(particles),    &namedTable(titles),    &namedTable(roles),
           &namedWords(labels), &namedWords(keyLabels), &namedWords(agentPhrases)};
  // Through an opaque pointer: else the compiler re-derives the thread-local's address with a
  // __tls_get_addr call per capital in the hot loop.
  Memo* mp = &memo;
  asm("" : "+r"(mp));
  Memo& m = *mp;
  if (m.table != t.known) {
    for (Memo::Entry& e : m.e) e.len = 0;
    std::memset(m.shortFlags, Memo::UNKNOWN, sizeof m.shortFlags);
    m.table = t.known;
  }
  Finder(ctx, t, m).run(out);
}

}  // namespace gs
