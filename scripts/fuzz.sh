#!/usr/bin/env bash
# Fuzzes the share-link decoder (model/fuzz, target decode_link) for N seconds
# (default 30) with libFuzzer; needs the nightly toolchain (sanitizer flags).
#
# It builds the target with the flags cargo-fuzz would pass, rather than
# installing cargo-fuzz: on a fresh machine `cargo install cargo-fuzz` compiled
# for about 3 minutes beside the release build, and cargo-fuzz only wraps this
# build and run. Same corpus and artefact folders as `cargo fuzz run`.
set -euo pipefail
cd "$(dirname "$0")/../model/fuzz"
secs="${1:-30}"
export PATH="$HOME/.cargo/bin:$PATH"
rustup toolchain list | grep -q '^nightly' || { echo "error: the nightly toolchain is required: rustup toolchain install nightly" >&2; exit 1; }
host="$(rustc +nightly -vV | sed -n 's/^host: //p')"
# Coverage-guided instrumentation (sancov), comparisons traced, debug
# assertions and overflow checks on: cargo-fuzz's defaults, except that
# AddressSanitizer is off unless FUZZ_SANITIZER=address. The decoder and the
# model forbid unsafe code, so what the fuzzer looks for is a panic (a bad
# index, an overflow, a failed assertion), which needs no ASan. Without it the
# build took 82 s instead of 109 s and 30 s ran 184,152 inputs instead of
# 47,091 (2026-12-02). A long run can still turn it on:
# FUZZ_SANITIZER=address ./scripts/fuzz.sh 600.
sanitizer=""
case "${FUZZ_SANITIZER:-none}" in
  none) ;;
  address) sanitizer="-Zsanitizer=address" ;;
  *) echo "error: FUZZ_SANITIZER must be none or address, not '${FUZZ_SANITIZER}'" >&2; exit 2 ;;
esac
export RUSTFLAGS="--cfg fuzzing -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares ${sanitizer} -Cdebug-assertions -Coverflow-checks"
# --target keeps build scripts and proc macros uninstrumented, as cargo-fuzz does.
cargo +nightly build --release --target "$host" --bin decode_link
mkdir -p corpus/decode_link artifacts/decode_link
"target/$host/release/decode_link" -artifact_prefix=artifacts/decode_link/ \
  -max_total_time="$secs" -max_len=4096 corpus/decode_link 2>&1 | tail -n 3
