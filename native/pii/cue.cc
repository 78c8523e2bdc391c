// cue-index.ts (CueMatcher, CueIndex) and text-index.ts (the one pass that finds digit runs,
// capitalised word starts and cue words).
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
    : column_(0x10000, 0), firstChars_(0x10000, 0), bigrams_(0x10000, 0) {
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
  for (int x = 0; x < 0x100; x++) {
    int first = child(0, x);
    if (first == 0) continue;
    bool single = accept_[first] != 0;
    for (int y = 0; y < 0x100; y++)
      if (single || child(first, y) != 0) bigrams_[(x << 8) | y] = 1;
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
    auto isUpper = [](int c) { return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c != 0xd7); };
    auto isLowerOrApostrophe = [](int c) {
      return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0x24f && c != 0xf7) || c == 39 || c == 0x2019;
    };
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

void indexText(const char16_t* s, int n, const CueMatcher& matcher, std::vector<int>* runs,
               std::vector<int>* capitals, CueIndex& cues) {
  const uint8_t* kind = charKinds();
  int prevKind = 0;
  int i = 0;
  int hitEnd = 0;
  int hitMask = 0;
  // A cue word matched at i: record it and continue after it.
  auto takeCue = [&] {
    cues.cues.push_back(i);
    cues.cues.push_back(hitEnd);
    cues.cues.push_back(hitMask);
    i = hitEnd;
    prevKind = kind[s[i - 1]];
  };
  while (i < n) {
    int c = s[i];
    int k = kind[c];
    if (k == K_DIGIT) {
      int start = i;
      i++;
      while (i < n && kind[s[i]] == K_DIGIT) i++;
      if (runs) {
        runs->push_back(start);
        runs->push_back(i);
      }
      prevKind = K_DIGIT;
      continue;
    }
    if (k & K_LETTER) {
      if (!(prevKind & K_LETTER)) {
        if (capitals && (k & K_UPPER) && prevKind != K_DIGIT && prevKind != K_APOSTROPHE && i + 1 < n) {
          int next = s[i + 1];
          if ((kind[next] & K_LOWER) || kind[next] == K_APOSTROPHE || (c == 73 && next == 74)) capitals->push_back(i);
        }
        if (i + 1 < n && matcher.mayStartWith(c, s[i + 1]) && matcher.matchAt(s, n, i, &hitEnd, &hitMask)) {
          takeCue();
          continue;
        }
      }
      i++;
      while (i < n && (kind[s[i]] & K_LETTER)) i++;
      prevKind = K_LETTER;
      continue;
    }
    if ((c > 127 || c == 36) && !(prevKind & K_LETTER) && matcher.startsWith(c) &&
        matcher.matchAt(s, n, i, &hitEnd, &hitMask)) {
      // Symbol cues: €, £, $.
      takeCue();
      continue;
    }
    prevKind = k;
    i++;
  }
}

void buildCueIndex(const char16_t* s, int n, const CueMatcher& matcher, CueIndex& out) {
  // The JS builds the whole index of a header cell and keeps its cues; runs and capitals do not
  // change where cues are found.
  indexText(s, n, matcher, nullptr, nullptr, out);
}

}  // namespace gs
