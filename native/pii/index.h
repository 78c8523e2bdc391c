// The one pass of text-index.ts; used by ScanContext and for header cells.
#pragma once
#include "engine.h"

namespace gs {

/** runs and capitals may be null (a header cell needs only its cues). */
void indexText(const char16_t* s, int n, const CueMatcher& matcher, std::vector<int>* runs,
               std::vector<int>* capitals, CueIndex& cues);

}  // namespace gs
