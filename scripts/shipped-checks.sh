#!/usr/bin/env bash
# The release build, then Playwright against it: the chain that `make test`
# runs in the background beside its other checks (scripts/test.sh).
#
# Why a chain in the background: the two share nothing with the other
# checks' builds, and Playwright needs only the release build. Started as
# soon as that build ends, Playwright runs while the foreground's last steps
# (the app's wasm tests, the fuzz run) still do, instead of after them, so the
# core the fuzz run leaves idle, and the idle moments of the wasm test runs,
# go to the browser tests.
#
# usage: shipped-checks.sh OUT_DIR
# Writes into OUT_DIR: release.log, release.rc, release.end (epoch seconds),
# then playwright.log, playwright.rc, playwright.start and playwright.end.
set -uo pipefail
cd "$(dirname "$0")/.."
out="${1:?usage: shipped-checks.sh OUT_DIR}"
./scripts/trunk-release.sh build >"$out/release.log" 2>&1
rc=$?
echo "$rc" >"$out/release.rc"
date +%s >"$out/release.end"
[ "$rc" -eq 0 ] || exit "$rc"
date +%s >"$out/playwright.start"
(cd end2end && npx playwright test) >"$out/playwright.log" 2>&1
rc=$?
echo "$rc" >"$out/playwright.rc"
date +%s >"$out/playwright.end"
exit "$rc"
