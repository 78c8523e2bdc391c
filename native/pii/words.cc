// lexicon/hashed-words.ts: words looked up by a range of a text, without slicing it.
#include "engine.h"

namespace gs {

static inline int32_t wordHash(const char16_t* s, int from, int to) {
  uint32_t h = 0;
  for (int i = from; i < to; i++) h = h * 31u + (uint32_t)s[i];
  return (int32_t)h;
}

/** Spreads the high bits over the low ones, which pick the slot. */
static inline uint32_t mix(int32_t h) {
  uint32_t u = (uint32_t)h;
  return u ^ (u >> 13) ^ (u >> 21);
}

WordTable::WordTable(const std::vector<std::pair<std::u16string, int>>& entries) {
  std::vector<const std::u16string*> words;
  for (const auto& [word, value] : entries) {
    if (value == 0) continue;
    words.push_back(&word);
    values_.push_back(value);
    chars_ += word;
    starts_.push_back((int32_t)chars_.size());
  }
  // At most a quarter full, so that a miss usually ends at the first empty slot.
  uint32_t size = 16;
  while (size < words.size() * 4) size *= 2;
  slots_.assign(size * 2, 0);
  mask_ = size - 1;
  for (size_t w = 0; w < words.size(); w++) {
    int32_t h = wordHash(words[w]->data(), 0, (int)words[w]->size());
    uint32_t i = mix(h) & mask_;
    while (slots_[2 * i + 1] != 0) i = (i + 1) & mask_;
    slots_[2 * i] = h;
    slots_[2 * i + 1] = (int32_t)w + 1;
  }
}

int WordTable::get(const char16_t* s, int from, int to) const {
  if (slots_.empty()) return 0;
  int32_t h = wordHash(s, from, to);
  int length = to - from;
  for (uint32_t i = mix(h) & mask_;; i = (i + 1) & mask_) {
    int32_t w = slots_[2 * i + 1];
    if (w == 0) return 0;
    if (slots_[2 * i] != h) continue;
    int32_t start = starts_[w - 1];
    if (starts_[w] - start != length) continue;
    int k = 0;
    while (k < length && chars_[start + k] == s[from + k]) k++;
    if (k == length) return values_[w - 1];
  }
}

static std::vector<std::pair<std::u16string, int>> asSet(const std::vector<std::u16string>& words) {
  std::vector<std::pair<std::u16string, int>> entries;
  entries.reserve(words.size());
  for (const auto& w : words) entries.emplace_back(w, 1);
  return entries;
}

WordSet::WordSet(std::initializer_list<const char16_t*> words) {
  std::vector<std::u16string> list;
  for (const char16_t* w : words) list.emplace_back(w);
  table_ = WordTable(asSet(list));
}

WordSet::WordSet(const std::vector<std::u16string>& words) : table_(asSet(words)) {}

}  // namespace gs
