// Mirrors src/pii/detectors/user-agent.ts ('user-agent'): browser, app and tool user-agent strings.
// The sticky regexes BROWSER, APP and TOOL are matched by hand; each function notes where the JS
// regex could backtrack and why the greedy path is the one it takes.
#include <algorithm>
#include <cstdint>
#include <vector>

#include "../engine.h"
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace gs {

namespace {

constexpr int USER_AGENT_DETECTOR = 16;

/** ASCII classes of the regexes, one table lookup each (these loops run over every agent's text). */
enum : uint8_t { WORD = 1, WORD_PLUS = 2, NOT_COMMENT = 4, TOKEN = 8 };
struct Classes {
  uint8_t of[128] = {};
  constexpr Classes() {
    for (int c = 0; c < 128; c++) {
      const bool letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      const bool word = letter || (c >= 48 && c <= 57) || c == UNDERSCORE;
      of[c] = (uint8_t)((word ? WORD : 0) |
                        (word || c == DOT || c == PLUS || c == DASH ? WORD_PLUS : 0) |
                        (c == LPAREN || c == RPAREN || c == NEWLINE || c == QUOTE ? NOT_COMMENT : 0) |
                        (word || c == DOT || c == DASH || c == SLASH ? TOKEN : 0));
    }
  }
};
constexpr Classes CLASSES;
inline bool hasClass(int c, uint8_t bit) { return (unsigned)c < 128 && (CLASSES.of[c] & bit); }

/** \w */
inline bool isWord(int c) { return hasClass(c, WORD); }
/** [\w.+-] */
inline bool isWordPlus(int c) { return hasClass(c, WORD_PLUS); }
/** [^()\n"] (positions outside the text are -1: no match) */
inline bool isCommentChar(int c) { return c >= 128 || (c >= 0 && !(CLASSES.of[c] & NOT_COMMENT)); }

bool startsWith(const ScanContext& ctx, int i, const char16_t* word) {
  for (int k = 0; word[k]; k++)
    if (ctx.at(i + k) != word[k]) return false;
  return true;
}

/**
 * `\([^()\n"]{min,max}\)` at i: the class excludes `)`, so a shorter run never meets `)` — the
 * greedy run decides. Returns the end after `)`, or -1.
 */
int comment(const ScanContext& ctx, int i, int min, int max) {
  if (ctx.at(i) != LPAREN) return -1;
  const char16_t* s = ctx.s;
  const int limit = std::min(ctx.n, i + 2 + max);  // a run longer than max fails either way
  int k = i + 1;
#if defined(__SSE2__)
  // Comments run to tens of characters: look for the four stoppers eight at a time.
  const __m128i open = _mm_set1_epi16(LPAREN), close = _mm_set1_epi16(RPAREN), newline = _mm_set1_epi16(NEWLINE),
                quote = _mm_set1_epi16(QUOTE);
  for (; k + 8 <= limit; k += 8) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + k));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(block, open), _mm_cmpeq_epi16(block, close)),
                                     _mm_or_si128(_mm_cmpeq_epi16(block, newline), _mm_cmpeq_epi16(block, quote)));
    const int bits = _mm_movemask_epi8(hit);
    if (bits != 0) {
      k += __builtin_ctz((unsigned)bits) >> 1;
      break;
    }
  }
#endif
  while (k < limit && isCommentChar(s[k])) k++;
  const int run = k - i - 1;
  if (run < min || run > max || ctx.at(k) != RPAREN) return -1;
  return k + 1;
}

/** One of the alternatives after a space in BROWSER's tail, in the regex's order; end or -1. */
int browserPart(const ScanContext& ctx, int p) {
  // [A-Za-z][\w.+-]*\/[\w.+-]+ — the runs exclude `/`, so greedy is the only way to the slash.
  if (isAsciiLetter(ctx.at(p))) {
    int q = p + 1;
    while (isWordPlus(ctx.at(q))) q++;
    if (ctx.at(q) == SLASH) {
      int r = q + 1;
      while (isWordPlus(ctx.at(r))) r++;
      if (r > q + 1) return r;
    }
  }
  int e = comment(ctx, p, 1, 200);
  if (e >= 0) return e;
  for (const char16_t* word : {u"Mobile", u"Safari", u"Version", u"like Gecko"})
    if (startsWith(ctx, p, word)) return p + (int)std::char_traits<char16_t>::length(word);
  // [A-Z][A-Za-z]*Browser: the greedy letters back off to the last "Browser" in the letter run.
  if (isUpperAscii(ctx.at(p))) {
    int r = p + 1;
    while (isAsciiLetter(ctx.at(r))) r++;
    for (int q = r - 7; q >= p + 1; q--)
      if (startsWith(ctx, q, u"Browser")) return q + 7;
  }
  return -1;
}

