#!/usr/bin/env bash
# Trunk post-build hook for index.html and the JS glue. One hook, run in order,
# because Trunk runs hooks of a stage at the same time and both steps rewrite
# index.html: first the early wasm compile (every build, scripts/early_wasm.py),
# then, for release builds, terser on the glue (scripts/minify-js.sh).
set -euo pipefail
dir="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
here="$(cd "$(dirname "$0")" && pwd)"
python3 "$here/early_wasm.py" "$dir/index.html"
bash "$here/minify-js.sh"
