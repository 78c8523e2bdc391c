// Mirrors src/pii/organisation-contacts.ts: an organisation's contact points (role mailboxes,
// numbers a text asks to call, addresses and IBANs on a line naming a legal person, accounts paid
// to one) left out of a scan's findings. The JS module's comments say why each rule is so; the
// notes here say only where the code must keep the JS semantics.
#include <string>
#include <vector>

#include "engine.h"
#include "legal_forms.h"

namespace gs {

namespace {

struct Mark {
  u16view word;
  bool exact;
};

/** ORGANISATION_LABELS of the JS module, compared with A–Z folded (the legal forms come from legal_forms.h). */
constexpr u16view LABELS[] = {
    u"btw",          u"vat",          u"kvk",           u"k.v.k.",          u"chamber of commerce",
    u"handelsregister", u"creditor",  u"crediteur",     u"incassant",       u"bezoekadres",
    u"postadres",    u"vestigingsadres", u"hoofdkantoor", u"head office",   u"registered office",
    u"company address", u"bedrijfsadres", u"postbus",   u"p.o. box",        u"antwoordnummer",
};

/** MARKS_BY_FIRST and MAY_START: the marks by their first letter in lower case. */
struct MarkIndex {
  std::vector<const Mark*> byFirst[128];
  bool mayStart[128] = {};
  /**
   * Whether a mark may start with three code units, keyed by their low five bits after folding:
   * case and a rare collision only cost a comparison, and most word starts stop here. (Not in the
   * JS module: a filter only, it changes no answer.)
   */
  std::vector<bool> mayStart3 = std::vector<bool>(1 << 15);
  static int key3(int a, int b, int c) { return (((a | 32) & 31) << 10) | (((b | 32) & 31) << 5) | ((c | 32) & 31); }
  /** LEGAL_FORMS (exact), then LABELS (folded): the JS module's order. */
  std::vector<Mark> marks;
  MarkIndex() {
    for (u16view form : LEGAL_FORMS) marks.push_back({form, true});
    for (u16view label : LABELS) marks.push_back({label, false});
    for (const Mark& m : marks) {
      int first = m.word[0] | 32;
      byFirst[first].push_back(&m);
      mayStart[first] = true;
      mayStart[first & ~32] = true;
      if (m.word.size() > 2)
        mayStart3[key3(m.word[0], m.word[1], m.word[2])] = true;
      else
        for (int c = 0; c < 32; c++) mayStart3[key3(m.word[0], m.word[1], c)] = true;
    }
  }
};

const MarkIndex& markIndex() {
  static const MarkIndex index;
  return index;
}

/** Whether s holds `word` at i: as written, or with A–Z folded (`word` in lower case). */
bool startsWithAt(const char16_t* s, int n, int i, u16view word, bool folded) {
  int len = (int)word.size();
  if (folded) return startsWithAsciiFolded(s, n, i, word.data(), len);
  if (i < 0 || i + len > n) return false;
  for (int k = 0; k < len; k++)
    if (s[i + k] != word[k]) return false;
  return true;
}

inline bool startsWithFolded(const char16_t* s, int n, int i, u16view word) { return startsWithAt(s, n, i, word, true); }

/** organisationMarkEnd of the JS module. */
int organisationMarkEnd(const char16_t* s, int n, int from, int to, bool formsOnly) {
  const MarkIndex& index = markIndex();
  for (int i = from; i < to; i++) {
    int c = s[i];
    if (c >= 128 || !index.mayStart[c] || (i > 0 && isAlnum(s[i - 1]))) continue;
    if (i + 2 < n && !index.mayStart3[MarkIndex::key3(c, s[i + 1], s[i + 2])]) continue;
    for (const Mark* m : index.byFirst[c | 32]) {
      if (formsOnly && !m->exact) continue;
      if (!startsWithAt(s, n, i, m->word, !m->exact)) continue;
      int end = i + (int)m->word.size();
      if (m->word.back() != u'.' && end < n && isAlnum(s[end])) continue;
      if (m->exact && (i < 2 || s[i - 1] != 32 || !isLetter(s[i - 2]))) continue;
      return end;
    }
  }
  return -1;
}

bool sentenceEndBetween(const char16_t* s, int from, int to) {
  for (int i = from; i < to - 1; i++) {
    int c = s[i];
    if ((c == 46 || c == 63 || c == 33) && s[i + 1] == 32) return true;
  }
  return false;
}

/**
 * isRoleMailbox: the local part before the first `@`, up to a "+tag", ASCII only, A–Z folded, in
 * the table the JS module hands over (roleMailboxes, src/pii/native/tables.ts).
 */
bool isRoleMailbox(const char16_t* s, int start, int end) {
  static const std::string name("roleMailboxes");
  int at = start;
  while (at < end && s[at] != 64) at++;
  if (at == end) return false;
  char16_t local[64];
  int len = 0;
  for (int i = start; i < at; i++) {
    int c = s[i];
    if (c == 43 && i > start) break;
    if (c >= 128) return false;
    // No role is this long: the JS set lookup fails for it too.
    if (len == 64) return false;
    local[len++] = (char16_t)foldAscii(c);
  }
  return namedTable(name).has(local, 0, len);
}


bool onlyBlanks(const char16_t* s, int from, int to) {
  if (to <= from) return false;
  for (int i = from; i < to; i++) {
    int c = s[i];
    if (c != 32 && c != 9 && c != 0xa0) return false;
  }
  return true;
}

/** asksToCall of the JS module, on s[from, to) (at most CALL_WINDOW, 80, long: 40 words at most). */
bool asksToCall(const char16_t* s, int n, int from, int to) {
  int words[2 * 48];
  int count = 0;
  auto is = [&](int k, std::initializer_list<u16view> list) {
    return isWordOfFolded(s, n, words[2 * k], words[2 * k + 1], list);
  };
  auto blanksBefore = [&](int k) { return k > 0 && onlyBlanks(s, words[2 * k - 1], words[2 * k]); };
  int cueEnd = -1;
  int i = from;
  while (i < to) {
    if (!isAsciiLetter(s[i])) {
      i++;
      continue;
    }
    int start = i;
    while (i < to && isAsciiLetter(s[i])) i++;
    if (count == 48) return false;  // unreachable for an 80-unit window
    words[2 * count] = start;
    words[2 * count + 1] = i;
    int k = count++;
    if (is(k, {u"us", u"ons"}) && blanksBefore(k) &&
        is(k - 1, {u"bel", u"belt", u"call", u"contact", u"reach", u"phone", u"ring"}))
      cueEnd = i;
    if (is(k, {u"bellen", u"bereiken"})) {
      for (int j = k - 1, gap = 0; j >= 0 && gap <= 2 && blanksBefore(j + 1); j--, gap++) {
        if (is(j, {u"ons"})) {
          cueEnd = i;
          break;
        }
      }
    }
    if (is(k, {u"bel", u"call"}) && k > 0 && is(k - 1, {u"vragen", u"questions"})) {
      int q = words[2 * k - 1];
      if (s[q] == 63 && onlyBlanks(s, q + 1, start)) cueEnd = i;
    }
  }
  if (cueEnd < 0) return false;
  for (int k = cueEnd; k < to; k++) {
    int c = s[k];
    if (c == 60) {
      int close = k + 1;
      while (close < to && s[close] != 62) close++;
      if (close < to) k = close;
    } else if (isDigit(c))
      return false;
  }
  return true;
}

bool paidToOrganisation(const char16_t* s, int n, int end) {
  static const u16view cues[] = {u"t.n.v.", u"tnv", u"t.n.v", u"ten name van", u"in the name of", u"on behalf of"};
  for (u16view cue : cues) {
    int i = 0;
    while (i <= 12 && !startsWithFolded(s, n, end + i, cue)) i++;
    if (i > 12) continue;
    int from = end + i + (int)cue.size();
    int to = from + 60 < n ? from + 60 : n;
    for (int k = from; k < to; k++) {
      int c = s[k];
      if (c == 10 || c == 63 || c == 33) to = k;
    }
    return organisationMarkEnd(s, n, from, to, true) >= 0;
  }
  return false;
}

inline bool isLineType(int type) { return type == POSTAL_ADDRESS || type == POSTCODE || type == IBAN; }

/** lineStartWithin of the JS module: the line's start within `max` units back, else at - max (≥ 0). */
int lineStartWithin(const char16_t* s, int at, int max) {
  int stop = at - max > 0 ? at - max : 0;
  for (int i = at - 1; i >= stop; i--)
    if (s[i] == NEWLINE) return i + 1;
  return stop;
}

/** organisationLineBefore of the JS module (MARK_WINDOW, 48). */
bool organisationLineBefore(const char16_t* s, int n, int start) {
  int mark = organisationMarkEnd(s, n, lineStartWithin(s, start, 48), start, false);
  return mark >= 0 && mark <= start && !sentenceEndBetween(s, mark, start);
}

inline int at(const char16_t* s, int n, int i) { return i >= 0 && i < n ? s[i] : -1; }


/** registrationAfter of the JS module (REGISTRATION_LABELS within MARK_WINDOW after `end`). */
bool registrationAfter(const char16_t* s, int n, int end) {
  static const u16view labels[] = {u"kvk", u"k.v.k.", u"btw", u"vat", u"chamber of commerce", u"handelsregister"};
  const int stop = end + 48 < n ? end + 48 : n;
  for (int i = end; i < stop; i++) {
    if (s[i] == NEWLINE) return false;
    // Every label starts with k, b, v, c or h: most characters end here.
    const int f = foldAscii(s[i]);
    if ((f != u'k' && f != u'b' && f != u'v' && f != u'c' && f != u'h') || isAlnum(at(s, n, i - 1))) continue;
    for (u16view label : labels) {
      if (!startsWithFolded(s, n, i, label) || isAlnum(at(s, n, i + (int)label.size()))) continue;
      return !sentenceEndBetween(s, end, i);
    }
  }
  return false;
}

/** poBoxAt of the JS module. */
bool poBoxAt(const char16_t* s, int n, int i) {
  static const u16view boxes[] = {u"postbus", u"p.o. box", u"po box", u"antwoordnummer"};
  for (u16view box : boxes) {
    const int after = i + (int)box.size();
    if (startsWithFolded(s, n, i, box) && at(s, n, after) == SPACE && isDigit(at(s, n, after + 1))) return true;
  }
  return false;
}

/** poBoxOrAfter of the JS module. */
bool poBoxOrAfter(const char16_t* s, int n, int start) {
  if (poBoxAt(s, n, start)) return true;
  const int lineStart = lineStartWithin(s, start, 48);
  if (lineStart == 0 || s[lineStart - 1] != NEWLINE) return false;
  if (start > lineStart && !onlyBlanks(s, lineStart, start)) return false;
  int i = lineStartWithin(s, lineStart - 1, 48);
  while (i < lineStart && (s[i] == SPACE || s[i] == TAB)) i++;
  return poBoxAt(s, n, i);
}

inline bool isListSeparator(int c) {
  return c == 32 || c == 9 || c == 61 || c == 58 || c == 91 || c == 40 || c == 44 || c == 34 || c == 39;
}
inline bool isHostChar(int c) { return isAlnum(c) || c == 45 || c == 95 || c == 46; }
inline bool isAddressChar(int c) { return isDigit(c) || c == 46 || (c >= 97 && c <= 102) || (c >= 65 && c <= 70); }

/** relayedVia of the JS module: a MAC address or a host in parentheses before "via". */
bool relayedVia(const char16_t* s, int via) {
  int i = via;
  while (i > 0 && s[i - 1] == 32) i--;
  if (i > 0 && s[i - 1] == 41) return true;
  int groups = 0, k = i;
  for (;;) {
    const int c = k > 0 ? s[k - 1] : -1;
    if (c == 58 || c == 45) groups++;
    else if (!isAddressChar(c)) break;
    k--;
  }
  return groups >= 5 && i - k >= 17;
}

/** systemAddress of the JS module: an IP address its line names as the organisation's own system. */
/** hostNameBefore of organisation-contacts.ts: a host name with a dot ends at `end`. */
bool hostNameBefore(const char16_t* s, int n, int end) {
  int w = end, dots = 0, letters = 0;
  while (w > 0 && end - w < 253 && isHostChar(s[w - 1])) {
    int c = s[w - 1];
    if (c == 46)
      dots++;
    else if (isLetter(c))
      letters++;
    w--;
  }
  return dots > 0 && letters > 1 && at(s, n, w - 1) != 64;
}

/** proxyOfForwardedLine of organisation-contacts.ts: the first field of a log line with an X-Forwarded-For field. */
bool proxyOfForwardedLine(const char16_t* s, int n, int start) {
  static const u16view keys[] = {u"xff", u"x-forwarded-for", u"x_forwarded_for", u"forwarded_for", u"forwarded-for"};
  constexpr int MAX_LOG_LINE = 4096;
  if (start > 0 && s[start - 1] != 10) return false;
  int end = start;
  while (end < n && s[end] != 10 && end - start <= MAX_LOG_LINE) end++;
  if (end - start > MAX_LOG_LINE) end = start + MAX_LOG_LINE < n ? start + MAX_LOG_LINE : n;
  for (int i = start + 7; i < end; i++) {
    int c = s[i];
    if (c != 61 && c != 58) continue;
    int k = i;
    while (k > start && isHostChar(s[k - 1])) k--;
    if (!isWordOfFolded(s, n, k, i, keys) || isAlnum(at(s, n, k - 1))) continue;
    int v = i + 1;
    while (v < end && (s[v] == 34 || s[v] == 39 || s[v] == 32)) v++;
    int digits = 0, separators = 0;
    for (int q = v; q < end && q < v + 8; q++) {
      int d = s[q];
      if (isDigit(d))
        digits++;
      else if (d == 46 || d == 58)
        separators++;
      else if (!isAddressChar(d))
        break;
    }
    if (digits > 0 && separators > 0) return true;
  }
  return false;
}

/** probeOfHealthCheck of organisation-contacts.ts: an access-log line asking for a health path. */
bool probeOfHealthCheck(const char16_t* s, int n, int start) {
  static const u16view paths[] = {u"/healthz", u"/health", u"/healthcheck", u"/health-check", u"/_health", u"/livez",
                                  u"/readyz",  u"/ping",   u"/status",      u"/server-status", u"/metrics"};
  if (start > 0 && s[start - 1] != 10) return false;
  int q = start;
  while (q < n && q - start < 200 && s[q] != 34 && s[q] != 10) q++;
  if (q >= n || s[q] != 34) return false;
  int p = q + 1;
  while (p - q <= 8 && isUpperAscii(at(s, n, p))) p++;
  if (p == q + 1 || at(s, n, p) != 32) return false;
  p++;
  int e = p;
  while (e < n && e - p < 40 && s[e] != 32 && s[e] != 63 && s[e] != 34) e++;
  return isWordOfFolded(s, n, p, e, paths);
}

bool systemAddress(const char16_t* s, int n, int start) {
  // A mail server as Postfix names it: "host mx.example.com[213.75.95.218]".
  if (at(s, n, start - 1) == 91 && hostNameBefore(s, n, start - 1)) return true;
  if (proxyOfForwardedLine(s, n, start) || probeOfHealthCheck(s, n, start)) return true;
  static const u16view labels[] = {u"nas-ip-address", u"nas-ipv6-address", u"nas",       u"via",
                                   u"gateway",        u"next_hop",         u"next-hop",  u"nexthop",
                                   u"resolver",       u"resolvers",        u"nameserver", u"nameservers",
                                   u"dns",            u"router",           u"relay",     u"server"};
  static const u16view by[] = {u"by"};
  static const u16view via[] = {u"via"};
  const int stop = start - 64 > 0 ? start - 64 : 0;
  int i = start;
  for (int listed = 0; listed <= 3; listed++) {
    bool opened = false;
    while (i > stop && isListSeparator(s[i - 1])) {
      if (s[i - 1] == 40) opened = true;
      i--;
    }
    int w = i;
    while (w > stop && isHostChar(s[w - 1])) w--;
    if (w == i) return false;
    if (isWordOfFolded(s, n, w, i, labels)) return !isWordOfFolded(s, n, w, i, via) || relayedVia(s, w);
    if (opened) {
      int b = w;
      while (b > stop && s[b - 1] == 32) b--;
      return b - 2 >= 0 && b < w && isWordOfFolded(s, n, b - 2, b, by) && !isAlnum(at(s, n, b - 3));
    }
    for (int k = w; k < i; k++)
      if (!isAddressChar(s[k])) return false;
    i = w;
  }
  return false;
}

bool isOrganisationContact(const char16_t* s, int n, const Finding& f) {
  if (f.type == EMAIL) return isRoleMailbox(s, f.start, f.end);
  if (f.type == PHONE) return asksToCall(s, n, lineStartWithin(s, f.start, 80), f.start);
  if (f.type == IP_ADDRESS) return systemAddress(s, n, f.start);
  if (!isLineType(f.type)) return false;
  if (organisationLineBefore(s, n, f.start)) return true;
  if (f.type != IBAN && (registrationAfter(s, n, f.end) || poBoxOrAfter(s, n, f.start))) return true;
  return f.type == IBAN && paidToOrganisation(s, n, f.end);
}

}  // namespace

void withoutOrganisationContacts(const char16_t* s, int n, std::vector<Finding>& findings) {
  size_t kept = 0;
  for (size_t i = 0; i < findings.size(); i++)
    if (!isOrganisationContact(s, n, findings[i])) findings[kept++] = findings[i];
  findings.resize(kept);
}

}  // namespace gs
