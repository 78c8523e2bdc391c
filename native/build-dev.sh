#!/bin/sh
# Development build of the native PII scanner without node-gyp, into a directory of one's own, so
# that several people porting detectors do not share a build folder:
#   native/build-dev.sh OUTDIR [detectors/x.cc …]   (no detector files given: all of them)
# Then GRONDSLAG_PII_ADDON=OUTDIR/grondslag_pii.node selects it. `npm install` builds the real one
# with node-gyp (binding.gyp) into build/Release.
set -e
out=$1
shift
here=$(cd "$(dirname "$0")/pii" && pwd)
inc=$(node -p "require('path').join(process.execPath, '../../include/node')")
[ -f "$inc/node_api.h" ] || inc=/usr/include/node
if [ $# -eq 0 ]; then set -- "$here"/detectors/*.cc; else
  files=""; for f in "$@"; do files="$files $here/$f"; done; set -- $files "$here/detectors/registry.cc"; fi
mkdir -p "$out"
g++ -std=c++17 -O2 -shared -fPIC -Wall -Wno-unused-function -I"$inc" "$here"/*.cc $(printf '%s\n' "$@" | sort -u) -o "$out/grondslag_pii.node"
echo "built $out/grondslag_pii.node"