/** BROWSER at i, where `marker` (product and slash) is known to start; end or -1. */
int browserEnd(const ScanContext& ctx, int i, int markerLength) {
  int j = i + markerLength;
  if (!isDigit(ctx.at(j))) return -1;
  while (isDigit(ctx.at(j))) j++;
  while (ctx.at(j) == DOT && isDigit(ctx.at(j + 1))) {
    j++;
    while (isDigit(ctx.at(j))) j++;
  }
  if (ctx.at(j) != SPACE) return -1;
  j = comment(ctx, j + 1, 3, 250);
  if (j < 0) return -1;
  // The repeated tail is last in the regex: an iteration that fails ends it, nothing backtracks.
  while (ctx.at(j) == SPACE) {
    int e = browserPart(ctx, j + 1);
    if (e < 0) break;
    j = e;
  }
  return j;
}

/** TOOL at i; end or -1. */
int toolEnd(const ScanContext& ctx, int i) {
  static const char16_t* const TOOLS[] = {u"curl/",         u"Wget/",           u"python-requests/",
                                          u"python-urllib/", u"okhttp/",        u"PostmanRuntime/",
                                          u"Go-http-client/", u"Java/",         u"Apache-HttpClient/",
                                          u"axios/",        u"node-fetch/",     u"Dart/",
                                          u"CFNetwork/"};
  for (const char16_t* tool : TOOLS) {
    if (!startsWith(ctx, i, tool)) continue;
    int j = i + (int)std::char_traits<char16_t>::length(tool);
    int k = j;
    while (isWordPlus(ctx.at(k))) k++;
    if (k == j) return -1;
    if (ctx.at(k) == SPACE) {
      int e = comment(ctx, k + 1, 1, 200);
      if (e >= 0) return e;
    }
    return k;
  }
  return -1;
}

/** APP at start; end or -1. */
int appEnd(const ScanContext& ctx, int start) {
  if (!isUpperAscii(ctx.at(start))) return -1;
  int j = start + 1;
  // [\w.-]{0,40} then `/`: the class excludes `/`, so the run must end at the slash within 40.
  int run = 0;
  while (run <= 40) {
    int c = ctx.at(j + run);
    if (!(isWord(c) || c == DOT || c == DASH)) break;
    run++;
  }
  if (run > 40) return -1;
  j += run;
  if (ctx.at(j) != SLASH) return -1;
  j++;
  if (!isDigit(ctx.at(j))) return -1;
  while (isDigit(ctx.at(j))) j++;
  while (ctx.at(j) == DOT && isWord(ctx.at(j + 1))) {
    j++;
    while (isWord(ctx.at(j))) j++;
  }
  if (ctx.at(j) != SPACE || ctx.at(j + 1) != LPAREN) return -1;
  const int p = j + 2;
  bool device = false;
  for (int t = 0; t <= 120 && !device; t++) {
    if (t > 0 && !isCommentChar(ctx.at(p + t - 1))) break;
    // The words by their first letter, so that most positions cost one comparison.
    switch (ctx.at(p + t)) {
      case u'i':
        device = startsWith(ctx, p + t, u"iPhone") || startsWith(ctx, p + t, u"iPad") || startsWith(ctx, p + t, u"iOS");
        break;
      case u'A':
        device = startsWith(ctx, p + t, u"Android");
        break;
      case u'W':
        device = startsWith(ctx, p + t, u"Windows NT");
        break;
      case u'M':
        device = startsWith(ctx, p + t, u"Macintosh") || startsWith(ctx, p + t, u"Mac OS X");
        break;
      default:
        break;
    }
  }
  if (!device) return -1;
  int e = comment(ctx, j + 1, 3, 250);
  if (e < 0) return -1;
  // (?: [A-Za-z][\w.+-]*\/[\w.+-]+)* — the library's token after the comment ("okhttp/4.12.0").
  while (ctx.at(e) == SPACE && isAsciiLetter(ctx.at(e + 1))) {
    int q = e + 2;
    while (isWordPlus(ctx.at(q))) q++;
    if (ctx.at(q) != SLASH) break;
    int r = q + 1;
    while (isWordPlus(ctx.at(r))) r++;
    if (r == q + 1) break;
    e = r;
  }
  return e;
}

const char16_t* const MARKERS[] = {u"Mozilla/", u"Opera/", u"Dalvik/"};

