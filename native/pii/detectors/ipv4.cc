// Mirrors src/pii/detectors/ipv4.ts: dotted quads with a version-number guard.
#include <algorithm>
#include <vector>

#include "../engine.h"
#include "digit_runs.h"

namespace gs {

namespace {

constexpr int DETECTOR = 6;

/**
 * Length of the octet OCTET = (?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d) takes at i when it is the first
 * alternative that matches (the last octet, with nothing after it in the pattern), or 0.
 */
int octetAt(const ScanContext& ctx, int i) {
  int a = ctx.at(i), b = ctx.at(i + 1), c = ctx.at(i + 2);
  if (a == '2' && b == '5' && c >= '0' && c <= '5') return 3;
  if (a == '2' && b >= '0' && b <= '4' && isDigit(c)) return 3;
  if (a == '1' && isDigit(b) && isDigit(c)) return 3;
  if (a >= '1' && a <= '9' && isDigit(b)) return 2;
  if (isDigit(a)) return 1;
  return 0;
}

/**
 * An octet followed by `\.`: backtracking tries every alternative, but only one that ends right
 * before the dot can go on, so it is the octet that takes every digit up to a dot. Returns the
 * position after the dot, or -1.
 */
inline __attribute__((always_inline)) int octetDot(const ScanContext& ctx, int i, int* value) {
  int k = i;
  while (k - i < 4 && isDigit(ctx.at(k))) k++;
  if (ctx.at(k) != DOT) return -1;
  int len = k - i;
  if (len == 0 || len > 3) return -1;
  if (len > 1 && ctx.at(i) == '0') return -1;
  int v = 0;
  for (int p = i; p < k; p++) v = v * 10 + (ctx.at(p) - '0');
  if (v > 255) return -1;
  *value = v;
  return k + 1;
}

/** Whether a sorted list has a value in [from, to]; from never decreases between calls. */
inline bool endIn(const std::vector<int>& ends, size_t& cursor, int from, int to) {
  while (cursor < ends.size() && ends[cursor] < from) cursor++;
  return cursor < ends.size() && ends[cursor] <= to;
}

}  // namespace

void find_ipv4(ScanContext& ctx, std::vector<Finding>& out) {
  const std::vector<int>& runs = ctx.digitRuns();
  int lastEnd = 0;
  // A dotted quad is four runs of at most three digits, each one character after the last (the
  // dots are checked below).
  auto candidates = [](const int* R, size_t p) {
#if GS_RUN_LANES
    RunLanes a = runLanes(R, p), b = runLanes(R, p + 1), c = runLanes(R, p + 2), d = runLanes(R, p + 3);
    __m128i four = splat(4);
    __m128i m = _mm_cmplt_epi32(_mm_sub_epi32(a.end, a.start), four);
    m = _mm_and_si128(m, _mm_cmpeq_epi32(b.start, _mm_add_epi32(a.end, splat(1))));
    m = _mm_and_si128(m, _mm_cmplt_epi32(_mm_sub_epi32(b.end, b.start), four));
    m = _mm_and_si128(m, _mm_cmpeq_epi32(c.start, _mm_add_epi32(b.end, splat(1))));
    m = _mm_and_si128(m, _mm_cmplt_epi32(_mm_sub_epi32(c.end, c.start), four));
    m = _mm_and_si128(m, _mm_cmpeq_epi32(d.start, _mm_add_epi32(c.end, splat(1))));
    return laneMask(m);
#else
    return 15;
#endif
  };
  // Per text, made at its first address: the ends of the cues asked about, and a cursor in each
  // (addresses come in text order).
  thread_local std::vector<int> versionEnds, ipEnds;
  bool cuesKnown = false;
  size_t versionAt = 0, ipAt = 0;
  forCandidateRuns(runs, 3, candidates, [&](size_t r) {
    const int s = runs[2 * r];
    const int len = runs[2 * r + 1] - s;
    if (s < lastEnd || len > 3 || ctx.at(s + len) != DOT) return;
    const int b = ctx.at(s - 1);
    if (isAlnum(b) || (b == DOT && isDigit(ctx.at(s - 2)))) return;
    int first = 0, second = 0, third = 0;
    int p = octetDot(ctx, s, &first);
    if (p < 0) return;
    p = octetDot(ctx, p, &second);
    if (p < 0) return;
    p = octetDot(ctx, p, &third);
    if (p < 0) return;
    const int last = octetAt(ctx, p);
    if (last == 0) return;
    const int end = p + last;
    const int a = ctx.at(end);
    if (isAlnum(a) || (a == DOT && isDigit(ctx.at(end + 1)))) return;
    if (!cuesKnown) {
      cuesKnown = true;
      versionEnds = ctx.cueEnds(VERSION);
      ipEnds = ctx.cueEnds(IP_ADDRESS);
    }
    // cueDistance finds a cue of the kind that ends in [s - size, s], or none: where no such end
    // exists the answer is -1 without the search (most addresses in logs have no cue near).
    const int version = endIn(versionEnds, versionAt, s - 14, s) ? ctx.cueDistance(VERSION, s, 14) : -1;
    int positive = endIn(ipEnds, ipAt, s - CONTEXT_WINDOW, s) ? ctx.cueDistance(IP_ADDRESS, s) : -1;
    // contextDistance's fallback: the column header's cue.
    if (positive < 0) positive = ctx.columnHasContext(IP_ADDRESS, s) ? 0 : -1;
    double score = positive >= 0 && (version < 0 || positive < version) ? 0.95 : version >= 0 ? 0.2 : 0.85;
    if (first == 0 || first == 127 || (first == 255 && second == 255)) score = std::min(score, 0.3);
    out.push_back(Finding{IP_ADDRESS, s, end, score, DETECTOR});
    lastEnd = end;
  });
}

}  // namespace gs
