// Mirrors src/pii/detectors/ipv6.ts: IPv6 literals found from each colon outwards.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "../engine.h"

namespace gs {

namespace {

constexpr int DETECTOR = 7;
constexpr int PERCENT = 37;

inline bool isHex(int c) { return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102); }

/** Character classes of the walks around a colon, by table: hex digit, colon, dot. */
enum : uint8_t { HEX_C = 1, COLON_C = 2, DOT_C = 4 };
struct ClassTable {
  uint8_t of[128];
  constexpr ClassTable() : of() {
    for (int c = 0; c < 128; c++)
      of[c] = (uint8_t)(((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) ? HEX_C : 0) |
                        (c == 58 ? COLON_C : 0) | (c == 46 ? DOT_C : 0));
  }
};
constexpr ClassTable classes;
inline int classOf(int c) { return (unsigned)c < 128 ? classes.of[c] : 0; }

/** HEX_GROUP /^[0-9A-Fa-f]{1,4}$/ on t[from, to). */
bool isHexGroup(const char16_t* t, int from, int to) {
  if (to - from < 1 || to - from > 4) return false;
  for (int i = from; i < to; i++)
    if (!isHex(t[i])) return false;
  return true;
}

/** A whole octet string of (?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d) (anchored on both sides). */
bool isOctet(const char16_t* t, int from, int to) {
  int len = to - from;
  if (len < 1 || len > 3) return false;
  for (int i = from; i < to; i++)
    if (!isDigit(t[i])) return false;
  if (len > 1 && t[from] == '0') return false;
  int v = 0;
  for (int i = from; i < to; i++) v = v * 10 + (t[i] - '0');
  return v <= 255;
}

/** DOTTED_QUAD on t[from, to). */
bool isDottedQuad(const char16_t* t, int from, int to) {
  int start = from;
  int octets = 0;
  for (int i = from; i <= to; i++) {
    if (i == to || t[i] == DOT) {
      if (!isOctet(t, start, i)) return false;
      octets++;
      start = i + 1;
    }
  }
  return octets == 4;
}

/** Splits t[from, to) at ':' into parts (String.split); ipv6.ts split() gives none for "". */
int splitParts(const char16_t* t, int from, int to, bool emptyAsNone, int (*parts)[2], int count) {
  if (emptyAsNone && from == to) return count;
  int start = from;
  for (int i = from; i <= to; i++) {
    if (i == to || t[i] == COLON) {
      parts[count][0] = start;
      parts[count][1] = i;
      count++;
      start = i + 1;
    }
  }
  return count;
}

/** writtenGroups(t.slice(from, to)); the slice is at most 46 characters, so 48 parts. */
int writtenGroups(const char16_t* t, int from, int to) {
  int dbl = -1;
  for (int i = from; i + 1 < to; i++)
    if (t[i] == COLON && t[i + 1] == COLON) {
      dbl = i;
      break;
    }
  if (dbl != -1) {
    for (int i = dbl + 1; i + 1 < to; i++)
      if (t[i] == COLON && t[i + 1] == COLON) return -1;
  }
  int parts[64][2];
  int count = dbl == -1 ? splitParts(t, from, to, false, parts, 0)
                        : splitParts(t, dbl + 2, to, true, parts, splitParts(t, from, dbl, true, parts, 0));
  int groups = 0;
  for (int i = 0; i < count; i++) {
    const int pf = parts[i][0], pt = parts[i][1];
    bool hasDot = false;
    for (int k = pf; k < pt; k++)
      if (t[k] == DOT) {
        hasDot = true;
        break;
      }
    if (i == count - 1 && hasDot) {
      if (!isDottedQuad(t, pf, pt)) return -1;
      groups += 2;
    } else if (isHexGroup(t, pf, pt))
      groups++;
    else
      return -1;
  }
  if (dbl == -1 ? groups != 8 : groups > 7) return -1;
  return groups;
}

}  // namespace

void find_ipv6(ScanContext& ctx, std::vector<Finding>& out) {
  const char16_t* text = ctx.s;
  const int n = ctx.n;
  const std::vector<int>& colonList = ctx.positionsOf(u':');
  const int* colonAt = colonList.data();
  const size_t count = colonList.size();
  int lastEnd = 0;
  size_t k = 0;
  // The JS `indexOf(':', from)`: the first listed colon at or after `from`.
  auto nextColon = [&](int from) {
    while (k < count && colonAt[k] < from) k++;
  };
  while (k < count) {
    const int c = colonAt[k];
    // Most colons end a label ("Naam: "): with neither a group before nor one after, the walks
    // below would find this lone colon and move on.
    const int left = c > 0 ? classOf(text[c - 1]) : 0;
    if (!(left & COLON_C) && (c <= lastEnd || !(left & HEX_C)) &&
        (c + 1 >= n || !(classOf(text[c + 1]) & (HEX_C | COLON_C | DOT_C)))) {
      k++;
      continue;
    }
    int s = c;
    while (s > lastEnd && c - s < 40 && (classOf(text[s - 1]) & (HEX_C | COLON_C))) s--;
    int colons = 0;
    for (int q = s; q < c; q++)
      if (text[q] == COLON) colons++;
    int e = c;
    bool compressed = false;
    while (e < n && e - s < 46) {
      const int ch = text[e];
      if (ch == COLON) {
        colons++;
        if (ctx.at(e - 1) == COLON) compressed = true;
      } else if (!(classOf(ch) & (HEX_C | DOT_C)))
        break;
      e++;
    }
    if (!compressed && colons < 6) {
      nextColon(std::max(e, c + 1));
      continue;
    }
    while (e > c + 1 && text[e - 1] == DOT) e--;
    if (ctx.at(e - 1) == COLON && ctx.at(e - 2) != COLON) e--;
    int end = e;
    if (ctx.at(e) == PERCENT) {
      int z = e + 1;
      while (z < n && z - e < 16 && (isAlnum(text[z]) || text[z] == 95)) z++;
      if (z > e + 1) end = z;
    }
    const int before = ctx.at(s - 1);
    const int after = ctx.at(end);
    const int groups = isAlnum(before) || before == DOT || isAlnum(after) ? -1 : writtenGroups(text, s, e);
    if (groups > 0) {
      double score;
      if (ctx.hasContext(IP_ADDRESS, s))
        score = 0.95;
      else if (groups >= 3)
        score = 0.85;
      else {
        // text.lastIndexOf('.', e) > s
        bool dotAfterStart = false;
        for (int p = std::min(e, n - 1); p > s; p--)
          if (text[p] == DOT) {
            dotAfterStart = true;
            break;
          }
        score = end > e || dotAfterStart ? 0.8 : 0.45;
      }
      out.push_back(Finding{IP_ADDRESS, s, end, score, DETECTOR});
      lastEnd = end;
    }
    nextColon(std::max(e, c + 1));
  }
}

}  // namespace gs
