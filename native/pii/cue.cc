// cue-index.ts (CueMatcher, CueIndex) and text-index.ts (the one pass that finds digit runs,
// capitalised word starts and cue words).
#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include <algorithm>
#include <atomic>
#include <unordered_map>

#include "engine.h"
#include "index.h"

namespace gs {

/** Folds A–Z and À–Þ to lower case; cue words are stored lower case. */
static inline int fold(int c) {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c != 0xd7)) return c + 32;
  return c;
}

CueMatcher::CueMatcher(const std::vector<std::pair<std::u16string, int>>& entries)
    : column_(0x10000, 0), firstChars_(0x10000, 0) {
  static std::atomic<uint64_t> serials{0};
  serial_ = ++serials;
  std::unordered_map<int, int> columns;
  for (const auto& [word, bit] : entries) {
    for (char16_t c : word) {
      if (!columns.count(c)) {
        int size = (int)columns.size();
        columns[c] = size;
      }
    }
  }
  for (int c = 0; c < 0x10000; c++) {
    auto it = columns.find(fold(c));
    if (it != columns.end()) column_[c] = (uint16_t)(it->second + 1);
  }
  width_ = std::max<int>(1, (int)columns.size());
  children_.assign((size_t)width_ * 64, 0);
  accept_.assign(64, 0);
  for (const auto& [word, bit] : entries) add(word, bit);
  for (int k = 0; k < 0x10000; k++)
    if (child(0, k) != 0) firstChars_[k] = 1;
  singles_.assign(width_ + 1, 0);
  pairs_.assign((size_t)(width_ + 1) * (width_ + 1), 0);
  for (const auto& [word, bit] : entries) {
    if (word.empty()) continue;
    int a = column_[word[0]];
    if (word.size() == 1) singles_[a] = 1;
    else if (word.size() == 2) pairs_[a * (width_ + 1) + column_[word[1]]] = 1;
    else {
      uint32_t t = tripleBit(a, column_[word[1]], column_[word[2]]);
      triples_[t >> 6] |= 1ull << (t & 63);
    }
  }
}

void CueMatcher::add(const std::u16string& w, int bit) {
  if (w.empty()) return;
  int node = 0;
  for (char16_t c : w) {
    int next = child(node, c);
    if (next == 0) {
      next = nodes_++;
      if (next >= (int)accept_.size()) {
        accept_.resize(accept_.size() * 2, 0);
        children_.resize(children_.size() * 2, 0);
      }
      children_[node * width_ + column_[c] - 1] = next;
    }
    node = next;
  }
  accept_[node] |= bit;
}

bool CueMatcher::matchAt(const char16_t* s, int n, int i, int* end, int* mask) const {
  int node = 0;
  int best = -1;
  int bestMask = 0;
  for (int j = i; j < n;) {
    int col = column_[s[j]];
    if (col == 0) break;
    node = children_[node * width_ + col - 1];
    if (node == 0) break;
    j++;
    int accepted = accept_[node];
    if (accepted != 0 && (j - i >= 4 || j >= n || !isLetterCode(s[j]))) {
      best = j;
      bestMask = accepted;
    }
  }
  if (best < 0) return false;
  *end = best;
  *mask = bestMask;
  return true;
}

std::vector<int> CueIndex::endsOf(int bits) const {
  std::vector<int> out;
  for (size_t i = 0; i < cues.size(); i += 3)
    if (cues[i + 2] & bits) out.push_back(cues[i + 1]);
  return out;
}

bool CueIndex::has(int bits) const {
  for (size_t i = 2; i < cues.size(); i += 3)
    if (cues[i] & bits) return true;
  return false;
}

