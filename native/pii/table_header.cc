// table-header.ts: a text's first line read as a table header, and where the cells of a row start.
// An ASCII line is read here; a line with other characters is handed to the JavaScript parseHeader
// (its \p{L}/\p{N} classes and toLowerCase cover all of Unicode, and such headers are rare).
#include <unordered_map>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "engine.h"

namespace gs {

std::shared_ptr<const TableHeader> parseHeaderInJs(u16view line);

static const char16_t DELIMITERS[4] = {u',', u';', u'\t', u'|'};
static constexpr size_t HEADER_CACHE_LIMIT = 256;

static bool isAsciiSpace(char16_t c) { return c == 32 || (c >= 9 && c <= 13); }
static bool isCellChar(char16_t c) {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c == u' ' || c == u'_' || c == u'-' || c == u'.' ||
         c == u'/' || c == u'(' || c == u')';
}

/** HEADER_CELL /^"?[\p{L}][\p{L}\p{N} _\-./()]{0,40}"?$/u on an ASCII cell. */
static bool isHeaderCell(u16view cell) {
  size_t k = 0;
  size_t end = cell.size();
  if (k < end && cell[k] == u'"') k++;
  if (k >= end || !isAsciiLetter(cell[k])) return false;
  k++;
  if (end > k && cell[end - 1] == u'"') end--;
  if (end - k > 40) return false;
  for (size_t i = k; i < end; i++)
    if (!isCellChar(cell[i])) return false;
  return true;
}

static std::shared_ptr<const TableHeader> readCells(u16view line, char16_t delimiter) {
  auto header = std::make_shared<TableHeader>();
  header->delimiter = delimiter;
  size_t from = 0;
  while (true) {
    size_t at = line.find(delimiter, from);
    u16view cell = line.substr(from, at == u16view::npos ? u16view::npos : at - from);
    while (!cell.empty() && isAsciiSpace(cell.front())) cell.remove_prefix(1);
    while (!cell.empty() && isAsciiSpace(cell.back())) cell.remove_suffix(1);
    if (!isHeaderCell(cell)) return nullptr;
    if (!cell.empty() && cell.front() == u'"') cell.remove_prefix(1);
    if (!cell.empty() && cell.back() == u'"') cell.remove_suffix(1);
    std::u16string out;
    out.reserve(cell.size());
    for (size_t i = 0; i < cell.size(); i++) {
      char16_t c = cell[i];
      if (c == u'_' || c == u'-') {
        while (i + 1 < cell.size() && (cell[i + 1] == u'_' || cell[i + 1] == u'-')) i++;
        out.push_back(u' ');
      } else out.push_back(c >= 65 && c <= 90 ? (char16_t)(c + 32) : c);
    }
    header->cells.push_back(std::move(out));
    if (at == u16view::npos) break;
    from = at + 1;
  }
  return header;
}

std::shared_ptr<const TableHeader> parseHeader(u16view line) {
  u16view trimmed = !line.empty() && line.back() == u'\r' ? line.substr(0, line.size() - 1) : line;
  if (trimmed.size() > 2000) return nullptr;
  int counts[4] = {0, 0, 0, 0};
  bool ascii = true;
  for (char16_t c : trimmed) {
    if (c == u',') counts[0]++;
    else if (c == u';') counts[1]++;
    else if (c == u'\t') counts[2]++;
    else if (c == u'|') counts[3]++;
    else if (c > 127) ascii = false;
  }
  int best = -1;
  int bestCount = 1;
  for (int k = 0; k < 4; k++) {
    if (counts[k] > bestCount) {
      best = k;
      bestCount = counts[k];
    }
  }
  if (best < 0) return nullptr;
  if (ascii) {
    // Most first lines with two commas are prose: its first cell is no header cell, and that is
    // known before the whole line is hashed or split.
    size_t at = trimmed.find(DELIMITERS[best]);
    u16view cell = trimmed.substr(0, at);
    while (!cell.empty() && isAsciiSpace(cell.front())) cell.remove_prefix(1);
    while (!cell.empty() && isAsciiSpace(cell.back())) cell.remove_suffix(1);
    if (!isHeaderCell(cell)) return nullptr;
  }
  // Looked up by the line's hash, so that a line seen before costs no copy (every text's first
  // line with two delimiters gets here: log lines with commas as well as CSV headers).
  struct Entry {
    std::u16string line;
    std::shared_ptr<const TableHeader> header;
  };
  thread_local std::unordered_multimap<uint64_t, Entry> cache;
  uint64_t hash = 1469598103934665603ull;
  for (char16_t c : trimmed) hash = (hash ^ c) * 1099511628211ull;
  auto range = cache.equal_range(hash);
  for (auto it = range.first; it != range.second; ++it)
    if (u16view(it->second.line) == trimmed) return it->second.header;
  auto header = ascii ? readCells(trimmed, DELIMITERS[best]) : parseHeaderInJs(trimmed);
  if (cache.size() >= HEADER_CACHE_LIMIT) cache.clear();
  cache.emplace(hash, Entry{std::u16string(trimmed), header});
  return header;
}

bool cellStarts(const TableHeader& header, const char16_t* s, int from, int to, std::vector<int>& out) {
  const char16_t d = header.delimiter;
  const size_t first = out.size();
  out.push_back(from);
  bool quoted = false;
  int i = from;
#if defined(__SSE2__)
  // Eight code units a step, two mask bits per unit (the even one kept). A delimiter counts where
  // an even number of quotes came before it: the prefix XOR of the quote bits says where that is.
  const __m128i quote = _mm_set1_epi16(u'"'), delimiter = _mm_set1_epi16((short)d);
  for (; i + 8 <= to; i += 8) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    unsigned delimiters = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(block, delimiter)) & 0x5555u;
    const unsigned quotes = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(block, quote)) & 0x5555u;
    unsigned inside = quotes;
    inside ^= inside << 2;
    inside ^= inside << 4;
    inside ^= inside << 8;
    // inside: odd quote counts up to each unit of the block; the state before it flips them all.
    inside ^= 0x5555u & -(unsigned)quoted;
    delimiters &= ~inside;
    for (; delimiters; delimiters &= delimiters - 1) out.push_back(i + (__builtin_ctz(delimiters) >> 1) + 1);
    quoted = (inside >> 14) & 1u;
  }
#endif
  for (; i < to; i++) {
    char16_t c = s[i];
    if (c == u'"') quoted = !quoted;
    else if (c == d && !quoted) out.push_back(i + 1);
  }
  return out.size() - first == header.cells.size();
}

}  // namespace gs
