// Mirrors src/pii/repeated-names.ts: the other mentions of the capitalised words of the person
// names found in a text, added as person names.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "engine.h"

namespace gs {

namespace {

constexpr int MAX_WORDS = 32, MIN_LENGTH = 3, PERSON_NAME_DETECTOR = 17;
// lexicon.ts NameFlag: title | greeting | notName | ambiguousSurname | leadingParticle.
constexpr int NOT_CARRIED = 8 | 16 | 32 | 4 | 64;

void carriedWords(const char16_t* s, const std::vector<Finding>& findings, std::vector<u16view>& words) {
  static const std::string tableName("personNameWords");
  const WordTable& table = namedTable(tableName);
  for (const Finding& f : findings) {
    if (f.type != PERSON_NAME) continue;
    for (int i = f.start; i < f.end && (int)words.size() < MAX_WORDS;) {
      if (!isLetter(s[i])) {
        i++;
        continue;
      }
      int e = i + 1;
      while (e < f.end && (isLetter(s[e]) || s[e] == 39)) e++;
      bool lower = false;
      for (int k = i + 1; k < e && !lower; k++) lower = isLowerLetter(s[k]);
      if (e - i >= MIN_LENGTH && isUpperLetter(s[i]) && lower) {
        const u16view word(s + i, (size_t)(e - i));
        if ((table.get(s, i, e) & NOT_CARRIED) == 0 && std::find(words.begin(), words.end(), word) == words.end())
          words.push_back(word);
      }
      i = e;
    }
  }
}

/** overlapsAny of repeated-names.ts: whether [start, end) overlaps a finding of `sorted`. */
bool overlapsAny(const std::vector<Finding>& sorted, int start, int end) {
  auto k = std::partition_point(sorted.begin(), sorted.end(), [start](const Finding& f) { return f.end <= start; });
  return k != sorted.end() && k->start < end;
}

}  // namespace

void withRepeatedNames(const char16_t* s, int n, const std::vector<int>& capitals, const std::vector<Finding>& weak,
                       std::vector<Finding>& findings) {
  std::vector<u16view> words;
  carriedWords(s, findings, words);
  if (words.empty()) return;
  std::vector<Finding> added;
  // The words by a hash of their letters (wordHash of hashed-words.ts), 64 slots, linear probing.
  constexpr int SLOTS = 64;
  uint32_t hashes[SLOTS];
  int slotWord[SLOTS];
  for (int k = 0; k < SLOTS; k++) slotWord[k] = -1;
  for (size_t w = 0; w < words.size(); w++) {
    uint32_t h = 0;
    for (char16_t c : words[w]) h = h * 31u + c;
    int k = (int)(h & (SLOTS - 1));
    while (slotWord[k] >= 0) k = (k + 1) & (SLOTS - 1);
    hashes[k] = h;
    slotWord[k] = (int)w;
  }
  // Whether s[i, end) is one of the words: its hash, then its letters.
  auto isWord = [&](int i, int end, uint32_t h) {
    for (int k = (int)(h & (SLOTS - 1)); slotWord[k] >= 0; k = (k + 1) & (SLOTS - 1))
      if (hashes[k] == h && words[(size_t)slotWord[k]] == u16view(s + i, (size_t)(end - i))) return true;
    return false;
  };
  // standsAlone of repeated-names.ts: no part of a longer word, an address or an identifier.
  auto standsAlone = [&](int i, int end) {
    const int b = i > 0 ? s[i - 1] : -1, a = end < n ? s[end] : -1;
    if (isAlnum(b) || b == 39 || b == 64 || b == 46 || b == 47 || b == 92 || b == 95 || b == 45) return false;
    if (isAlnum(a) || a == 39 || a == 64 || a == 95 || a == 45 || a == 47) return false;
    return !(a == 46 && isLetter(end + 1 < n ? s[end + 1] : -1));
  };
  // holdsWord of repeated-names.ts: a weak candidate holding one of the words counts in full.
  std::vector<Finding> promoted;
  for (const Finding& w : weak) {
    if (!promoted.empty() && w.start < promoted.back().end) continue;
    if (!standsAlone(w.start, w.end)) continue;
    bool holds = false;
    for (int i = w.start; i < w.end && !holds;) {
      if (!isUpperLetter(s[i])) {
        i++;
        continue;
      }
      uint32_t h = s[i];
      int e = i + 1;
      while (e < w.end && (isLetter(s[e]) || s[e] == 39)) h = h * 31u + s[e++];
      holds = e - i >= MIN_LENGTH && isWord(i, e, h);
      i = e;
    }
    if (!holds || overlapsAny(findings, w.start, w.end)) continue;
    promoted.push_back(Finding{PERSON_NAME, w.start, w.end, 0.8, w.detector});
  }
  // The mentions are looked for at the starts of the text's capitalised words (its index).
  for (int i : capitals) {
    uint32_t h = s[i];
    int end = i + 1;
    while (end < n && (isLetter(s[end]) || s[end] == 39)) h = h * 31u + s[end++];
    if (end - i < MIN_LENGTH) continue;
    if (!isWord(i, end, h)) continue;
    if (!standsAlone(i, end)) continue;
    // Any overlap with a finding, or with a candidate counted in full, leaves the mention.
    if (overlapsAny(findings, i, end) || overlapsAny(promoted, i, end)) continue;
    added.push_back(Finding{PERSON_NAME, i, end, 0.8, PERSON_NAME_DETECTOR});
  }
  if (added.empty() && promoted.empty()) return;
  findings.insert(findings.end(), promoted.begin(), promoted.end());
  findings.insert(findings.end(), added.begin(), added.end());
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
}

}  // namespace gs