int CueIndex::lastBefore(int pos) const {
  int lo = 0;
  int hi = length();
  while (lo < hi) {
    int mid = (int)((unsigned)(lo + hi) >> 1);
    if (cues[mid * 3 + 1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

int CueIndex::distance(int bits, int pos, int size) const {
  int from = pos - size;
  for (int i = lastBefore(pos) * 3; i >= 0 && cues[i] >= from; i -= 3) {
    if (cues[i + 2] & bits) return pos - cues[i + 1];
  }
  return -1;
}

enum : uint8_t { K_DIGIT = 1, K_LETTER = 2, K_UPPER = 4, K_LOWER = 8, K_APOSTROPHE = 16 };

static const uint8_t* charKinds() {
  static const std::vector<uint8_t> table = [] {
    std::vector<uint8_t> t(0x10000, 0);
    auto isUpper = [](int c) { return isUpperLetter(c); };
    auto isLowerOrApostrophe = [](int c) { return isLowerLetter(c) || c == 39 || c == 0x2019; };
    for (int c = 48; c <= 57; c++) t[c] = K_DIGIT;
    for (int c = 0; c < 0x10000; c++) {
      if (!isLetterCode(c)) continue;
      t[c] = K_LETTER | (isUpper(c) ? K_UPPER : 0) | (isLowerOrApostrophe(c) ? K_LOWER : 0);
    }
    t[39] = K_APOSTROPHE;
    t[0x2019] = K_APOSTROPHE;
    return t;
  }();
  return table.data();
}

namespace {

/**
 * Up to 64 code units classified at once, one bit per unit. Where digit runs and words begin and
 * end, and which word starts are capitals, fall out of shifts of these masks, instead of a branch
 * at every change of character kind (about 450,000 per MB of text).
 */
struct BlockMasks {
  uint64_t digit = 0;
  uint64_t letter = 0;
  uint64_t upper = 0;
  /** Lower-case letters and apostrophes: what may follow a capital. */
  uint64_t lowerOrApostrophe = 0;
  uint64_t apostrophe = 0;
  /** 'I' and 'J', for the Dutch capital digraph "IJ". */
  uint64_t capitalI = 0;
  uint64_t capitalJ = 0;
  /** Units that may start a symbol cue (€, £, $): '$' and non-ASCII units that are not letters. */
  uint64_t symbol = 0;
};

/** Units s[0, count) by the character-kind table into the masks at bit `at`: any text, any machine. */
inline void masksByTable(const char16_t* s, int count, const uint8_t* kind, int at, BlockMasks& m) {
  for (int j = 0; j < count; j++) {
    int c = s[j];
    int k = kind[c];
    uint64_t bit = 1ull << (at + j);
    if (k == K_DIGIT) m.digit |= bit;
    if (k & K_LETTER) m.letter |= bit;
    if (k & K_UPPER) m.upper |= bit;
    if ((k & K_LOWER) || k == K_APOSTROPHE) m.lowerOrApostrophe |= bit;
    if (k == K_APOSTROPHE) m.apostrophe |= bit;
    if (c == 73) m.capitalI |= bit;
    if (c == 74) m.capitalJ |= bit;
    if ((c > 127 || c == 36) && !(k & (K_LETTER | K_DIGIT))) m.symbol |= bit;
  }
}

#if defined(__SSE2__)
inline __m128i inRange(__m128i bytes, char lo, char hi) {
  return _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8((char)(lo - 1))),
                       _mm_cmplt_epi8(bytes, _mm_set1_epi8((char)(hi + 1))));
}

inline uint64_t bitsOf(__m128i bytes, int at) { return (uint64_t)(uint32_t)_mm_movemask_epi8(bytes) << at; }

/** s[0, 16) into the masks at bit `at` when all sixteen units are ASCII; false (untouched) otherwise. */
inline bool asciiMasks(const char16_t* s, int at, BlockMasks& m) {
  __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + 8));
  __m128i high = _mm_and_si128(_mm_or_si128(a, b), _mm_set1_epi16((short)0xff80));
  if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xffff) return false;
  // All units are below 128, so packing them to bytes loses nothing.
  __m128i bytes = _mm_packus_epi16(a, b);
  __m128i upper = inRange(bytes, 'A', 'Z');
  __m128i lower = inRange(bytes, 'a', 'z');
  __m128i apostrophe = _mm_cmpeq_epi8(bytes, _mm_set1_epi8('\''));
  m.digit |= bitsOf(inRange(bytes, '0', '9'), at);
  m.upper |= bitsOf(upper, at);
  m.letter |= bitsOf(_mm_or_si128(upper, lower), at);
  m.apostrophe |= bitsOf(apostrophe, at);
  m.lowerOrApostrophe |= bitsOf(_mm_or_si128(lower, apostrophe), at);
  m.capitalI |= bitsOf(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('I')), at);
  m.capitalJ |= bitsOf(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('J')), at);
  m.symbol |= bitsOf(_mm_cmpeq_epi8(bytes, _mm_set1_epi8('$')), at);
  return true;
}
#endif

/** The masks of s[0, count), count <= 64: sixteen units at a time, by SSE2 where they are ASCII. */
inline BlockMasks blockMasks(const char16_t* s, int count, const uint8_t* kind) {
  BlockMasks m;
  for (int at = 0; at < count; at += 16) {
    int part = count - at < 16 ? count - at : 16;
#if defined(__SSE2__)
    if (part == 16 && asciiMasks(s + at, at, m)) continue;
#endif
    masksByTable(s + at, part, kind, at, m);
  }
  return m;
}

