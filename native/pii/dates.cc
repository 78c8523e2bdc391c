// src/pii/dates.ts (monthNumber, readDate). Its regexes are matched by hand here: each quantifier
// and alternative is tried in the order the JS backtracking engine tries it, so the first success
// is the same match with the same captures.
#include "dates.h"

#include <ctime>

#include <algorithm>
#include <cstring>
#include <vector>

namespace gs {

namespace {

struct MonthName {
  const char* name;
  int len;
  int month;
};

/** MONTH_NAMES flattened in Map insertion order. */
const MonthName kNames[] = {
    {"januari", 7, 1},   {"january", 7, 1},  {"jan", 3, 1},      {"februari", 8, 2}, {"february", 8, 2},
    {"feb", 3, 2},       {"maart", 5, 3},    {"march", 5, 3},    {"mrt", 3, 3},      {"mar", 3, 3},
    {"april", 5, 4},     {"apr", 3, 4},      {"mei", 3, 5},      {"may", 3, 5},      {"juni", 4, 6},
    {"june", 4, 6},      {"jun", 3, 6},      {"juli", 4, 7},     {"july", 4, 7},     {"jul", 3, 7},
    {"augustus", 8, 8},  {"august", 6, 8},   {"aug", 3, 8},      {"september", 9, 9}, {"sept", 4, 9},
    {"sep", 3, 9},       {"oktober", 7, 10}, {"october", 7, 10}, {"okt", 3, 10},     {"oct", 3, 10},
    {"november", 8, 11}, {"nov", 3, 11},     {"december", 8, 12}, {"dec", 3, 12},
};
constexpr int kNameCount = sizeof(kNames) / sizeof(kNames[0]);

/** The MONTH alternation: longest first, ties in insertion order (Array.prototype.sort is stable). */
const std::vector<const MonthName*>& alternation() {
  static const std::vector<const MonthName*> order = [] {
    std::vector<const MonthName*> v;
    for (const auto& m : kNames) v.push_back(&m);
    std::stable_sort(v.begin(), v.end(), [](const MonthName* a, const MonthName* b) { return a->len > b->len; });
    return v;
  }();
  return order;
}

inline int at(const char16_t* s, int n, int i) { return i >= 0 && i < n ? s[i] : -1; }
inline bool digit(const char16_t* s, int n, int i) {
  int c = at(s, n, i);
  return c >= 48 && c <= 57;
}
/** Whether s[p, p + k) are all digits. */
inline bool digits(const char16_t* s, int n, int p, int k) {
  for (int i = 0; i < k; i++)
    if (!digit(s, n, p + i)) return false;
  return true;
}
inline int number(const char16_t* s, int p, int k) {
  int v = 0;
  for (int i = 0; i < k; i++) v = v * 10 + (s[p + i] - 48);
  return v;
}
/** /i on an ASCII pattern without /u: only ASCII letters fold (no non-ASCII code unit
 * canonicalizes to an ASCII one). */
inline bool matchCi(const char16_t* s, int n, int p, const char* lit, int len) {
  if (p < 0 || p + len > n) return false;
  for (int i = 0; i < len; i++) {
    int c = s[p + i];
    if (c >= 65 && c <= 90) c += 32;
    if (c != lit[i]) return false;
  }
  return true;
}

/** Whether c can begin a month name under /i: most candidates fail this before the name loop. */
inline bool monthInitial(int c) {
  if (c >= 65 && c <= 90) c += 32;
  return c == 'j' || c == 'f' || c == 'm' || c == 'a' || c == 's' || c == 'o' || c == 'n' || c == 'd';
}

bool plausible(int day, int month, int year) {
  if (month < 1 || month > 12 || day < 1 || year < 1880 || year > 2100) return false;
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = days[month - 1];
  if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) max = 29;
  return day <= max;
}

int fullYear(int value, int len) {
  if (len == 4) return value;
  return value < 30 ? 2000 + value : 1900 + value;
}

/** DAY_MONTH_YEAR /(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/y */
int dayMonthYear(const char16_t* s, int n, int p, int& a, int& b, int& year) {
  for (int k1 = 2; k1 >= 1; k1--) {
    if (!digits(s, n, p, k1)) continue;
    int sep = at(s, n, p + k1);
    if (sep != '-' && sep != '/' && sep != '.') continue;
    int q = p + k1 + 1;
    for (int k2 = 2; k2 >= 1; k2--) {
      if (!digits(s, n, q, k2) || at(s, n, q + k2) != sep) continue;
      int y = q + k2 + 1;
      for (int k3 : {4, 2}) {
        if (!digits(s, n, y, k3) || digit(s, n, y + k3)) continue;
        a = number(s, p, k1);
        b = number(s, q, k2);
        year = fullYear(number(s, y, k3), k3);
        return y + k3;
      }
    }
  }
  return -1;
}

/** YEAR_MONTH_DAY /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/y */
int yearMonthDay(const char16_t* s, int n, int p, int& year, int& month, int& day) {
  if (!digits(s, n, p, 4)) return -1;
  int sep = at(s, n, p + 4);
  if (sep != '-' && sep != '/' && sep != '.') return -1;
  int q = p + 5;
  for (int k2 = 2; k2 >= 1; k2--) {
    if (!digits(s, n, q, k2) || at(s, n, q + k2) != sep) continue;
    int d = q + k2 + 1;
    for (int k3 = 2; k3 >= 1; k3--) {
      if (!digits(s, n, d, k3) || digit(s, n, d + k3)) continue;
      year = number(s, p, 4);
      month = number(s, q, k2);
      day = number(s, d, k3);
      return d + k3;
    }
  }
  return -1;
}

/** `\.?,? (\d{4})(?![\d])` after a month name (DAY_NAME_YEAR's tail). */
int nameYearTail(const char16_t* s, int n, int p, int& year) {
  for (int dot = 1; dot >= 0; dot--) {
    if (dot && at(s, n, p) != '.') continue;
    int q = p + dot;
    for (int comma = 1; comma >= 0; comma--) {
      if (comma && at(s, n, q) != ',') continue;
      int r = q + comma;
      if (at(s, n, r) != ' ' || !digits(s, n, r + 1, 4) || digit(s, n, r + 5)) continue;
      year = number(s, r + 1, 4);
      return r + 5;
    }
  }
  return -1;
}

/** DAY_NAME_YEAR `(\d{1,2})(?:e|ste|de|st|nd|rd|th)?(?: of)? (MONTH)\.?,? (\d{4})(?![\d])`/iy */
int dayNameYear(const char16_t* s, int n, int p, int& day, int& month, int& year) {
  static const char* const suffixes[] = {"e", "ste", "de", "st", "nd", "rd", "th", ""};
  const auto& names = alternation();
  for (int k1 = 2; k1 >= 1; k1--) {
    if (!digits(s, n, p, k1)) continue;
    int q = p + k1;
    for (const char* suffix : suffixes) {
      int sl = (int)std::strlen(suffix);
      if (sl && !matchCi(s, n, q, suffix, sl)) continue;
      int q2 = q + sl;
      for (int of = 1; of >= 0; of--) {
        if (of && !matchCi(s, n, q2, " of", 3)) continue;
        int q3 = q2 + 3 * of;
        if (at(s, n, q3) != ' ' || !monthInitial(at(s, n, q3 + 1))) continue;
        for (const MonthName* m : names) {
          if (!matchCi(s, n, q3 + 1, m->name, m->len)) continue;
          int end = nameYearTail(s, n, q3 + 1 + m->len, year);
          if (end < 0) continue;
          day = number(s, p, k1);
          month = m->month;
          return end;
        }
      }
    }
  }
  return -1;
}

/** NAME_DAY_YEAR `(MONTH)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})(?![\d])`/iy */
int nameDayYear(const char16_t* s, int n, int p, int& day, int& month, int& year) {
  static const char* const suffixes[] = {"st", "nd", "rd", "th", ""};
  if (!monthInitial(at(s, n, p))) return -1;
  for (const MonthName* m : alternation()) {
    if (!matchCi(s, n, p, m->name, m->len)) continue;
    int q = p + m->len;
    for (int dot = 1; dot >= 0; dot--) {
      if (dot && at(s, n, q) != '.') continue;
      int q1 = q + dot;
      if (at(s, n, q1) != ' ') continue;
      int d = q1 + 1;
      for (int k = 2; k >= 1; k--) {
        if (!digits(s, n, d, k)) continue;
        int q2 = d + k;
        for (const char* suffix : suffixes) {
          int sl = (int)std::strlen(suffix);
          if (sl && !matchCi(s, n, q2, suffix, sl)) continue;
          int q3 = q2 + sl;
          for (int comma = 1; comma >= 0; comma--) {
            if (comma && at(s, n, q3) != ',') continue;
            int r = q3 + comma;
            if (at(s, n, r) != ' ' || !digits(s, n, r + 1, 4) || digit(s, n, r + 5)) continue;
            day = number(s, d, k);
            month = m->month;
            year = number(s, r + 1, 4);
            return r + 5;
          }
        }
      }
    }
  }
  return -1;
}

}  // namespace

