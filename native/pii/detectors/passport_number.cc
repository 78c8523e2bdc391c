// Mirrors src/pii/detectors/passport-number.ts.
#include "../dutch_document_number.h"

namespace gs {

void find_passport_number(ScanContext& ctx, std::vector<Finding>& out) {
  for (const DocumentNumberCandidate& c : documentNumberCandidates(ctx)) {
    double score;
    if (nearer(c.passport, c.idCard)) score = 0.95;
    else if (c.idCard < 0 && c.generic >= 0) score = 0.7;
    else if (c.idCard < 0) score = 0.35;
    else continue;
    out.push_back({PASSPORT_NUMBER, c.start, c.end, score, 9});
  }
}

}  // namespace gs
