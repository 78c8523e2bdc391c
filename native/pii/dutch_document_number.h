// Mirrors src/pii/dutch-document-number.ts: the candidates shared by the passport and identity-card
// detectors, computed once per text.
#pragma once
#include <vector>

#include "engine.h"

namespace gs {

struct DocumentNumberCandidate {
  int start;
  int end;
  /** Nearest distance of a passport cue, an identity-card cue, and a generic document cue, or -1. */
  int passport;
  int idCard;
  int generic;
};

/** The candidates of ctx's text, kept in ctx.memo so the second detector reuses them. */
const std::vector<DocumentNumberCandidate>& documentNumberCandidates(ScanContext& ctx);

/** The nearer of two cue distances (-1 meaning absent), for comparing kinds of document. */
inline bool nearer(int a, int b) { return a >= 0 && (b < 0 || a <= b); }

}  // namespace gs