int monthNumber(const char16_t* s, int from, int to) {
  int len = to - from;
  if (len < 3 || len > 9) return 0;
  char lower[9];
  for (int i = 0; i < len; i++) {
    int c = s[from + i];
    if (c >= 65 && c <= 90) c += 32;
    else if (c == 0x212a) c = 'k';  // KELVIN SIGN: the one non-ASCII code unit toLowerCase makes ASCII
    else if (c >= 128) return 0;
    lower[i] = (char)c;
  }
  for (int i = 0; i < kNameCount; i++)
    if (kNames[i].len == len && std::memcmp(kNames[i].name, lower, len) == 0) return kNames[i].month;
  return 0;
}

bool readDate(const char16_t* s, int n, int start, WrittenDate& out) {
  int a, b, c, end;
  if ((end = dayMonthYear(s, n, start, a, b, c)) >= 0) {
    if (plausible(a, b, c)) out = {start, end, a, b, c, DATE_DMY};
    else if (plausible(b, a, c)) out = {start, end, b, a, c, DATE_MDY};
    else return false;
    return true;
  }
  if ((end = yearMonthDay(s, n, start, c, b, a)) >= 0) {
    if (!plausible(a, b, c)) return false;
    out = {start, end, a, b, c, DATE_YMD};
    return true;
  }
  if ((end = dayNameYear(s, n, start, a, b, c)) >= 0) {
    if (!plausible(a, b, c)) return false;
    out = {start, end, a, b, c, DATE_D_NAME_Y};
    return true;
  }
  if ((end = nameDayYear(s, n, start, a, b, c)) >= 0) {
    if (!plausible(a, b, c)) return false;
    out = {start, end, a, b, c, DATE_NAME_D_Y};
    return true;
  }
  return false;
}

int currentYear() {
  std::time_t now = std::time(nullptr);
  std::tm local;
  localtime_r(&now, &local);
  return local.tm_year + 1900;
}

}  // namespace gs
