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

// loosePlateStart in licence-plate.ts: each sidecode as its groups (length, digits?), in order.
struct Group {
  int size;
  bool digits;
};
struct Sidecode {
  Group groups[3];
};
const Sidecode LOOSE[] = {
    {{{2, false}, {2, true}, {2, true}}},  {{{2, true}, {2, true}, {2, false}}},
    {{{2, true}, {2, false}, {2, true}}},  {{{2, false}, {2, true}, {2, false}}},
    {{{2, false}, {2, false}, {2, true}}}, {{{2, true}, {2, false}, {2, false}}},
    {{{2, true}, {3, false}, {1, true}}},  {{{1, true}, {3, false}, {2, true}}},
    {{{2, false}, {3, true}, {1, false}}}, {{{1, false}, {3, true}, {2, false}}},
    {{{3, false}, {2, true}, {1, false}}}, {{{1, false}, {2, true}, {3, false}}},
    {{{1, true}, {2, false}, {3, true}}},  {{{3, true}, {2, false}, {1, true}}},
};

// Dashes with lower case, spaces with capitals: the two ways plates are typed loosely.
bool looseAt(const ScanContext& ctx, int start, const Sidecode& code) {
  if (start < 0 || start + 8 > ctx.n) return false;
  const char16_t* text = ctx.s;
  const int sep = text[start + code.groups[0].size];
  if (sep != DASH && sep != SPACE) return false;
  const int b = ctx.at(start - 1), a = ctx.at(start + 8);
  if (isAlnum(b) || b == DASH || isAlnum(a) || a == DASH) return false;
  int i = start, month = 0;
  for (int g = 0; g < 3; g++) {
    if (g > 0 && text[i++] != sep) return false;
    const Group& group = code.groups[g];
    for (int k = 0; k < group.size; k++, i++) {
      const int c = text[i];
      if (group.digits) {
        if (!isDigit(c)) return false;
        continue;
      }
      if (sep == DASH ? !isLowerAscii(c) : !isUpperAscii(c)) return false;
      if (isNotIssued(c & ~32)) return false;
      if (group.size == 3) month = month * 128 + (c | 32);
    }
  }
  return month != (109 * 128 + 114) * 128 + 116;  // "mrt"
}

int loosePlateStart(const ScanContext& ctx, int s, int e) {
  const int len = e - s;
  for (const Sidecode& code : LOOSE) {
    int offset = 0;
    for (int g = 0; g < 3; g++) {
      if (code.groups[g].digits && code.groups[g].size == len && looseAt(ctx, s - offset, code)) return s - offset;
      offset += code.groups[g].size + 1;
    }
  }
  return -1;
}

bool looseNeighbour(const ScanContext& ctx, int at, int step) {
  const int sep = ctx.at(at), c = ctx.at(at + step);
  return (sep == DASH && isLowerAscii(c)) || (sep == SPACE && isUpperAscii(c));
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
  // A loose plate needs a plate cue in the text or a plate column (its verdict must be positive):
  // without one, the runs next to a space need not be looked at.
  const bool loose = ctx.hasCue(LICENCE_PLATE) || ctx.tableHasContext(LICENCE_PLATE);
  auto candidates = [text, n, loose](const int* R, size_t p) {
#if GS_RUN_LANES
    RunLanes a = runLanes(R, p);
    // Next to the run a capital or a dash (a strict plate, or a lower-case one), or a space with a
    // capital beyond it (a plate typed with spaces: "FT DF 50"); the space case is encoded as
    // that capital, so the lanes compare one value per side.
    auto spaced = [text, n, loose](int i, int beyond) {
      const int c = i >= 0 && i < n ? (int)text[i] : 0;
      if (c != SPACE || !loose) return c;
      const int d = beyond >= 0 && beyond < n ? (int)text[beyond] : 0;
      return d >= 'A' && d <= 'Z' ? d : c;
    };
    __m128i b = _mm_set_epi32(spaced(R[2 * p + 6] - 1, R[2 * p + 6] - 2), spaced(R[2 * p + 4] - 1, R[2 * p + 4] - 2),
                              spaced(R[2 * p + 2] - 1, R[2 * p + 2] - 2), spaced(R[2 * p] - 1, R[2 * p] - 2));
    __m128i f = _mm_set_epi32(spaced(R[2 * p + 7], R[2 * p + 7] + 1), spaced(R[2 * p + 5], R[2 * p + 5] + 1),
                              spaced(R[2 * p + 3], R[2 * p + 3] + 1), spaced(R[2 * p + 1], R[2 * p + 1] + 1));
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
    bool strict = (len == 8 || len == 6) && !isAlnum(ctx.at(ts - 1)) && !isAlnum(ctx.at(te)) &&
                  ctx.at(ts - 1) != DASH && ctx.at(te) != DASH;
    char shape[8];
    bool issued = true;
    for (int i = 0; strict && i < len; i++) {
      const int c = text[ts + i];
      shape[i] = c == DASH ? '-' : isDigit(c) ? 'D' : 'L';
      if (isNotIssued(c)) issued = false;
    }
    const bool isDashed = strict && len == 8 && isDashedSidecode(shape);
    strict = strict && (isDashed || (len == 6 && isCompactSidecode(shape)));
    if (!strict) {
      if (!loose || (!looseNeighbour(ctx, s - 1, -1) && !looseNeighbour(ctx, e, 1))) return;
      const int start = loosePlateStart(ctx, s, e);
      if (start < 0 || start < lastEnd || ctx.verdict(LICENCE_PLATE, start) <= 0) return;
      out.push_back({LICENCE_PLATE, start, start + 8, 0.9, 14});
      lastEnd = start + 8;
      return;
    }
    const int verdict = ctx.verdict(LICENCE_PLATE, ts);
    double score = isDashed && issued ? 0.6 : 0.3;
    if (verdict > 0) score = isDashed || issued ? 0.9 : 0.7;
    else if (verdict < 0) score = 0.2;
    out.push_back({LICENCE_PLATE, ts, te, score, 14});
    lastEnd = te;
  });
}

}  // namespace gs
