// The native PII scanner: the same detectors as src/pii/detectors, ported rule for rule, so that
// scanText gives identical findings with either engine (test/pii-native.test.ts compares them on
// the corpora). The JavaScript engine stays the reference and the fallback where no compiler is.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "chars.h"

namespace gs {

using u16view = std::u16string_view;

/** PII types in the order of src/policy/schema.ts piiTypes (the JS side checks the order). */
enum PiiType : int {
  PERSON_NAME, EMAIL, PHONE, POSTAL_ADDRESS, POSTCODE, IBAN, BSN, PASSPORT_NUMBER, ID_CARD_NUMBER,
  MRZ, CREDIT_CARD, IP_ADDRESS, DATE_OF_BIRTH, GEO_COORDINATES, USER_AGENT, LICENCE_PLATE,
  PII_TYPE_COUNT
};

/** Cue kinds beyond the PII types (cue-index.ts extraKinds), in their order. */
enum ExtraCue : int { NOT_PERSONAL = PII_TYPE_COUNT, VERSION, MONEY, DOCUMENT, NAME_HOLDER, INTRODUCTION, EQUIPMENT };

/** cueBit(kind): one bit per PII type, then the extra kinds. */
constexpr int cueBit(int kind) { return 1 << kind; }

struct Finding {
  int type;
  int start;
  int end;
  double score;
  /** Index of the detector in src/pii/detectors/all.ts allDetectors (the JS side names it). */
  int detector;
};

/**
 * Words with a value, looked up by a range of a text (lexicon/hashed-words.ts): an open-addressing
 * table keyed by the characters, so a lookup neither slices nor allocates.
 */
class WordTable {
 public:
  WordTable() = default;
  explicit WordTable(const std::vector<std::pair<std::u16string, int>>& entries);
  /** The value of `s[from, to)`, or 0. Inline up to the filter, which answers most misses. */
  int get(const char16_t* s, int from, int to) const { return mayHave(s, from, to) ? find(s, from, to) : 0; }
  bool has(const char16_t* s, int from, int to) const { return get(s, from, to) != 0; }
  /** Convenience for a whole word. */
  int get(u16view word) const { return get(word.data(), 0, (int)word.size()); }

 private:
  /** One probe reads one slot: the word's hash, where its characters are, its length and value. */
  struct Slot {
    int32_t hash;
    int32_t start;
    int32_t length;  // -1: empty
    int32_t value;
  };
  /** The filter's hash of a word: its length and first and last units. */
  static uint64_t filterKey(const char16_t* s, int from, int to) {
    uint64_t first = to > from ? s[from] : 0;
    uint64_t last = to > from ? s[to - 1] : 0;
    return ((uint64_t)(uint32_t)(to - from) | first << 24 | last << 40) * 0x9E3779B97F4A7C15ull;
  }
  /** Whether some word of this length, first and last unit may be in the table (no false negatives). */
  bool mayHave(const char16_t* s, int from, int to) const {
    if (filter_.empty()) return false;
    uint64_t bit = filterKey(s, from, to) >> filterShift_;
    return (filter_[bit >> 6] >> (bit & 63)) & 1;
  }
  /** get past the filter: the table's probe. */
  int find(const char16_t* s, int from, int to) const;
  std::vector<Slot> slots_;
  uint32_t mask_ = 0;
  std::u16string chars_;
  std::vector<uint64_t> filter_;
  int filterShift_ = 64;
};

/** A word set (HashedWords). */
class WordSet {
 public:
  WordSet() = default;
  WordSet(std::initializer_list<const char16_t*> words);
  explicit WordSet(const std::vector<std::u16string>& words);
  bool has(const char16_t* s, int from, int to) const { return table_.get(s, from, to) != 0; }
  bool has(u16view w) const { return table_.get(w) != 0; }

 private:
  WordTable table_;
};

/** All cue words in one trie (cue-index.ts CueMatcher). */
class CueMatcher {
 public:
  /** entries: lower-case word, kinds mask. */
  explicit CueMatcher(const std::vector<std::pair<std::u16string, int>>& entries);
  /** Longest cue word starting at i: writes end and mask; false when none. */
  bool matchAt(const char16_t* s, int n, int i, int* end, int* mask) const;
  bool startsWith(int c) const { return firstChars_[c] == 1; }
  /** Unique per matcher made in this process (a freed matcher's address may be reused, its serial not). */
  uint64_t serial() const { return serial_; }
  /**
   * Whether a cue word may match at i (matchAt's answer can be yes), from up to three units: a
   * one-unit word, a two-unit word, or the first three units of a longer one. On the benchmark
   * corpus 20% of word starts pass this (54% passed a test of their first two units alone), 9%
   * start a cue word.
   */
  bool mayMatchAt(const char16_t* s, int n, int i) const {
    int a = column_[s[i]];
    if (a == 0) return false;
    if (singles_[a]) return true;
    if (i + 1 >= n) return false;
    int b = column_[s[i + 1]];
    if (b == 0) return false;
    if (pairs_[a * (width_ + 1) + b]) return true;
    if (i + 2 >= n) return false;
    uint32_t bit = tripleBit(a, b, column_[s[i + 2]]);
    return (triples_[bit >> 6] >> (bit & 63)) & 1;
  }

