// Mirrors src/pii/detectors/postal-address.ts (detector 'street-address'). The JS regexes are
// matched by hand here; each helper notes which regex it stands for, with its backtracking.
#include "../dates.h"
#include "../engine.h"

namespace gs {
namespace {

constexpr int DETECTOR = 11;

constexpr u16view DUTCH_SUFFIXES[] = {
    u"straat", u"straatje", u"weg",   u"laan",    u"laantje",  u"plein",     u"pleintje", u"gracht", u"kade",
    u"singel", u"dijk",     u"dreef", u"hof",     u"park",     u"pad",       u"steeg",    u"markt",  u"baan",
    u"ring",   u"wal",      u"haven", u"veld",    u"boulevard", u"allee",    u"plantsoen", u"erf",   u"oord",
    u"poort",  u"kanaal",   u"vaart", u"brink",   u"promenade", u"vest",     u"veste",    u"weide",  u"akker",
    u"hoeve",  u"kamp",     u"wetering", u"zoom", u"horst",    u"gang",      u"hoek",     u"kant",
    // Groningen's canal streets; German streets across the border.
    u"diep",   u"stra\u00dfe", u"strasse", u"platz", u"gasse", u"damm",
};

constexpr u16view STANDALONE[] = {
    u"singel", u"dam", u"brink", u"markt", u"laan", u"plein", u"kade", u"gracht", u"weg",       u"straat", u"dijk",
    u"dreef",  u"ring", u"vest", u"wal",   u"burgwal", u"hof", u"park", u"boulevard", u"plantsoen", u"haven",
};

constexpr u16view ENGLISH_FULL[] = {
    u"Street", u"Road",    u"Avenue",  u"Lane",  u"Drive", u"Close", u"Court", u"Way",     u"Place", u"Square",
    u"Boulevard", u"Terrace", u"Crescent", u"Gardens", u"Grove", u"Row", u"Mews", u"Parkway", u"Hill", u"Walk",
};
constexpr u16view ENGLISH_ABBREVIATED[] = {u"St", u"Rd", u"Ave", u"Ln", u"Dr", u"Ct", u"Pl", u"Sq", u"Blvd"};

/**
 * A word set that first checks the first character and length against the words it holds: most
 * words asked about (any capitalised word before a number) fail that without a hash lookup.
 */
class QuickSet {
 public:
  QuickSet(std::initializer_list<const char16_t*> words) : set_(words) {
    for (const char16_t* w : words) {
      int len = (int)std::char_traits<char16_t>::length(w);
      lengths_[w[0]] |= 1u << len;
    }
  }
  bool has(const char16_t* s, int from, int to) const {
    unsigned len = (unsigned)(to - from);
    int c = s[from];
    if (c >= 128 || len >= 32 || ((lengths_[c] >> len) & 1u) == 0) return false;
    return set_.has(s, from, to);
  }

