// src/pii/detectors/geo-coordinates.ts: decimal and degree-sign coordinate pairs. The regexes are
// matched by hand with their quantifiers and alternatives tried in the JS backtracking order, so
// the first success has the same end and captures.
#include <charconv>
#include <cmath>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "../engine.h"
#include "../number_boundary.h"

namespace gs {

namespace {

constexpr int DETECTOR = 15;
/** The JS names degree-sign findings 'geo-degrees', which has no index in allDetectors: the index
 * after the registry's, named by engine.ts extraDetectorNames. */
constexpr int DEGREES_DETECTOR = 20;
constexpr int DEGREE = 0xb0;

/** JS `\w` without /u. */
inline bool isWordChar(int c) { return isDigit(c) || isUpperAscii(c) || isLowerAscii(c) || c == 95; }

/** The hand-written regex steps over one text; each step calls its continuation per choice, in
 * backtracking order, and returns the first non-negative result. */
struct Matcher {
  const ScanContext& ctx;
  int at(int i) const { return ctx.at(i); }

  /** \d{min,max} (greedy) at p: k(end, count). */
  template <class K>
  int digits(int p, int min, int max, K&& k) const {
    int c = 0;
    while (c < max && isDigit(at(p + c))) c++;
    for (; c >= min; c--) {
      int r = k(p + c, c);
      if (r >= 0) return r;
    }
    return -1;
  }
  /** `x?` for one code unit. */
  template <class K>
  int optional(int p, int ch, K&& k) const {
    if (at(p) == ch) {
      int r = k(p + 1);
      if (r >= 0) return r;
    }
    return k(p);
  }
  /** ` {min,max}` (greedy). */
  template <class K>
  int spaces(int p, int min, int max, K&& k) const {
    int c = 0;
    while (c < max && at(p + c) == SPACE) c++;
    for (; c >= min; c--) {
      int r = k(p + c);
      if (r >= 0) return r;
    }
    return -1;
  }
  int number(int p, int len) const {
    int v = 0;
    for (int i = 0; i < len; i++) v = v * 10 + (ctx.s[p + i] - 48);
    return v;
  }
};

/** Number(`${int}.${frac}`) of the digits at [ip, ip + il) and [fp, fp + fl), correctly rounded as JS
 * does (from_chars ignores the locale). */
double decimalValue(const char16_t* s, int ip, int il, int fp, int fl) {
  char buf[40];
  int n = 0;
  for (int i = 0; i < il; i++) buf[n++] = (char)s[ip + i];
  buf[n++] = '.';
  for (int i = 0; i < fl; i++) buf[n++] = (char)s[fp + i];
  double v = 0;
  std::from_chars(buf, buf + n, v);
  return v;
}

/** HEMISPHERE_FIRST /([NSZ]) ?(\d{1,2})\.(\d{2,15})°?,? {1,2}([EWO]) ?(\d{1,3})\.(\d{2,15})°?(?!\w|\.\d)/y */
int hemisphereFirst(const Matcher& m, int h, int& lat, int& lon) {
  int c = m.at(h);
  if (c != 'N' && c != 'S' && c != 'Z') return -1;
  return m.optional(h + 1, SPACE, [&](int p) {
    return m.digits(p, 1, 2, [&](int q, int k1) {
      if (m.at(q) != DOT) return -1;
      return m.digits(q + 1, 2, 15, [&](int q, int) {
        return m.optional(q, DEGREE, [&](int q) {
          return m.optional(q, COMMA, [&](int q) {
            return m.spaces(q, 1, 2, [&](int q) {
              int e = m.at(q);
              if (e != 'E' && e != 'W' && e != 'O') return -1;
              return m.optional(q + 1, SPACE, [&](int p2) {
                return m.digits(p2, 1, 3, [&](int q, int k3) {
                  if (m.at(q) != DOT) return -1;
                  return m.digits(q + 1, 2, 15, [&](int q, int) {
                    return m.optional(q, DEGREE, [&](int end) {
                      int a = m.at(end);
                      if (isWordChar(a) || (a == DOT && isDigit(m.at(end + 1)))) return -1;
                      lat = m.number(p, k1);
                      lon = m.number(p2, k3);
                      return end;
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

/** HEMISPHERE_DECIMAL /(\d{1,2})\.(\d{1,15}) ?° ?([NSZ]),? {0,2}(\d{1,3})\.(\d{1,15}) ?° ?([EWO])(?![A-Za-z])/y */
int hemisphereDecimal(const Matcher& m, int s, int& lat, int& lon) {
  return m.digits(s, 1, 2, [&](int q, int k1) {
    if (m.at(q) != DOT) return -1;
    return m.digits(q + 1, 1, 15, [&](int q, int) {
      return m.optional(q, SPACE, [&](int q) {
        if (m.at(q) != DEGREE) return -1;
        return m.optional(q + 1, SPACE, [&](int q) {
          int c = m.at(q);
          if (c != 'N' && c != 'S' && c != 'Z') return -1;
          return m.optional(q + 1, COMMA, [&](int q) {
            return m.spaces(q, 0, 2, [&](int p2) {
              return m.digits(p2, 1, 3, [&](int q, int k3) {
                if (m.at(q) != DOT) return -1;
                return m.digits(q + 1, 1, 15, [&](int q, int) {
                  return m.optional(q, SPACE, [&](int q) {
                    if (m.at(q) != DEGREE) return -1;
                    return m.optional(q + 1, SPACE, [&](int q) {
                      int e = m.at(q);
                      if (e != 'E' && e != 'W' && e != 'O') return -1;
                      if (isAsciiLetter(m.at(q + 1))) return -1;
                      lat = m.number(s, k1);
                      lon = m.number(p2, k3);
                      return q + 1;
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

inline bool isMinuteMark(int c) { return c == '\'' || c == 0x2032 || c == 0x2019; }
inline bool isSecondMark(int c) { return c == '"' || c == 0x2033 || c == 0x201d; }

/** `(\d{1,2}(?:[.,]\d{1,4})?)["″”]? ?` */
template <class K>
int dmsSeconds(const Matcher& m, int p, K&& k) {
  return m.digits(p, 1, 2, [&](int x, int) {
    int c = m.at(x);
    auto after = [&](int e) {
      if (isSecondMark(m.at(e))) {
        int r = m.optional(e + 1, SPACE, k);
        if (r >= 0) return r;
      }
      return m.optional(e, SPACE, k);
    };
    if (c == DOT || c == COMMA) {
      int r = m.digits(x + 1, 1, 4, [&](int e, int) { return after(e); });
      if (r >= 0) return r;
    }
    return after(x);
  });
}

/** DMS /(\d{1,2})° ?(\d{1,2})['′’] ?SECONDS ?([NSZ]),? {0,2}(\d{1,3})° ?(\d{1,2})['′’] ?SECONDS ?([EWO])(?![A-Za-z])/y */
int dms(const Matcher& m, int s, int& lat, int& lon) {
  return m.digits(s, 1, 2, [&](int q, int k1) {
    if (m.at(q) != DEGREE) return -1;
    return m.optional(q + 1, SPACE, [&](int q) {
      return m.digits(q, 1, 2, [&](int q, int) {
        if (!isMinuteMark(m.at(q))) return -1;
        return m.optional(q + 1, SPACE, [&](int q) {
          return dmsSeconds(m, q, [&](int q) {
            int c = m.at(q);
            if (c != 'N' && c != 'S' && c != 'Z') return -1;
            return m.optional(q + 1, COMMA, [&](int q) {
              return m.spaces(q, 0, 2, [&](int p2) {
                return m.digits(p2, 1, 3, [&](int q, int k5) {
                  if (m.at(q) != DEGREE) return -1;
                  return m.optional(q + 1, SPACE, [&](int q) {
                    return m.digits(q, 1, 2, [&](int q, int) {
                      if (!isMinuteMark(m.at(q))) return -1;
                      return m.optional(q + 1, SPACE, [&](int q) {
                        return dmsSeconds(m, q, [&](int q) {
                          int e = m.at(q);
                          if (e != 'E' && e != 'W' && e != 'O') return -1;
                          if (isAsciiLetter(m.at(q + 1))) return -1;
                          lat = m.number(s, k1);
                          lon = m.number(p2, k5);
                          return q + 1;
                        });
                      });
                    });
                  });
                });
              });
            });
          });
        });
      });
    });
  });
}

struct PairMatch {
  int i1, l1, f1, fl1, i2, l2, f2, fl2;
};

/** PAIR /-?(\d{1,3})\.(\d{2,15})(?:\s?[,;]\s?|\s)-?(\d{1,3})\.(\d{2,15})/y */
int pair(const Matcher& m, int start, PairMatch& out) {
  auto second = [&](int p) {
    return m.optional(p, DASH, [&](int p) {
      return m.digits(p, 1, 3, [&](int q, int l2) {
        if (m.at(q) != DOT) return -1;
        return m.digits(q + 1, 2, 15, [&](int e, int fl2) {
          out.i2 = p;
          out.l2 = l2;
          out.f2 = q + 1;
          out.fl2 = fl2;
          return e;
        });
      });
    });
  };
  return m.optional(start, DASH, [&](int p) {
    return m.digits(p, 1, 3, [&](int q, int l1) {
      if (m.at(q) != DOT) return -1;
      return m.digits(q + 1, 2, 15, [&](int sep, int fl1) {
        out.i1 = p;
        out.l1 = l1;
        out.f1 = q + 1;
        out.fl1 = fl1;
        for (int ws1 = 1; ws1 >= 0; ws1--) {
          if (ws1 && !isJsSpace(m.at(sep))) continue;
          int c = m.at(sep + ws1);
          if (c != COMMA && c != 59) continue;
          int after = sep + ws1 + 1;
          for (int ws2 = 1; ws2 >= 0; ws2--) {
            if (ws2 && !isJsSpace(m.at(after))) continue;
            int r = second(after + ws2);
            if (r >= 0) return r;
          }
        }
        if (isJsSpace(m.at(sep))) return second(sep + 1);
        return -1;
      });
    });
  });
}

int hemisphereBefore(const ScanContext& ctx, int s) {
  int at = ctx.at(s - 1) == SPACE ? s - 2 : s - 1;
  int c = ctx.at(at);
  if (c != 78 && c != 83 && c != 90) return -1;
  return isAlnum(ctx.at(at - 1)) ? -1 : at;
}

int readWithDegrees(const Matcher& m, int start) {
  int lat, lon;
  int end = hemisphereDecimal(m, start, lat, lon);
  if (end >= 0 && lat <= 90 && lon <= 180) return end;
  end = dms(m, start, lat, lon);
  if (end >= 0 && lat <= 90 && lon <= 180) return end;
  return -1;
}

/** How many digits run from i: eight at a time with SSE2 while the text lasts. */
inline int digitsAt(const char16_t* t, int n, int i) {
  int c = 0;
#if defined(__SSE2__)
  while (i + c + 8 <= n) {
    __m128i d = _mm_sub_epi16(_mm_loadu_si128((const __m128i*)(t + i + c)), _mm_set1_epi16(48));
    // As signed 16-bit values only '0'..'9' land in [0, 9].
    __m128i isDig = _mm_and_si128(_mm_cmpgt_epi16(d, _mm_set1_epi16(-1)), _mm_cmplt_epi16(d, _mm_set1_epi16(10)));
    unsigned stop = ~(unsigned)_mm_movemask_epi8(isDig) & 0xffffu;
    if (stop) return c + (__builtin_ctz(stop) >> 1);
    c += 8;
  }
#endif
  while (i + c < n && isDigit(t[i + c])) c++;
  return c;
}

}  // namespace

namespace {

inline bool isKeyPunctuation(int c) {
  return c == 34 || c == 39 || c == 92 || c == 58 || c == 61 || c == SPACE || c == 62;
}

/** keyedCoordinate of geo-coordinates.ts; `end` is where the decimals after the dot end. */
int keyedCoordinate(ScanContext& ctx, int start, int s, int len, int end) {
  int k = start - 1;
  while (k >= 0 && start - k <= 6 && isKeyPunctuation(ctx.at(k))) k--;
  if (k == start - 1 || !isLetter(ctx.at(k))) return -1;
  int decimals = end - (s + len + 1);
  if (decimals < 3 || decimals > 15 || !freeOnRight(ctx, end)) return -1;
  int whole = 0;
  for (int i = s; i < s + len; i++) whole = whole * 10 + (ctx.s[i] - 48);
  if (whole > 180) return -1;
  return ctx.cueDistance(GEO_COORDINATES, start, 16) == start - k - 1 ? end : -1;
}

}  // namespace

void find_geo_coordinates(ScanContext& ctx, std::vector<Finding>& out) {
  const std::vector<int>& runs = ctx.digitRuns();
  const int count = (int)runs.size() & ~1;
  if (count == 0) return;
  // Every form needs a dot or a degree sign right after a short run. Picking those runs without
  // branches first spares the mispredictions on the ~75% of runs that are anything else; the
  // skipped runs could not have found anything nor moved lastEnd.
  thread_local std::vector<int> picked;
  if ((int)picked.size() < count / 2) picked.resize(count / 2);
  const char16_t* text = ctx.s;
  const int n = ctx.n;
  const int* run = runs.data();
  int* out0 = picked.data();
  int k = 0;
  for (int r = 0; r < count; r += 2) {
    int s = run[r];
    int e = run[r + 1];
    int next = text[e < n ? e : n - 1];
    out0[k] = r;
    k += ((unsigned)(e - s) <= 3u) & (e < n) & ((next == DOT) | (next == DEGREE));
  }
  Matcher m{ctx};
  int lastEnd = 0;
  for (int i = 0; i < k; i++) {
    int r = out0[i];
    int s = runs[r];
    int len = runs[r + 1] - s;
    if (s < lastEnd) continue;
    int next = text[s + len];
    if (next == DEGREE) {
      // Degree signs and hemisphere letters make it a coordinate without further doubt.
      if (freeOnLeft(ctx, s)) {
        int end = readWithDegrees(m, s);
        if (end > 0) {
          out.push_back({GEO_COORDINATES, s, end, 0.9, DEGREES_DETECTOR});
          lastEnd = end;
        }
      }
      continue;
    }
    // The decimals are read once for the three forms that follow them: mostly they are the next
    // run, which is known to end at a non-digit unless a cue word took digits off its end.
    int from = s + len + 1;
    bool nextRun = r + 3 < count && runs[r + 2] == from && !isDigit(ctx.at(runs[r + 3]));
    int j = nextRun ? runs[r + 3] : from + digitsAt(text, n, from);
    int after = ctx.at(j);
    int hemisphere = hemisphereBefore(ctx, s);
    if (hemisphere >= 0) {
      int lat, lon;
      int end = hemisphereFirst(m, hemisphere, lat, lon);
      if (end >= 0 && lat <= 90 && lon <= 180) {
        out.push_back({GEO_COORDINATES, hemisphere, end, 0.9, DEGREES_DETECTOR});
        lastEnd = end;
        continue;
      }
    }
    int degreeAt = after == SPACE ? j + 1 : j;
    if (degreeAt > from && ctx.at(degreeAt) == DEGREE && freeOnLeft(ctx, s)) {
      int end = readWithDegrees(m, s);
      if (end > 0) {
        out.push_back({GEO_COORDINATES, s, end, 0.9, DEGREES_DETECTOR});
        lastEnd = end;
        continue;
      }
    }
    // pairAfterDecimals: two or more decimals, then ", 4.9", "; 4.9", " -33.8".
    int q = j + 1;
    if (ctx.at(q) == SPACE) q++;
    if (ctx.at(q) == DASH) q++;
    int start = ctx.at(s - 1) == DASH ? s - 1 : s;
    if (j - from < 2 || (after != COMMA && after != 59 && after != SPACE) || !isDigit(ctx.at(q))) {
      // keyedCoordinate of geo-coordinates.ts: one value under a geo key, `"lat":52.38439`.
      int end = keyedCoordinate(ctx, start, s, len, j);
      if (end >= 0) {
        out.push_back({GEO_COORDINATES, start, end, 0.9, DETECTOR});
        lastEnd = end;
      }
      continue;
    }
    if (!freeOnLeft(ctx, start)) continue;
    PairMatch pm;
    int end = pair(m, start, pm);
    if (end < 0 || !freeOnRight(ctx, end)) continue;
    double lat = std::fabs(decimalValue(ctx.s, pm.i1, pm.l1, pm.f1, pm.fl1));
    double lon = std::fabs(decimalValue(ctx.s, pm.i2, pm.l2, pm.f2, pm.fl2));
    if (lat > 90 || lon > 180) continue;
    int decimals = pm.fl1 < pm.fl2 ? pm.fl1 : pm.fl2;
    // An amount nearer than a location cue speaks against it; so does the network's equipment where
    // no location cue speaks for it (geo-coordinates.ts).
    int money = ctx.cueDistance(MONEY, start);
    int positive = ctx.contextDistance(GEO_COORDINATES, start);
    int verdict = positive >= 0 && (money < 0 || positive < money)                        ? 1
                  : money >= 0 || (positive < 0 && ctx.cueDistance(EQUIPMENT, start) >= 0) ? -1
                                                                                          : 0;
    double score = decimals >= 4 ? 0.8 : decimals == 3 ? 0.45 : 0.2;
    if (verdict > 0) score = decimals >= 3 ? 0.95 : 0.7;
    else if (verdict < 0) score = 0.15;
    out.push_back({GEO_COORDINATES, start, end, score, DETECTOR});
    lastEnd = end;
  }
}

}  // namespace gs
