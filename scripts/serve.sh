#!/usr/bin/env bash
# Installs what is missing, then serves the dashboard on 127.0.0.1 with live reload.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/end2end/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
port="${PORT:-8080}"
echo "Serving the dashboard at http://127.0.0.1:$port/ (Ctrl+C stops)"
exec ./scripts/trunk-release.sh serve --address 127.0.0.1 --port "$port"