/** Characters of a product token: letters, digits, `_`, `.`, `-`, `/`. */
inline bool isTokenChar(int c) { return hasClass(c, TOKEN); }

/** One of MARKERS at i (the JS's MARKERS.some(startsWith)). */
bool markerAt(const char16_t* s, int n, int i) {
  const int c = s[i];
  if (c != u'M' && c != u'O' && c != u'D') return false;
  for (const char16_t* m : MARKERS) {
    int k = 0;
    while (m[k] && i + k < n && s[i + k] == m[k]) k++;
    if (!m[k]) return true;
  }
  return false;
}

/**
 * From every " (" back to the product token before it, as the JS does. The checks that need no
 * matching (a marker, a browser agent around it) go first: the JS drops such a match anyway.
 * Browser agents were pushed in order of start, so those starting at or before a candidate are a
 * prefix that only grows; one of them holds it when the furthest end among them lies beyond it.
 */
void findAppAgents(ScanContext& ctx, const std::vector<int>& parens, std::vector<Finding>& out, size_t first) {
  const size_t browsers = out.size();
  const char16_t* s = ctx.s;
  size_t b = first;
  int furthest = -1;
  for (int paren : parens) {
    const int k = paren - 1;
    // APP's version ends in a word character right before " (".
    if (k < 1 || s[k] != SPACE || !isWord(s[k - 1])) continue;
    int start = k;
    bool slash = false;
    while (start > 0 && start > k - 60 && isTokenChar(s[start - 1])) {
      start--;
      if (s[start] == SLASH) slash = true;
    }
    if (!slash) continue;
    if (markerAt(s, ctx.n, start)) continue;
    for (; b < browsers && out[b].start <= start; b++) furthest = std::max(furthest, out[b].end);
    if (furthest > start) continue;
    int e = appEnd(ctx, start);
    if (e >= 0) out.push_back(Finding{USER_AGENT, start, e, 0.85, USER_AGENT_DETECTOR});
  }
}

/** "Mozilla", "Opera" or "Dalvik" right before the slash at q: the marker's length with its slash, or 0. */
int markerBefore(const char16_t* s, int q) {
  const int last = q > 0 ? s[q - 1] : 0;
  if (last == u'a') {
    if (q >= 7 && s[q - 7] == u'M' && s[q - 6] == u'o' && s[q - 5] == u'z' && s[q - 4] == u'i' && s[q - 3] == u'l' &&
        s[q - 2] == u'l')
      return 8;
    if (q >= 5 && s[q - 5] == u'O' && s[q - 4] == u'p' && s[q - 3] == u'e' && s[q - 2] == u'r') return 6;
  } else if (last == u'k') {
    if (q >= 6 && s[q - 6] == u'D' && s[q - 5] == u'a' && s[q - 4] == u'l' && s[q - 3] == u'v' && s[q - 2] == u'i')
      return 7;
  }
  return 0;
}

inline bool isSeparator(int c) {
  return c == SPACE || c == COLON || c == u'=' || c == QUOTE || c == APOSTROPHE || c == TAB;
}

/** productEnd of user-agent.ts: a product token `Name/version` at i (the version with a digit); end or -1. */
int productEnd(const ScanContext& ctx, int i) {
  if (!isAsciiLetter(ctx.at(i))) return -1;
  int k = i + 1;
  while (k - i <= 41 && isTokenChar(ctx.at(k)) && ctx.at(k) != SLASH) k++;
  if (ctx.at(k) != SLASH) return -1;
  const int v = k + 1;
  int e = v;
  bool digit = false;
  while (e < ctx.n && isTokenChar(ctx.at(e)) && ctx.at(e) != SLASH) {
    if (isDigit(ctx.at(e))) digit = true;
    e++;
  }
  return e > v && digit ? e : -1;
}

/** productsEnd of user-agent.ts: product tokens separated by single spaces; end or -1. */
int productsEnd(const ScanContext& ctx, int i) {
  int end = productEnd(ctx, i);
  if (end < 0) return -1;
  for (int next = end; ctx.at(next) == SPACE;) {
    int e = productEnd(ctx, next + 1);
    if (e < 0) break;
    end = e;
    next = e;
  }
  return end;
}

/** closingQuote of user-agent.ts: the `"` closing a field from i on its line (MAX_FIELD 2048), or -1. */
int closingQuote(const ScanContext& ctx, int i) {
  for (int k = i; k < ctx.n && k - i < 2048; k++) {
    if (ctx.s[k] == QUOTE) return k;
    if (ctx.s[k] == NEWLINE) return -1;
  }
  return -1;
}