/** Bits j of a block with from <= j < to (both clipped to the block). */
inline uint64_t bitsBetween(int from, int to) {
  from = from < 0 ? 0 : from;
  to = to > 64 ? 64 : to;
  if (to <= from) return 0;
  uint64_t below = to == 64 ? ~0ull : (1ull << to) - 1;
  return below & ~((1ull << from) - 1);
}

/** Appends p + the position of every set bit, in order. */
inline void appendBits(std::vector<int>& out, uint64_t bits, int p) {
  int buffer[64];
  int k = 0;
  for (; bits != 0; bits &= bits - 1) buffer[k++] = p + __builtin_ctzll(bits);
  out.insert(out.end(), buffer, buffer + k);
}

}  // namespace

/**
 * Digit runs, capitalised word starts and cue words of text-index.ts, 64 units per step. Runs and
 * capitals come straight from the block's masks; only word starts (and symbols) that may begin a
 * cue word are looked at one by one. A cue word is skipped whole: what lies inside it is neither a
 * capital, nor a cue, nor part of a digit run.
 */
void indexText(const char16_t* s, int n, const CueMatcher& matcher, std::vector<int>* runs,
               std::vector<int>* capitals, CueIndex& cues) {
  const uint8_t* kind = charKinds();
  // Carried from block to block: the kind of the unit before the block; the end of the last cue.
  bool prevLetter = false;
  bool prevDigit = false;
  bool prevDigitOrApostrophe = false;
  int skipUntil = 0;
  for (int p = 0; p < n; p += 64) {
    int count = n - p < 64 ? n - p : 64;
    BlockMasks m = blockMasks(s + p, count, kind);
    int last = count - 1;
    uint64_t valid = count == 64 ? ~0ull : (1ull << count) - 1;
    uint64_t letterBefore = (m.letter << 1) | (uint64_t)prevLetter;
    uint64_t wordStarts = m.letter & ~letterBefore;
    uint64_t skipped = bitsBetween(0, skipUntil - p);
    uint64_t candidates = (wordStarts | (m.symbol & ~letterBefore)) & ~skipped;
    for (uint64_t b = candidates; b != 0; b &= b - 1) {
      int j = __builtin_ctzll(b);
      int i = p + j;
      if (i < skipUntil) continue;
      int c = s[i];
      int hitEnd = 0;
      int hitMask = 0;
      bool hit = (wordStarts >> j) & 1
                     ? i + 1 < n && matcher.mayMatchAt(s, n, i) && matcher.matchAt(s, n, i, &hitEnd, &hitMask)
                     : matcher.startsWith(c) && matcher.matchAt(s, n, i, &hitEnd, &hitMask);
      if (!hit) continue;
      cues.cues.push_back(i);
      cues.cues.push_back(hitEnd);
      cues.cues.push_back(hitMask);
      skipped |= bitsBetween(j + 1, hitEnd - p);
      skipUntil = hitEnd;
    }
    // A run starts where a digit follows a non-digit and ends where a non-digit follows a digit:
    // the runs list holds exactly these changes, in order. Digits inside a cue word ("ipv4") are
    // not in any run.
    uint64_t digits = m.digit & ~skipped;
    if (runs) appendBits(*runs, (digits ^ ((digits << 1) | (uint64_t)prevDigit)) & valid, p);
    if (capitals) {
      // A capital is followed by a lower-case letter, an apostrophe or (IJ) a J, and is not
      // preceded by a digit or an apostrophe; the unit after the block decides for its last unit.
      uint64_t after = 0;
      uint64_t afterJ = 0;
      if (p + count < n) {
        int next = s[p + count];
        int k = kind[next];
        after = (uint64_t)((k & K_LOWER) != 0 || k == K_APOSTROPHE) << last;
        afterJ = (uint64_t)(next == 74) << last;
      }
      uint64_t followed = (m.lowerOrApostrophe >> 1) | after | (m.capitalI & ((m.capitalJ >> 1) | afterJ));
      uint64_t badBefore = ((m.digit | m.apostrophe) << 1) | (uint64_t)prevDigitOrApostrophe;
      appendBits(*capitals, wordStarts & m.upper & followed & ~badBefore & ~skipped & valid, p);
    }
    prevLetter = (m.letter >> last) & 1;
    prevDigit = (digits >> last) & 1;
    prevDigitOrApostrophe = ((m.digit | m.apostrophe) >> last) & 1;
  }
  if (prevDigit && runs) runs->push_back(n);
}

void buildCueIndex(const char16_t* s, int n, const CueMatcher& matcher, CueIndex& out) {
  // The JS builds the whole index of a header cell and keeps its cues; runs and capitals do not
  // change where cues are found.
  indexText(s, n, matcher, nullptr, nullptr, out);
}

}  // namespace gs
