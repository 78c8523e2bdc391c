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
  std::vector<size_t> kept;
  for (size_t e = 0; e < entries.size(); e++)
    if (entries[e].second != 0) kept.push_back(e);
  // At most a quarter full, so that a miss usually ends at the first empty slot.
  uint32_t size = 16;
  while (size < kept.size() * 4) size *= 2;
  slots_.assign(size, Slot{0, 0, -1, 0});
  mask_ = size - 1;
  // Sixteen filter bits per word: about one non-member in sixteen gets past it. The bit is picked
  // by the word's length and first and last units, which tell most non-members apart from a few
  // dozen titles or particles (or the lexicon's words) before the hash reads all of a word.
  int bits = 9;
  while ((1u << bits) < kept.size() * 16) bits++;
  filter_.assign((1u << bits) / 64, 0);
  filterShift_ = 64 - bits;
  for (size_t e : kept) {
    const std::u16string& word = entries[e].first;
    int length = (int)word.size();
    int32_t h = wordHash(word.data(), 0, length);
    uint32_t i = mix(h) & mask_;
    // Linear probing in the order given: a repeated word keeps its first value.
    while (slots_[i].length >= 0) i = (i + 1) & mask_;
    slots_[i] = Slot{h, (int32_t)chars_.size(), length, entries[e].second};
    chars_ += word;
    uint64_t bit = filterKey(word.data(), 0, length) >> filterShift_;
    filter_[bit >> 6] |= 1ull << (bit & 63);
  }
}

int WordTable::find(const char16_t* s, int from, int to) const {
  int32_t h = wordHash(s, from, to);
  int length = to - from;
  const char16_t* word = s + from;
  for (uint32_t i = mix(h) & mask_;; i = (i + 1) & mask_) {
    const Slot& slot = slots_[i];
    if (slot.length < 0) return 0;
    if (slot.hash != h || slot.length != length) continue;
    if (std::char_traits<char16_t>::compare(chars_.data() + slot.start, word, (size_t)length) == 0) return slot.value;
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
