#!/usr/bin/env bash
# Runs `trunk <build|serve> --release` with the size settings the shipped
# bundle uses. Every release build goes through here so that what is served,
# tested and benchmarked is the same artefact.
#
# Why these flags: the bundle has a size budget (docs/PERFORMANCE.md).
# Rebuilding std with `panic=immediate-abort` drops the panic-message and
# formatting machinery that std would otherwise link in: about 17 KB brotli
# off the wasm. Panics then trap without a message; the app is written never
# to panic on input (values are clamped), and builds without these flags report
# panics through console_error_panic_hook (wasm-bindgen-test, a plain
# `trunk serve` without this script).
#
# `--cfg erase_components` is Leptos's own switch that makes every component
# return a type-erased view. It is meant for compile times, but here it also
# cuts the distinct view types the compiler must generate code for: about
# 30 KB brotli off the wasm (279.5 -> 249.1 KB, 2026-11-24). Behaviour is the
# same; the Playwright suite runs against this build.
#
# These are unstable options of the stable 1.95 toolchain, unlocked with
# RUSTC_BOOTSTRAP for this build only (tests and clippy run plain stable).
# They need the rust-src component and std's own crates in Cargo's cache,
# which scripts/setup.sh provides.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/end2end/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
export RUSTC_BOOTSTRAP=1
# Its own target directory: nothing it compiles (std rebuilt, the flags below)
# is shared with the checks' builds, so neither evicts the other, and
# `make test` can run this build beside them without waiting on cargo's lock.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target/shipped}"
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# std's own size switch: smaller sorts and formatting paths, same results
# (every sort in the app is by a total order). 340.0 -> 337.3 KB brotli.
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
# LLVM's inliner at threshold 0 (opt-level "z" alone uses a higher one):
# only calls whose inlining costs nothing are inlined. 306.8 -> 304.6 KB
# brotli on the wasm; 8 gave 306.7 and -20 gave 313.1 (tiny functions then
# stay calls), docs/PERFORMANCE.md "Stop 25".
INLINE="-Cllvm-args=-inline-threshold=0"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort ${ERASE-"--cfg erase_components"} ${INLINE} ${EXTRA_RUSTFLAGS:-}"
cmd="${1:?usage: trunk-release.sh build|serve [trunk options]}"
shift
exec trunk "$cmd" --release "$@"