 private:
  int child(int node, int c) const {
    int col = column_[c];
    return col == 0 ? 0 : children_[node * width_ + col - 1];
  }
  void add(const std::u16string& word, int bit);
  /** The bit of a word's first three columns in triples_ (hashed: a false yes only costs a walk). */
  static uint32_t tripleBit(int a, int b, int c) {
    return ((uint32_t)a * 0x9E3779B1u ^ (uint32_t)b * 0x85EBCA6Bu ^ (uint32_t)c * 0xC2B2AE35u) >> 15;
  }
  /** Per column: a one-unit cue word; per pair of columns: a two-unit one (mayMatchAt). */
  std::vector<uint8_t> singles_;
  std::vector<uint8_t> pairs_;
  std::vector<uint64_t> triples_ = std::vector<uint64_t>(1 << 11, 0);
  std::vector<uint16_t> column_;
  int width_ = 1;
  std::vector<int32_t> children_;
  std::vector<int32_t> accept_;
  int nodes_ = 1;
  std::vector<uint8_t> firstChars_;
  uint64_t serial_;
};

/** Cue words found in a text: triples start, end, mask (cue-index.ts CueIndex). */
class CueIndex {
 public:
  std::vector<int32_t> cues;
  int length() const { return (int)(cues.size() / 3); }
  std::vector<int> endsOf(int bits) const;
  bool has(int bits) const;
  int distance(int bits, int pos, int size) const;

 private:
  int lastBefore(int pos) const;
};

/** table-header.ts TableHeader. */
struct TableHeader {
  char16_t delimiter;
  /** Lower case, `_`/`-` runs read as one space, quotes taken off. */
  std::vector<std::u16string> cells;
  /**
   * The cue index of each cell, for the matcher `cuesFor`: found once per header rather than once
   * per text, since an export's every row shares it. Headers are per thread, so no lock.
   */
  mutable std::vector<CueIndex> cellCues;
  /** The serial of the matcher cellCues were found with (0: none yet). */
  mutable uint64_t cuesFor = 0;
};

/** parseHeader: the line as a header row, or null (cached per line like the JS). */
std::shared_ptr<const TableHeader> parseHeader(u16view line);
/** cellStarts: appends where the cells of row s[from, to) start; false when the cell count differs. */
bool cellStarts(const TableHeader& header, const char16_t* s, int from, int to, std::vector<int>& out);

constexpr int CONTEXT_WINDOW = 40;

/**
 * What the detectors share while scanning one text (scan-context.ts ScanContext), with the same
 * methods. Positions are UTF-16 indexes.
 */
class ScanContext {
 public:
  ScanContext(const char16_t* s, int n, const CueMatcher& matcher, std::shared_ptr<const TableHeader> header,
              bool headerGiven);

  const char16_t* s;
  int n;
  /** The code unit at i, or -1 outside the text (chars.ts codeAt). */
  int at(int i) const { return i >= 0 && i < n ? s[i] : -1; }
  u16view view(int from, int to) const { return u16view(s + from, (size_t)(to - from)); }

  const std::vector<int>& digitRuns();
  const std::vector<int>& capitals();
  std::vector<int> cueEnds(int kind);
  int cueDistance(int kind, int start, int size = CONTEXT_WINDOW);
  bool tableHasContext(int type);
  /** Whether the text holds a cue word of `kind` anywhere. */
  bool hasCue(int kind) {
    buildIndex();
    return cues_.has(cueBit(kind));
  }
  bool columnHasContext(int type, int pos);
  /** Whether the text is a comma-separated table (commaCells in scan-context.ts). */
  bool commaCells() {
    const TableHeader* header = tableHeader();
    return header != nullptr && header->delimiter == u',';
  }
  int contextDistance(int type, int start, int size = CONTEXT_WINDOW);
  bool hasContext(int type, int start, int size = CONTEXT_WINDOW) { return contextDistance(type, start, size) >= 0; }
  int verdict(int type, int start, int negativeReach = CONTEXT_WINDOW);
  /** The table this text is (rows of), or null; firstRow gets where its first row starts. */
  const TableHeader* table(int* firstRow);
  /** The header cell of the column pos is in, or null. */
  const std::u16string* columnHeader(int pos);
  /** The text's lines (split at \n, which ends its line): how many, and (after lineCount) their bounds. */
  int lineCount();
  int lineStart(int line) const;
  int lineEnd(int line) const;
  /** Where the cells of a line start (cellStarts), split once per text; null when it is no row. */
  const int* rowCells(int line);

  /**
   * Every position of the code unit `c` in the text, in order, found once per text and character
   * with a vectorised search and shared by the detectors that start from it ('@', ':', '<', '/').
   */
  const std::vector<int>& positionsOf(char16_t c);

  /** Per-text memo of one detector group (ctx.memoize): owned here, made by whoever asks first. */
  std::shared_ptr<void> memo;

