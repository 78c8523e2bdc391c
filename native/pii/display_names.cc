// Mirrors src/pii/detectors/display-names.ts: the display name before an e-mail address, when the
// address's local part spells a word of it.
#include <string>
#include <vector>

#include "engine.h"

namespace gs {

namespace {

constexpr int MAX_NAME = 80, MIN_WORD = 3, LABELLED_NAME = 19;  // the detector index of person-name-labelled
constexpr double SCORE = 0.85;

/** baseLettersOf of display-names.ts. */
std::string baseLettersOf(const char16_t* s, int from, int to) {
  std::string out;
  for (int i = from; i < to; i++) {
    int b = baseLetter(s[i]);
    if (b != 0) out.push_back((char)b);
  }
  return out;
}

bool isLocalPartChar(int c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c == 46 || c == 95 || c == 45 || c == 43 ||
         c == 37;
}

/** LEGAL_FORMS of display-names.ts, by base letters. */
bool isLegalForm(const std::string& w) {
  static const char* forms[] = {"bv", "nv", "vof", "ltd", "gmbh", "inc", "llc", "plc", "bvba", "sa", "ag"};
  for (const char* f : forms)
    if (w == f) return true;
  return false;
}

/** nameBefore of display-names.ts: the display name before the `<` at lt. */
bool nameBefore(const char16_t* s, int lt, int& start, int& end) {
  int e = lt;
  while (e > 0 && s[e - 1] == SPACE) e--;
  if (e > 0 && s[e - 1] == QUOTE) {
    int close = e - 1;
    int open = close - 1;
    while (open >= 0 && close - open <= MAX_NAME && s[open] != QUOTE && s[open] != NEWLINE) open--;
    if (open < 0 || s[open] != QUOTE) return false;
    int a = open + 1, t = close;
    while (a < t && s[a] == SPACE) a++;
    while (t > a && s[t - 1] == SPACE) t--;
    start = a;
    end = t;
    return t > a;
  }
  int a = e;
  while (a > 0 && e - a < MAX_NAME) {
    int c = s[a - 1];
    if (c == NEWLINE || c == CR || c == COLON || c == COMMA || c == 59 || c == TAB || c == GT || c == LPAREN) break;
    a--;
  }
  while (a < e && s[a] == SPACE) a++;
  start = a;
  end = e;
  return e > a;
}

/** spelledByAddress of display-names.ts. */
bool spelledByAddress(const char16_t* s, int from, int to, const std::string& local, const std::string& domain) {
  int words = 0, commas = 0;
  bool matched = false;
  for (int i = from; i < to;) {
    int c = s[i];
    if (c == SPACE) {
      i++;
      continue;
    }
    if (c == COMMA) {
      if (++commas > 1) return false;
      i++;
      continue;
    }
    int j = i;
    std::string base, part;
    bool ok = true;
    auto endPart = [&]() {
      if ((int)part.size() >= MIN_WORD) {
        if (domain.find(part) != std::string::npos) ok = false;
        if (local.find(part) != std::string::npos) matched = true;
      }
      part.clear();
    };
    while (j < to) {
      int d = s[j];
      if (isLetter(d)) {
        int b = baseLetter(d);
        if (b != 0) {
          base.push_back((char)b);
          part.push_back((char)b);
        }
      } else if (d == DASH || d == APOSTROPHE || d == RIGHT_QUOTE || d == DOT) {
        endPart();
      } else {
        break;
      }
      j++;
    }
    endPart();
    if (!ok) return false;
    if (j == i) return false;
    if (++words > 5 || isLegalForm(base)) return false;
    i = j;
  }
  return matched;
}

}  // namespace

bool organisationDisplayName(const char16_t* s, int n, int start) {
  static const std::string roleName("roleMailboxes");
  int lt = start;
  while (lt < n && lt - start < MAX_NAME) {
    int c = s[lt];
    if (c == LT) break;
    if (c == NEWLINE || c == CR || c == COLON || c == COMMA || c == 59 || c == AT || c == GT) return false;
    lt++;
  }
  if (lt >= n || s[lt] != LT) return false;
  int at = lt + 1;
  while (at < n && isLocalPartChar(s[at])) at++;
  if (at == lt + 1 || at >= n || s[at] != AT) return false;
  int first = lt + 1;
  while (first < at && isLetter(s[first])) first++;
  if (first - (lt + 1) <= 32) {
    char16_t lower[32];
    for (int i = lt + 1; i < first; i++) lower[i - lt - 1] = (char16_t)foldAscii(s[i]);
    if (namedTable(roleName).has(lower, 0, first - lt - 1)) return true;
  }
  int de = at + 1;
  while (de < n && de - at < 255 && isLocalPartChar(s[de])) de++;
  const std::string domain = baseLettersOf(s, at + 1, de);
  for (int i = start; i < lt;) {
    if (!isLetter(s[i])) {
      i++;
      continue;
    }
    int j = i;
    while (j < lt && isLetter(s[j])) j++;
    const std::string word = baseLettersOf(s, i, j);
    if ((int)word.size() >= MIN_WORD && domain.find(word) != std::string::npos) return true;
    i = j;
  }
  return false;
}

void displayNames(ScanContext& ctx, std::vector<Finding>& out) {
  const char16_t* s = ctx.s;
  const int n = ctx.n;
  static const std::string roleName("roleMailboxes");
  const WordTable& roles = namedTable(roleName);
  for (int at : ctx.positionsOf(AT)) {
    int ls = at;
    while (ls > 0 && isLocalPartChar(s[ls - 1])) ls--;
    if (ls == at || ls == 0 || s[ls - 1] != LT) continue;
    int de = at + 1;
    while (de < n && s[de] != GT && de - at < 255) {
      if (s[de] == NEWLINE || s[de] == SPACE) break;
      de++;
    }
    if (de >= n || s[de] != GT) continue;
    int first = ls;
    while (first < at && isLetter(s[first])) first++;
    if (first - ls <= 32) {
      char16_t lower[32];
      for (int i = ls; i < first; i++) lower[i - ls] = (char16_t)foldAscii(s[i]);
      if (roles.has(lower, 0, first - ls)) continue;
    }
    int start, end;
    if (!nameBefore(s, ls - 1, start, end)) continue;
    if (!spelledByAddress(s, start, end, baseLettersOf(s, ls, at), baseLettersOf(s, at + 1, de))) continue;
    out.push_back(Finding{PERSON_NAME, start, end, SCORE, LABELLED_NAME});
  }
}

}  // namespace gs