 private:
  WordSet set_;
  uint32_t lengths_[128] = {};
};

const QuickSet& englishTypes() {
  static const QuickSet set{u"Street", u"Road",    u"Avenue",   u"Lane",    u"Drive", u"Close", u"Court",
                           u"Way",    u"Place",   u"Square",   u"Boulevard", u"Terrace", u"Crescent", u"Gardens",
                           u"Grove",  u"Row",     u"Mews",     u"Parkway", u"Hill",  u"Walk",  u"St",
                           u"Rd",     u"Ave",     u"Ln",       u"Dr",      u"Ct",    u"Pl",    u"Sq",
                           u"Blvd"};
  return set;
}

const QuickSet& particles() {
  static const QuickSet set{u"van", u"de", u"der", u"den", u"het", u"'t", u"op",
                           u"aan", u"ter", u"ten", u"te",  u"la",  u"le", u"du"};
  return set;
}

const QuickSet& leadingParticles() {
  static const QuickSet set{u"Van", u"De", u"Den", u"Het", u"'t", u"Ter", u"Ten"};
  return set;
}

const QuickSet& stopWords() {
  static const QuickSet set{
      u"Een",        u"In",         u"Op",           u"Aan",        u"Bij",         u"Naar",       u"Voor",
      u"Met",        u"Uit",        u"Om",           u"Te",         u"Tot",         u"Over",       u"Onder",
      u"Mijn",       u"Uw",         u"Ons",          u"Onze",       u"Zijn",        u"Haar",       u"Hun",
      u"Ik",         u"Wij",        u"We",           u"Je",         u"U",           u"Dit",        u"Dat",
      u"Deze",       u"Die",        u"Wat",          u"Waar",       u"Woon",        u"Woont",      u"Nieuw",
      u"The",        u"A",          u"An",           u"At",         u"On",          u"To",         u"From",
      u"Of",         u"And",        u"Or",           u"My",         u"Our",         u"Your",       u"Is",
      u"Was",        u"Please",     u"Dear",         u"Beste",      u"Geachte",     u"Adres",      u"Address",
      u"Woonadres",  u"Postadres",  u"Bezoekadres",  u"Factuuradres", u"Bezorgadres", u"Huisnummer", u"Nummer",
      u"Number",     u"Straat",     u"Street"};
  return set;
}

inline bool isAsciiAlnum(int c) { return isAsciiLetter(c) || isDigit(c); }

/**
 * Whether `word.toLowerCase()` of s[from, to) ends with the lower-case ASCII `tail`. No character
 * of the letter ranges lower-cases to ASCII except by folding A–Z (U+0130 gives "i̇", not ASCII),
 * so folding A–Z alone decides it.
 */
bool lowerEndsWith(const char16_t* s, int from, int to, u16view tail) {
  int len = (int)tail.size();
  if (to - from < len) return false;
  const char16_t* p = s + to - len;
  for (int k = 0; k < len; k++) {
    int c = p[k];
    if (c >= 65 && c <= 90) c += 32;
    if (c != tail[k]) return false;
  }
  return true;
}

/** `word.toLowerCase() === lower` for a lower-case ASCII word (see lowerEndsWith). */
bool lowerEquals(const char16_t* s, int from, int to, u16view lower) {
  return to - from == (int)lower.size() && lowerEndsWith(s, from, to, lower);
}

bool isStandalone(const char16_t* s, int from, int to) {
  for (u16view w : STANDALONE)
    if (lowerEquals(s, from, to, w)) return true;
  return false;
}

/**
 * The suffixes by the lower-case letter they end with, longest first, so that the first one that
 * matches is the one SUFFIX_RE finds (its leftmost start, the longest suffix).
 */
struct SuffixesByLast {
  signed char list[26][12];
  SuffixesByLast() {
    for (auto& l : list)
      for (auto& x : l) x = -1;
    constexpr int count = (int)(sizeof(DUTCH_SUFFIXES) / sizeof(DUTCH_SUFFIXES[0]));
    int used[26] = {};
    for (int len = 12; len >= 1; len--)
      for (int i = 0; i < count; i++)
        if ((int)DUTCH_SUFFIXES[i].size() == len) {
          int last = DUTCH_SUFFIXES[i][len - 1] - 'a';
          list[last][used[last]++] = (signed char)i;
        }
  }
};

bool isStreetWord(const char16_t* s, int from, int to) {
  static const SuffixesByLast byLast;
  if (to - from < 3) return false;
  int c = s[to - 1];
  if (c >= 65 && c <= 90) c += 32;
  if (c < 97 || c > 122) return false;
  int best = -1;
  for (signed char i : byLast.list[c - 97]) {
    if (i < 0) break;
    if (lowerEndsWith(s, from, to, DUTCH_SUFFIXES[i])) {
      best = i;
      break;
    }
  }
  if (best < 0) return false;
  int bestLen = (int)DUTCH_SUFFIXES[best].size();
  if (DUTCH_SUFFIXES[best] == u"ring" && lowerEndsWith(s, from, to, u"ering")) return false;
  // toLowerCase turns U+0130 into two code units.
  int lowerLength = to - from;
  for (int i = from; i < to; i++)
    if (s[i] == 0x130) lowerLength++;
  return lowerLength - bestLen >= 3 || isStandalone(s, from, to);
}

/** wordBefore: where the word ending at `end` starts, or -1 when there is none. */
int wordBefore(const ScanContext& ctx, int end) {
  const char16_t* text = ctx.s;
  int s = end;
  while (s > 0) {
    int c = text[s - 1];
    if (isLetter(c) || c == 39 || c == 0x2019 || (c == 45 && s < end) || (c == 46 && s == end)) s--;
    else break;
  }
  return s == end ? -1 : s;
}

bool capitalisedBefore(const ScanContext& ctx, int end) {
  const char16_t* text = ctx.s;
  int s = end;
  while (s > 0 && end - s < 40) {
    int c = text[s - 1];
    if (isLetter(c) || c == 39 || c == 0x2019 || c == 45 || c == 46) s--;
    else break;
  }
  int first = ctx.at(s);
  if (first == 39 || first == 0x2019) return true;
  if (!isUpperLetter(first)) return false;
  if (!isUpperLetter(ctx.at(s + 1))) return true;
  // In capitals only a street word: "KIEVITSTRAAT 120".
  return end - s >= 6 && isStreetWord(text, s, end);
}

bool isCapitalised(const char16_t* s, int from, int to) {
  return isUpperLetter(s[from]) || (to - from >= 2 && s[from] == 39 && s[from + 1] == 't');
}

/** waterSideBefore of postal-address.ts: where "NZ", "ZZ", "OZ" or "WZ" ending at `end` starts, or -1. */
int waterSideBefore(const ScanContext& ctx, int end) {
  const int s = end - 2;
  if (s < 2 || ctx.at(s - 1) != SPACE || ctx.at(s + 1) != u'Z') return -1;
  const int c = ctx.at(s);
  if (c != u'N' && c != u'Z' && c != u'O' && c != u'W') return -1;
  return isLetter(ctx.at(s - 2)) && capitalisedBefore(ctx, s - 1) ? s : -1;
}

/** initialsRunStart of postal-address.ts: where the initials ending right before `end` start, or -1. */
int initialsRunStart(const ScanContext& ctx, int end) {
  int start = -1;
  int k = end;
  while (ctx.at(k - 1) == DOT && isUpperLetter(ctx.at(k - 2)) && !isLetter(ctx.at(k - 3))) {
    start = k - 2;
    k = start;
    if (ctx.at(k - 1) == SPACE && ctx.at(k - 2) == DOT) k--;
  }
  return start;
}

struct Chain {
  int start;
  bool hasStreetWord;
  int words;
};

const WordSet& streetTitles() {
  static const WordSet w{u"Burg.", u"Kon.", u"Weth.", u"Past.", u"Dr.",   u"Prof.", u"Pr.",
                         u"St.",   u"Mr.",  u"Gen.",  u"Ds.",   u"Mgr.",  u"Jhr.",  u"Adm.",
                         u"Luit.", u"Kard.", u"Gebr.", u"Pres.", u"Ir.",  u"Burgem."};
  return w;
}

/** STREET_HEADS: "Korte Poten", "Lange Voorhout". */
const WordSet& streetHeads() {
  static const WordSet w{u"Korte", u"Lange", u"Achter", u"KORTE", u"LANGE", u"ACHTER"};
  return w;
}

Chain chainBack(const ScanContext& ctx, int lastStart, int lastEnd) {
  const char16_t* text = ctx.s;
  Chain chain{lastStart, isStreetWord(text, lastStart, lastEnd) || englishTypes().has(text, lastStart, lastEnd), 1};
  int at = lastStart;
  int pendingParticles = 0;
  while (chain.words + pendingParticles < 6 && ctx.at(at - 1) == SPACE) {
    int we = at - 1;
    int ws = wordBefore(ctx, we);
    if (ws < 0) break;
    if (particles().has(text, ws, we)) {
      pendingParticles++;
      at = ws;
      continue;
    }
    if (streetTitles().has(text, ws, we)) {
      // The title heads the name: it and the particles after it join, and the name starts there.
      chain.words += pendingParticles + 1;
      chain.start = ws;
      break;
    }
    if (text[we - 1] == 46 && chain.hasStreetWord) {
      // The initials of the street's namesake, and a title before them: "Dr. A.F. Philipsweg".
      int i = initialsRunStart(ctx, at - 1);
      if (i < 0) break;
      chain.words += pendingParticles + 1;
      chain.start = i;
      if (ctx.at(i - 1) == SPACE) {
        int ts = wordBefore(ctx, i - 1);
        if (ts >= 0 && streetTitles().has(text, ts, i - 1)) chain.start = ts;
      }
      break;
    }
    // PREPOSITION_HEADS of postal-address.ts: "In de Kamp", before particles, without a street word yet.
    if (pendingParticles > 0 && !chain.hasStreetWord) {
      static const WordSet prepositionHeads{u"In",     u"Op",    u"Aan",   u"Onder",  u"Over",   u"Bij",   u"Tussen",
                                            u"Langs",  u"Naast", u"Voor",  u"Boven",  u"Buiten", u"Binnen"};
      if (prepositionHeads.has(text, ws, we)) {
        chain.words += pendingParticles + 1;
        chain.start = ws;
        break;
      }
    }
    // A label heads the line, not the street: "Aansluitadres Zuiderdiep 43".
    if (!isCapitalised(text, ws, we) || stopWords().has(text, ws, we) || text[we - 1] == 46 ||
        lowerEndsWith(text, ws, we, u"adres"))
      break;
    chain.words += pendingParticles + 1;
    pendingParticles = 0;
    chain.start = ws;
    at = ws;
    if (!chain.hasStreetWord &&
        (isStandalone(text, ws, we) || isStreetWord(text, ws, we) || streetHeads().has(text, ws, we)))
      chain.hasStreetWord = true;
    if (leadingParticles().has(text, ws, we)) break;
  }
  return chain;
}

/** startsWithAsciiFolded of chars.ts on the context's text. */
bool startsWithLower(const ScanContext& ctx, int i, u16view word) {
  return startsWithAsciiFolded(ctx.s, ctx.n, i, word.data(), (int)word.size());
}

/** ordinalFloorEnd of postal-address.ts: "e verd." / "de verdieping" / "e etage" after a floor's digits, or -1. */
int ordinalFloorEnd(const ScanContext& ctx, int d) {
  for (u16view ordinal : {u16view(u"ste"), u16view(u"de"), u16view(u"e")}) {
    int len = (int)ordinal.size();
    if (!startsWithLower(ctx, d, ordinal) || ctx.at(d + len) != SPACE) continue;
    int w = d + len + 1;
    for (u16view floor : {u16view(u"verdieping"), u16view(u"verd."), u16view(u"etage")}) {
      int end = w + (int)floor.size();
      if (startsWithLower(ctx, w, floor) && (floor.back() == u'.' || !isAsciiAlnum(ctx.at(end)))) return end;
    }
    return -1;
  }
  return -1;
}

}  // namespace

bool isStreetWordAt(const char16_t* s, int from, int to) { return isStreetWord(s, from, to); }

namespace {

/** isAdditionWord of postal-address.ts: an addition word in either case, or a Roman floor number. */
bool isAdditionWord(const ScanContext& ctx, int from, int to) {
  int len = to - from;
  u16view w = ctx.view(from, to);
  if (w == u"II" || w == u"III" || w == u"IV") return true;
  if (len > 7) return false;
  char16_t lower[8];
  for (int i = 0; i < len; i++) lower[i] = (char16_t)(w[i] | 0x20);
  u16view l(lower, (size_t)len);
  return l == u"bis" || l == u"hs" || l == u"huis" || l == u"bg" || l == u"bv" || l == u"rd" || l == u"zw" ||
         l == u"hg" || l == u"boven" || l == u"zwart" || l == u"rood" || l == u"beneden";
}

/** endsCell of postal-address.ts: a text's end, a line break, a separator, a quote, a closing bracket. */
bool endsCell(int c) {
  return c == -1 || c == 10 || c == 13 || c == 44 || c == 59 || c == 124 || c == 9 || c == 34 || c == 39 || c == 41;
}

/** firstAdditionLength of postal-address.ts. */
int firstAddition(const ScanContext& ctx, int e) {
  int c = ctx.at(e);
  if (isAsciiLetter(c)) {
    int k = e + 1;
    while (isAsciiLetter(ctx.at(k))) k++;
    if (isAlnum(ctx.at(k))) return 0;
    if (k == e + 1) return 1;
    return isAdditionWord(ctx, e, k) || (k - e > 2 && isAdditionWord(ctx, e + 1, k)) ? k - e : 0;
  }
  if (c == 45 || c == 47) {
    int max = c == 45 ? 4 : 3;
    int k = e + 1;
    while (k <= e + max && isAsciiAlnum(ctx.at(k))) k++;
    return k == e + 1 || isAsciiAlnum(ctx.at(k)) ? 0 : k - e;
  }
  if (c != SPACE) return 0;
  int from = e + 1;
  int k = from;
  while (isAsciiLetter(ctx.at(k))) k++;
  int len = k - from;
  int next = ctx.at(k);
  if (len == 1 && isDigit(next)) {
    int d = k;
    while (d < k + 3 && isDigit(ctx.at(d))) d++;
    return isAsciiAlnum(ctx.at(d)) ? 0 : d - e;
  }
  if (len == 0) {
    int d = from;
    while (d < from + 2 && isDigit(ctx.at(d))) d++;
    if (d == from) return 0;
    int word = ctx.at(d) == 45 ? d + 1 : d;
    for (u16view floor : {u16view(u"hoog"), u16view(u"hg")}) {
      int after = word + (int)floor.size();
      if (startsWithLower(ctx, word, floor) && !isAsciiAlnum(ctx.at(after))) return after - e;
    }
    int ordinal = ordinalFloorEnd(ctx, d);
    if (ordinal >= 0) return ordinal - e;
    return endsCell(ctx.at(d)) ? d - e : 0;
  }
  if (isDigit(next) || next == 39 || next == 0x2019 || next == 45) return 0;
  // A Belgian box number: "52 bus 8" (additionLength of postal-address.ts).
  if (len == 3 && next == SPACE && startsWithLower(ctx, from, u"bus") && isDigit(ctx.at(k + 1))) {
    int d = k + 1;
    while (d < k + 5 && isDigit(ctx.at(d))) d++;
    if (!isAsciiAlnum(ctx.at(d))) return d - e;
  }
  if (len == 1) return 2;
  return isAdditionWord(ctx, from, k) ? 1 + len : 0;
}

/** furtherAdditionLength of postal-address.ts: after a letter addition, "-rd", " III", …; or 0. */
int furtherAddition(const ScanContext& ctx, int p) {
  int c = ctx.at(p);
  if (c == 45) {
    int k = p + 1;
    while (k <= p + 4 && isAsciiAlnum(ctx.at(k))) k++;
    return k == p + 1 || isAlnum(ctx.at(k)) ? 0 : k - p;
  }
  if (c != SPACE) return 0;
  int k = p + 1;
  // A floor or unit number where the line or cell ends: "108B 1,".
  while (k < p + 3 && isDigit(ctx.at(k))) k++;
  if (k > p + 1) return endsCell(ctx.at(k)) ? k - p : 0;
  while (isAsciiLetter(ctx.at(k))) k++;
  int after = ctx.at(k);
  if (k == p + 1 || isAlnum(after) || after == 45 || after == 39 || after == 0x2019) return 0;
  // An entrance letter ("82c A") or an addition word ("120B rd").
  return (k == p + 2 && isUpperAscii(ctx.at(p + 1))) || isAdditionWord(ctx, p + 1, k) ? k - p : 0;
}

}  // namespace

/** additionLength of postal-address.ts: the house-number addition at e, or 0. */
int additionAt(const ScanContext& ctx, int e) {
  int first = firstAddition(ctx, e);
  if (first == 1 && isAsciiLetter(ctx.at(e))) return 1 + furtherAddition(ctx, e + 1);
  return first;
}

namespace {

/** [1-9]\d{3} ?[A-Z]{2}(?![A-Za-z]) at p. */
bool postcodeAt(const ScanContext& ctx, int p) {
  int c = ctx.at(p);
  if (c < '1' || c > '9' || !isDigit(ctx.at(p + 1)) || !isDigit(ctx.at(p + 2)) || !isDigit(ctx.at(p + 3))) return false;
  int q = p + 4;
  if (ctx.at(q) == SPACE) q++;
  return isUpperAscii(ctx.at(q)) && isUpperAscii(ctx.at(q + 1)) && !isAsciiLetter(ctx.at(q + 2));
}

/** POSTCODE_AFTER = /(?:,? ?|\r?\n[ \t]*)<postcode>/y at p. */
bool postcodeAfter(const ScanContext& ctx, int p) {
  int q = p;
  if (ctx.at(q) == COMMA) q++;
  if (ctx.at(q) == SPACE) q++;
  if (postcodeAt(ctx, q)) return true;
  q = p;
  if (ctx.at(q) == CR) q++;
  if (ctx.at(q) != NEWLINE) return false;
  q++;
  // `\r?\n[ \t]*`: the postcode line may be indented.
  while (ctx.at(q) == SPACE || ctx.at(q) == TAB) q++;
  return postcodeAt(ctx, q);
}

bool matchesAt(const ScanContext& ctx, int p, u16view w) {
  if (p + (int)w.size() > ctx.n) return false;
  for (size_t k = 0; k < w.size(); k++)
    if (ctx.s[p + k] != w[k]) return false;
  return true;
}

/** (?:FULL|(?:ABBREVIATED)\.?)(?![A-Za-z]) at p: the length, or 0. */
int streetTypeAt(const ScanContext& ctx, int p) {
  for (u16view w : ENGLISH_FULL) {
    int after = p + (int)w.size();
    if (matchesAt(ctx, p, w) && !isAsciiLetter(ctx.at(after))) return (int)w.size();
  }
  for (u16view w : ENGLISH_ABBREVIATED) {
    if (!matchesAt(ctx, p, w)) continue;
    int after = p + (int)w.size();
    // \.? takes the dot first and gives it back when a letter follows it.
    if (ctx.at(after) == DOT && !isAsciiLetter(ctx.at(after + 1))) return (int)w.size() + 1;
    if (!isAsciiLetter(ctx.at(after))) return (int)w.size();
  }
  return 0;
}

/**
 * ENGLISH_ADDRESS at s: the length of the match, or 0.
 * \d{1,5}[A-Za-z]?(?:-\d{1,5})? (?:[A-Z][a-z'’]+ ){1,3}<street type>(?![A-Za-z])
 * The name words are fixed by the spaces that end them; the group takes as many as it can (up
 * to three) and gives them back one by one until a street type follows.
 */
int englishAddressAt(const ScanContext& ctx, int s) {
  int p = s;
  while (p < s + 5 && isDigit(ctx.at(p))) p++;
  if (p == s) return 0;
  if (isAsciiLetter(ctx.at(p))) p++;
  if (ctx.at(p) == DASH) {
    int k = p + 1;
    while (k < p + 6 && isDigit(ctx.at(k))) k++;
    if (k == p + 1 || ctx.at(k) != SPACE) return 0;
    p = k;
  }
  if (ctx.at(p) != SPACE) return 0;
  p++;
  int after[4];
  after[0] = p;
  int words = 0;
  while (words < 3) {
    int q = after[words];
    if (!isUpperAscii(ctx.at(q))) break;
    int k = q + 1;
    for (;;) {
      int c = ctx.at(k);
      if (isLowerAscii(c) || c == 39 || c == 0x2019) k++;
      else break;
    }
    if (k == q + 1 || ctx.at(k) != SPACE) break;
    after[++words] = k + 1;
  }
  for (int w = words; w >= 1; w--) {
    int len = streetTypeAt(ctx, after[w]);
    if (len > 0) return after[w] + len - s;
  }
  return 0;
}

/** LOWER_TITLES of postal-address.ts: "burg. pabstlaan", "graaf florisstraat". */
const WordSet& lowerTitles() {
  static const WordSet w{u"graaf",  u"gravin",    u"koning",   u"koningin", u"prins",        u"prinses",
                         u"burg.",  u"burgem.",   u"burgemeester", u"wethouder", u"weth.",    u"dokter",
                         u"dr.",    u"mr.",       u"prof.",    u"professor", u"generaal",    u"gen.",
                         u"admiraal", u"adm.",    u"kon.",     u"sint",     u"st.",          u"v."};
  return w;
}
const WordSet& lowerParticles() {
  static const WordSet w{u"van", u"de", u"der", u"den", u"het", u"'t", u"ter", u"ten"};
  return w;
}
const WordSet& lowerStreetHeads() {
  static const WordSet w{u"korte", u"lange", u"achter"};
  return w;
}

/** lowerWordBefore of postal-address.ts: the lower-case word ending before the space at p - 1; its start, or -1. */
int lowerWordBefore(const ScanContext& ctx, int p) {
  if (ctx.at(p - 1) != SPACE) return -1;
  int end = p - 1;
  int w = end;
  if (ctx.at(w - 1) == 46) w--;
  while (w > 0 && end - w <= 14 && (isLowerLetter(ctx.s[w - 1]) || ctx.s[w - 1] == 39)) w--;
  if (w == end || isLetter(ctx.at(w - 1)) || isDigit(ctx.at(w - 1))) return -1;
  return w;
}

/** lowerStreetStart of postal-address.ts: a lower-case street ending at `end`, with titles before it; or -1. */
int lowerStreetStart(const ScanContext& ctx, int end) {
  int w = end;
  while (w > 0 && end - w <= 40 && isLowerLetter(ctx.s[w - 1])) w--;
  if (end - w < 3) return -1;
  int b = ctx.at(w - 1);
  if (isLetter(b) || isDigit(b) || b == 45 || b == 46 || b == 39 || b == 0x2019) return -1;
  int start;
  if (end - w >= 7 && isStreetWord(ctx.s, w, end))
    start = w;
  else {
    // The heads end in "e" or "r": most words before a number are past this at one character.
    int last = ctx.at(w - 2);
    if (last != 101 && last != 114) return -1;
    int head = lowerWordBefore(ctx, w);
    if (head < 0 || !lowerStreetHeads().has(ctx.s, head, w - 1)) return -1;
    start = head;
  }
  for (int k = 0; k < 3; k++) {
    int before = lowerWordBefore(ctx, start);
    if (before < 0) break;
    int be = start - 1;
    if (lowerTitles().has(ctx.s, before, be) || lowerEquals(ctx.s, before, be, u"van"))
      start = before;
    else if (lowerParticles().has(ctx.s, before, be)) {
      // Another particle only behind a title: "adm. de ruijterweg", not "naar de kerkstraat".
      int title = lowerWordBefore(ctx, before);
      if (title < 0 || !lowerTitles().has(ctx.s, title, before - 1)) break;
      start = title;
    } else
      break;
  }
  return start;
}

/** postcodeAnyCaseAt: [1-9]\d{3} ?[A-Za-z]{2}, no letter after. */
bool postcodeAnyCaseAt(const ScanContext& ctx, int p) {
  int c = ctx.at(p);
  if (c < 49 || c > 57 || !isDigit(ctx.at(p + 1)) || !isDigit(ctx.at(p + 2)) || !isDigit(ctx.at(p + 3))) return false;
  int q = p + 4;
  if (ctx.at(q) == SPACE) q++;
  return isAsciiLetter(ctx.at(q)) && isAsciiLetter(ctx.at(q + 1)) && !isLetter(ctx.at(q + 2));
}

/** addressCueRightBefore of postal-address.ts: a cue within NEAR_CUE (20), same clause, outside a table. */
bool addressCueRightBefore(ScanContext& ctx, int start) {
  int d = ctx.contextDistance(POSTAL_ADDRESS, start, 20);
  if (d < 0 || ctx.columnHeader(start) != nullptr) return false;
  for (int i = start - d; i < start; i++) {
    int c = ctx.s[i];
    if (c == 59 || c == 46 || c == 33 || c == 63 || c == 10) return false;
  }
  return true;
}

/** lowerPostcodeAfter of postal-address.ts: lower-case postcode letters after a capitalised street's number. */
bool lowerPostcodeAfter(const ScanContext& ctx, int p) {
  int q = p;
  if (ctx.at(q) == COMMA) q++;
  if (ctx.at(q) == SPACE)
    q++;
  else if (q == p) {
    if (ctx.at(q) == CR) q++;
    if (ctx.at(q) != NEWLINE) return false;
    q++;
    while (ctx.at(q) == SPACE || ctx.at(q) == TAB) q++;
  }
  int c = ctx.at(q);
  if (c < '1' || c > '9' || !isDigit(ctx.at(q + 1)) || !isDigit(ctx.at(q + 2)) || !isDigit(ctx.at(q + 3))) return false;
  int l = q + 4;
  if (ctx.at(l) == SPACE) l++;
  int a = ctx.at(l), b = ctx.at(l + 1);
  if (!(a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z') || isLetter(ctx.at(l + 2))) return false;
  // NOT_POSTCODE_LETTERS: words and units.
  static const WordSet notPostcode{u"en", u"in", u"op", u"de", u"is", u"te", u"ik", u"om", u"er", u"al", u"nu",
                                   u"zo", u"of", u"an", u"at", u"be", u"by", u"do", u"go", u"he", u"if", u"it",
                                   u"me", u"my", u"no", u"on", u"or", u"so", u"to", u"up", u"us", u"we", u"am",
                                   u"as", u"ja", u"je", u"ze", u"na", u"uw", u"da", u"kb", u"mb", u"gb", u"tb",
                                   u"ms", u"km", u"kg", u"mg", u"ml", u"cm", u"mm", u"px", u"pt", u"hz", u"kw",
                                   u"mw", u"gw"};
  return !notPostcode.has(ctx.s, l, l + 2);
}

/** postcodeAfterLowerStreet: past spaces and one separator (, | ;) or a line break. */
bool postcodeAfterLowerStreet(const ScanContext& ctx, int p) {
  int q = p;
  for (int k = 0; k < 2 && ctx.at(q) == SPACE; k++) q++;
  int sep = ctx.at(q);
  if (sep == 44 || sep == 124 || sep == 59) {
    q++;
    for (int k = 0; k < 2 && ctx.at(q) == SPACE; k++) q++;
  } else if (sep == 13 || sep == 10) {
    if (sep == 13) q++;
    if (ctx.at(q) != 10) return false;
    q++;
  }
  return postcodeAnyCaseAt(ctx, q);
}

/** endsWithWordLower of postal-address.ts: `word` ending at `end`, in either case, as a whole word. */
bool endsWithWordLower(const ScanContext& ctx, int end, u16view word) {
  int start = end - (int)word.size();
  if (start < 0 || isAsciiAlnum(ctx.at(start - 1))) return false;
  return startsWithLower(ctx, start, word);
}

inline bool endsHouseNumber(int c) {
  return c == -1 || c == 10 || c == 13 || c == 44 || c == 46 || c == 41 || c == 59 || c == 63 || c == 33 || c == 124;
}

/** afterPostcode of postal-address.ts: "9728 WL nr 5", "4001 EJ, 17-H". */
bool afterPostcode(const ScanContext& ctx, int s, int e) {
  int k = s - 1;
  while (ctx.at(k) == SPACE) k--;
  if (endsWithWordLower(ctx, k + 1, u"nr."))
    k -= 3;
  else if (endsWithWordLower(ctx, k + 1, u"nr"))
    k -= 2;
  else if (ctx.at(k) == 44)
    k--;
  else if (k == s - 1)
    return false;
  while (ctx.at(k) == SPACE) k--;
  auto endsAt = [&](int p, bool spaced) {
    return postcodeAnyCaseAt(ctx, p) && !isAsciiAlnum(ctx.at(p - 1)) && (ctx.at(p + 4) == SPACE) == spaced;
  };
  if (!endsAt(k - 5, false) && !endsAt(k - 6, true)) return false;
  return endsHouseNumber(ctx.at(e + additionAt(ctx, e)));
}

/** houseNumberCue of postal-address.ts: a key, a cue or a postcode before the digits at `s`. */
bool houseNumberCue(const ScanContext& ctx, int s, int e) {
  int b = ctx.at(s - 1);
  if (b == 61) {
    for (u16view key : {u16view(u"huisnummer"), u16view(u"housenumber"), u16view(u"house_number"), u16view(u"huisnr"),
                        u16view(u"hnr"), u16view(u"housenr")})
      if (endsWithWordLower(ctx, s - 1, key)) return true;
    return false;
  }
  if (b != SPACE) return false;
  // Every cue ends in r, j, t, o or a dot: most numbers are past the cues at one character.
  int last = ctx.at(s - 2) | 32;
  if (last == 114 || last == 106 || last == 116 || last == 111 || last == 46) {
    for (u16view cue : {u16view(u"bellen bij"), u16view(u"ring at"), u16view(u"pc+hnr"), u16view(u"pc+no"),
                        u16view(u"hnr"), u16view(u"huisnr"), u16view(u"huisnr."), u16view(u"huisnummer"),
                        u16view(u"house number"), u16view(u"house no"), u16view(u"house no.")})
      if (endsWithWordLower(ctx, s - 1, cue)) return true;
  }
  return afterPostcode(ctx, s, e);
}

/** text[i], or -1 outside the text, read without a branch. */
inline int clampedAt(const char16_t* text, int n, int i) {
  bool in = (unsigned)i < (unsigned)n;
  int c = text[in ? i : 0];
  return in ? c : -1;
}
}  // namespace

void find_postal_address(ScanContext& ctx, std::vector<Finding>& out) {
  const std::vector<int>& runs = ctx.digitRuns();
  const char16_t* text = ctx.s;
  const int n = ctx.n;
  const int* run = runs.data();
  const size_t count = runs.size() & ~(size_t)1;
  if (count == 0) return;
  // Most numbers have neither the space before of the Dutch order ("Kerkstraat 12") nor the space
  // after of the English one ("221B Baker Street"). Those are picked out without branches first;
  // the rest could not have found anything nor moved lastEnd.
  thread_local std::vector<int> picked;
  if (picked.size() < count / 2) picked.resize(count / 2);
  int* pick = picked.data();
  int k = 0;
  // A coarse sieve, cheap to compute: the Dutch order has a space before the number, the English
  // one a space right after it or after its one-letter addition, a keyed house number an `=`.
  auto sieve = [&](size_t r, int b1, int a0, int a1) {
    const int s = run[r];
    pick[k] = (int)r;
    k += ((unsigned)(run[r + 1] - s) <= 5u) & (text[s] != 48) &
         ((b1 == SPACE) | (b1 == 61) | (a0 == SPACE) | (a1 == SPACE));
  };
  auto clamped = [&](size_t r) {
    sieve(r, clampedAt(text, n, run[r] - 1), clampedAt(text, n, run[r + 1]), clampedAt(text, n, run[r + 1] + 1));
  };
  // Only the first run can start the text and only the last end it (or end one before its end):
  // the runs between are read without bounds checks.
  const size_t last = count - 2;
  clamped(0);
  for (size_t r = 2; r < last; r += 2) sieve(r, text[run[r] - 1], text[run[r + 1]], text[run[r + 1] + 1]);
  if (last > 0) clamped(last);
  int lastEnd = 0;
  for (int i = 0; i < k; i++) {
    size_t r = (size_t)pick[i];
    int s = run[r];
    int e = run[r + 1];
    int before = s > 0 ? text[s - 1] : -1;
    int next = e < n ? text[e] : -1;
    if (s < lastEnd) continue;
    if (before != SPACE && before != 61 && next != SPACE && !isLetter(next)) continue;
    int start = -1;
    int end = e;
    const int side = before == SPACE ? waterSideBefore(ctx, s - 1) : -1;
    if (before == SPACE && isLetter(ctx.at(s - 2)) && !isDigit(next) && (side >= 0 || capitalisedBefore(ctx, s - 1))) {
      // "Vaart ZZ 230B": the side of the water belongs to the street; its name stands before it.
      const int lastEnd = side >= 0 ? side - 1 : s - 1;
      int lastStart = wordBefore(ctx, lastEnd);
      if (lastStart >= 0 && isCapitalised(text, lastStart, lastEnd) && !stopWords().has(text, lastStart, lastEnd)) {
        int add = additionAt(ctx, e);
        if (add > 0) end = e + add;
        Chain chain = chainBack(ctx, lastStart, lastEnd);
        if (chain.hasStreetWord) start = chain.start;
        else if (chain.words <= 3) {
          // Any other name: a postcode after it, or an address cue before it — not a date near the cue.
          if (postcodeAfter(ctx, end))
            start = chain.start;
          else if (WrittenDate date; monthNumber(text, lastStart, lastEnd) == 0 && !readDate(text, n, s, date) &&
                   (lowerPostcodeAfter(ctx, end) || addressCueRightBefore(ctx, chain.start)))
            start = chain.start;
        }
      }
    }
    else if (before == SPACE && isLowerLetter(ctx.at(s - 2)) && !isDigit(next) && !capitalisedBefore(ctx, s - 1)) {
      // A street typed in lower case counts with a postcode after it or an address cue before.
      int lower = lowerStreetStart(ctx, s - 1);
      if (lower >= 0) {
        int addEnd = e + additionAt(ctx, e);
        if (postcodeAfterLowerStreet(ctx, addEnd) || ctx.verdict(POSTAL_ADDRESS, lower) > 0) {
          start = lower;
          end = addEnd;
        }
      }
    }
    if (start < 0 && !isLetter(before) && !isDigit(before)) {
      // "221B Baker Street": the number first, English style.
      int nameAt = next == SPACE ? e + 1 : e + 2;
      if ((next == SPACE || (isLetter(next) && ctx.at(e + 1) == SPACE)) && isUpperLetter(ctx.at(nameAt))) {
        int len = englishAddressAt(ctx, s);
        if (len > 0) {
          start = s;
          end = s + len;
        }
      }
    }
    if (start < 0 && (before == SPACE || before == 61) && !isDigit(next)) {
      // A house number on its own, where a key, a cue or a postcode says it is one.
      if (houseNumberCue(ctx, s, e)) {
        start = s;
        end = e + additionAt(ctx, e);
      }
    }
    if (start < 0 || start < lastEnd) continue;
    double score = ctx.verdict(POSTAL_ADDRESS, start) > 0 ? 0.95 : 0.85;
    out.push_back(Finding{POSTAL_ADDRESS, start, end, score, DETECTOR});
    lastEnd = end;
  }
}

}  // namespace gs
