#!/usr/bin/env bash
# Trunk post-build hook, release builds only: minifies the wasm-bindgen JS glue
# with terser (Trunk's own minifier leaves it alone), then rewrites its
# subresource-integrity hash in index.html so the browser still accepts it.
# About 1.4 KB brotli off the transfer budget (docs/PERFORMANCE.md). Then
# renames the wasm's imports to short names in the wasm and the glue
# (scripts/short_imports.py, about 5.5 KB brotli) and rewrites both hashes.
# Before both, the exports nothing calls are pruned (scripts/prune_exports.py;
# it also checks that wasm-streams' exported classes stay out), and the functions are laid
# out so look-alikes sit together (scripts/order_functions.py, about 11 KB).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
[ "${TRUNK_PROFILE:-}" = "release" ] || exit 0
here="$(cd "$(dirname "$0")/.." && pwd)"
terser="$here/end2end/node_modules/.bin/terser"
[ -x "$terser" ] || { echo "terser missing: run ./scripts/setup.sh" >&2; exit 1; }
sri() { python3 -c 'import base64,hashlib,sys; print("sha384-" + base64.b64encode(hashlib.sha384(open(sys.argv[1], "rb").read()).digest()).decode())' "$1"; }
cd "$dir"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
# Replaces the integrity hash `$2` of file `$1` (taken before a rewrite) in index.html.
resri() {
  local after
  after="$(sri "$1")"
  grep -qF "$2" index.html || { echo "no integrity for $1 in index.html" >&2; exit 1; }
  python3 - "$2" "$after" <<'PY'
import sys
p = "index.html"
s = open(p).read()
open(p, "w").write(s.replace(sys.argv[1], sys.argv[2]))
PY
}
for js in app-*.js; do
  before="$(sri "$js")"
  # First a check that the glue has no wasm-streams classes (scripts/prune_exports.py).
  python3 "$here/scripts/prune_exports.py" glue "$js"
  # Outside the staging dir: the service-worker hook lists its files meanwhile.
  "$terser" "$js" --module --compress --mangle --output "$tmp"
  cp "$tmp" "$js"
  resri "$js" "$before"
done
# Then short import names in the wasm and the glue (scripts/short_imports.py).
wasm=(app-*_bg.wasm)
js=(app-*.js)
wasm_before="$(sri "${wasm[0]}")"
js_before="$(sri "${js[0]}")"
# Exports the glue no longer calls go, and the code only they reached (prune_exports.py).
python3 "$here/scripts/prune_exports.py" wasm "${wasm[0]}" "${js[0]}"
# Each function beside the one it most resembles, for brotli (order_functions.py).
python3 "$here/scripts/order_functions.py" "${wasm[0]}"
python3 "$here/scripts/short_imports.py" .
resri "${wasm[0]}" "$wasm_before"
resri "${js[0]}" "$js_before"
