// checksums.ts, on UTF-16 views (callers pass the digits/characters they collected).
#pragma once
#include "engine.h"

namespace gs {

int mod97(u16view s);
bool isValidIbanChecksum(u16view iban);
bool passesElevenProof(u16view digits);
bool passesLuhn(u16view digits);
bool isValidGtin(u16view digits);
/** icaoCheckDigit(field, from, to). */
int icaoCheckDigit(u16view field, int from, int to);

}  // namespace gs
