// src/pii/detectors/phone.ts (with the cheap checks of src/pii/phone-numbering.ts; libphonenumber
// itself stays in JavaScript and is reached through callPredicate).
#include <unordered_map>

#include "../engine.h"
#include "../number_boundary.h"
#include "digit_runs.h"

namespace gs {

namespace {

constexpr int ZERO = 48;
constexpr int MAX_DIGITS = 15;
constexpr int MIN_DIGITS = 8;
constexpr int DETECTOR = 5;

inline bool isSeparator(int c) { return c == SPACE || c == DASH || c == DOT || c == SLASH; }

/**
 * phone-numbering.ts answers a Dutch number from a cache keyed on its leading digits and length,
 * and never clears it; the same key here saves the call into JavaScript and cannot disagree with
 * it, since each entry is the JavaScript answer for that key.
 */
bool isValidDutchNumber(const char16_t* nsn, int len) {
  if (len < 7 || len > 11) return false;
  int slot;
  if ((nsn[0] == u'1' && nsn[1] == u'4') || (nsn[0] == u'9' && nsn[1] == u'7')) {
    int value = (nsn[2] - ZERO) * 100 + (nsn[3] - ZERO) * 10 + (nsn[4] - ZERO);
    slot = (nsn[0] == u'1' ? 1000 : 2000) + value;
  } else {
    slot = (nsn[0] - ZERO) * 100 + (nsn[1] - ZERO) * 10 + (nsn[2] - ZERO);
  }
  // Per key: 0 not asked yet, 1 invalid, 2 valid. Three-digit prefixes take slots 0-999, 14xxx
  // 1000-1999 and 97xxx 2000-2999.
  thread_local uint8_t cache[3000 * 16];
  uint8_t& known = cache[slot * 16 + len];
  if (known == 0) {
    bool valid = callPredicate(IS_VALID_DUTCH_NUMBER, u16view(nsn, (size_t)len));
    // A throwing callback's false is no answer: not kept for the scans after this failed one.
    if (callbackFailed()) return false;
    known = valid ? 2 : 1;
  }
  return known == 2;
}

/**
 * Foreign numbers go to JavaScript (libphonenumber). Its answer depends on the whole number only,
 * so it is kept here per number as well: the corpus asks about the same few hundred numbers per MB
 * again and again, and each call into JavaScript costs more than the rest of the phone detector's
 * work on them. Cleared when full, like the JavaScript cache; either way the answer is the same.
 */
bool isValidInternationalNumber(const char16_t* digits, int len) {
  if (len < 8 || len > 15) return false;
  if (digits[0] == u'3' && digits[1] == u'1') {
    return digits[2] == ZERO ? isValidDutchNumber(digits + 3, len - 3) : isValidDutchNumber(digits + 2, len - 2);
  }
  // Up to 15 digits fit below bit 50; the length above keeps "0044…" apart from "44…".
  uint64_t key = (uint64_t)len << 56;
  uint64_t value = 0;
  for (int i = 0; i < len; i++) {
    unsigned d = (unsigned)(digits[i] - ZERO);
    if (d > 9) return callPredicate(IS_VALID_INTERNATIONAL_NUMBER, u16view(digits, (size_t)len));
    value = value * 10 + d;
  }
  key |= value;
  thread_local std::unordered_map<uint64_t, bool> known;
  auto it = known.find(key);
  if (it != known.end()) return it->second;
  bool valid = callPredicate(IS_VALID_INTERNATIONAL_NUMBER, u16view(digits, (size_t)len));
  // A throwing callback answers false without being an answer: not kept.
  if (callbackFailed()) return valid;
  if (known.size() >= 10000) known.clear();
  known.emplace(key, valid);
  return valid;
}

/** What read() collects; one per thread, reused between candidates. */
struct Reading {
  std::vector<int> groupEnds;
  std::vector<int> groupDigits;
  std::u16string digits;
  bool international = false;
};

bool read(const ScanContext& ctx, int start, Reading& r) {
  const char16_t* s = ctx.s;
  const int n = ctx.n;
  int i = start;
  r.groupEnds.clear();
  r.groupDigits.clear();
  r.digits.clear();
  r.international = ctx.at(i) == PLUS;
  if (r.international) i++;
  while (i < n) {
    int c = s[i];
    if (isDigit(c)) {
      r.digits.push_back((char16_t)c);
      i++;
      if ((int)r.digits.size() > MAX_DIGITS) return false;
      continue;
    }
    if (c == LPAREN) {
      // text.indexOf(')', i) with the limit close - i <= 5: only the next five characters matter.
      int close = -1;
      for (int k = i + 1; k < n && k <= i + 5; k++) {
        if (s[k] == RPAREN) {
          close = k;
          break;
        }
      }
      if (close == -1 || close == i + 1) break;
      bool allDigits = true;
      for (int k = i + 1; k < close; k++)
        if (!isDigit(s[k])) allDigits = false;
      if (!allDigits) break;
      bool startsWith00 = r.digits.size() >= 2 && r.digits[0] == u'0' && r.digits[1] == u'0';
      bool trunk = close - i == 2 && s[i + 1] == u'0' && (r.international || startsWith00);
      if (!trunk) r.digits.append(s + i + 1, (size_t)(close - i - 1));
      if (!r.digits.empty()) {
        r.groupEnds.push_back(close + 1);
        r.groupDigits.push_back((int)r.digits.size());
      }
      i = close + 1;
      if (ctx.at(i) == SPACE) i++;
      continue;
    }
    if (c == RPAREN) break;
    if (isSeparator(c) && !r.digits.empty()) {
      int k = i;
      while (k < n && k - i < 3 && isSeparator(s[k])) k++;
      int next = ctx.at(k);
      if (!isDigit(next) && next != LPAREN) break;
      r.groupEnds.push_back(i);
      r.groupDigits.push_back((int)r.digits.size());
      i = k;
      continue;
    }
    break;
  }
  if (r.digits.empty()) return false;
  r.groupEnds.push_back(i);
  r.groupDigits.push_back((int)r.digits.size());
  return true;
}

bool isValid(const char16_t* d, int len, bool international) {
  if (len < MIN_DIGITS) return false;
  if (international) return isValidInternationalNumber(d, len);
  if (d[0] == u'0' && d[1] == u'0') return isValidInternationalNumber(d + 2, len - 2);
  return d[0] == ZERO && isValidDutchNumber(d + 1, len - 1);
}

/** A run of one or two digits from i followed by a date separator; its end, or -1. */
int dayOrMonth(const char16_t* s, int i, int end, int* value) {
  if (i >= end || !isDigit(s[i])) return -1;
  int k = i + 1;
  if (k < end && isDigit(s[k])) k++;
  if (k >= end) return -1;
  int c = s[k];
  if (c != DASH && c != SLASH && c != DOT) return -1;
  *value = k - i == 1 ? s[i] - ZERO : (s[i] - ZERO) * 10 + (s[i + 1] - ZERO);
  return k;
}

/** DATE_START /^(\d{1,2})([-/.])(\d{1,2})\2\d{2,4}/ on s[start, end) and its range check. */
bool looksLikeDate(const char16_t* s, int start, int end) {
  int day = 0, month = 0;
  int sep1 = dayOrMonth(s, start, end, &day);
  if (sep1 < 0) return false;
  int sep2 = dayOrMonth(s, sep1 + 1, end, &month);
  if (sep2 < 0 || s[sep2] != s[sep1]) return false;
  if (sep2 + 2 >= end || !isDigit(s[sep2 + 1]) || !isDigit(s[sep2 + 2])) return false;
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

bool isMsisdn(ScanContext& ctx, int start, int end) {
  return end - start == 11 && ctx.s[start] == 51 && ctx.s[start + 1] == 49 && ctx.s[start + 2] == 54 &&
         freeOnLeft(ctx, start, ctx.commaCells()) && freeOnRight(ctx, end, ctx.commaCells()) && isValidDutchNumber(ctx.s + start + 2, end - start - 2);
}

/** The longest valid reading from start (trying the last three group ends): its end, or -1. */
int takeValid(ScanContext& ctx, int start, Reading& r, std::vector<Finding>& out) {
  if (!read(ctx, start, r)) return -1;
  const int groups = (int)r.groupEnds.size();
  for (int g = groups - 1, tries = 0; g >= 0 && tries < 3; g--, tries++) {
    int end = r.groupEnds[g];
    if (isAlnum(ctx.at(end)) && g == groups - 1) continue;
    if (!isValid(r.digits.data(), r.groupDigits[g], r.international)) continue;
    if (looksLikeDate(ctx.s, start, end)) return -1;
    int verdict = ctx.verdict(PHONE, start, 14);
    double score = verdict > 0 ? 0.95 : verdict < 0 ? 0.35 : 0.8;
    out.push_back(Finding{PHONE, start, end, score, DETECTOR});
    return end;
  }
  // takeNeighbourNational of phone.ts: a Belgian, British or German national number, with a cue.
  const int end = r.groupEnds[groups - 1];
  const int len = (int)r.digits.size();
  if (r.international || len < MIN_DIGITS || r.digits[0] != ZERO || r.digits[1] == ZERO) return -1;
  if (isAlnum(ctx.at(end))) return -1;
  // standsApart of phone.ts: no slash inside, nothing before that continues another number.
  for (int i = start; i < end; i++)
    if (ctx.s[i] == SLASH) return -1;
  const int b = ctx.at(start - 1);
  if (isAlnum(b) || b == DASH || b == DOT || b == SLASH || b == COLON) return -1;
  if (b == SPACE && isDigit(ctx.at(start - 2))) return -1;
  if (ctx.verdict(PHONE, start, 14) <= 0) return -1;
  if (len + 1 > 20) return -1;
  char16_t buf[24];
  bool valid = false;
  for (const char16_t* cc : {u"32", u"44", u"49"}) {
    buf[0] = cc[0];
    buf[1] = cc[1];
    for (int i = 1; i < len; i++) buf[i + 1] = r.digits[i];
    if (isValidInternationalNumber(buf, len + 1)) {
      valid = true;
      break;
    }
  }
  if (!valid || looksLikeDate(ctx.s, start, end)) return -1;
  out.push_back(Finding{PHONE, start, end, 0.8, DETECTOR});
  return end;
}

}  // namespace

void find_phone(ScanContext& ctx, std::vector<Finding>& out) {
  thread_local Reading reading;
  const std::vector<int>& runs = ctx.digitRuns();
  const int* R = runs.data();
  const int m = (int)runs.size();
  const char16_t* text = ctx.s;
  int lastEnd = 0;
  // A reading has at least MIN_DIGITS digits to be valid, and between two of its digits stand at
  // most six other characters (three separators and "(", or ") " with three and "("): a run
  // cannot start one unless the runs that near after it bring the digits to MIN_DIGITS. Four runs
  // ahead are looked at; a longer chain is left to the check below.
  auto candidates = [text](const int* R, size_t p) {
#if GS_RUN_LANES
    // Only a run that starts with 0 or follows a + starts a reading; eleven digits may be an MSISDN.
    const int s0 = R[2 * p], s1 = R[2 * p + 2], s2 = R[2 * p + 4], s3 = R[2 * p + 6];
    __m128i first = _mm_set_epi32(text[s3], text[s2], text[s1], text[s0]);
    __m128i before = _mm_set_epi32(text[s3 - 1], text[s2 - 1], text[s1 - 1], s0 > 0 ? text[s0 - 1] : 0);
    __m128i national = _mm_or_si128(_mm_cmpeq_epi32(first, splat(ZERO)), _mm_cmpeq_epi32(before, splat(PLUS)));
    RunLanes a = runLanes(R, p), b = runLanes(R, p + 1), c = runLanes(R, p + 2), d = runLanes(R, p + 3),
             e = runLanes(R, p + 4);
    __m128i near = splat(7);
    __m128i reach = _mm_and_si128(_mm_cmplt_epi32(_mm_sub_epi32(e.start, d.end), near), splat(MIN_DIGITS));
    reach = _mm_and_si128(_mm_cmplt_epi32(_mm_sub_epi32(d.start, c.end), near),
                          _mm_add_epi32(_mm_sub_epi32(d.end, d.start), reach));
    reach = _mm_and_si128(_mm_cmplt_epi32(_mm_sub_epi32(c.start, b.end), near),
                          _mm_add_epi32(_mm_sub_epi32(c.end, c.start), reach));
    reach = _mm_and_si128(_mm_cmplt_epi32(_mm_sub_epi32(b.start, a.end), near),
                          _mm_add_epi32(_mm_sub_epi32(b.end, b.start), reach));
    reach = _mm_add_epi32(_mm_sub_epi32(a.end, a.start), reach);
    __m128i msisdn = _mm_cmpeq_epi32(_mm_sub_epi32(a.end, a.start), splat(11));
    return laneMask(_mm_or_si128(msisdn, _mm_and_si128(national, _mm_cmpgt_epi32(reach, splat(MIN_DIGITS - 1)))));
#else
    return 15;
#endif
  };
  forCandidateRuns(runs, 4, candidates, [&](size_t pair) {
    const int r = (int)pair * 2;
    int s = R[r];
    int runEnd = R[r + 1];
    if (s < lastEnd) return;
    int prev = ctx.at(s - 1);
    int c0 = text[s];
    int start = s;
    if (prev == PLUS) {
      start = s - 1;
    } else if (prev == LPAREN && c0 == ZERO) {
      start = s - 1;
    } else if (c0 != ZERO) {
      if (isMsisdn(ctx, s, runEnd)) {
        int verdict = ctx.verdict(PHONE, s, 14);
        out.push_back(Finding{PHONE, s, runEnd, verdict < 0 ? 0.35 : 0.7, DETECTOR});
        lastEnd = runEnd;
      }
      return;
    }
    if (runEnd - s < MIN_DIGITS) {
      // The same bound along the whole chain of runs.
      int digits = runEnd - s;
      for (int q = r + 2; q + 1 < m && digits < MIN_DIGITS && R[q] - R[q - 1] <= 6; q += 2) {
        // Only separators and parentheses stand between the digits of a reading.
        bool joined = true;
        for (int k = R[q - 1]; k < R[q]; k++) {
          int c = text[k];
          if (!isSeparator(c) && c != LPAREN && c != RPAREN) joined = false;
        }
        if (!joined) break;
        digits += R[q + 1] - R[q];
      }
      if (digits < MIN_DIGITS) return;
    }
    // A number opening with its + stands on its own after any punctuation (plusStandsAlone).
    const bool plusAlone = text[start] == PLUS && !isAlnum(ctx.at(start - 1)) && ctx.at(start - 1) != UNDERSCORE;
    if (!(freeOnLeft(ctx, start, ctx.commaCells()) || plusAlone) || ctx.at(start - 1) == PLUS) return;
    int end = takeValid(ctx, start, reading, out);
    // "(06-41234567)": the parenthesis opens a whole number, not an area code such as "(020)".
    if (end < 0 && start == s - 1 && c0 == ZERO) end = takeValid(ctx, s, reading, out);
    if (end >= 0) lastEnd = end;
  });
}

}  // namespace gs
