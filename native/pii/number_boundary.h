// number-boundary.ts: whether a number stands on its own left and right.
#pragma once
#include "engine.h"

namespace gs {

inline bool freeOnLeft(const ScanContext& ctx, int start) {
  int b = ctx.at(start - 1);
  if (isAlnum(b) || b == UNDERSCORE) return false;
  if (b == DOT || b == COMMA || b == DASH || b == SLASH) return !isDigit(ctx.at(start - 2));
  return true;
}

inline bool freeOnRight(const ScanContext& ctx, int end) {
  int a = ctx.at(end);
  if (isAlnum(a) || a == UNDERSCORE) return false;
  if (a == DOT || a == COMMA || a == DASH || a == SLASH) return !isDigit(ctx.at(end + 1));
  return true;
}

}  // namespace gs
