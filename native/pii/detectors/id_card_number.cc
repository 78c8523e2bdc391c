// Mirrors src/pii/detectors/id-card-number.ts.
#include "../dutch_document_number.h"

namespace gs {

void find_id_card_number(ScanContext& ctx, std::vector<Finding>& out) {
  for (const DocumentNumberCandidate& c : documentNumberCandidates(ctx)) {
    double score;
    if (c.idCard >= 0 && !nearer(c.passport, c.idCard)) score = 0.95;
    else if (c.passport < 0 && c.generic >= 0) score = 0.75;
    else if (c.passport < 0) score = 0.3;
    else continue;
    out.push_back({ID_CARD_NUMBER, c.start, c.end, score, 8});
  }
}

}  // namespace gs