 private:
  void buildIndex();
  /** The cue index of header cell `column`. */
  const CueIndex& cellIndex(int column);
  /** The column of `pos` (columnHeader), or -1. */
  int columnOf(int pos);
  void findLines();
  /** The line that holds `pos` as columnOf reads it. */
  int lineOf(int pos);
  /** rowCells as an offset into the thread's cell store, or -1; needs findLines and a header. */
  int cellsAt(int line);
  const TableHeader* tableHeader();

  const CueMatcher& matcher_;
  bool indexed_ = false;
  // The index lists are the thread's, reused from text to text (one context is alive at a time).
  std::vector<int>& runs_;
  std::vector<int>& capitals_;
  CueIndex& cues_;
  std::shared_ptr<const TableHeader> header_;
  bool headerKnown_;
  bool headerInText_;
  int rowStart_ = 1;
  int rowEnd_ = 0;
  /** The cells of the row [rowStart_, rowEnd_]: offset into the thread's cell store, or -1 (not a row). */
  int rowCells_ = -1;
  /** The line of [rowStart_, rowEnd_]; whether the lines were found in this text. */
  int line_ = -1;
  bool linesFound_ = false;
  int positionsFound_ = 0;
};

/** The first index ≥ from of code unit `c` in s[0, n), or -1: eight code units per step (SSE2). */
int indexOf16(const char16_t* s, int from, int n, char16_t c);
/** The first index ≥ from of either code unit, or -1. */
int indexOfEither16(const char16_t* s, int from, int n, char16_t a, char16_t b);

/** Builds the cue index of any text (used for header cells too). */
void buildCueIndex(const char16_t* s, int n, const CueMatcher& matcher, CueIndex& out);

/**
 * Calls back into JavaScript for what stays there (libphonenumber's numbering plans): the name of
 * a predicate given at configure time and its string argument. Defined in addon.cc.
 */
bool callPredicate(int predicate, u16view arg);
/** Whether a JavaScript callback threw during this scan (its false answers are then no answers). */
bool callbackFailed();
enum Predicate : int { IS_VALID_DUTCH_NUMBER, IS_VALID_INTERNATIONAL_NUMBER, PREDICATE_COUNT };

/**
 * additionLength of postal-address.ts: the length of the house-number addition right after the
 * number ending at `e` ("-2", " A", " 3-hoog", " 2e verd."), or 0. Used by the address columns too.
 */
int additionAt(const ScanContext& ctx, int e);

/** isStreetWord of postal-address.ts: whether s[from, to) ends in a street suffix ("Troelstralaan"). */
bool isStreetWordAt(const char16_t* s, int from, int to);

/** displayNames of display-names.ts: display names spelled by their e-mail address, appended in text order. */
void displayNames(ScanContext& ctx, std::vector<Finding>& out);
/** organisationDisplayName of display-names.ts: the display name at `start` names an organisation by its address. */
bool organisationDisplayName(const char16_t* s, int n, int start);

/** withRepeatedNames of repeated-names.ts: the other mentions of the words of the names found, added (sorted). */
void withRepeatedNames(const char16_t* s, int n, const std::vector<int>& capitals, const std::vector<Finding>& weak,
                       std::vector<Finding>& findings);

/** withPostcodesAfterAddresses of postcodes-after-addresses.ts: four- or five-digit postcodes after addresses, added. */
void withPostcodesAfterAddresses(const char16_t* s, int n, std::vector<Finding>& findings);

/** inferHeader of table-inference.ts: column labels for rows without a header row, or null. */
std::shared_ptr<const TableHeader> inferHeader(const char16_t* s, int n);
/** labelColumns of table-inference.ts: a label per column ('' when unsure) from rows of value ranges. */
std::vector<std::u16string> labelColumnValues(const char16_t* s, int n,
                                              const std::vector<std::vector<std::pair<int, int>>>& rows, int width);

/** sqlDumpValues of sql-dump-values.ts for the birth-date columns (column_values.cc). */
void sqlBirthDates(ScanContext& ctx, int detector, std::vector<Finding>& out);

/** Word lists handed over by JavaScript at configure time (lexicon data), by name. */
const WordTable& namedTable(const std::string& name);
/** The words of the table `name` in the order the TypeScript list gives them (empty when there is none). */
const std::vector<std::u16string>& namedWords(const std::string& name);

using DetectorFn = void (*)(ScanContext& ctx, std::vector<Finding>& out);

struct DetectorEntry {
  const char* name;
  int type;
  DetectorFn find;
};

/** In allDetectors order (detectors/registry.cc). */
const std::vector<DetectorEntry>& detectors();

/**
 * organisation-contacts.ts withoutOrganisationContacts: drops the organisation's contact points
 * from resolved findings of s[0, n) (in place).
 */
void withoutOrganisationContacts(const char16_t* s, int n, std::vector<Finding>& findings);

/** resolve.ts resolveOverlaps, on findings merged by start (in place). */
void resolveOverlaps(std::vector<Finding>& findings);

}  // namespace gs
