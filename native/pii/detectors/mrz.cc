// Mirrors src/pii/detectors/mrz.ts: machine-readable zones recognised by their ICAO check digits.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "../checksums.h"
#include "../engine.h"

namespace gs {

namespace {

constexpr int DETECTOR = 0;
constexpr int REACH = 140;

inline bool isMrzChar(int c) { return isUpperAscii(c) || isDigit(c) || c == LT; }
inline bool isBlank(int c) { return c == 32 || c == 10 || c == 13 || c == 9; }

// z is the compact zone; every index the callers pass is inside it (they test the length first).
bool checks(u16view z, int from, int to, int at) {
  int c = z[at];
  int expected = icaoCheckDigit(z, from, to);
  if (expected < 0) return false;
  if (c == LT) {
    for (int i = from; i < to; i++)
      if (z[i] != LT) return false;
    return true;
  }
  return c - 48 == expected;
}

/** icaoCheckDigit of the concatenation of ranges of z (the JS slices and joins them). */
int compositeDigit(u16view z, std::initializer_list<std::pair<int, int>> ranges) {
  char16_t buf[64];
  int len = 0;
  for (const auto& r : ranges)
    for (int k = r.first; k < r.second; k++) buf[len++] = z[k];
  return icaoCheckDigit(u16view(buf, len), 0, len);
}

bool isTd3Line2(u16view z, int i) {
  if (i + 44 > (int)z.size()) return false;
  int sex = z[i + 20];
  if (sex != 77 && sex != 70 && sex != LT && sex != 88) return false;
  if (!checks(z, i, i + 9, i + 9) || !checks(z, i + 13, i + 19, i + 19) || !checks(z, i + 21, i + 27, i + 27))
    return false;
  if (!checks(z, i + 28, i + 42, i + 42)) return false;
  return (int)z[i + 43] - 48 == compositeDigit(z, {{i, i + 10}, {i + 13, i + 20}, {i + 21, i + 43}});
}

bool isTd1Line1(u16view z, int i) {
  if (i + 30 > (int)z.size()) return false;
  int code = z[i];
  if (code != 73 && code != 65 && code != 67) return false;
  return isUpperAscii(z[i + 2]) && checks(z, i + 5, i + 14, i + 14);
}

bool isTd1Line2(u16view z, int i) {
  if (i + 30 > (int)z.size()) return false;
  int sex = z[i + 7];
  if (sex != 77 && sex != 70 && sex != LT && sex != 88) return false;
  return checks(z, i, i + 6, i + 6) && checks(z, i + 8, i + 14, i + 14);
}

bool td1Composite(u16view z, int i) {
  int l2 = i + 30;
  return (int)z[l2 + 29] - 48 ==
         compositeDigit(z, {{i + 5, i + 30}, {l2, l2 + 7}, {l2 + 8, l2 + 15}, {l2 + 18, l2 + 29}});
}

bool isNameLine(u16view z, int i, int length, bool passport) {
  int n = (int)z.size();
  if (i + length > n) return false;
  if (passport && (z[i] != 80 || !isUpperAscii(z[i + 2]))) return false;
  for (int k = i; k < i + length; k++) {
    int c = z[k];
    if (!isUpperAscii(c) && c != LT) return false;
  }
  // z.indexOf('<<', i) < i + length: the pair may end just past the line.
  for (int p = i; p + 1 < n; p++)
    if (z[p] == LT && z[p + 1] == LT) return p < i + length;
  return false;
}

}  // namespace

void find_mrz(ScanContext& ctx, std::vector<Finding>& out) {
  const char16_t* text = ctx.s;
  const int n = ctx.n;
  const size_t base = out.size();
  const std::vector<int>& ltList = ctx.positionsOf(u'<');
  const int* lt = ltList.data();
  const size_t count = ltList.size();
  size_t li = 0;
  // The JS `indexOf('<<', from)`: the first listed '<' at or after `from` with another after it.
  auto indexOfPair = [&](int from) {
    while (li < count && (lt[li] < from || li + 1 >= count || lt[li + 1] != lt[li] + 1)) li++;
    return li < count ? lt[li] : -1;
  };
  thread_local std::u16string z;
  thread_local std::vector<int> offsets;
  thread_local std::vector<uint8_t> covered;
  int idx = indexOfPair(0);
  while (idx != -1) {
    int from = idx;
    while (from > 0 && idx - from < REACH && (isMrzChar(text[from - 1]) || isBlank(text[from - 1]))) from--;
    int to = idx;
    while (to < n && to - idx < REACH && (isMrzChar(text[to]) || isBlank(text[to]))) to++;
    z.clear();
    offsets.clear();
    for (int k = from; k < to; k++) {
      if (isMrzChar(text[k])) {
        z.push_back(text[k]);
        offsets.push_back(k);
      }
    }
    const int zn = (int)z.size();
    const u16view zv(z);
    covered.assign(zn, 0);
    auto take = [&](int zi, int length, double score) {
      for (int k = zi; k < zi + length && k < zn; k++)
        if (covered[k]) return;
      for (int k = zi; k < zi + length && k < zn; k++) covered[k] = 1;
      out.push_back(Finding{MRZ, offsets[zi], offsets[zi + length - 1] + 1, score, DETECTOR});
    };
    for (int i = 0; i + 60 <= zn; i++) {
      if (zv[i] == 80 && isTd3Line2(zv, i + 44))
        take(i, 88, 0.99);
      else if (isTd1Line1(zv, i) && isTd1Line2(zv, i + 30) && td1Composite(zv, i))
        take(i, isNameLine(zv, i + 60, 30, false) ? 90 : 60, 0.99);
    }
    for (int i = 0; i + 30 <= zn; i++) {
      if (covered[i]) continue;
      if (isTd3Line2(zv, i))
        take(i, 44, 0.95);
      else if (isTd1Line1(zv, i) && zv[i + 1] == LT)
        take(i, 30, 0.9);
      else if (isTd1Line2(zv, i))
        take(i, 30, 0.9);
      else if (i + 44 == zn && isNameLine(zv, i, 44, true))
        take(i, 44, 0.8);
      else if (i + 30 == zn && isNameLine(zv, i, 30, false))
        take(i, 30, 0.7);
    }
    idx = indexOfPair(std::max(to, idx + 2));
  }
  if (out.size() - base > 1)
    std::stable_sort(out.begin() + base, out.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
}

}  // namespace gs
