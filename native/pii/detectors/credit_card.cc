// src/pii/detectors/credit-card.ts: card numbers by issuer prefix, length and the Luhn check.
#include "../checksums.h"
#include "../engine.h"
#include "../number_boundary.h"
#include "digit_runs.h"

namespace gs {

namespace {

constexpr int DETECTOR = 3;

inline bool isGroupSeparator(int c) { return c == SPACE || c == DASH; }

/** How many digits stand at i, at most max. */
inline int digitsAt(const ScanContext& ctx, int i, int max) {
  int k = 0;
  while (k < max && isDigit(ctx.at(i + k))) k++;
  return k;
}

/**
 * CARD_SHAPE /\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ -])\d{6}\2\d{4,5}|\d{13,19}/y at
 * s, where a maximal digit run of len starts: the length of the match, or 0. A run of 13–19 digits
 * can only be the third form, a run of four only the first two.
 */
int shapeAt(const ScanContext& ctx, int s, int len) {
  if (len != 4) return len >= 13 ? (len > 19 ? 19 : len) : 0;
  int sep = ctx.at(s + 4);
  if (sep != SPACE && sep != DASH) return 0;
  // First form: 4-4-4-4 with an optional group of one to three digits.
  if (digitsAt(ctx, s + 5, 4) == 4 && ctx.at(s + 9) == sep && digitsAt(ctx, s + 10, 4) == 4 &&
      ctx.at(s + 14) == sep && digitsAt(ctx, s + 15, 4) == 4) {
    if (ctx.at(s + 19) == sep) {
      int tail = digitsAt(ctx, s + 20, 3);
      if (tail > 0) return 20 + tail;
    }
    return 19;
  }
  // Second form: 4-6-4 or 4-6-5.
  if (digitsAt(ctx, s + 5, 6) == 6 && ctx.at(s + 11) == sep) {
    int tail = digitsAt(ctx, s + 12, 5);
    if (tail >= 4) return 12 + tail;
  }
  return 0;
}

/** The first k digits as a number (Number(d.slice(0, k))). */
inline int leading(const char16_t* d, int k) {
  int v = 0;
  for (int i = 0; i < k; i++) v = v * 10 + (d[i] - 48);
  return v;
}

/** cardScheme(d) !== undefined: the digits fit some scheme's issuer prefix and length. */
bool hasCardScheme(const char16_t* d, int n) {
  int p2 = leading(d, 2), p3 = leading(d, 3), p4 = leading(d, 4), p6 = leading(d, 6);
  if (d[0] == u'4' && (n == 13 || n == 16 || n == 19)) return true;
  if (((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) && n == 16) return true;
  if ((p2 == 34 || p2 == 37) && n == 15) return true;
  if ((p4 == 6011 || (p3 >= 644 && p3 <= 649) || p2 == 65 || (p6 >= 622126 && p6 <= 622925)) && n >= 16) return true;
  if (((p3 >= 300 && p3 <= 305) || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14 && n <= 19) return true;
  if (p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19) return true;
  if (p2 == 62 && n >= 16 && n <= 19) return true;
  if ((p2 == 50 || (p2 >= 56 && p2 <= 69)) && n >= 12 && n <= 19) return true;
  return false;
}

}  // namespace

void find_credit_card(ScanContext& ctx, std::vector<Finding>& out) {
  const std::vector<int>& runs = ctx.digitRuns();
  int lastEnd = 0;
  char16_t digits[24];
  // 13 to 19 digits, or runs of 4, then 4 or 6, then more, one separator apart.
  auto candidates = [](const int* R, size_t p) {
#if GS_RUN_LANES
    RunLanes a = runLanes(R, p), b = runLanes(R, p + 1), c = runLanes(R, p + 2);
    __m128i len = _mm_sub_epi32(a.end, a.start);
    __m128i whole = _mm_and_si128(_mm_cmpgt_epi32(len, splat(12)), _mm_cmplt_epi32(len, splat(20)));
    __m128i second = _mm_sub_epi32(b.end, b.start);
    __m128i grouped = _mm_cmpeq_epi32(len, splat(4));
    grouped = _mm_and_si128(grouped, _mm_cmpeq_epi32(b.start, _mm_add_epi32(a.end, splat(1))));
    grouped = _mm_and_si128(grouped, _mm_or_si128(_mm_cmpeq_epi32(second, splat(4)), _mm_cmpeq_epi32(second, splat(6))));
    grouped = _mm_and_si128(grouped, _mm_cmpeq_epi32(c.start, _mm_add_epi32(b.end, splat(1))));
    return laneMask(_mm_or_si128(whole, grouped));
#else
    return 15;
#endif
  };
  forCandidateRuns(runs, 2, candidates, [&](size_t p) {
    int s = runs[2 * p];
    int len = runs[2 * p + 1] - s;
    if (s < lastEnd || (len != 4 && (len < 13 || len > 19))) return;
    if (len == 4 && !(isGroupSeparator(ctx.at(s + 4)) && isDigit(ctx.at(s + 5)))) return;
    if (!freeOnLeft(ctx, s, ctx.commaCells())) return;
    int size = shapeAt(ctx, s, len);
    if (size == 0) return;
    int end = s + size;
    if (!freeOnRight(ctx, end, ctx.commaCells())) return;
    int n = 0;
    for (int i = s; i < end; i++)
      if (isDigit(ctx.s[i])) digits[n++] = ctx.s[i];
    u16view d(digits, (size_t)n);
    if (!passesLuhn(d) || !hasCardScheme(digits, n)) return;
    int verdict = ctx.verdict(CREDIT_CARD, s);
    double score = len == size ? 0.85 : 0.9;
    if (n == 13 || (n == 14 && isValidGtin(d))) score = 0.4;
    if (verdict > 0) score = 0.98;
    else if (verdict < 0) score = 0.2;
    out.push_back(Finding{CREDIT_CARD, s, end, score, DETECTOR});
    lastEnd = end;
  });
}

}  // namespace gs
