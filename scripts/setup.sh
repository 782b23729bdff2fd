#!/usr/bin/env bash
# Installs whatever is missing for building (and, with --test, testing) the
# dashboard on a fresh Debian machine whose only network is the package
# registries. Idempotent: on a warm machine every step is a quick version check.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_OPT_VERSION=132
want_test=false
[ "${1:-}" = "--test" ] && want_test=true

say() { printf '\033[1;34m==>\033[0m %s\n' "$*"; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

export PATH="$HOME/.cargo/bin:$PWD/end2end/node_modules/.bin:$PATH"
command -v cargo >/dev/null || die "cargo not found: install Rust with rustup first (https://rustup.rs)."

# The wasm-bindgen CLI must be exactly the version of the crate in Cargo.lock.
lock_wb=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
[ -n "$lock_wb" ] || die "could not read the wasm-bindgen version from Cargo.lock."
trunk_wb=$(sed -n 's/^wasm_bindgen = "\(.*\)"/\1/p' Trunk.toml)
if [ "$trunk_wb" != "$lock_wb" ]; then
  die "Trunk.toml pins wasm_bindgen = \"$trunk_wb\" but Cargo.lock has wasm-bindgen $lock_wb.
  Fix: set [tools] wasm_bindgen = \"$lock_wb\" in Trunk.toml and wasm-bindgen = \"=$lock_wb\" in app/Cargo.toml, then rerun."
fi

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release build rebuilds std for size (scripts/trunk-release.sh): it needs std's
# sources and std's own crates in Cargo's cache, since Trunk runs Cargo offline.
if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
  say "Adding the rust-src component (std is rebuilt for the smallest bundle)"
  rustup component add rust-src
fi
std_lock="$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
RUSTC_BOOTSTRAP=1 cargo fetch --quiet --manifest-path "$std_lock" \
  || die "could not fetch std's crates for the release build (cargo fetch --manifest-path $std_lock)."

if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  say "Installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install trunk --locked --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF " $lock_wb"; then
  say "Installing wasm-bindgen-cli $lock_wb (about 2 minutes)"
  # No --locked: its lockfile asks for a webpki-roots release the registry does not serve.
  cargo install wasm-bindgen-cli --version "=$lock_wb" --force
fi
have_wb=$(wasm-bindgen --version | awk '{print $2}')
[ "$have_wb" = "$lock_wb" ] || die "wasm-bindgen CLI is $have_wb but the crate is $lock_wb.
  Fix: cargo install wasm-bindgen-cli --version =$lock_wb --force"

# npm's binaryen gives a current wasm-opt (Debian's binaryen 108 silently breaks the page),
# and the Playwright test runner. Never `npx playwright install`: tests use /usr/bin/chromium.
if [ ! -x end2end/node_modules/.bin/wasm-opt ] || [ end2end/package-lock.json -nt end2end/node_modules/.package-lock.json ]; then
  say "Installing end2end npm packages (binaryen $WASM_OPT_VERSION, @playwright/test)"
  (cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
fi
wasm-opt --version | grep -qF "version $WASM_OPT_VERSION" || die "wasm-opt is not version $WASM_OPT_VERSION: rm -rf end2end/node_modules and rerun."

if $want_test; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "Installing Debian's chromium and chromium-driver"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
fi
say "Toolchain ready: $(trunk --version), wasm-bindgen $have_wb, wasm-opt $WASM_OPT_VERSION"
