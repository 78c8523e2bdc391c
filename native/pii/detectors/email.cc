// Mirrors src/pii/detectors/email.ts: addresses found from each `@` (or `%40`) outwards.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "../engine.h"

namespace gs {

namespace {

constexpr int DETECTOR = 2;

/** Local-part and domain characters below U+0100, by table; above it only letters (isAlnum). */
enum : uint8_t { LOCAL_C = 1, DOMAIN_C = 2 };
struct ClassTable {
  uint8_t of[256];
  constexpr ClassTable() : of() {
    for (int c = 0; c < 256; c++) {
      const bool alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
                         (c >= 0xc0 && c != 0xd7 && c != 0xf7);
      const bool domain = alnum || c == DOT || c == DASH;
      const bool local = domain || c == 95 || c == PLUS || c == 37 || c == 39;
      of[c] = (uint8_t)((local ? LOCAL_C : 0) | (domain ? DOMAIN_C : 0));
    }
  }
};
constexpr ClassTable classes;

inline bool isLocalChar(int c) { return (unsigned)c < 256 ? (classes.of[c] & LOCAL_C) != 0 : isAlnum(c); }
inline bool isDomainChar(int c) { return (unsigned)c < 256 ? (classes.of[c] & DOMAIN_C) != 0 : isAlnum(c); }


bool hasDoubleDot(const char16_t* t, int from, int to) {
  for (int i = from + 1; i < to; i++)
    if (t[i] == DOT && t[i - 1] == DOT) return true;
  return false;
}

bool isDomain(const ScanContext& ctx, int from, int to) {
  int labelStart = from;
  int dots = 0;
  for (int i = from; i <= to; i++) {
    if (i == to || ctx.at(i) == DOT) {
      int len = i - labelStart;
      if (len == 0 || len > 63) return false;
      if (ctx.at(labelStart) == DASH || ctx.at(i - 1) == DASH) return false;
      if (i < to) dots++;
      labelStart = i + 1;
    }
  }
  if (dots == 0) return false;
  int tld = 0;
  for (int p = std::min(to - 1, ctx.n - 1); p >= 0; p--)
    if (ctx.s[p] == DOT) {
      tld = p + 1;
      break;
    }
  if (to - tld < 2) return false;
  for (int i = tld; i < to; i++)
    if (!isLetter(ctx.at(i))) return false;
  return true;
}

/** ASCII case-insensitive match of the lower-case `word` at t[i, end). */
bool matchWordCi(const char16_t* t, int i, int end, const char* word, int* after) {
  for (; *word; word++, i++) {
    if (i >= end) return false;
    int c = t[i];
    if (isUpperAscii(c)) c += 32;
    if (c != *word) return false;
  }
  *after = i;
  return true;
}

/**
 * MESSAGE_ID_HEADER on t[from, to):
 * /^(?:message-id|in-reply-to|references|content-id|x-message-id)\s*:\s*(?:<[^<>\s]*>\s*)*$/i.
 * The alternatives start with different letters and each later part can only stop where it does,
 * so one pass without backtracking decides it.
 */
bool isMessageIdHeader(const char16_t* t, int from, int to) {
  static const char* const names[] = {"message-id", "in-reply-to", "references", "content-id", "x-message-id"};
  int i = -1;
  for (const char* name : names)
    if (matchWordCi(t, from, to, name, &i)) break;
  if (i < 0) return false;
  while (i < to && isJsSpace(t[i])) i++;
  if (i >= to || t[i] != COLON) return false;
  i++;
  while (i < to && isJsSpace(t[i])) i++;
  while (i < to) {
    if (t[i] != LT) return false;
    i++;
    while (i < to && t[i] != LT && t[i] != GT && !isJsSpace(t[i])) i++;
    if (i >= to || t[i] != GT) return false;
    i++;
    while (i < to && isJsSpace(t[i])) i++;
  }
  return true;
}

bool isMessageId(const ScanContext& ctx, int s, int e) {
  if (ctx.at(s - 1) != LT || ctx.at(e) != GT) return false;
  int lineStart = 0;
  for (int p = std::min(s, ctx.n - 1); p >= 0; p--)
    if (ctx.s[p] == NEWLINE) {
      lineStart = p + 1;
      break;
    }
  return isMessageIdHeader(ctx.s, lineStart, s - 1);
}

/**
 * Finds addresses around each occurrence of the separator; `seps` are its positions in order (the
 * JS `indexOf(sep, from)` is the first of them at or after `from`).
 */
void findAround(const ScanContext& ctx, const int* seps, size_t count, int sepLen, std::vector<Finding>& out) {
  const char16_t* text = ctx.s;
  const int n = ctx.n;
  int lastEnd = 0;
  size_t k = 0;
  while (k < count) {
    const int at = seps[k];
    int s = at;
    while (s > lastEnd && at - s < 64 && isLocalChar(text[s - 1])) s--;
    while (s < at && (text[s] == DOT || text[s] == 39)) s++;
    // Nothing before the separator: no address, whatever follows.
    if (s == at) {
      k++;
      continue;
    }
    const int domainStart = at + sepLen;
    int e = domainStart;
    while (e < n && e - domainStart < 255 && isDomainChar(text[e])) e++;
    while (e > domainStart && (text[e - 1] == DOT || text[e - 1] == DASH)) e--;
    const bool localOk = text[at - 1] != DOT && !hasDoubleDot(text, s, at);
    if (localOk && ctx.at(e) != AT && isDomain(ctx, domainStart, e)) {
      if (!isMessageId(ctx, s, e)) out.push_back(Finding{EMAIL, s, e, 0.95, DETECTOR});
      lastEnd = e;
      while (k < count && seps[k] < e) k++;
    } else
      k++;
  }
}

}  // namespace

void find_email(ScanContext& ctx, std::vector<Finding>& out) {
  const size_t base = out.size();
  // One pass finds both separators; "%40" occurrences cannot overlap, so these are the positions
  // repeated indexOf calls would visit.
  thread_local std::vector<int> ats;
  thread_local std::vector<int> encoded;
  ats.clear();
  encoded.clear();
  const char16_t* text = ctx.s;
  const int n = ctx.n;
  for (int p = indexOfEither16(text, 0, n, u'@', u'%'); p >= 0; p = indexOfEither16(text, p + 1, n, u'@', u'%')) {
    if (text[p] == AT)
      ats.push_back(p);
    else if (ctx.at(p + 1) == u'4' && ctx.at(p + 2) == u'0')
      encoded.push_back(p);
  }
  findAround(ctx, ats.data(), ats.size(), 1, out);
  if (encoded.empty()) return;
  const size_t before = out.size();
  findAround(ctx, encoded.data(), encoded.size(), 3, out);
  if (before > base && out.size() > before)
    std::stable_sort(out.begin() + base, out.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
}

}  // namespace gs
