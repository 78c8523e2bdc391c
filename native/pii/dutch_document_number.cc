// Mirrors src/pii/dutch-document-number.ts.
#include "dutch_document_number.h"

namespace gs {

namespace {

inline bool isTokenChar(int c) { return isUpperAscii(c) || isDigit(c); }

// /^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$/ on a token of nine token characters: the letter O is not
// issued, so it cannot be confused with zero.
inline bool isDocumentLetter(int c) { return isUpperAscii(c) && c != 'O'; }

bool isDocumentNumber(const char16_t* t) {
  if (!isDocumentLetter(t[0]) || !isDocumentLetter(t[1])) return false;
  for (int i = 2; i < 8; i++)
    if (!isDocumentLetter(t[i]) && !isDigit(t[i])) return false;
  return isDigit(t[8]);
}

struct Memo {
  std::vector<DocumentNumberCandidate> found;
};

}  // namespace

const std::vector<DocumentNumberCandidate>& documentNumberCandidates(ScanContext& ctx) {
  // ctx.memo is a single slot and this module is its only user (see engine.h).
  if (ctx.memo) return static_cast<Memo*>(ctx.memo.get())->found;
  auto memo = std::make_shared<Memo>();
  std::vector<DocumentNumberCandidate>& found = memo->found;
  const char16_t* text = ctx.s;
  const int n = ctx.n;
  const std::vector<int>& runs = ctx.digitRuns();
  int lastEnd = 0;
  for (size_t r = 0; r + 1 < runs.size(); r += 2) {
    const int s = runs[r];
    // A run right after anything but a capital starts its token (a digit cannot precede a run),
    // and a document number starts with letters: 97% of runs end here.
    if (s < 1 || (unsigned)(text[s - 1] - u'A') > 25u || s < lastEnd) continue;
    int ts = s;
    while (ts > lastEnd && s - ts < 8 && isTokenChar(text[ts - 1])) ts--;
    int te = runs[r + 1];
    while (te < n && te - ts < 10 && isTokenChar(text[te])) te++;
    if (te - ts != 9 || isAlnum(ctx.at(ts - 1)) || isAlnum(ctx.at(te))) continue;
    if (!isDocumentNumber(text + ts)) continue;
    found.push_back({ts, te, ctx.contextDistance(PASSPORT_NUMBER, ts), ctx.contextDistance(ID_CARD_NUMBER, ts),
                     ctx.cueDistance(DOCUMENT, ts)});
    lastEnd = te;
  }
  ctx.memo = memo;
  return found;
}

}  // namespace gs
