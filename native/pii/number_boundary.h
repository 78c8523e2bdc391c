// number-boundary.ts: whether a number stands on its own left and right.
#pragma once
#include "engine.h"

namespace gs {

// commaCells: the text is a comma-separated table, where a comma between numbers separates cells.
inline bool freeOnLeft(const ScanContext& ctx, int start, bool commaCells = false) {
  int b = ctx.at(start - 1);
  if (isAlnum(b) || b == UNDERSCORE) return false;
  if (b == COMMA && commaCells) return true;
  if (b == DOT || b == COMMA || b == DASH || b == SLASH) return !isDigit(ctx.at(start - 2));
  return true;
}

inline bool freeOnRight(const ScanContext& ctx, int end, bool commaCells = false) {
  int a = ctx.at(end);
  if (isAlnum(a) || a == UNDERSCORE) return false;
  if (a == COMMA && commaCells) return true;
  if (a == DOT || a == COMMA || a == DASH || a == SLASH) return !isDigit(ctx.at(end + 1));
  return true;
}

}  // namespace gs
