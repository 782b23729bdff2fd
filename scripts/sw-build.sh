#!/usr/bin/env bash
# Trunk post-build hook: writes sw.js into the staging dir with this build's
# asset list (every file, relative, plus ./ for the page) and a version that
# changes whenever any asset's name does (names carry content hashes).
# Release builds minify it with terser, as the glue is (0.7 -> 0.4 KB brotli,
# docs/PERFORMANCE.md "Stop 28"); its comments are in pwa/sw.template.js.
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$dir"
files=$(find . -type f ! -name 'sw.js' | sed 's|^\./||' | LC_ALL=C sort)
assets=$(printf '%s\n' "./" $files | python3 -c 'import json,sys; print(json.dumps([l.strip() for l in sys.stdin if l.strip()]))')
version=$(printf '%s' "$files" | sha256sum | cut -c1-16)
python3 - "$here/pwa/sw.template.js" "$version" "$assets" > sw.js <<'PY'
import sys
src, version, assets = sys.argv[1], sys.argv[2], sys.argv[3]
print(open(src).read().replace("'__VERSION__'", repr(version)).replace("__ASSETS__", assets), end="")
PY
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  terser="$here/end2end/node_modules/.bin/terser"
  [ -x "$terser" ] || { echo "terser missing: run ./scripts/setup.sh" >&2; exit 1; }
  # terser writes to a temporary file, then it replaces sw.js.
  tmp="$(mktemp)"
  trap 'rm -f "$tmp"' EXIT
  "$terser" sw.js --compress --mangle --toplevel --output "$tmp"
  cp "$tmp" sw.js
fi