/** logAgents of user-agent.ts: the agent field of a combined-format access log line, from its status code. */
void logAgents(ScanContext& ctx, std::vector<Finding>& out, size_t first) {
  const size_t found = out.size();
  const char16_t* s = ctx.s;
  const int n = ctx.n;
  auto digit = [&](int i) { return i >= 0 && i < n && isDigit(s[i]); };
  const std::vector<int>& runs = ctx.digitRuns();
  for (size_t r = 0; r + 1 < runs.size(); r += 2) {
    const int st = runs[r];
    if (runs[r + 1] - st != 3 || ctx.at(st - 1) != SPACE || ctx.at(st - 2) != QUOTE) continue;
    int v = st - 3;
    while (v > st - 8 && (digit(v) || ctx.at(v) == DOT)) v--;
    if (v == st - 3 || v < 4 || !startsWith(ctx, v - 4, u"HTTP/")) continue;
    int k = st + 3;
    if (ctx.at(k) != SPACE) continue;
    k++;
    int d = k;
    while (d < k + 12 && (digit(d) || ctx.at(d) == DASH)) d++;
    if (d == k || ctx.at(d) != SPACE || ctx.at(d + 1) != QUOTE) continue;
    const int refererEnd = closingQuote(ctx, d + 2);
    if (refererEnd < 0 || ctx.at(refererEnd + 1) != SPACE || ctx.at(refererEnd + 2) != QUOTE) continue;
    const int start = refererEnd + 3;
    const int end = closingQuote(ctx, start);
    if (end <= start) continue;
    bool product = false;
    for (int p = start; p < end && !product; p++)
      product = (p == start || s[p - 1] == SPACE) && productEnd(ctx, p) > 0;
    if (!product) continue;
    bool covered = false;
    for (size_t f = first; f < found && !covered; f++) covered = out[f].start < end && start < out[f].end;
    if (!covered) out.push_back(Finding{USER_AGENT, start, end, 0.85, USER_AGENT_DETECTOR});
  }
}

}  // namespace

void find_user_agent(ScanContext& ctx, std::vector<Finding>& out) {
  const size_t first = out.size();
  // BROWSER needs `marker version (`: each browser agent is found from its " (", back over the
  // version's digits and dots to the slash and the marker before it. The JS searches marker by
  // marker, resuming after a match; the markers never overlap themselves, so per marker an
  // occurrence is tried unless it lies inside that marker's last match.
  const std::vector<int>& parens = ctx.positionsOf(LPAREN);
  const char16_t* s = ctx.s;
  int resume[3] = {0, 0, 0};  // by marker length 6, 7, 8
  // cueDistance finds a cue that ends within the window or none: with no cue end there (most
  // agents in logs) hasContext needs only the column header.
  const std::vector<int> cueEnds = ctx.cueEnds(USER_AGENT);
  for (int paren : parens) {
    const int k = paren - 1;
    if (k < 1 || s[k] != SPACE || !isDigit(s[k - 1])) continue;
    int q = k - 2;
    while (q >= 0 && (isDigit(s[q]) || s[q] == DOT)) q--;
    if (q < 0 || s[q] != SLASH) continue;
    const int length = markerBefore(s, q);
    if (length == 0) continue;
    const int i = q + 1 - length;
    int& from = resume[length - 6];
    if (i < from) continue;
    int e = browserEnd(ctx, i, length);
    if (e < 0) continue;
    from = e;
    const auto near = std::lower_bound(cueEnds.begin(), cueEnds.end(), i - CONTEXT_WINDOW);
    const bool context = (near != cueEnds.end() && *near <= i && ctx.cueDistance(USER_AGENT, i) >= 0) ||
                         ctx.columnHasContext(USER_AGENT, i);
    double score = context ? 0.95 : 0.9;
    out.push_back(Finding{USER_AGENT, i, e, score, USER_AGENT_DETECTOR});
  }
  findAppAgents(ctx, parens, out, first);
  for (int cueEnd : cueEnds) {
    int i = cueEnd;
    while (i < ctx.n && i - cueEnd < 4 && isSeparator(ctx.s[i])) i++;
    int e = toolEnd(ctx, i);
    // Or any product tokens the cue labels: "ua":"MijnMergel/2.5.3 CFNetwork/1494.0.7".
    if (e < 0) e = productsEnd(ctx, i);
    if (e > i) out.push_back(Finding{USER_AGENT, i, e, 0.7, USER_AGENT_DETECTOR});
  }
  logAgents(ctx, out, first);
  if (out.size() - first > 1)
    std::stable_sort(out.begin() + first, out.end(), [](const Finding& a, const Finding& b) { return a.start < b.start; });
}

}  // namespace gs
