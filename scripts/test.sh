#!/usr/bin/env bash
# Installs what is missing, then runs every check; any failure fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
steps=0
current="set-up (scripts/setup.sh)"
# Colour only at a terminal, so a CI log has no escape codes.
if [ -t 1 ]; then blue=$'\033[1;34m' red=$'\033[1;31m' plain=$'\033[0m'; else blue="" red="" plain=""; fi
# Each step's start prints the previous step's seconds, so a slow check shows in the log.
step_start=$(date +%s)
step() {
  local now; now=$(date +%s)
  [ -n "${current:-}" ] && [ "$steps" -gt 0 ] && printf '%s(%ss: %s)%s\n' "$blue" "$((now - step_start))" "$current" "$plain"
  step_start=$now steps=$((steps + 1)) current="$*"
  printf '\n%s==> %s%s\n' "$blue" "$*" "$plain"
}
# On a failure, the last lines say which check failed, so nobody has to scroll
# up through the output to find it.
trap 'rc=$?; printf "\n%s==> FAILED: %s (exit %s)%s\nchecks: %s passed, 1 failed\n" "$red" "$current" "$rc" "$plain" "$((steps > 0 ? steps - 1 : 0))"' ERR

./scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/end2end/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
# A CI run starts from a fresh clone and never builds again: the incremental
# cache it would write for the workspace's crates is never read.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL=0; fi
start=$(date +%s)

# The shipped build (trunk, wasm-opt) starts first, and Playwright runs
# against it as soon as it ends (scripts/shipped-checks.sh): the chain shares
# nothing with the checks' builds (its own target directory, std rebuilt,
# other flags), so it runs beside the checks below instead of after them.
# The build ends in about 100 s of single-threaded LTO, wasm-bindgen and
# wasm-opt, and the fuzz run is single-threaded too: each leaves a core that
# the other side of the run takes. The chain's logs print at the end.
chain="$(mktemp -d)"
# setsid: its own process group, so that cargo, rustc and the browsers under
# it can be stopped with it.
setsid ./scripts/shipped-checks.sh "$chain" >/dev/null 2>&1 &
chain_pid=$!
# Whatever fails, the background chain does not outlive this script.
trap 'kill -- "-$chain_pid" 2>/dev/null || true; rm -rf "$chain"' EXIT

step "cargo fmt --check"
cargo fmt --all -- --check

# Clippy runs inside the test builds: clippy-driver stands in for rustc on the
# workspace's own crates, as `cargo clippy` has it do, but compiles them in
# full, so each crate is compiled once for its lints and its tests instead of
# checked by clippy and then built again (about 2 minutes of a fresh clone's
# `make test`). CLIPPY_ARGS is how cargo-clippy hands `-- -D warnings` to the
# driver; deps are not linted (cargo caps their lints), as with `cargo clippy`.
linted() {
  RUSTC_WORKSPACE_WRAPPER=clippy-driver CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__" "$@"
}

# --all-targets is lib, CLI, tests and benches (run once each, as criterion
# does under `cargo test`); doc tests run apart, as --all-targets leaves them out.
step "model: clippy, unit, property and doc tests (native)"
linted cargo test -p model --all-targets --locked
linted cargo test -p model --doc --locked

# The app is a browser app: it is linted, tested and built for wasm32 only.
step "clippy, wasm32: the model without its CLI"
cargo clippy -p model --lib --no-default-features --target wasm32-unknown-unknown --locked -- -D warnings

# Before the app's tests, so that its single-threaded 30 s run overlaps the
# release build's compile rather than Playwright, and the foreground ends with
# the app's tests, about when the chain's Playwright does.
step "fuzz the link decoder (30 s)"
./scripts/fuzz.sh 30

step "app: clippy and wasm-bindgen-test (unit tests in Node, components in headless Chromium)"
linted cargo test -p app --target wasm32-unknown-unknown --locked

step "build scripts: the early-wasm rewrite of index.html"
python3 scripts/early_wasm_test.py
python3 scripts/short_imports_test.py
python3 scripts/prune_exports_test.py
python3 scripts/order_functions_test.py

step "release build (trunk, wasm-opt), started with the checks: its log"
chain_rc=0
wait "$chain_pid" || chain_rc=$?
cat "$chain/release.log"
at() { echo "$(($(cat "$chain/$1" 2>/dev/null || date +%s) - start))"; }
echo "(the release build ended $(at release.end)s after the checks began)"
[ "$(cat "$chain/release.rc" 2>/dev/null || echo 1)" -eq 0 ]

step "Playwright against the release build, started when it ended: its log"
cat "$chain/playwright.log"
echo "(Playwright ran from $(at playwright.start)s to $(at playwright.end)s after the checks began)"
[ "$chain_rc" -eq 0 ]

printf '%s(%ss: %s)%s\n' "$blue" "$(($(date +%s) - step_start))" "$current" "$plain"
echo
echo "All checks passed in $(( $(date +%s) - start ))s."
# A plain closing line for CI (set -e means we only get here when every step passed).
echo "checks: ${steps} passed, 0 failed"
