//! Every integration test of the model in one test binary: one crate to
//! compile and one executable to link instead of thirteen (see
//! docs/DEVELOPING.md). Each file keeps its path and its proptest
//! regressions file, so the docs that name a file still point at its tests.
//! `autotests = false` in Cargo.toml stops cargo making a binary per file.

mod cli;
mod layers;
mod newcomer;
mod num_props;
mod peers;
mod presentation_slides;
mod properties;
mod readme;
mod references;
mod seeds;
mod simulation;
mod simulation_props;
mod uncertainty;
