//! # model: capacity maths for event-driven systems
//!
//! Answers "how many brokers, partitions, DB shards, replicas, cache nodes,
//! event-store nodes, gateways and replay workers, and how much bandwidth and
//! storage, does this take?" for the five patterns in the seeds: eventual
//! consistency (000), CQRS (001), event sourcing (002), real-time messaging
//! (003) and event replay (004).
//!
//! It is pure Rust with no web dependencies: the Leptos app and the
//! `envelope` CLI only render what it computes. Every output carries its
//! derivation ([`explain::Step`]), every formula names its units and source,
//! and every input is clamped, so outputs are always finite and non-negative.
//!
//! It does **not** price anything, model failures, or simulate; it is a
//! back-of-envelope model made exact and explainable.
//!
//! Start at [`Estimate::explain`], [`codec::decode`] and [`presets::all`].

pub mod common;
pub mod inputs;
pub mod report;
pub mod sizing;

// The layers' modules under their short names, so callers write
// `model::codec` rather than `model::inputs::codec`. Inside the crate,
// code names the layer, and `tests/layers.rs` checks no layer reaches up.
pub use common::{explain, format, order, units};
pub use inputs::{
    codec, component, drill, entry, option_prices, params, platform_moves, platforms, policy,
    presets, profiles, ranges, scenario, slider,
};
pub use report::{
    cheatsheet, diagram, drill_form, export, guide, kpi, platforms as where_to_run, presentation,
    tenx, timeline, uncertainty, warnings,
};
pub use sizing::{
    bottleneck, constraint, cost, draws, estimate, latency, load, nodes, options, queue, regret,
    replay, simulate, storage, sweep, tier,
};

pub use inputs::params::{Cap, Param};
pub use inputs::scenario::{Assumptions, Scenario, View};
pub use sizing::estimate::Estimate;
pub use sizing::sweep::{sweep, SweepPoint};

/// Brokers needed for a message rate: `ceil(msgs_per_sec ÷ (per-broker msg/s × util))`.
///
/// Units: msg/s, msg/s per broker, utilisation as a fraction (0–1].
/// Source: seed 000 ("a single Kafka broker can handle ~100K–200K
/// messages/sec"). Zero load needs zero brokers; bad inputs give 0, never a
/// panic. The full model ([`nodes::derive`]) also bounds by MB/s and rf.
pub fn brokers_for_rate(msgs_per_sec: f64, per_broker_msgs_per_sec: f64, util: f64) -> u64 {
    common::units::whole_nodes(msgs_per_sec, per_broker_msgs_per_sec * util)
}

#[cfg(test)]
mod tests {
    use super::brokers_for_rate;

    #[test]
    fn broker_count_table() {
        // (msg/s, per-broker msg/s, util, brokers)
        let cases: &[(f64, f64, f64, u64)] = &[
            (0.0, 150_000.0, 0.7, 0),              // no load, no brokers
            (1.0, 150_000.0, 0.7, 1),              // any load needs one
            (105_000.0, 150_000.0, 0.7, 1),        // exactly full at 70 %
            (105_001.0, 150_000.0, 0.7, 2),        // one message over rounds up
            (10_000_000.0, 150_000.0, 0.7, 96),    // seed 000: 95.2 → 96
            (10_000_000.0, 100_000.0, 1.0, 100),   // seed 000's upper bound
            (10_000_000.0, 200_000.0, 1.0, 50),    // seed 000's lower bound
            (1e15, 150_000.0, 0.7, 9_523_809_524), // huge stays exact and finite
            (f64::NAN, 150_000.0, 0.7, 0),         // bad input never panics
            (1e6, 0.0, 0.7, 0),
        ];
        for &(rate, cap, util, want) in cases {
            assert_eq!(
                brokers_for_rate(rate, cap, util),
                want,
                "{rate} msg/s on {cap} at {util}"
            );
        }
    }
}
