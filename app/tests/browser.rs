//! Every wasm-bindgen test of the app's components in one test binary, run
//! in headless Chromium: one crate to compile, one wasm to link and hand to
//! wasm-bindgen, and one browser session, instead of three of each (see
//! docs/DEVELOPING.md). Each file keeps its path, so the docs that name a
//! file still point at its tests. `autotests = false` in Cargo.toml stops
//! cargo making a binary per file.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::wasm_bindgen_test_configure;

wasm_bindgen_test_configure!(run_in_browser);

mod common;
mod components;
mod ranges;
mod web;
