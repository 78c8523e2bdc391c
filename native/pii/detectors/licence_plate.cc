// Mirrors src/pii/detectors/licence-plate.ts.
#include <cstring>

#include "../engine.h"
#include "digit_runs.h"

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
  const int* R = runs.data();
  // Runs are whole, so the characters on either side are not digits: unless one of them is a
  // capital or a dash, the token is the run itself (at most three characters) and no plate. Four
  // runs are tested at a time.
  auto candidates = [text, n](const int* R, size_t p) {
#if GS_RUN_LANES
    RunLanes a = runLanes(R, p);
    auto before = [text](int s) { return s > 0 ? (int)text[s - 1] : 0; };
    auto after = [text, n](int e) { return e < n ? (int)text[e] : 0; };
    __m128i b = _mm_set_epi32(before(R[2 * p + 6]), before(R[2 * p + 4]), before(R[2 * p + 2]), before(R[2 * p]));
    __m128i f = _mm_set_epi32(after(R[2 * p + 7]), after(R[2 * p + 5]), after(R[2 * p + 3]), after(R[2 * p + 1]));
    const __m128i capital = _mm_set1_epi32('A'), below = _mm_set1_epi32(-1), above = _mm_set1_epi32(26),
                  dash = _mm_set1_epi32(DASH);
    __m128i bc = _mm_sub_epi32(b, capital), fc = _mm_sub_epi32(f, capital);
    __m128i edge = _mm_or_si128(_mm_or_si128(_mm_and_si128(_mm_cmpgt_epi32(bc, below), _mm_cmplt_epi32(bc, above)),
                                             _mm_cmpeq_epi32(b, dash)),
                                _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi32(fc, below), _mm_cmplt_epi32(fc, above)),
                                             _mm_cmpeq_epi32(f, dash)));
    __m128i shortRun = _mm_cmplt_epi32(_mm_sub_epi32(a.end, a.start), _mm_set1_epi32(4));
    return laneMask(_mm_and_si128(edge, shortRun));
#else
    return 15;
#endif
  };
  forCandidateRuns(runs, 0, candidates, [&](size_t pair) {
    const int s = R[2 * pair];
    const int e = R[2 * pair + 1];
    if (s < lastEnd || e - s > 3) return;
    int ts = s;
    while (ts > lastEnd && s - ts < 8 && isPlateChar(text[ts - 1])) ts--;
    int te = e;
    while (te < n && te - ts < 9 && isPlateChar(text[te])) te++;
    while (te > ts && text[te - 1] == DASH) te--;
    while (ts < te && text[ts] == DASH) ts++;
    const int len = te - ts;
    if ((len != 8 && len != 6) || isAlnum(ctx.at(ts - 1)) || isAlnum(ctx.at(te))) return;
    if (ctx.at(ts - 1) == DASH || ctx.at(te) == DASH) return;
    char shape[8];
    bool issued = true;
    for (int i = 0; i < len; i++) {
      const int c = text[ts + i];
      shape[i] = c == DASH ? '-' : isDigit(c) ? 'D' : 'L';
      if (isNotIssued(c)) issued = false;
    }
    const bool isDashed = len == 8 && isDashedSidecode(shape);
    if (!isDashed && !(len == 6 && isCompactSidecode(shape))) return;
    const int verdict = ctx.verdict(LICENCE_PLATE, ts);
    double score = isDashed && issued ? 0.6 : 0.3;
    if (verdict > 0) score = isDashed || issued ? 0.9 : 0.7;
    else if (verdict < 0) score = 0.2;
    out.push_back({LICENCE_PLATE, ts, te, score, 14});
    lastEnd = te;
  });
}

}  // namespace gs
