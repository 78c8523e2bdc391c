// src/pii/detectors/bsn.ts: nine digits passing the 11-proof, scored by their context.
#include "../checksums.h"
#include "../engine.h"
#include "../number_boundary.h"
#include "digit_runs.h"

namespace gs {

namespace {

constexpr int DETECTOR = 4;
constexpr double WITH_CONTEXT = 0.95;
constexpr double WITHOUT_CONTEXT = 0.3;

inline bool isGroupSeparator(int c) { return c == SPACE || c == DOT; }

inline bool spaceThenDigit(const ScanContext& ctx, int i, int dir) {
  return ctx.at(i) == SPACE && isDigit(ctx.at(i + dir));
}

/** Whether n digits stand at i (the regex \d{n}). */
inline bool digitsAt(const ScanContext& ctx, int i, int n) {
  for (int k = 0; k < n; k++)
    if (!isDigit(ctx.at(i + k))) return false;
  return true;
}

/**
 * BSN_SHAPE /\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3}\.\d{3}\.\d{3}|\d{3} \d{3} \d{3}/y at s, where a digit
 * run of len starts: the length of the match, or 0. The run being maximal, \d{9} matches only a
 * nine-digit run and the grouped forms only their own first-group length.
 */
int shapeAt(const ScanContext& ctx, int s, int len) {
  if (len >= 9) return 9;
  if (len >= 4) {
    if (ctx.at(s + 4) == DOT && digitsAt(ctx, s + 5, 2) && ctx.at(s + 7) == DOT && digitsAt(ctx, s + 8, 3)) return 11;
    return 0;
  }
  if (len < 3) return 0;
  if (ctx.at(s + 3) == DOT && digitsAt(ctx, s + 4, 3) && ctx.at(s + 7) == DOT && digitsAt(ctx, s + 8, 3)) return 11;
  if (ctx.at(s + 3) == SPACE && digitsAt(ctx, s + 4, 3) && ctx.at(s + 7) == SPACE && digitsAt(ctx, s + 8, 3)) return 11;
  return 0;
}

}  // namespace

void find_bsn(ScanContext& ctx, std::vector<Finding>& out) {
  const std::vector<int>& runs = ctx.digitRuns();
  int lastEnd = 0;
  char16_t digits[9];
  // Nine digits, or runs of 3-3-3 or 4-2-3 (and more, then refused by freeOnRight) one separator
  // apart: the grouped forms.
  auto candidates = [](const int* R, size_t p) {
#if GS_RUN_LANES
    RunLanes a = runLanes(R, p), b = runLanes(R, p + 1), c = runLanes(R, p + 2);
    __m128i len = _mm_sub_epi32(a.end, a.start);
    __m128i nine = _mm_cmpeq_epi32(len, splat(9));
    __m128i grouped = _mm_or_si128(_mm_cmpeq_epi32(len, splat(3)), _mm_cmpeq_epi32(len, splat(4)));
    grouped = _mm_and_si128(grouped, _mm_cmpeq_epi32(b.start, _mm_add_epi32(a.end, splat(1))));
    grouped = _mm_and_si128(grouped, _mm_cmpeq_epi32(_mm_sub_epi32(b.end, b.start), _mm_sub_epi32(splat(6), len)));
    grouped = _mm_and_si128(grouped, _mm_cmpeq_epi32(c.start, _mm_add_epi32(b.end, splat(1))));
    grouped = _mm_and_si128(grouped, _mm_cmpgt_epi32(_mm_sub_epi32(c.end, c.start), splat(2)));
    return laneMask(_mm_or_si128(nine, grouped));
#else
    return 15;
#endif
  };
  forCandidateRuns(runs, 2, candidates, [&](size_t p) {
    int s = runs[2 * p];
    int len = runs[2 * p + 1] - s;
    if (s < lastEnd || (len != 9 && len != 4 && len != 3)) return;
    if (len != 9 && !(isGroupSeparator(ctx.at(s + len)) && isDigit(ctx.at(s + len + 1)))) return;
    if (!freeOnLeft(ctx, s, ctx.commaCells())) return;
    int size = shapeAt(ctx, s, len);
    if (size == 0) return;
    int end = s + size;
    if (!freeOnRight(ctx, end, ctx.commaCells())) return;
    // "123 456 782" inside a longer space-grouped number ("012 123 456 782 1") is not a BSN.
    if (ctx.s[s + 3] == SPACE && (spaceThenDigit(ctx, s - 1, -1) || spaceThenDigit(ctx, end, 1))) return;
    int d = 0;
    for (int i = s; i < end; i++)
      if (isDigit(ctx.s[i])) digits[d++] = ctx.s[i];
    if (!passesElevenProof(u16view(digits, (size_t)d))) return;
    int verdict = ctx.verdict(BSN, s);
    // remarkBefore of bsn.ts: a remark in brackets between label and number (MAX_REMARK 80).
    if (verdict == 0) {
      int i = s;
      while (i > 0 && (ctx.s[i - 1] == SPACE || ctx.s[i - 1] == COLON)) i--;
      if (i > 0 && ctx.s[i - 1] == RPAREN) {
        for (int k = i - 2; k >= 0 && i - k <= 80; k--) {
          const int c = ctx.s[k];
          if (c == LPAREN) {
            verdict = ctx.verdict(BSN, k);
            break;
          }
          if (c == NEWLINE || c == RPAREN) break;
        }
      }
    }
    double score = verdict > 0 ? WITH_CONTEXT : verdict < 0 ? 0.1 : WITHOUT_CONTEXT;
    out.push_back(Finding{BSN, s, end, score, DETECTOR});
    lastEnd = end;
  });
}

}  // namespace gs
