// Mirrors src/pii/detectors/column-values.ts: name and street-address values of a table's labelled
// columns ('person-name-column', 'street-address-column').
#include <unordered_map>
#include <vector>

#include "../dates.h"
#include <algorithm>

#include "../engine.h"

namespace gs {

namespace {

constexpr int ADDRESS_COLUMN_DETECTOR = 12;
constexpr int NAME_COLUMN_DETECTOR = 18;

/** nameColumnLabels of src/pii/lexicon/name-labels.ts. */
const WordTable& nameLabels() {
  static const std::string name("nameColumnLabels");
  return namedTable(name);
}

const WordSet& particleLabels() {
  static const WordSet w{u"tussenvoegsel", u"tussenvoegsels", u"voorvoegsel", u"infix"};
  return w;
}

const WordSet& houseNumberLabels() {
  static const WordSet w{u"huisnummer",   u"huisnr",   u"huisnr.", u"hnr",     u"house no",
                         u"house number", u"housenumber", u"house nr", u"housenr"};
  return w;
}

const WordSet& additionLabels() {
  static const WordSet w{u"toevoeging",  u"huisnummertoevoeging",  u"huisnr toevoeging",
                         u"huisletter",  u"addition",              u"house number addition",
                         u"housenumber addition", u"house no addition",   u"house number ext",
                         u"housenrext",  u"huisnummer toevoeging"};
  return w;
}

const WordSet& addressLabels() {
  static const WordSet w{u"adres",       u"straat",         u"straatnaam",      u"straat en huisnummer",
                         u"straat huisnummer", u"woonadres", u"postadres",      u"factuuradres",
                         u"bezorgadres", u"aansluitadres",  u"address",         u"street",
                         u"street address", u"address line 1", u"address1", u"street name",
                         u"streetname",  u"delivery street", u"billing street"};
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
  if ((ctx.at(i) == DASH || ctx.at(i) == SLASH) && isAlnum(ctx.at(i + 1))) {
    int k = i + 1;
    while (k < to && k - i <= 4 && isAlnum(ctx.at(k))) k++;
    return k;
  }
  int k = ctx.at(i) == SPACE ? i + 1 : i;
  int additionStart = k;
  while (k < to && k - additionStart < 4 && isLetter(ctx.at(k))) k++;
  int after = k < to ? ctx.at(k) : SPACE;
  int word = k > additionStart && (after == SPACE || after == COMMA) ? k : i;
  // Or the longer forms prose addresses have ("114 3-hoog", "13 B09", "160 3e verd."), in the cell.
  int prose = i + additionAt(ctx, i);
  return prose > word && prose <= to ? prose : word;
}

/** A placeholder check on any cell (isPlaceholder's ASCII shortcut holds for every cell kind). */
inline bool placeholderCell(const ScanContext& ctx, int from, int to) { return isPlaceholder(ctx.s, from, to); }

/** streetNameEnd of column-values.ts: the street name alone, as a split address holds it. */
int streetNameEnd(const ScanContext& ctx, int from, int to) {
  if (to - from < 3 || to - from > 60) return -1;
  int letters = 0;
  for (int i = from; i < to; i++) {
    int c = ctx.s[i];
    if (isLetter(c))
      letters++;
    else if (c != SPACE && c != DASH && c != DOT && !isApostrophe(c))
      return -1;
  }
  return letters >= 2 && !placeholderCell(ctx, from, to) ? to : -1;
}

int addressEnd(const ScanContext& ctx, int from, int to) {
  int end = streetAddressEnd(ctx, from, to);
  return end >= 0 ? end : streetNameEnd(ctx, from, to);
}

int houseNumberEnd(const ScanContext& ctx, int from, int to) {
  if (to - from > 10 || !isDigit(ctx.s[from])) return -1;
  for (int i = from + 1; i < to; i++) {
    int c = ctx.s[i];
    if (!isAlnum(c) && c != DASH && c != SLASH && c != DOT && c != SPACE) return -1;
  }
  return to;
}

int additionEnd(const ScanContext& ctx, int from, int to) {
  if (to - from > 10) return -1;
  bool alnum = false;
  for (int i = from; i < to; i++) {
    int c = ctx.s[i];
    if (isAlnum(c))
      alnum = true;
    else if (c != DASH && c != SLASH && c != DOT && c != SPACE && !isApostrophe(c))
      return -1;
  }
  return alnum && !placeholderCell(ctx, from, to) ? to : -1;
}

int particleCellEnd(const ScanContext& ctx, int from, int to) {
  if (to - from > 15) return -1;
  int letters = 0;
  for (int i = from; i < to; i++) {
    int c = ctx.s[i];
    if (isLetter(c))
      letters++;
    else if (c != SPACE && !isApostrophe(c))
      return -1;
  }
  return letters > 0 && !placeholderCell(ctx, from, to) ? to : -1;
}

/** How a column's cells are read (the `accept` of each Column in column-values.ts). */
enum CellKind : int {
  NAME_CELL,
  PARTICLE_CELL,
  ADDRESS_CELL,
  SPLIT_ADDRESS_CELL,
  HOUSE_NUMBER_CELL,
  ADDITION_CELL,
  BIRTH_DATE_CELL,
  HANDLE_CELL,
  STREET_LINE_CELL
};

/** handleEnd of column-values.ts: a name, or a lower-case handle ("sri", "jan-willem"). */
int handleEnd(const ScanContext& ctx, int from, int to) {
  if (nameEnd(ctx, from, to) == to) return to;
  if (to - from < 2 || to - from > 32) return -1;
  for (int i = from; i < to; i++) {
    const int c = ctx.s[i];
    if (isLowerLetter(c)) continue;
    const bool joins = c == DOT || c == DASH || c == 95;
    if (!joins || i == from || i == to - 1 || !isLowerLetter(ctx.s[i + 1])) return -1;
  }
  return to;
}

/** Which column labels a SQL dump is read for. */
enum Family : int { ADDRESSES, NAMES, BIRTH_DATES };

/** BIRTH_DATE_COLUMNS of date-of-birth.ts. */
const WordSet& birthDateLabels() {
  static const WordSet w{u"geboortedatum", u"geboorte datum", u"geb datum", u"gebdatum", u"birth date", u"birthdate",
                         u"date of birth", u"dob",           u"birthday",  u"born",     u"geboren"};
  return w;
}

/** birthDateCell of date-of-birth.ts: a date from the cell's first character, within it, not in a later year. */
int birthDateEnd(const ScanContext& ctx, int from, int to) {
  WrittenDate date;
  return readDate(ctx.s, ctx.n, from, date) && date.end <= to && date.year <= currentYear() ? date.end : -1;
}

int acceptCell(const ScanContext& ctx, int kind, int from, int to) {
  switch (kind) {
    case NAME_CELL: return nameEnd(ctx, from, to);
    case PARTICLE_CELL: return particleCellEnd(ctx, from, to);
    case ADDRESS_CELL: return streetAddressEnd(ctx, from, to);
    case SPLIT_ADDRESS_CELL: return addressEnd(ctx, from, to);
    case HOUSE_NUMBER_CELL: return houseNumberEnd(ctx, from, to);
    case BIRTH_DATE_CELL: return birthDateEnd(ctx, from, to);
    case HANDLE_CELL: return handleEnd(ctx, from, to);
    case STREET_LINE_CELL: {
      // streetLineEnd of column-values.ts: street and number, else a capitalised street name.
      const int end = streetAddressEnd(ctx, from, to);
      if (end >= 0) return end;
      return isUpperLetter(ctx.s[from]) ? streetNameEnd(ctx, from, to) : -1;
    }
    default: return additionEnd(ctx, from, to);
  }
}

/**
 * The name or address columns of a header, each with its kind (recomputed per text: a header's
 * address may be reused).
 */
const std::vector<std::pair<int, int>>& wantedColumns(const TableHeader& header, bool names) {
  thread_local std::vector<std::pair<int, int>> wanted;
  wanted.clear();
  // With the house number in a column of its own, a street cell holds the street name alone.
  bool split = false;
  for (const std::u16string& cell : header.cells) split = split || houseNumberLabels().has(cell);
  for (size_t i = 0; i < header.cells.size(); i++) {
    const std::u16string& cell = header.cells[i];
    int kind = -1;
    if (nameLabels().get(cell) != 0) kind = NAME_CELL;
    else if (particleLabels().has(cell)) kind = PARTICLE_CELL;
    else if (addressLabels().has(cell)) kind = split ? SPLIT_ADDRESS_CELL : ADDRESS_CELL;
    else if (houseNumberLabels().has(cell)) kind = HOUSE_NUMBER_CELL;
    else if (additionLabels().has(cell)) kind = ADDITION_CELL;
    if (kind < 0) continue;
    bool nameKind = kind == NAME_CELL || kind == PARTICLE_CELL;
    if (nameKind == names) wanted.push_back({(int)i, kind});
  }
  return wanted;
}

void cellsOf(ScanContext& ctx, bool names, int type, int detector, std::vector<Finding>& out) {
  int firstRow = 0;
  const TableHeader* header = ctx.table(&firstRow);
  if (!header) return;
  const auto& wanted = wantedColumns(*header, names);
  if (wanted.empty()) return;
  const char16_t* s = ctx.s;
  const int n = ctx.n;
  const int columns = (int)header->cells.size();
  // The rows are the context's lines, split once per text for this and the column cues alike
  // (rowCells: null for the header line and for lines with another number of cells).
  const int lines = ctx.lineCount();
  for (int line = 0; line < lines; line++) {
    const int lineStart = ctx.lineStart(line);
    if (lineStart < firstRow) continue;
    if (lineStart >= n) break;
    const int* starts = ctx.rowCells(line);
    if (!starts) continue;
    const int lineEnd = ctx.lineEnd(line);
    const int end = ctx.at(lineEnd - 1) == CR ? lineEnd - 1 : lineEnd;
    for (const auto& [column, kind] : wanted) {
      int from = starts[column];
      int to = column + 1 < columns ? starts[column + 1] - 1 : end;
      while (from < to && s[from] == SPACE) from++;
      while (to > from && s[to - 1] == SPACE) to--;
      if (to - from >= 2 && s[from] == QUOTE && s[to - 1] == QUOTE) {
        from++;
        to--;
      }
      int valueEnd = to > from ? acceptCell(ctx, kind, from, to) : -1;
      if (valueEnd > from) out.push_back(Finding{type, from, valueEnd, 0.95, detector});
    }
  }
}

// keyed-values.ts: values under a JSON key or in an XML element, read like a column's cells.

constexpr int BACKSLASH = 92;
constexpr int MAX_KEY = 40;
constexpr int MAX_VALUE = 80;

inline bool isKeyChar(int c) { return isAlnum(c) || c == 95 || c == 45; }

/** canonicalKey of keyed-values.ts: camelCase split, `_`/`-` as spaces, lower case. */
const std::u16string& canonicalKey(const ScanContext& ctx, int from, int to) {
  thread_local std::u16string out;
  out.clear();
  for (int i = from; i < to; i++) {
    int c = ctx.s[i];
    if (c == 95 || c == 45) {
      if (!out.empty() && out.back() != u' ') out.push_back(u' ');
    } else if (isUpperAscii(c)) {
      if (i > from && isLowerAscii(ctx.s[i - 1]) && out.back() != u' ') out.push_back(u' ');
      out.push_back((char16_t)(c + 32));
    } else {
      out.push_back((char16_t)c);
    }
  }
  if (!out.empty() && out.back() == u' ') out.pop_back();
  return out;
}

/**
 * The cell kind of a key (nameReaderOf / addressReaderOf), or -1; generic name keys are none. A
 * form line's address label reads street and number only.
 */
int keyKind(const std::u16string& key, bool names, bool line) {
  // The longest label has 21 units ("house number addition"): longer keys need no lookup.
  if (key.size() > 24) return -1;
  if (names) {
    if (key == u"display name") return HANDLE_CELL;
    if (nameLabels().get(key) != 0) return key == u"naam" || key == u"name" ? -1 : NAME_CELL;
    return particleLabels().has(key) ? PARTICLE_CELL : -1;
  }
  if (addressLabels().has(key)) {
    if (!line) return SPLIT_ADDRESS_CELL;
    const bool street = key == u"straat" || key == u"straatnaam" || key == u"street" || key == u"street name" ||
                        key == u"streetname";
    return street ? STREET_LINE_CELL : ADDRESS_CELL;
  }
  if (houseNumberLabels().has(key)) return HOUSE_NUMBER_CELL;
  return additionLabels().has(key) ? ADDITION_CELL : -1;
}

void pushTrimmed(ScanContext& ctx, int kind, int from, int to, int type, int detector, std::vector<Finding>& out) {
  while (from < to && ctx.s[from] == SPACE) from++;
  while (to > from && ctx.s[to - 1] == SPACE) to--;
  if (to <= from) return;
  int end = acceptCell(ctx, kind, from, to);
  if (end > from) out.push_back(Finding{type, from, end, 0.95, detector});
}

constexpr int MAX_LABEL = 40;

inline bool isLabelChar(int c) { return isLetter(c) || c == SPACE || c == 45 || c == 95 || c == 47 || c == 46; }

/** jsonValue of keyed-values.ts; false when the colon at `c` is no JSON key's (a form line may be). */
bool jsonValue(ScanContext& ctx, int c, bool names, int type, int detector, std::vector<Finding>& out) {
  const int n = ctx.n;
  int j = c - 1;
  while (j >= 0 && ctx.s[j] == SPACE) j--;
  if (ctx.at(j) != QUOTE) return false;
  j--;
  for (int k = 0; k < 3 && ctx.at(j) == BACKSLASH; k++) j--;
  int keyEnd = j + 1;
  while (j >= 0 && keyEnd - j <= MAX_KEY && isKeyChar(ctx.s[j])) j--;
  int keyStart = j + 1;
  if (keyEnd - keyStart < 2 || ctx.at(j) != QUOTE) return false;
  int kind = keyKind(canonicalKey(ctx, keyStart, keyEnd), names, false);
  if (kind < 0) return true;
  int v = c + 1;
  while (ctx.at(v) == SPACE) v++;
  for (int k = 0; k < 3 && ctx.at(v) == BACKSLASH; k++) v++;
  int end = -1;
  if (ctx.at(v) == QUOTE) {
    v++;
    int k = v;
    while (k < n && k - v <= MAX_VALUE) {
      int ch = ctx.s[k];
      if (ch == QUOTE || ch == BACKSLASH || ch == 10 || ch == 13) break;
      k++;
    }
    int stop = ctx.at(k);
    if (stop == QUOTE || stop == BACKSLASH) end = k;
  } else if (isDigit(ctx.at(v))) {
    int k = v;
    while (k - v < 10 && (isAlnum(ctx.at(k)) || ctx.at(k) == 45)) k++;
    if (!isAlnum(ctx.at(k))) end = k;
  }
  if (end >= 0) pushTrimmed(ctx, kind, v, end, type, detector, out);
  return true;
}

/** lineValue of keyed-values.ts: a form line "Huisnummer: 6"; whether it pushed a value. */
bool lineValue(ScanContext& ctx, int c, bool names, int type, int detector, std::vector<Finding>& out) {
  const int n = ctx.n;
  int k = c - 1;
  while (k >= 0 && c - k <= MAX_LABEL + 8 && isLabelChar(ctx.s[k])) k--;
  while (k >= 0 && c - k <= MAX_LABEL + 8 && (ctx.s[k] == SPACE || ctx.s[k] == 9)) k--;
  if (k >= 0 && ctx.s[k] != 10) return false;
  int from = k + 1;
  int to = c;
  while (from < to && (ctx.s[from] == SPACE || ctx.s[from] == 9)) from++;
  while (to > from && ctx.s[to - 1] == SPACE) to--;
  if (to - from < 2 || to - from > MAX_LABEL || !isLetter(ctx.s[from])) return false;
  int kind = keyKind(canonicalKey(ctx, from, to), names, true);
  if (kind < 0) return false;
  int v = c + 1;
  while (ctx.at(v) == SPACE || ctx.at(v) == 9) v++;
  int e = v;
  while (e < n && e - v <= MAX_VALUE) {
    int ch = ctx.s[e];
    if (ch == 10 || ch == 13) break;
    e++;
  }
  if (e - v > MAX_VALUE) return false;
  const size_t before = out.size();
  pushTrimmed(ctx, kind, v, e, type, detector, out);
  return out.size() > before;
}

inline bool isParamChar(int c) { return isAlnum(c) || c == 59 || c == 61 || c == 44 || c == 45 || c == QUOTE; }

/** vcardValues of keyed-values.ts: the components of an N:, FN: or ADR: line of a vCard. */
void vcardValues(ScanContext& ctx, int c, bool names, int type, int detector, std::vector<Finding>& out, int& vcard) {
  const char16_t* s = ctx.s;
  int k = c - 1;
  while (k >= 0 && c - k <= 64 && isParamChar(s[k])) k--;
  if (k >= 0 && s[k] != 10) return;
  const int from = k + 1;
  int nameEnd = from;
  while (nameEnd < c && isUpperAscii(s[nameEnd])) nameEnd++;
  if (nameEnd == from || (nameEnd < c && s[nameEnd] != 59)) return;
  const u16view property(s + from, (size_t)(nameEnd - from));
  // The key of each component (VCARD_PROPERTIES), as its cell kind.
  int kinds[3] = {-1, -1, -1};
  int count = 0;
  if (property == u"N") {
    count = 3;
    for (int i = 0; i < 3; i++) kinds[i] = names ? NAME_CELL : -1;
  } else if (property == u"FN") {
    count = 1;
    kinds[0] = names ? NAME_CELL : -1;
  } else if (property == u"ADR") {
    count = 3;
    kinds[2] = names ? -1 : SPLIT_ADDRESS_CELL;
  } else {
    return;
  }
  // Whether the text holds a vCard: searched for once per text (-1: not yet).
  static const std::u16string begin(u"BEGIN:VCARD");
  if (vcard < 0) vcard = u16view(s, (size_t)ctx.n).find(begin) != u16view::npos;
  if (!vcard) return;
  int end = c;
  while (end < ctx.n && s[end] != 10) end++;
  if (end > c && s[end - 1] == 13) end--;
  int start = c + 1;
  for (int i = 0; i < count && start <= end; i++) {
    int stop = start;
    while (stop < end && s[stop] != 59) stop++;
    if (kinds[i] >= 0) pushTrimmed(ctx, kinds[i], start, stop, type, detector, out);
    start = stop + 1;
  }
}

void keyedValues(ScanContext& ctx, bool names, int type, int detector, std::vector<Finding>& out) {
  const int n = ctx.n;
  int vcard = -1;
  for (int c : ctx.positionsOf(u':'))
    if (!jsonValue(ctx, c, names, type, detector, out) && !lineValue(ctx, c, names, type, detector, out))
      vcardValues(ctx, c, names, type, detector, out, vcard);
  for (int p : ctx.positionsOf(u'<')) {
    if (!isLetter(ctx.at(p + 1))) continue;
    int k = p + 1;
    while (k - p - 1 < MAX_KEY + 1 && isKeyChar(ctx.at(k))) k++;
    int keyLength = k - p - 1;
    if (keyLength < 2 || keyLength > MAX_KEY || ctx.at(k) != 62) continue;
    int v = k + 1;
    int e = v;
    while (e < n && e - v <= MAX_VALUE) {
      int ch = ctx.s[e];
      if (ch == 60 || ch == 10 || ch == 13) break;
      e++;
    }
    if (e == v || ctx.at(e) != 60 || ctx.at(e + 1) != 47) continue;
    bool same = e + 2 + keyLength < n;
    for (int i = 0; same && i < keyLength; i++) same = ctx.s[e + 2 + i] == ctx.s[p + 1 + i];
    if (!same || ctx.at(e + 2 + keyLength) != 62) continue;
    int kind = keyKind(canonicalKey(ctx, p + 1, k), names, false);
    if (kind < 0) continue;
    pushTrimmed(ctx, kind, v, e, type, detector, out);
  }
}

// sql-dump-values.ts: the named columns of INSERT … (columns) VALUES and COPY … FROM stdin;.

constexpr int MAX_COLUMNS = 200;
constexpr int MAX_COLUMN_NAME = 64;

inline bool isWhite(int c) { return c == 32 || c == 10 || c == 13 || c == 9; }
inline bool isQuoteOfName(int c) { return c == 96 || c == 34 || c == 91 || c == 93; }

int skipWhite(const ScanContext& ctx, int k) {
  while (k < ctx.n && isWhite(ctx.s[k])) k++;
  return k;
}

bool startsWithAt(const ScanContext& ctx, int k, u16view word) {
  if (k < 0 || k + (int)word.size() > ctx.n) return false;
  for (size_t i = 0; i < word.size(); i++)
    if (ctx.s[k + (int)i] != word[i]) return false;
  return true;
}


/** columnList: each column's cell kind (-1: not read); the end past ')' or -1. */
int columnList(const ScanContext& ctx, int k, Family family, std::vector<int>& kinds) {
  kinds.clear();
  if (ctx.at(k) != 40) return -1;
  int from = k + 1;
  for (int i = from; i < ctx.n; i++) {
    int c = ctx.s[i];
    if (c == 10 || c == 40) return -1;
    if (c != 44 && c != 41) continue;
    int s = from;
    int e = i;
    while (s < e && (isWhite(ctx.s[s]) || isQuoteOfName(ctx.s[s]))) s++;
    while (e > s && (isWhite(ctx.s[e - 1]) || isQuoteOfName(ctx.s[e - 1]))) e--;
    if (e == s || e - s > MAX_COLUMN_NAME || (int)kinds.size() == MAX_COLUMNS) return -1;
    std::u16string key = canonicalKey(ctx, s, e);
    kinds.push_back(family == BIRTH_DATES ? (birthDateLabels().has(key) ? BIRTH_DATE_CELL : -1)
                                          : keyKind(key, family == NAMES, false));
    from = i + 1;
    if (c == 41) return i + 1;
  }
  return -1;
}

bool anyKind(const std::vector<int>& kinds) {
  for (int k : kinds)
    if (k >= 0) return true;
  return false;
}

struct SqlSink {
  ScanContext& ctx;
  const std::vector<int>& kinds;
  int type, detector;
  std::vector<Finding>& out;
  void take(int column, int s, int e, bool) {
    if (column < (int)kinds.size() && kinds[column] >= 0) pushTrimmed(ctx, kinds[column], s, e, type, detector, out);
  }
  bool endRow() { return false; }
};

template <typename Sink>
int tuples(ScanContext& ctx, int k, Sink& sink) {
  const int n = ctx.n;
  const char16_t* t = ctx.s;
  while (k < n && t[k] == 40) {
    k++;
    for (int column = 0;; column++) {
      k = skipWhite(ctx, k);
      if (ctx.at(k) == 39) {
        int s = k + 1;
        int i = s;
        while (i < n) {
          int c = t[i];
          if (c == 92)
            i += 2;
          else if (c == 39 && ctx.at(i + 1) == 39)
            i += 2;
          else if (c == 39)
            break;
          else
            i++;
        }
        if (i >= n) return n;
        sink.take(column, s, i, true);
        k = skipWhite(ctx, i + 1);
      } else {
        int s = k;
        while (k < n && t[k] != 44 && t[k] != 41 && t[k] != 10) k++;
        sink.take(column, s, k, false);
      }
      int c = ctx.at(k);
      if (c == 44) {
        k++;
        continue;
      }
      if (c != 41) return k;
      k++;
      break;
    }
    if (sink.endRow()) return k;
    k = skipWhite(ctx, k);
    if (ctx.at(k) != 44) return k;
    k = skipWhite(ctx, k + 1);
  }
  return k;
}

int copyRows(ScanContext& ctx, int k, SqlSink& sink) {
  const int n = ctx.n;
  const char16_t* t = ctx.s;
  int line = k;
  while (line < n) {
    int end = line;
    while (end < n && t[end] != 10) end++;
    int stop = ctx.at(end - 1) == 13 ? end - 1 : end;
    if (stop - line == 2 && t[line] == 92 && t[line + 1] == 46) return end;
    int s = line;
    for (int column = 0; s <= stop; column++) {
      int e = s;
      while (e < stop && t[e] != 9) e++;
      if (!(e - s == 2 && t[s] == 92 && t[s + 1] == 78)) sink.take(column, s, e, false);
      s = e + 1;
    }
    line = end + 1;
  }
  return n;
}

/** tableNameBefore of sql-dump-values.ts: the table name before p; `before` the end of the word before it. */
bool tableNameBefore(const ScanContext& ctx, int p, int& nameStart, int& nameEnd, int& before) {
  int j = p - 1;
  while (j >= 0 && isWhite(ctx.s[j])) j--;
  nameEnd = j + 1;
  while (j >= 0 && nameEnd - j <= 128) {
    int c = ctx.s[j];
    if (isWhite(c) || c == 40 || c == 41) break;
    j--;
  }
  nameStart = j + 1;
  if (nameStart == nameEnd || j < 0 || !isWhite(ctx.s[j])) return false;
  while (j >= 0 && isWhite(ctx.s[j])) j--;
  before = j + 1;
  return true;
}

/** statementAt of sql-dump-values.ts: 1 for INSERT INTO name (, 2 for COPY name (, else 0. */
int statementAt(const ScanContext& ctx, int p) {
  int nameStart, nameEnd, end;
  if (!tableNameBefore(ctx, p, nameStart, nameEnd, end)) return 0;
  if (end >= 11 && startsWithAt(ctx, end - 11, u"INSERT INTO")) return 1;
  if (end >= 4 && startsWithAt(ctx, end - 4, u"COPY")) return 2;
  return 0;
}

/** valuesStatementAt of sql-dump-values.ts: the table name of `INSERT INTO name VALUES (` at p, or false. */
bool valuesStatementAt(const ScanContext& ctx, int p, int& nameStart, int& nameEnd) {
  int j = p - 1;
  while (j >= 0 && isWhite(ctx.s[j])) j--;
  if (j < 6 || !startsWithAt(ctx, j - 5, u"VALUES") || !isWhite(ctx.s[j - 6])) return false;
  int before;
  if (!tableNameBefore(ctx, j - 5, nameStart, nameEnd, before)) return false;
  return before >= 11 && startsWithAt(ctx, before - 11, u"INSERT INTO");
}

/** The rows of a table dumped without a column list, for inferredKinds (sql-dump-values.ts inferredReaders). */
struct RowSink {
  const char16_t* s;
  std::vector<std::vector<std::pair<int, int>>>& rows;
  std::vector<std::pair<int, int>> row;
  void take(int column, int from, int to, bool quoted) {
    while (from < to && s[from] == 32) from++;
    while (to > from && s[to - 1] == 32) to--;
    if (!quoted && to - from == 4 && s[from] == u'N' && s[from + 1] == u'U' && s[from + 2] == u'L' && s[from + 3] == u'L')
      to = from;
    if ((int)row.size() <= column) row.resize((size_t)column + 1, {0, 0});
    row[(size_t)column] = {from, to};
  }
  bool endRow() {
    rows.push_back(std::move(row));
    row.clear();
    return rows.size() >= 20;
  }
};

/** valuesStatements of sql-dump-values.ts: the parenthesis of every statement without a column list, by table. */
using Statements = std::unordered_map<std::u16string, std::vector<int>>;
void valuesStatements(ScanContext& ctx, Statements& byTable) {
  for (int p : ctx.positionsOf(u'(')) {
    int ns, ne;
    if (valuesStatementAt(ctx, p, ns, ne)) byTable[std::u16string(ctx.s + ns, (size_t)(ne - ns))].push_back(p);
  }
}

/** The cell kinds of a table dumped without a column list, from its first rows' values (inferredReaders). */
std::vector<int> inferredKinds(ScanContext& ctx, const std::vector<int>& statements, Family family) {
  std::vector<std::vector<std::pair<int, int>>> rows;
  RowSink sink{ctx.s, rows, {}};
  for (int q : statements) {
    if (rows.size() >= 20) break;
    tuples(ctx, q, sink);
    sink.row.clear();
  }
  std::vector<int> kinds;
  const int width = rows.empty() ? 0 : (int)rows[0].size();
  std::vector<std::vector<std::pair<int, int>>> same;
  for (auto& r : rows)
    if ((int)r.size() == width) same.push_back(r);
  if (width < 4 || same.size() < 3 || same.size() * 5 < rows.size() * 4) return kinds;
  for (const std::u16string& label : labelColumnValues(ctx.s, ctx.n, same, width)) {
    if (label.empty()) kinds.push_back(-1);
    else if (family == BIRTH_DATES) kinds.push_back(birthDateLabels().has(label) ? BIRTH_DATE_CELL : -1);
    else kinds.push_back(keyKind(label, family == NAMES, false));
  }
  return kinds;
}

void sqlDumpValues(ScanContext& ctx, Family family, int type, int detector, std::vector<Finding>& out) {
  thread_local std::vector<int> kinds;
  const int n = ctx.n;
  int after = 0;
  std::unordered_map<std::u16string, std::vector<int>> inferred;
  Statements statements;
  bool statementsRead = false;
  for (int p : ctx.positionsOf(u'(')) {
    if (p < after) continue;
    int statement = statementAt(ctx, p);
    if (statement == 0) {
      int nameStart, nameEnd;
      if (!valuesStatementAt(ctx, p, nameStart, nameEnd)) continue;
      const std::u16string name(ctx.s + nameStart, (size_t)(nameEnd - nameStart));
      auto known = inferred.find(name);
      if (known == inferred.end()) {
        if (!statementsRead) valuesStatements(ctx, statements);
        statementsRead = true;
        static const std::vector<int> none;
        auto it = statements.find(name);
        known = inferred.emplace(name, inferredKinds(ctx, it == statements.end() ? none : it->second, family)).first;
      }
      if (anyKind(known->second)) {
        SqlSink sink{ctx, known->second, type, detector, out};
        after = tuples(ctx, p, sink);
      }
      continue;
    }
    int end = columnList(ctx, p, family, kinds);
    if (end < 0 || !anyKind(kinds)) continue;
    int k = skipWhite(ctx, end);
    SqlSink sink{ctx, kinds, type, detector, out};
    if (statement == 1) {
      if (startsWithAt(ctx, k, u"VALUES")) after = tuples(ctx, skipWhite(ctx, k + 6), sink);
    } else if (startsWithAt(ctx, k, u"FROM stdin;")) {
      int nl = k;
      while (nl < n && ctx.s[nl] != 10) nl++;
      if (nl < n) after = copyRows(ctx, nl + 1, sink);
    }
  }
}

}  // namespace

void find_name_column(ScanContext& ctx, std::vector<Finding>& out) {
  cellsOf(ctx, true, PERSON_NAME, NAME_COLUMN_DETECTOR, out);
  keyedValues(ctx, true, PERSON_NAME, NAME_COLUMN_DETECTOR, out);
  sqlDumpValues(ctx, NAMES, PERSON_NAME, NAME_COLUMN_DETECTOR, out);
}

void find_address_column(ScanContext& ctx, std::vector<Finding>& out) {
  cellsOf(ctx, false, POSTAL_ADDRESS, ADDRESS_COLUMN_DETECTOR, out);
  keyedValues(ctx, false, POSTAL_ADDRESS, ADDRESS_COLUMN_DETECTOR, out);
  sqlDumpValues(ctx, ADDRESSES, POSTAL_ADDRESS, ADDRESS_COLUMN_DETECTOR, out);
}

void sqlBirthDates(ScanContext& ctx, int detector, std::vector<Finding>& out) {
  sqlDumpValues(ctx, BIRTH_DATES, DATE_OF_BIRTH, detector, out);
}

}  // namespace gs
