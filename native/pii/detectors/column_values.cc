// Mirrors src/pii/detectors/column-values.ts: name and street-address values of a table's labelled
// columns ('person-name-column', 'street-address-column').
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../engine.h"

namespace gs {

namespace {

constexpr int ADDRESS_COLUMN_DETECTOR = 12;
constexpr int NAME_COLUMN_DETECTOR = 18;

const WordSet& nameLabels() {
  static const WordSet w{u"naam",           u"voornaam",       u"voornamen",      u"roepnaam",
                         u"achternaam",     u"familienaam",    u"geboortenaam",   u"volledige naam",
                         u"klantnaam",      u"naam klant",     u"contactpersoon", u"tenaamstelling",
                         u"rekeninghouder", u"name",           u"first name",     u"firstname",
                         u"given name",     u"given names",    u"last name",      u"lastname",
                         u"surname",        u"family name",    u"full name",      u"customer name",
                         u"contact name",   u"contact person", u"account holder", u"cardholder"};
  return w;
}

const WordSet& addressLabels() {
  static const WordSet w{u"adres",       u"straat",         u"straatnaam",      u"straat en huisnummer",
                         u"straat huisnummer", u"woonadres", u"postadres",      u"factuuradres",
                         u"bezorgadres", u"aansluitadres",  u"address",         u"street",
                         u"street address", u"address line 1", u"address1"};
  return w;
}

const WordSet& placeholders() {
  static const WordSet w{u"onbekend", u"unknown", u"nvt",       u"n.v.t.",   u"geen",
                         u"none",     u"null",    u"anoniem",   u"anonymous"};
  return w;
}

inline bool isApostrophe(int c) { return c == APOSTROPHE || c == RIGHT_QUOTE; }

/** The JS lower-cases the cell and looks it up; every placeholder is ASCII, and no non-ASCII letter
 *  a name cell may hold lower-cases to ASCII only, so a cell with one is never a placeholder. */
bool isPlaceholder(const char16_t* s, int from, int to) {
  // Placeholders have 3, 4 or 6 to 9 characters and start with a, g, n, o or u: most names fail here.
  const int length = to - from;
  if (length < 3 || length > 9 || length == 5) return false;
  const int first = s[from] | 0x20;
  if (first != u'a' && first != u'g' && first != u'n' && first != u'o' && first != u'u') return false;
  char16_t lower[16];
  for (int i = from; i < to; i++) {
    int c = s[i];
    if (c >= 128) return false;
    lower[i - from] = (char16_t)(isUpperAscii(c) ? c + 32 : c);
  }
  return placeholders().has(u16view(lower, (size_t)(to - from)));
}

int nameEnd(const ScanContext& ctx, int from, int to) {
  if (to - from > 80) return -1;
  const char16_t* s = ctx.s;
  bool capital = false;
  for (int i = from; i < to; i++) {
    int c = s[i];
    if (isUpperLetter(c))
      capital = true;
    else if (!isLetter(c) && c != SPACE && c != DASH && c != DOT && c != COMMA && !isApostrophe(c))
      return -1;
  }
  return capital && !isPlaceholder(s, from, to) ? to : -1;
}

/** streetAddressEnd: reads past the cell like the JS does (charCodeAt beyond `to`), hence ctx.at. */
int streetAddressEnd(const ScanContext& ctx, int from, int to) {
  if (to - from < 3 || to - from > 100) return -1;
  int first = ctx.at(from);
  if (!isLetter(first) && !isApostrophe(first)) return -1;
  int letters = 0;
  int i = from;
  for (; i < to && !isDigit(ctx.at(i)); i++) {
    int c = ctx.at(i);
    if (isLetter(c))
      letters++;
    else if (c != SPACE && c != DASH && c != DOT && !isApostrophe(c))
      return -1;
  }
  if (i == to || letters < 2 || ctx.at(i - 1) != SPACE) return -1;
  while (i < to && isDigit(ctx.at(i))) i++;
  if (ctx.at(i) == DASH && isAlnum(ctx.at(i + 1))) {
    int k = i + 1;
    while (k < to && k - i <= 4 && isAlnum(ctx.at(k))) k++;
    return k;
  }
  int k = ctx.at(i) == SPACE ? i + 1 : i;
  int additionStart = k;
  while (k < to && k - additionStart < 4 && isLetter(ctx.at(k))) k++;
  int after = k < to ? ctx.at(k) : SPACE;
  return k > additionStart && (after == SPACE || after == COMMA) ? k : i;
}

/** The name or address columns of a header (recomputed per text: a header's address may be reused). */
const std::vector<int>& wantedColumns(const TableHeader& header, bool names) {
  thread_local std::vector<int> wanted;
  wanted.clear();
  for (size_t i = 0; i < header.cells.size(); i++) {
    const std::u16string& cell = header.cells[i];
    if (nameLabels().has(cell)) {
      if (names) wanted.push_back((int)i);
    } else if (addressLabels().has(cell)) {
      if (!names) wanted.push_back((int)i);
    }
  }
  return wanted;
}

/**
 * The row starting at `from`: where it ends (its \n, or -1 at the text's end) and, in `out`, where
 * its cells start as cellStarts (table-header.ts) splits them — quotes toggle, a delimiter outside
 * quotes starts a cell. One pass finds both, eight code units per step. A \r before the \n is no
 * delimiter or quote, so splitting up to the \n gives cellStarts' cells of the row without it.
 */
int splitRow(const char16_t* s, int from, int n, char16_t delimiter, std::vector<int>& out) {
  out.clear();
  out.push_back(from);
  bool quoted = false;
  int i = from;
  auto one = [&](int k) {
    const char16_t c = s[k];
    if (c == QUOTE) quoted = !quoted;
    else if (c == delimiter && !quoted) out.push_back(k + 1);
  };
#if defined(__SSE2__)
  const __m128i quote = _mm_set1_epi16(QUOTE), delim = _mm_set1_epi16((short)delimiter),
                newline = _mm_set1_epi16(NEWLINE);
  for (; i + 8 <= n; i += 8) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    const unsigned lines = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(block, newline));
    if (lines) {
      const int end = i + (__builtin_ctz(lines) >> 1);
      for (int k = i; k < end; k++) one(k);
      return end;
    }
    const unsigned quotes = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(block, quote));
    if (quotes == 0) {
      if (quoted) continue;
      unsigned delims = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(block, delim)) & 0x5555u;
      for (; delims; delims &= delims - 1) out.push_back(i + (__builtin_ctz(delims) >> 1) + 1);
      continue;
    }
    for (int k = i; k < i + 8; k++) one(k);
  }
