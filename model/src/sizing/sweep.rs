//! The sweeps behind the charts: the scenario across user counts, the
//! queueing hockey stick across utilisation, and replay cost across snapshot
//! intervals. Each is a list of points the app only draws.

use crate::common::explain::Work;
use crate::inputs::params::{Cap, Param};
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::cost;
use crate::sizing::estimate::{size, size_all, Sizing};
use crate::sizing::latency;
use crate::sizing::load::Load;
use crate::sizing::nodes::{Nodes, Rates};
use crate::sizing::replay::{events_per_load, load_time_ms};
use crate::sizing::storage::Storage;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;
use std::rc::Rc;

/// The numbers a chart needs at one user count.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SweepPoint {
    /// Users at this point.
    pub users: f64,
    /// Load.
    pub load: Load,
    /// Node counts.
    pub nodes: Nodes,
    /// Storage.
    pub storage: Storage,
    /// Monthly cost of the view's components, USD.
    pub cost_usd: f64,
}

/// The scenario at `points` log-spaced user counts from `from` to `to`
/// (inclusive), skipping derivation text and queueing for speed. Only the
/// components the scenario's view shows are sized (the rest are 0): a chart
/// of another view needs a sweep with that view.
pub fn sweep(s: &Scenario, a: &Assumptions, from: f64, to: f64, points: usize) -> Vec<SweepPoint> {
    let s = s.clamped();
    let a = a.clamped();
    let mut w = Work::new(false);
    // One copy of the scenario for the whole sweep: each point only moves `users`.
    let mut p = s.clone();
    // The per-node side of every table once: it does not depend on users.
    let r = Rates::new(&s, &a);
    user_grid(from, to, points)
        .iter()
        .map(|&u| {
            p.users = u;
            at_users(&p, &r, &mut w)
        })
        .collect()
}

/// The sweep's user counts: `points` (at least 2) log-spaced from `from` to
/// `to`, each clamped as the estimate clamps users (whole, in range), so a
/// point equals the estimate there. The charts ask for the same grid on
/// every input, so the last grid is kept: a `powf` and a `round` a point
/// were about a tenth of a sweep (docs/PERFORMANCE.md, stop 17).
fn user_grid(from: f64, to: f64, points: usize) -> Rc<[f64]> {
    type Last = Option<((u64, u64, usize), Rc<[f64]>)>;
    thread_local! {
        static LAST: RefCell<Last> = const { RefCell::new(None) };
    }
    let key = (from.to_bits(), to.to_bits(), points);
    if let Some(g) = LAST.with_borrow(|l| {
        l.as_ref()
            .filter(|(k, _)| *k == key)
            .map(|(_, g)| g.clone())
    }) {
        return g;
    }
    let (lo, hi) = (from.max(1.0).log10(), to.max(from.max(1.0)).log10());
    let n = points.max(2);
    let users = Param::Users.spec();
    let grid: Rc<[f64]> = (0..n)
        .map(|i| {
            users
                .clamp(10f64.powf(lo + (hi - lo) * i as f64 / (n - 1) as f64))
                .0
        })
        .collect();
    LAST.set(Some((key, grid.clone())));
    grid
}

/// One sweep point: the scenario (already clamped, `users` already whole, as
/// the estimate clamps them, so a point equals the estimate there).
fn at_users(p: &Scenario, r: &Rates, w: &mut Work) -> SweepPoint {
    let Sizing {
        load,
        nodes,
        storage,
        ..
    } = size(p, r, false, None, w);
    let cost_usd = cost::monthly_total(p, r, &load, &nodes, &storage);
    SweepPoint {
        users: p.users,
        load,
        nodes,
        storage,
        cost_usd,
    }
}

/// The sweep's point at the scenario's own user count (the CSV's `current` row).
pub fn current(s: &Scenario, a: &Assumptions) -> SweepPoint {
    let (s, a) = (s.clamped(), a.clamped());
    at_users(&s, &Rates::new(&s, &a), &mut Work::new(false))
}

