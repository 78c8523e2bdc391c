// Mirrors src/pii/detectors/postcode.ts (detector 'postcode-nl').
#include "../engine.h"
#include "../number_boundary.h"

namespace gs {
namespace {

constexpr int DETECTOR = 13;

/** UNIT_LIKE as a 26×26 table of capital pairs: the lookup needs no slice. */
struct UnitLike {
  bool pair[26][26] = {};
  UnitLike() {
    const char* list =
        "KB MB GB TB PB KM CM MM KG MG GW MW KW AM PM BV NV HZ EN OF IN OP AT IS IT OR ON NO TO BY US UK EU CO EX "
        "PS PC TV AI HR PR QA UX UI ID OK XL";
    for (const char* p = list; p[0] && p[1]; p += 3) {
      pair[p[0] - 'A'][p[1] - 'A'] = true;
      if (!p[2]) break;
    }
  }
};

inline bool isFieldSeparator(int c) { return c == 44 || c == 59 || c == 9 || c == 124; }

bool placeFollows(const ScanContext& ctx, int i) {
  int k = i;
  bool separated = isFieldSeparator(ctx.at(k));
  if (separated) k++;
  if (!separated && ctx.at(k) != SPACE) return false;
  while (ctx.at(k) == SPACE) k++;
  int c0 = ctx.at(k);
  if (!isUpperLetter(c0) && c0 != 39) return false;
  int c1 = ctx.at(k + 1);
  return isLowerLetter(c1) || (isUpperLetter(c1) && isUpperLetter(ctx.at(k + 2)));
}

/** houseNumberBefore of postcode.ts: a house number, after a street word, right before `s`. */
bool houseNumberBefore(const ScanContext& ctx, int s) {
  int k = s - 1;
  if (ctx.at(k) != SPACE && ctx.at(k) != COMMA) return false;
  while (k >= 0 && (ctx.at(k) == SPACE || ctx.at(k) == COMMA)) k--;
  int j = k;
  for (; j >= 0 && k - j < 8; j--) {
    int c = ctx.at(j);
    if (!isAlnum(c) && c != DASH && c != SLASH) break;
  }
  if (j == k || !isDigit(ctx.at(j + 1)) || ctx.at(j) != SPACE) return false;
  return isLetter(ctx.at(j - 1));
}

}  // namespace

void find_postcode(ScanContext& ctx, std::vector<Finding>& out) {
  static const UnitLike unitLike;
  const std::vector<int>& runs = ctx.digitRuns();
  const char16_t* text = ctx.s;
  for (size_t r = 0; r + 1 < runs.size(); r += 2) {
    int s = runs[r];
    int e = runs[r + 1];
    if (e - s != 4 || text[s] == 48) continue;
    int l = e;
    if (ctx.at(l) == SPACE) l++;
    int a = ctx.at(l);
    int b = ctx.at(l + 1);
    bool upper = isUpperAscii(a) && isUpperAscii(b);
    bool lower = !upper && isLowerAscii(a) && isLowerAscii(b);
    if ((!upper && !lower) || isLetter(ctx.at(l + 2)) || isDigit(ctx.at(l + 2))) continue;
    if (!freeOnLeft(ctx, s) && !(isFieldSeparator(ctx.at(s - 1)) && ctx.columnHasContext(POSTCODE, s))) continue;
    if (lower) {
      a -= 32;
      b -= 32;
    }
    // NEVER_ISSUED: SA, SD, SS.
    if (a == 'S' && (b == 'A' || b == 'D' || b == 'S')) continue;
    int end = l + 2;
    int year = (text[s] - 48) * 1000 + (text[s + 1] - 48) * 100 + (text[s + 2] - 48) * 10 + (text[s + 3] - 48);
    bool doubtful = unitLike.pair[a - 'A'][b - 'A'] || (year >= 1950 && year <= 2039);
    // A place name after decides the score: the context (the costly part) is then not looked at.
    double score;
    int verdict = 0;
    if (lower) {
      // Lower case: only after a house number or before a place, or after a context word.
      verdict = ctx.verdict(POSTCODE, s);
      if (verdict <= 0 && (doubtful || !(placeFollows(ctx, end) || houseNumberBefore(ctx, s)))) continue;
      score = 0.9;
    } else if (placeFollows(ctx, end)) score = 0.9;
    else if ((verdict = ctx.verdict(POSTCODE, s)) > 0) score = 0.9;
    else if (doubtful || verdict < 0) score = 0.3;
    else score = l == e ? 0.7 : 0.75;
    out.push_back(Finding{POSTCODE, s, end, score, DETECTOR});
  }
}

}  // namespace gs