#endif
  for (; i < n; i++) {
    if (s[i] == NEWLINE) return i;
    one(i);
  }
  return -1;
}

template <typename Accept>
void cellsOf(ScanContext& ctx, bool names, Accept accept, int type, int detector, std::vector<Finding>& out) {
  int firstRow = 0;
  const TableHeader* header = ctx.table(&firstRow);
  if (!header) return;
  const std::vector<int>& wanted = wantedColumns(*header, names);
  if (wanted.empty()) return;
  const char16_t* s = ctx.s;
  const int n = ctx.n;
  thread_local std::vector<int> starts;
  int lineStart = firstRow;
  while (lineStart < n) {
    const int newline = splitRow(s, lineStart, n, header->delimiter, starts);
    int lineEnd = newline == -1 ? n : newline;
    int end = ctx.at(lineEnd - 1) == CR ? lineEnd - 1 : lineEnd;
    if (starts.size() == header->cells.size()) {
      for (int column : wanted) {
        int from = starts[column];
        int to = column + 1 < (int)starts.size() ? starts[column + 1] - 1 : end;
        while (from < to && s[from] == SPACE) from++;
        while (to > from && s[to - 1] == SPACE) to--;
        if (to - from >= 2 && s[from] == QUOTE && s[to - 1] == QUOTE) {
          from++;
          to--;
        }
        int valueEnd = to > from ? accept(ctx, from, to) : -1;
        if (valueEnd > from) out.push_back(Finding{type, from, valueEnd, 0.95, detector});
      }
    }
    if (newline == -1) break;
    lineStart = newline + 1;
  }
}

}  // namespace

void find_name_column(ScanContext& ctx, std::vector<Finding>& out) {
  cellsOf(ctx, true, nameEnd, PERSON_NAME, NAME_COLUMN_DETECTOR, out);
}

void find_address_column(ScanContext& ctx, std::vector<Finding>& out) {
  cellsOf(ctx, false, streetAddressEnd, POSTAL_ADDRESS, ADDRESS_COLUMN_DETECTOR, out);
}

}  // namespace gs
