// Shared by bsn.cc, credit_card.cc, ipv4.cc and phone.cc: most digit runs of a text are dates,
// times and amounts that a detector rejects on the run list alone (lengths and gaps). Testing four
// runs at a time with SSE2 keeps that rejection at a few instructions per run; a per-run branch
// would mispredict on the mixed lengths.
#pragma once
#include <vector>
#if defined(__SSE2__)
#include <emmintrin.h>
#define GS_RUN_LANES 1
#endif

namespace gs {

#if GS_RUN_LANES
/** Starts and ends of four consecutive runs from pair index p of a [start, end, …] list. */
struct RunLanes {
  __m128i start, end;
};

inline RunLanes runLanes(const int* runs, size_t p) {
  __m128 a = _mm_loadu_ps(reinterpret_cast<const float*>(runs + 2 * p));
  __m128 b = _mm_loadu_ps(reinterpret_cast<const float*>(runs + 2 * p + 4));
  return RunLanes{_mm_castps_si128(_mm_shuffle_ps(a, b, _MM_SHUFFLE(2, 0, 2, 0))),
                  _mm_castps_si128(_mm_shuffle_ps(a, b, _MM_SHUFFLE(3, 1, 3, 1)))};
}

inline __m128i splat(int v) { return _mm_set1_epi32(v); }
inline int laneMask(__m128i m) { return _mm_movemask_ps(_mm_castsi128_ps(m)); }

#endif

/**
 * Calls visit(r) for the pair index r of every run that `candidates` may keep, in order, and
 * skips the rest. candidates(p) returns a four-bit mask for runs p..p+3 and may read the lanes
 * of up to `ahead` further runs; where those are past the list, every run is visited (the
 * detector's own checks decide there).
 */
template <typename Candidates, typename Visit>
inline void forCandidateRuns(const std::vector<int>& runs, size_t ahead, Candidates candidates, Visit visit) {
  const size_t count = runs.size() / 2;
  size_t p = 0;
#if GS_RUN_LANES
  if (count >= 4 + ahead) {
    const int* R = runs.data();
    for (; p + 4 + ahead <= count; p += 4) {
      int mask = candidates(R, p);
      while (mask != 0) {
        int k = __builtin_ctz((unsigned)mask);
        mask &= mask - 1;
        visit(p + (size_t)k);
      }
    }
  }
#else
  (void)candidates;
  (void)ahead;
#endif
  for (; p < count; p++) visit(p);
}

}  // namespace gs
