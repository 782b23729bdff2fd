#!/usr/bin/env bash
# Fuzzes the share-link decoder (model/fuzz, target decode_link) for N seconds
# (default 30). Installs cargo-fuzz if missing; needs the nightly toolchain.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-30}"
export PATH="$HOME/.cargo/bin:$PATH"
rustup toolchain list | grep -q '^nightly' || { echo "error: the nightly toolchain is required: rustup toolchain install nightly" >&2; exit 1; }
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "==> Installing cargo-fuzz (about 3 minutes)"
  cargo install cargo-fuzz --locked
fi
cd model
cargo +nightly fuzz run decode_link -- -max_total_time="$secs" -max_len=4096 2>&1 | tail -n 3