/// The queueing "hockey stick" for a scenario: delivery p99 (ms) against the
/// utilisation of the delivery path's tiers, for the node counts the scenario
/// is sized at, and the current operating point (the busiest path tier's ρ).
/// See [`latency::utilisation_curve`].
pub fn hockey_stick(
    s: &Scenario,
    a: &Assumptions,
    points: usize,
) -> (Vec<latency::CurvePoint>, Option<f64>) {
    let s = s.clamped();
    let a = a.clamped();
    let (Sizing { load, replay, .. }, sized) = size_all(&s, &a, &mut Work::new(false));
    let curve = latency::utilisation_curve(&s, &a, &load, &replay, &sized, points);
    let (path, _) = latency::path(s.view);
    let now = path
        .iter()
        .filter_map(|c| latency::tier_queue(*c, &s, &a, &load, &replay, &sized))
        .map(|q| q.lambda / (q.servers as f64 * q.mu))
        .fold(None, |m: Option<f64>, r| Some(m.map_or(r, |m| m.max(r))));
    (curve, now)
}

/// One point of the replay-cost curve.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReplayPoint {
    /// Events between snapshots.
    pub snap_every: f64,
    /// Events read to load one aggregate ([`events_per_load`]).
    pub events_read: f64,
    /// Time to load one aggregate, ms ([`load_time_ms`]).
    pub load_ms: f64,
}

/// Replay cost against the snapshot interval: `points` log-spaced intervals
/// from 1 to the stream length (at least 2), for the scenario's stream and
/// replay-worker speed.
pub fn replay_curve(s: &Scenario, a: &Assumptions, points: usize) -> Vec<ReplayPoint> {
    let s = s.clamped();
    let worker = a.clamped().get(Cap::ReplayWorker);
    let max = s.stream_events.max(2.0);
    let n = points.max(2);
    (0..n)
        .map(|i| {
            let k = 10f64.powf(max.log10() * i as f64 / (n - 1) as f64);
            ReplayPoint {
                snap_every: k,
                events_read: events_per_load(s.stream_events, k),
                load_ms: load_time_ms(s.stream_events, k, worker),
            }
        })
        .collect()
}

/// Where the replay curve's marker goes: the current snapshot interval, if
/// snapshots are on (capped to the curve's end).
pub fn replay_marker(s: &Scenario) -> Option<f64> {
    let s = s.clamped();
    (s.snap_every > 0.0).then_some(s.snap_every.min(s.stream_events.max(2.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kept_user_grid_follows_the_range_asked_for() {
        let (s, a) = (Scenario::default(), Assumptions::default());
        let users = |from, to, n| -> Vec<f64> {
            sweep(&s, &a, from, to, n).iter().map(|p| p.users).collect()
        };
        let wide = users(100.0, 1e8, 5);
        assert_eq!(wide, [100.0, 3162.0, 100_000.0, 3_162_278.0, 1e8]);
        // Another range, then the first again: each sweep has its own grid.
        assert_eq!(users(10.0, 1000.0, 3), [10.0, 100.0, 1000.0]);
        assert_eq!(users(10.0, 1000.0, 2), [10.0, 1000.0]);
        assert_eq!(users(100.0, 1e8, 5), wide);
        // A NaN or reversed range still gives a whole, in-range grid.
        assert_eq!(users(f64::NAN, 50.0, 2), [1.0, 50.0]);
        assert_eq!(users(1e6, 10.0, 2), [1e6, 1e6]);
    }

    #[test]
    fn replay_curve_spans_one_to_the_stream_and_snapshots_cut_reads() {
        let s = Scenario::default();
        let c = replay_curve(&s, &Assumptions::default(), 60);
        assert_eq!(c.len(), 60);
        assert!((c[0].snap_every - 1.0).abs() < 1e-9);
        assert!((c[59].snap_every - s.stream_events).abs() < 1e-6);
        assert!(c[0].events_read < c[59].events_read);
        assert_eq!(replay_marker(&s), None, "snapshots are off by default");
    }
}
