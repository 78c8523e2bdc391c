// Mirrors src/pii/postcodes-after-addresses.ts: a Belgian or German postcode (four or five digits)
// and its place right after a street address found, added as a postcode.
#include <algorithm>
#include <vector>

#include "engine.h"

namespace gs {

namespace {

constexpr int POSTCODE_DETECTOR = 13;

/** isCellSeparator of postcodes-after-addresses.ts. */
inline bool isCellSeparator(int c) { return c == 59 || c == 44 || c == 124 || c == 39 || c == 34 || c == 47; }

/** postcodeAfter of postcodes-after-addresses.ts: the postcode's start, its end in `endOut`; or -1. */
int postcodeAfter(const char16_t* s, int n, int end, int& endOut) {
  auto at = [s, n](int i) { return i >= 0 && i < n ? (int)s[i] : -1; };
  int i = end;
  int newlines = 0;
  while (i < n && i - end < 10) {
    const int c = s[i];
    if (c == NEWLINE && newlines == 0) newlines++;
    else if (c != SPACE && c != TAB && c != CR && !isCellSeparator(c)) break;
    i++;
  }
  if (i == end) return -1;
  // countryPrefix of postcodes-after-addresses.ts: "D-", "B-", "L-", "DE-", "BE-".
  if (i < n && (s[i] == u'D' || s[i] == u'B' || s[i] == u'L')) {
    if (i + 1 < n && s[i + 1] == u'-')
      i += 2;
    else if (s[i] != u'L' && i + 2 < n && s[i + 1] == u'E' && s[i + 2] == u'-')
      i += 3;
  }
  const int start = i;
  while (i < n && isDigit(s[i])) i++;
  const int digits = i - start;
  if (digits != 4 && digits != 5) return -1;
  if (digits == 4 && s[start] == u'0') return -1;
  if (digits == 4) {
    const int l = at(i) == SPACE ? i + 1 : i;
    if (isAsciiLetter(at(l)) && isAsciiLetter(at(l + 1)) && !isLetter(at(l + 2))) {
      endOut = l + 2;
      return start;
    }
  }
  int p = i;
  while (p < n && p - i < 4 && (s[p] == SPACE || s[p] == TAB || isCellSeparator(s[p]))) p++;
  if (p == i || p >= n || !isUpperLetter(s[p]) || !isLetter(p + 1 < n ? s[p + 1] : -1)) return -1;
  endOut = i;
  return start;
}

}  // namespace

void withPostcodesAfterAddresses(const char16_t* s, int n, std::vector<Finding>& findings) {
  std::vector<Finding> added;
  for (size_t k = 0; k < findings.size(); k++) {
    const Finding& f = findings[k];
    if (f.type != POSTAL_ADDRESS) continue;
    int end = -1;
    const int start = postcodeAfter(s, n, f.end, end);
    if (start < 0) continue;
    bool free = true;
    for (size_t m = k + 1; m < findings.size() && findings[m].start < end; m++)
      if (findings[m].end > start) free = false;
    if (free) added.push_back(Finding{POSTCODE, start, end, 0.85, POSTCODE_DETECTOR});
  }
  if (added.empty()) return;
  findings.insert(findings.end(), added.begin(), added.end());
  std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
}

}  // namespace gs
