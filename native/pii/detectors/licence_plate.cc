// Mirrors src/pii/detectors/licence-plate.ts.
#include <cstring>

#include "../engine.h"

namespace gs {

namespace {

// The Dutch sidecodes 1–14 as letter (L) / digit (D) shapes, oldest (1951) first.
const char* const SIDECODES[] = {
    "LL-DD-DD", "DD-DD-LL", "DD-LL-DD", "LL-DD-LL", "LL-LL-DD", "DD-LL-LL", "DD-LLL-D",
    "D-LLL-DD", "LL-DDD-L", "L-DDD-LL", "LLL-DD-L", "L-DD-LLL", "D-LL-DDD", "DDD-LL-D",
};

inline bool isPlateChar(int c) { return isUpperAscii(c) || isDigit(c) || c == DASH; }

bool isDashedSidecode(const char* shape) {
  for (const char* code : SIDECODES)
    if (std::memcmp(code, shape, 8) == 0) return true;
  return false;
}

bool isCompactSidecode(const char* shape) {
  for (const char* code : SIDECODES) {
    int k = 0;
    bool same = true;
    for (const char* p = code; *p && same; p++) {
      if (*p == '-') continue;
      same = k < 6 && *p == shape[k];
      k++;
    }
    if (same && k == 6) return true;
  }
  return false;
}

// Vowels (and C, Q) are not issued on Dutch plates, to avoid words (/[AEIOUCQ]/).
inline bool isNotIssued(int c) {
  return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == 'C' || c == 'Q';
}

}  // namespace

void find_licence_plate(ScanContext& ctx, std::vector<Finding>& out) {
  const char16_t* text = ctx.s;
  const int n = ctx.n;
  const std::vector<int>& runs = ctx.digitRuns();
  int lastEnd = 0;
  for (size_t r = 0; r + 1 < runs.size(); r += 2) {
    const int s = runs[r];
    if (s < lastEnd || runs[r + 1] - s > 3) continue;
    int ts = s;
    while (ts > lastEnd && s - ts < 8 && isPlateChar(text[ts - 1])) ts--;
    int te = runs[r + 1];
    while (te < n && te - ts < 9 && isPlateChar(text[te])) te++;
    while (te > ts && text[te - 1] == DASH) te--;
    while (ts < te && text[ts] == DASH) ts++;
    const int len = te - ts;
    if ((len != 8 && len != 6) || isAlnum(ctx.at(ts - 1)) || isAlnum(ctx.at(te))) continue;
    if (ctx.at(ts - 1) == DASH || ctx.at(te) == DASH) continue;
    char shape[8];
    bool issued = true;
    for (int i = 0; i < len; i++) {
      const int c = text[ts + i];
      shape[i] = c == DASH ? '-' : isDigit(c) ? 'D' : 'L';
      if (isNotIssued(c)) issued = false;
    }
    const bool isDashed = len == 8 && isDashedSidecode(shape);
    if (!isDashed && !(len == 6 && isCompactSidecode(shape))) continue;
    const int verdict = ctx.verdict(LICENCE_PLATE, ts);
    double score = isDashed && issued ? 0.6 : 0.3;
    if (verdict > 0) score = isDashed || issued ? 0.9 : 0.7;
    else if (verdict < 0) score = 0.2;
    out.push_back({LICENCE_PLATE, ts, te, score, 14});
    lastEnd = te;
  }
}

}  // namespace gs
