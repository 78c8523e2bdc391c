#!/bin/sh
# Builds the native PII scanner with AddressSanitizer and UndefinedBehaviorSanitizer and runs the
# differential test (test/pii-native.test.ts) on it: every text of the corpora and their variants
# through every native detector, with out-of-bounds reads, use-after-free and undefined behaviour
# reported. Then builds it once more with __SSE2__ undefined, so that the portable code the SSE2
# paths stand in for (other CPUs) runs the same test. Takes a few minutes; not part of npm test.
set -e
cd "$(dirname "$0")/.."
out=${1:-/tmp/grondslag-pii-asan}
inc=$(node -p "require('path').join(process.execPath, '../../include/node')")
[ -f "$inc/node_api.h" ] || inc=/usr/include/node
mkdir -p "$out"
g++ -std=c++17 -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer \
  -shared -fPIC -I"$inc" native/pii/*.cc native/pii/detectors/*.cc -o "$out/grondslag_pii.node"
LD_PRELOAD="$(gcc -print-file-name=libasan.so) $(gcc -print-file-name=libubsan.so)" \
  ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  GRONDSLAG_PII_ADDON="$out/grondslag_pii.node" GRONDSLAG_PII_ENGINE=native \
  npx vitest run test/pii-native.test.ts
# The intrinsics headers' include guards defined up front make them empty: code that uses SSE2
# outside an `#if defined(__SSE2__)` fails to compile here, as it would on another CPU.
g++ -std=c++17 -O2 -U__SSE2__ -D_EMMINTRIN_H_INCLUDED -D_XMMINTRIN_H_INCLUDED -shared -fPIC -I"$inc" \
  native/pii/*.cc native/pii/detectors/*.cc -o "$out/grondslag_pii_portable.node"
GRONDSLAG_PII_ADDON="$out/grondslag_pii_portable.node" GRONDSLAG_PII_ENGINE=native \
  npx vitest run test/pii-native.test.ts
