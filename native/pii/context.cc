// scan-context.ts ScanContext: the anchors and context cues of one text, computed once and shared
// by every detector, and the table header's column context.
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>

#include "engine.h"
#include "index.h"

namespace gs {

namespace {
struct IndexLists {
  std::vector<int> runs;
  std::vector<int> capitals;
  CueIndex cues;
  /**
   * The lines of a table text (columnOf, rowCells): where each \n is, found once per text, and per
   * line where its cell starts are in `cellStore` (UNSPLIT: not split yet, -1: not a row).
   */
  std::vector<int> newlines;
  std::vector<int> lineCells;
  std::vector<int> cellStore;
  /** positionsOf: up to eight characters per text, each with its positions. */
  char16_t chars[8];
  std::vector<int> positions[8];
  std::vector<int> overflow;
};
thread_local IndexLists lists;
}  // namespace

ScanContext::ScanContext(const char16_t* text, int length, const CueMatcher& matcher,
                         std::shared_ptr<const TableHeader> header, bool headerGiven)
    : s(text), n(length), matcher_(matcher), runs_(lists.runs), capitals_(lists.capitals), cues_(lists.cues),
      header_(std::move(header)), headerKnown_(headerGiven), headerInText_(!headerGiven) {
  lists.cellStore.clear();
}

void ScanContext::buildIndex() {
  if (indexed_) return;
  indexed_ = true;
  runs_.clear();
  capitals_.clear();
  cues_.cues.clear();
  indexText(s, n, matcher_, &runs_, &capitals_, cues_);
}

const std::vector<int>& ScanContext::digitRuns() {
  buildIndex();
  return runs_;
}

const std::vector<int>& ScanContext::capitals() {
  buildIndex();
  return capitals_;
}

std::vector<int> ScanContext::cueEnds(int kind) {
  buildIndex();
  return cues_.endsOf(cueBit(kind));
}

int ScanContext::cueDistance(int kind, int start, int size) {
  buildIndex();
  return cues_.distance(cueBit(kind), start, size);
}

static int indexOfNewline(const char16_t* s, int n, int from) { return indexOf16(s, from, n, NEWLINE); }

const TableHeader* ScanContext::tableHeader() {
  if (!headerKnown_) {
    headerKnown_ = true;
    int nl = indexOfNewline(s, n, 0);
    if (nl > 0) header_ = parseHeader(u16view(s, (size_t)nl));
    if (nl > 0 && !header_) {
      // An export without a header row: its columns named from their values (table_inference.cc).
      header_ = inferHeader(s, n);
      if (header_) headerInText_ = false;
    }
  }
  return header_.get();
}

const TableHeader* ScanContext::table(int* firstRow) {
  const TableHeader* header = tableHeader();
  if (!header) return nullptr;
  *firstRow = headerInText_ ? indexOfNewline(s, n, 0) + 1 : 0;
  return header;
}

constexpr int UNSPLIT = -2;

void ScanContext::findLines() {
  if (linesFound_) return;
  linesFound_ = true;
  auto& newlines = lists.newlines;
  newlines.clear();
  for (int i = indexOfNewline(s, n, 0); i >= 0; i = indexOfNewline(s, n, i + 1)) newlines.push_back(i);
  lists.lineCells.assign(newlines.size() + 1, UNSPLIT);
}

int ScanContext::lineCount() {
  findLines();
  return (int)lists.newlines.size() + 1;
}

int ScanContext::lineStart(int line) const { return line == 0 ? 0 : lists.newlines[line - 1] + 1; }

int ScanContext::lineEnd(int line) const {
  return line < (int)lists.newlines.size() ? lists.newlines[line] : n;
}

/**
 * The line columnOf reads `pos` in, as the JS finds it: after lastIndexOf('\n', pos - 1), up to
 * indexOf('\n', pos). That is the line after the last \n before pos. (At pos 0 on a \n the JS
 * reads the empty [1, 0), this the empty line 0: one cell either way.)
 */
int ScanContext::lineOf(int pos) {
  const auto& newlines = lists.newlines;
  // Positions are mostly asked about in text order: the current line's next one first.
  int next = line_ + 1;
  if (next > 0 && next <= (int)newlines.size() && pos > newlines[next - 1] &&
      (next == (int)newlines.size() || pos <= newlines[next]))
    return next;
  return (int)(std::lower_bound(newlines.begin(), newlines.end(), pos) - newlines.begin());
}

int ScanContext::cellsAt(int line) {
  int& at = lists.lineCells[line];
  if (at != UNSPLIT) return at;
  // The header line of a text that starts with its header is no row.
  if (line == 0 && headerInText_) return at = -1;
  auto& store = lists.cellStore;
  int offset = (int)store.size();
  if (cellStarts(*header_, s, lineStart(line), lineEnd(line), store)) return at = offset;
  store.resize(offset);
  return at = -1;
}

const int* ScanContext::rowCells(int line) {
  if (!tableHeader()) return nullptr;
  findLines();
  int at = cellsAt(line);
  return at < 0 ? nullptr : lists.cellStore.data() + at;
}

int ScanContext::columnOf(int pos) {
  const TableHeader* header = tableHeader();
  if (!header) return -1;
  if (pos < rowStart_ || pos > rowEnd_) {
    findLines();
    line_ = lineOf(pos);
    rowStart_ = lineStart(line_);
    rowEnd_ = lineEnd(line_);
    rowCells_ = cellsAt(line_);
  }
  if (rowCells_ < 0) return -1;
  const int* cells = lists.cellStore.data() + rowCells_;
  int column = (int)header->cells.size() - 1;
  while (column > 0 && cells[column] > pos) column--;
  return column;
}

const std::u16string* ScanContext::columnHeader(int pos) {
  int column = columnOf(pos);
  return column < 0 ? nullptr : &header_->cells[column];
}

const CueIndex& ScanContext::cellIndex(int column) {
  const TableHeader& header = *header_;
  if (header.cuesFor != matcher_.serial()) {
    header.cellCues.assign(header.cells.size(), CueIndex());
    for (size_t c = 0; c < header.cells.size(); c++)
      buildCueIndex(header.cells[c].data(), (int)header.cells[c].size(), matcher_, header.cellCues[c]);
    header.cuesFor = matcher_.serial();
  }
  return header.cellCues[column];
}

bool ScanContext::tableHasContext(int type) {
  const TableHeader* header = tableHeader();
  if (!header) return false;
  for (size_t c = 0; c < header->cells.size(); c++)
    if (cellIndex((int)c).has(cueBit(type))) return true;
  return false;
}

bool ScanContext::columnHasContext(int type, int pos) {
  int column = columnOf(pos);
  if (column < 0) return false;
  int len = (int)header_->cells[column].size();
  return cellIndex(column).distance(cueBit(type), len, len) >= 0;
}

int ScanContext::contextDistance(int type, int start, int size) {
  int d = cueDistance(type, start, size);
  if (d >= 0) return d;
  return columnHasContext(type, start) ? 0 : -1;
}

static int judge(int positive, int negative) {
  if (positive < 0 && negative < 0) return 0;
  if (negative < 0) return 1;
  if (positive < 0) return -1;
  return positive <= negative ? 1 : -1;
}

int ScanContext::verdict(int type, int start, int negativeReach) {
  int positiveBit = cueBit(type);
  int negativeBit = cueBit(NOT_PERSONAL);
  if (tableHeader()) {
    int column = columnOf(start);
    if (column >= 0) {
      const CueIndex& cell = cellIndex(column);
      int len = (int)header_->cells[column].size();
      int byHeader = judge(cell.distance(positiveBit, len, len), cell.distance(negativeBit, len, len));
      if (byHeader != 0) return byHeader;
    }
  }
  buildIndex();
  if (cues_.length() == 0) return 0;
  int negative = cues_.distance(negativeBit, start, CONTEXT_WINDOW);
  return judge(cues_.distance(positiveBit, start, CONTEXT_WINDOW), negative > negativeReach ? -1 : negative);
}

/**
 * The anchors three detectors ask for ('<' MRZ, ':' IPv6 and labels, '(' user agents), found in one
 * pass of eight code units a step instead of one pass each.
 */
constexpr char16_t ANCHORS[3] = {u'<', u':', u'('};

static void findAnchors(const char16_t* s, int n, std::vector<int>* out[3]) {
  for (int a = 0; a < 3; a++) out[a]->clear();
  int i = 0;
#if defined(__SSE2__)
  const __m128i lt = _mm_set1_epi16((short)ANCHORS[0]);
  const __m128i colon = _mm_set1_epi16((short)ANCHORS[1]);
  const __m128i paren = _mm_set1_epi16((short)ANCHORS[2]);
  for (; i + 8 <= n; i += 8) {
    __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    unsigned bits[3] = {(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(block, lt)),
                        (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(block, colon)),
                        (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(block, paren))};
    if ((bits[0] | bits[1] | bits[2]) == 0) continue;
    for (int a = 0; a < 3; a++) {
      // Each code unit sets two bits of the byte mask.
      for (unsigned b = bits[a]; b != 0; b &= b - 1, b &= b - 1) out[a]->push_back(i + (__builtin_ctz(b) >> 1));
    }
  }
#endif
  for (; i < n; i++)
    for (int a = 0; a < 3; a++)
      if (s[i] == ANCHORS[a]) out[a]->push_back(i);
}

const std::vector<int>& ScanContext::positionsOf(char16_t c) {
  for (int k = 0; k < positionsFound_; k++)
    if (lists.chars[k] == c) return lists.positions[k];
  if ((c == ANCHORS[0] || c == ANCHORS[1] || c == ANCHORS[2]) && positionsFound_ + 3 <= 8) {
    std::vector<int>* out[3];
    for (int a = 0; a < 3; a++) {
      lists.chars[positionsFound_ + a] = ANCHORS[a];
      out[a] = &lists.positions[positionsFound_ + a];
    }
    findAnchors(s, n, out);
    positionsFound_ += 3;
    return *out[c == ANCHORS[0] ? 0 : c == ANCHORS[1] ? 1 : 2];
  }
  // More than eight distinct characters asked for in one text: answer without caching.
  std::vector<int>& out = positionsFound_ < 8 ? lists.positions[positionsFound_] : lists.overflow;
  out.clear();
  int i = 0;
#if defined(__SSE2__)
  // One pass, eight code units a step; every hit in a step is read off its bit mask.
  const __m128i needle = _mm_set1_epi16((short)c);
  for (; i + 8 <= n; i += 8) {
    __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    unsigned bits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(block, needle));
    while (bits != 0) {
      out.push_back(i + (__builtin_ctz(bits) >> 1));
      bits &= bits - 1;
      bits &= bits - 1;  // each code unit sets two bits of the byte mask
    }
  }
#endif
  for (; i < n; i++)
    if (s[i] == c) out.push_back(i);
  if (positionsFound_ < 8) lists.chars[positionsFound_++] = c;
  return out;
}

int indexOf16(const char16_t* s, int from, int n, char16_t c) {
  int i = from < 0 ? 0 : from;
#if defined(__SSE2__)
  const __m128i needle = _mm_set1_epi16((short)c);
  for (; i + 8 <= n; i += 8) {
    __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    int bits = _mm_movemask_epi8(_mm_cmpeq_epi16(block, needle));
    if (bits != 0) return i + (__builtin_ctz((unsigned)bits) >> 1);
  }
#endif
  for (; i < n; i++)
    if (s[i] == c) return i;
  return -1;
}

int indexOfEither16(const char16_t* s, int from, int n, char16_t a, char16_t b) {
  int i = from < 0 ? 0 : from;
#if defined(__SSE2__)
  const __m128i na = _mm_set1_epi16((short)a);
  const __m128i nb = _mm_set1_epi16((short)b);
  for (; i + 8 <= n; i += 8) {
    __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
    int bits = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(block, na), _mm_cmpeq_epi16(block, nb)));
    if (bits != 0) return i + (__builtin_ctz((unsigned)bits) >> 1);
  }
#endif
  for (; i < n; i++)
    if (s[i] == a || s[i] == b) return i;
  return -1;
}

}  // namespace gs

