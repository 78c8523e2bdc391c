// Mirrors src/pii/detectors/iban.ts: IBANs by country length and the MOD 97-10 checksum.
#include <array>
#include <cstdint>
#include <vector>

#include "../checksums.h"
#include "../engine.h"

namespace gs {

namespace {

constexpr int DETECTOR = 1;

/** ibanLengths as a 26 × 26 table on the upper-case country code; 0 where there is none. */
const std::array<uint8_t, 26 * 26>& ibanLengths() {
  static const std::array<uint8_t, 26 * 26> table = [] {
    std::array<uint8_t, 26 * 26> t{};
    const char* list =
        "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27 DK18 "
        "DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HN28 HR21 HU28 IE22 IL23 "
        "IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19 MN20 MR27 "
        "MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31 SD18 SE24 SI19 "
        "SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
    for (const char* p = list; *p; p += 5) {
      t[(p[0] - 'A') * 26 + (p[1] - 'A')] = (uint8_t)((p[2] - '0') * 10 + (p[3] - '0'));
      if (!p[4]) break;
    }
    return t;
  }();
  return table;
}

inline int upper(int c) { return isLowerAscii(c) ? c - 32 : c; }

/** readIban: the end offset, the compact upper-case form in buf; -1 when the shape is wrong. */
int readIban(const ScanContext& ctx, int start, int length, char16_t* buf) {
  int len = 0;
  int i = start;
  while (len < length && i < ctx.n) {
    int c = ctx.s[i];
    if (isAlnum(c) && c < 128) {
      buf[len++] = (char16_t)upper(c);
      i++;
    } else if (c == SPACE && len % 4 == 0 && isAlnum(ctx.at(i + 1)))
      i++;
    else
      break;
  }
  if (len != length || isAlnum(ctx.at(i))) return -1;
  return i;
}

/**
 * isValidIbanChecksum for the compact form readIban makes (upper-case ASCII letters and digits
 * only), reducing mod 97 every seven characters instead of at each: 97 · 100⁷ fits in 64 bits.
 */
bool ibanChecksumOk(const char16_t* c, int n) {
  uint64_t r = 0;
  int pending = 0;
  for (int k = 0; k < n; k++) {
    const int ch = c[k + 4 < n ? k + 4 : k + 4 - n];
    r = ch <= '9' ? r * 10 + (uint64_t)(ch - '0') : r * 100 + (uint64_t)(ch - 'A' + 10);
    if (++pending == 7) {
      r %= 97;
      pending = 0;
    }
  }
  return r % 97 == 1;
}

}  // namespace

void find_iban(ScanContext& ctx, std::vector<Finding>& out) {
  const std::vector<int>& runs = ctx.digitRuns();
  const auto& lengths = ibanLengths();
  const char16_t* text = ctx.s;
  const int* run = runs.data();
  const int count = (int)(runs.size() & ~(size_t)1);
  // An IBAN's digits follow its two-letter country code. The few runs of two digits or more with
  // two ASCII letters (either case) right before them are picked out without branches first; the
  // rest could not have found anything nor moved lastEnd.
  thread_local std::vector<int> picked;
  if ((int)picked.size() < count / 2) picked.resize(count / 2);
  int* pick = picked.data();
  int k = 0;
  auto sieve = [&](int r, int b1, int b2) {
    pick[k] = r;
    k += (run[r + 1] - run[r] >= 2) & ((unsigned)((b1 | 32) - 'a') < 26u) & ((unsigned)((b2 | 32) - 'a') < 26u);
  };
  // Every run after the first starts at 2 or later (a run and a gap before it), so only the first
  // is read with a bounds check.
  if (count > 0 && run[0] >= 2) sieve(0, text[run[0] - 1], text[run[0] - 2]);
  for (int r = 2; r < count; r += 2) sieve(r, text[run[r] - 1], text[run[r] - 2]);
  char16_t compact[40];
  int lastEnd = 0;
  for (int i = 0; i < k; i++) {
    const int s = run[pick[i]];
    if (s < lastEnd) continue;
    const int a = text[s - 2];
    const int b = text[s - 1];
    const bool isUpper = isUpperAscii(a) && isUpperAscii(b);
    if (!isUpper && !(isLowerAscii(a) && isLowerAscii(b))) continue;
    if (isLetter(ctx.at(s - 3)) || isDigit(ctx.at(s - 3))) continue;
    const int length = lengths[(upper(a) - 'A') * 26 + (upper(b) - 'A')];
    if (length == 0) continue;
    const int end = readIban(ctx, s - 2, length, compact);
    if (end < 0 || !ibanChecksumOk(compact, length)) continue;
    const bool grouped = end - (s - 2) > length;
    // Lower case in groups scores the same whatever the context says, so it is not asked.
    const double score = isUpper ? (ctx.verdict(IBAN, s - 2) > 0 ? 1 : 0.95)
                         : grouped || ctx.verdict(IBAN, s - 2) > 0 ? 0.9
                                                                   : 0.75;
    out.push_back(Finding{IBAN, s - 2, end, score, DETECTOR});
    lastEnd = end;
  }
}

}  // namespace gs
