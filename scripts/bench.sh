#!/usr/bin/env bash
# Benchmarks: criterion for the model, then the browser benchmark against the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --test
export PATH="$HOME/.cargo/bin:$PWD/end2end/node_modules/.bin:$PATH" TRUNK_SKIP_VERSION_CHECK=true
cargo bench -p model --bench sweep -- --noplot
# Planning under uncertainty (#19): 1,000 draws of the bands (budget 5 ms) and least regret.
cargo bench -p model --bench draws -- --noplot
cargo bench -p model --bench simulate -- --noplot
# The shipped build (sizes) and the same build with the paint-timing stamps (timings).
./scripts/trunk-release.sh build
./scripts/trunk-release.sh build --features bench --dist dist-bench
(cd end2end && node bench/interaction.mjs)
# The input budget's own case (#11): the cost chart and the diagram on screen.
(cd end2end && BENCH_SCROLL=diagram BENCH_LOADS=1 node bench/interaction.mjs)
(cd end2end && BENCH_SCROLL=timeline BENCH_LOADS=1 node bench/interaction.mjs)
