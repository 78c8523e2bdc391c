// Mirrors src/pii/table-inference.ts: column labels for an export without a header row, from the
// values of its first rows. The thresholds are whole-number ratios, as in the JS.
#include "dates.h"
#include "engine.h"

namespace gs {

namespace {

constexpr int SAMPLE_LINES = 20, MIN_ROWS = 3, MAX_LINE = 2000, QUOTE = 34, APOSTROPHE = 39;
constexpr int GIVEN = 1, SURNAME = 2;  // lexicon.ts NameFlag

struct Cell {
  int from, to;
};

int lineEnd(const char16_t* s, int n, int from) {
  for (int i = from; i < n; i++)
    if (s[i] == NEWLINE) return i;
  return n;
}

int delimiterOf(const char16_t* s, int end) {
  static const int DELIMITERS[4] = {44, 59, 9, 124};
  int counts[4] = {0, 0, 0, 0};
  for (int i = 0; i < end; i++)
    for (int k = 0; k < 4; k++)
      if (s[i] == DELIMITERS[k]) counts[k]++;
  int best = -1, bestCount = 2;
  for (int k = 0; k < 4; k++)
    if (counts[k] > bestCount) {
      best = DELIMITERS[k];
      bestCount = counts[k];
    }
  return best;
}

Cell trimCell(const char16_t* s, int from, int to) {
  while (from < to && s[from] == SPACE) from++;
  while (to > from && s[to - 1] == SPACE) to--;
  if (to - from >= 2 && s[from] == QUOTE && s[to - 1] == QUOTE) {
    from++;
    to--;
  }
  return {from, to};
}

void splitCells(const char16_t* s, int from, int to, int delimiter, std::vector<Cell>& out) {
  bool quoted = false;
  int start = from;
  for (int i = from; i <= to; i++) {
    const int c = i < to ? s[i] : delimiter;
    if (c == QUOTE) quoted = !quoted;
    else if (c == delimiter && (!quoted || i == to)) {
      out.push_back(trimCell(s, start, i));
      start = i + 1;
    }
  }
}

struct ColumnStats {
  int nonEmpty = 0, wordy = 0, oneWord = 0, given = 0, fullName = 0, surname = 0, initials = 0, particle = 0, street = 0,
      number = 0, shortValue = 0, tiny = 0, birthDate = 0, streetNumber = 0, streetNumberSuffix = 0;
};

int wordEnd(const char16_t* s, int from, int to, int stop) {
  for (int i = from; i < to; i++)
    if (s[i] == stop) return i;
  return to;
}

bool isWordy(const char16_t* s, int from, int to) {
  if (to - from < 2 || to - from > 40 || !isUpperLetter(s[from])) return false;
  for (int i = from; i < to; i++) {
    const int c = s[i];
    if (!isLetter(c) && c != SPACE && c != DASH && c != DOT && c != APOSTROPHE && c != 0x2019) return false;
  }
  return true;
}

// houseNumberAt of table-inference.ts: where the number of "Middenstraat 213" starts, or 0.
int houseNumberAt(const char16_t* s, int from, int to) {
  int d = from;
  while (d < to && !isDigit(s[d])) d++;
  if (d == to || d - from < 4 || s[d - 1] != SPACE || !isWordy(s, from, d - 1)) return 0;
  int e = d;
  while (e < to && isDigit(s[e])) e++;
  return e - d <= 5 && to - e <= 6 ? d : 0;
}

bool isInitials(const char16_t* s, int from, int to) {
  const int len = to - from;
  if (len < 2 || len > 10 || len % 2 != 0) return false;
  for (int i = from; i < to; i += 2)
    if (!isUpperLetter(s[i]) || s[i + 1] != DOT) return false;
  return true;
}

bool isParticles(const char16_t* s, int from, int to, const WordTable& particles) {
  if (to - from > 12) return false;
  for (int w = from; w < to;) {
    const int e = wordEnd(s, w, to, SPACE);
    // An SQL string doubles its apostrophe: 'in ''t' holds "in 't".
    const int start = s[w] == APOSTROPHE && w + 1 < to && s[w + 1] == APOSTROPHE ? w + 1 : w;
    if (e == start || particles.get(s, start, e) == 0) return false;
    w = e + 1;
  }
  return true;
}

bool isHouseNumber(const char16_t* s, int from, int to) {
  int e = from;
  while (e < to && e - from < 5 && isDigit(s[e])) e++;
  return e > from && (e == to || (e + 1 == to && isLetter(s[e])));
}

bool hasFourDigits(const char16_t* s, int from, int to) {
  int run = 0;
  for (int i = from; i < to; i++) {
    run = isDigit(s[i]) ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

ColumnStats columnStats(const char16_t* s, int n, const std::vector<std::vector<Cell>>& rows, int column) {
  static const std::string wordsName("personNameWords"), particlesName("personNameParticles");
  const WordTable& words = namedTable(wordsName);
  const WordTable& particles = namedTable(particlesName);
  ColumnStats st;
  const int lastBirthYear = currentYear() - 14;
  for (const auto& row : rows) {
    const int from = row[column].from, to = row[column].to;
    if (to == from) continue;
    st.nonEmpty++;
    if (isInitials(s, from, to)) st.initials++;
    if (isParticles(s, from, to, particles)) st.particle++;
    if (isHouseNumber(s, from, to)) st.number++;
    if (to - from <= 10 && !hasFourDigits(s, from, to)) {
      st.shortValue++;
      if (to - from <= 4) st.tiny++;
    }
    if (isDigit(s[from])) {
      WrittenDate date;
      if (readDate(s, n, from, date) && date.end == to && date.year >= 1900 && date.year <= lastBirthYear)
        st.birthDate++;
      continue;
    }
    const int number = houseNumberAt(s, from, to);
    if (number > 0) {
      st.streetNumber++;
      int last = number - 1;
      while (last > from && s[last - 1] != SPACE) last--;
      if (isStreetWordAt(s, last, number - 1)) st.streetNumberSuffix++;
      continue;
    }
    if (!isWordy(s, from, to)) continue;
    st.wordy++;
    const int space = wordEnd(s, from, to, SPACE);
    const int dash = wordEnd(s, from, space, DASH);
    const int firstFlags = words.get(s, from, space) | (dash < space ? words.get(s, from, dash) : 0);
    if (space == to) {
      st.oneWord++;
      if (firstFlags & GIVEN) st.given++;
      if (words.get(s, from, to) & SURNAME) st.surname++;
    } else if (firstFlags & GIVEN) {
      st.fullName++;
    }
    // hasStreetWord of table-inference.ts: any word with a street ending.
    for (int w = from; w < to;) {
      const int e = wordEnd(s, w, to, SPACE);
      if (isStreetWordAt(s, w, e)) {
        st.street++;
        break;
      }
      w = e + 1;
    }
  }
  return st;
}

std::vector<std::u16string> labelColumns(const char16_t* s, int n, const std::vector<std::vector<Cell>>& rows, int width) {
  std::vector<ColumnStats> stats;
  for (int c = 0; c < width; c++) stats.push_back(columnStats(s, n, rows, c));
  const int rowCount = (int)rows.size();
  std::vector<std::u16string> labels((size_t)width);
  auto most = [rowCount](const ColumnStats& st, int count, int num, int den) {
    return st.nonEmpty * 2 >= rowCount && count * den >= st.nonEmpty * num;
  };
  for (int c = 0; c < width; c++) {
    const ColumnStats& st = stats[c];
    if (most(st, st.given, 3, 5)) labels[c] = u"voornaam";
    else if (most(st, st.initials, 4, 5)) labels[c] = u"voorletters";
    else if (most(st, st.wordy, 4, 5) && most(st, st.fullName, 3, 5)) labels[c] = u"volledige naam";
    else if (most(st, st.birthDate, 4, 5)) labels[c] = u"geboortedatum";
    else if (most(st, st.streetNumber, 4, 5) && st.streetNumberSuffix * 10 >= st.nonEmpty * 3) labels[c] = u"adres";
  }
  for (int c = 0; c + 1 < width; c++) {
    const ColumnStats& st = stats[c];
    const ColumnStats& next = stats[c + 1];
    if (!labels[c].empty() || !labels[c + 1].empty()) continue;
    if (!most(st, st.wordy, 4, 5) || st.street * 10 < st.nonEmpty * 3 || !most(next, next.number, 4, 5)) continue;
    labels[c] = u"straat";
    labels[c + 1] = u"huisnummer";
    if (c + 2 < width && labels[c + 2].empty()) {
      const ColumnStats& after = stats[c + 2];
      if (after.shortValue == after.nonEmpty && (after.nonEmpty * 2 <= rowCount || after.tiny == after.nonEmpty))
        labels[c + 2] = u"toevoeging";
    }
  }
  for (int c = 0; c < width; c++) {
    if (labels[c] != u"voornaam") continue;
    int k = c + 1;
    const bool particles = k < width && stats[k].particle > 0 && stats[k].particle == stats[k].nonEmpty;
    // A tussenvoegsel column empty in every row, the surname one further on (table-inference.ts).
    const bool emptyBeforeSurname = k + 1 < width && stats[k].nonEmpty == 0 && labels[k + 1].empty() &&
                                    most(stats[k + 1], stats[k + 1].wordy, 4, 5);
    if (k < width && labels[k].empty() && (particles || emptyBeforeSurname)) {
      labels[k] = u"tussenvoegsel";
      k++;
    }
    if (k < width && labels[k].empty() && most(stats[k], stats[k].wordy, 4, 5)) labels[k] = u"achternaam";
  }
  for (int c = 1; c + 1 < width; c++) {
    const ColumnStats& st = stats[c];
    const ColumnStats& given = stats[c - 1];
    const ColumnStats& surname = stats[c + 1];
    if (!labels[c - 1].empty() || !labels[c].empty() || !labels[c + 1].empty()) continue;
    if (st.particle == 0 || st.particle != st.nonEmpty) continue;
    if (!most(given, given.oneWord, 4, 5) || !most(surname, surname.wordy, 4, 5)) continue;
    labels[c - 1] = u"voornaam";
    labels[c] = u"tussenvoegsel";
    labels[c + 1] = u"achternaam";
  }
  for (int c = 0; c + 1 < width; c++) {
    const ColumnStats& given = stats[c];
    const ColumnStats& gap = stats[c + 1];
    const int k = gap.nonEmpty == 0 || (gap.particle > 0 && gap.particle == gap.nonEmpty) ? c + 2 : c + 1;
    if (k >= width || !labels[c].empty() || !labels[k].empty() || (k == c + 2 && !labels[c + 1].empty())) continue;
    const ColumnStats& surname = stats[k];
    if (!most(given, given.oneWord, 4, 5) || !most(surname, surname.wordy, 4, 5)) continue;
    if ((given.given + surname.surname) * 10 < (given.nonEmpty + surname.nonEmpty) * 3) continue;
    labels[c] = u"voornaam";
    if (k == c + 2) labels[c + 1] = u"tussenvoegsel";
    labels[k] = u"achternaam";
  }
  for (int c = 0; c < width; c++) {
    const ColumnStats& st = stats[c];
    if (!labels[c].empty() || !most(st, st.wordy, 4, 5) || !most(st, st.surname, 2, 5)) continue;
    labels[c] = u"achternaam";
    int k = c - 1;
    if (k >= 0 && labels[k].empty() && stats[k].particle > 0 && stats[k].particle == stats[k].nonEmpty) {
      labels[k] = u"tussenvoegsel";
      k--;
    }
    if (k >= 0 && labels[k].empty() && most(stats[k], stats[k].oneWord, 4, 5)) labels[k] = u"voornaam";
  }
  return labels;
}

}  // namespace

std::vector<std::u16string> labelColumnValues(const char16_t* s, int n,
                                              const std::vector<std::vector<std::pair<int, int>>>& rows, int width) {
  std::vector<std::vector<Cell>> cells;
  cells.reserve(rows.size());
  for (const auto& row : rows) {
    std::vector<Cell> r;
    r.reserve(row.size());
    for (const auto& v : row) r.push_back({v.first, v.second});
    cells.push_back(std::move(r));
  }
  return labelColumns(s, n, cells, width);
}

std::shared_ptr<const TableHeader> inferHeader(const char16_t* s, int n) {
  const int firstEnd = lineEnd(s, n, 0);
  if (firstEnd > MAX_LINE || firstEnd >= n || lineEnd(s, n, firstEnd + 1) >= n) return nullptr;
  const int delimiter = delimiterOf(s, firstEnd);
  if (delimiter < 0) return nullptr;
  std::vector<std::vector<Cell>> rows;
  std::vector<Cell> cells;
  int lines = 0, width = -1;
  for (int start = 0; start < n && lines < SAMPLE_LINES;) {
    const int end = lineEnd(s, n, start);
    if (end - start > MAX_LINE) break;
    const int to = end > start && s[end - 1] == 13 ? end - 1 : end;
    if (to > start) {
      lines++;
      cells.clear();
      splitCells(s, start, to, delimiter, cells);
      if (width < 0) width = (int)cells.size();
      if ((int)cells.size() == width) rows.push_back(cells);
    }
    start = end + 1;
  }
  if (width < 4 || (int)rows.size() < MIN_ROWS || (int)rows.size() * 5 < lines * 4) return nullptr;
  std::vector<std::u16string> labels = labelColumns(s, n, rows, width);
  bool any = false;
  for (const auto& l : labels) any = any || !l.empty();
  if (!any) return nullptr;
  auto header = std::make_shared<TableHeader>();
  header->delimiter = (char16_t)delimiter;
  header->cells = std::move(labels);
  return header;
}

}  // namespace gs
