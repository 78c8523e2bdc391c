// Mirrors src/pii/checksums.ts: the check-digit algorithms, on UTF-16 views.
#include "checksums.h"

namespace gs {

namespace {

int alnumValue(int code) {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 65 + 10;
  if (code >= 97 && code <= 122) return code - 97 + 10;
  return -1;
}

// JS charCodeAt gives NaN outside the string, which no branch accepts: -1 stands for it here.
int codeOf(u16view s, long i) { return i >= 0 && i < (long)s.size() ? s[i] : -1; }

}  // namespace

int mod97(u16view s) {
  int r = 0;
  for (size_t i = 0; i < s.size(); i++) {
    int v = alnumValue(s[i]);
    if (v < 0) return -1;
    r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
  }
  return r;
}

bool isValidIbanChecksum(u16view iban) {
  if (iban.size() < 5) return false;
  // mod97 of iban.slice(4) + iban.slice(0, 4), without building the rearranged string.
  int r = 0;
  size_t n = iban.size();
  for (size_t k = 0; k < n; k++) {
    int v = alnumValue(iban[(k + 4) % n]);
    if (v < 0) return false;
    r = v < 10 ? (r * 10 + v) % 97 : (r * 100 + v) % 97;
  }
  return r == 1;
}

bool passesElevenProof(u16view digits) {
  if (digits.size() != 9) return false;
  long long sum = 0;
  for (int i = 0; i < 8; i++) sum += (long long)(9 - i) * ((int)digits[i] - 48);
  sum -= (int)digits[8] - 48;
  return sum != 0 && sum % 11 == 0;
}

bool passesLuhn(u16view digits) {
  long long sum = 0;
  bool dbl = false;
  for (long i = (long)digits.size() - 1; i >= 0; i--) {
    long long d = (int)digits[i] - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return digits.size() > 0 && sum % 10 == 0;
}

bool isValidGtin(u16view digits) {
  if (digits.size() < 8) return false;
  long long sum = 0;
  for (long i = (long)digits.size() - 2, w = 3; i >= 0; i--, w = 4 - w) sum += (long long)((int)digits[i] - 48) * w;
  return (10 - (sum % 10)) % 10 == (int)digits[digits.size() - 1] - 48;
}

int icaoCheckDigit(u16view field, int from, int to) {
  long long sum = 0;
  for (int i = from, w = 0; i < to; i++, w = (w + 1) % 3) {
    int c = codeOf(field, i);
    int v = c == 60 ? 0 : alnumValue(c);
    if (v < 0 || (c >= 97 && c <= 122)) return -1;
    sum += v * (w == 0 ? 7 : w == 1 ? 3 : 1);
  }
  return (int)(sum % 10);
}

}  // namespace gs
