//! The [`Estimate`]: every output for one scenario, with its derivation.

use crate::bottleneck::{decide, Bottleneck};
use crate::explain::{Step, Work};
use crate::latency::{self, Latency};
use crate::load::{self, Load};
use crate::nodes::{self, Nodes};
use crate::params::Cap;
use crate::replay::{self, Replay};
use crate::scenario::{Assumptions, Scenario};
use crate::storage::{self, Storage};
use crate::tier::Tier;
use serde::{Deserialize, Serialize};

/// Everything the model says about a scenario. Field names are the JSON
/// schema documented in the README (`envelope estimate --json`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Estimate {
    /// Nearest scale tier.
    pub tier: Tier,
    /// Offered load.
    pub load: Load,
    /// Node counts.
    pub nodes: Nodes,
    /// Storage.
    pub storage: Storage,
    /// Replay and rebuild.
    pub replay: Replay,
    /// Queueing and network latency.
    pub latency: Latency,
    /// What breaks first.
    pub bottleneck: Bottleneck,
    /// The derivation, step by step (empty from [`Estimate::numbers`]).
    pub steps: Vec<Step>,
}

impl Estimate {
    /// Full estimate with derivation steps. Inputs are clamped first, so any
    /// scenario, however wild, gives finite, non-negative outputs.
    pub fn explain(s: &Scenario, a: &Assumptions) -> Estimate {
        compute(&s.clamped(), &a.clamped(), true)
    }

    /// The same numbers without the derivation text: cheaper, for comparisons.
    pub fn numbers(s: &Scenario, a: &Assumptions) -> Estimate {
        compute(&s.clamped(), &a.clamped(), false)
    }
}

/// Everything up to latency, in dependency order: load → replay → nodes →
/// rebuild time → storage. The one pipeline behind estimates, sweeps and the
/// hockey stick.
struct Sizing {
    load: Load,
    replay: Replay,
    sized: nodes::Sized,
    storage: Storage,
}

fn size(s: &Scenario, a: &Assumptions, w: &mut Work) -> Sizing {
    let load = load::derive(s, w);
    let mut replay = replay::derive(s, &load, w);
    let sized = nodes::derive(s, a, &load, &replay, w);
    replay::finish(
        &mut replay,
        sized.nodes.rebuild_workers,
        a.get(Cap::ReplayWorker),
        w,
    );
    let storage = storage::derive(s, &load, w);
    Sizing {
        load,
        replay,
        sized,
        storage,
    }
}

fn compute(s: &Scenario, a: &Assumptions, record: bool) -> Estimate {
    let mut w = Work::new(record);
    let Sizing {
        load,
        replay,
        sized,
        storage,
    } = size(s, a, &mut w);
    let latency = latency::derive(s, a, &load, &replay, &sized, &mut w);
    let bottleneck = decide(s, &sized.demand);
    Estimate {
        tier: Tier::nearest(s.users),
        load,
        nodes: sized.nodes,
        storage,
        replay,
        latency,
        bottleneck,
        steps: w.finish(),
    }
}

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
}

/// The scenario at `points` log-spaced user counts from `from` to `to`
/// (inclusive), skipping derivation text and queueing for speed.
pub fn sweep(s: &Scenario, a: &Assumptions, from: f64, to: f64, points: usize) -> Vec<SweepPoint> {
    let s = s.clamped();
    let a = a.clamped();
    let (lo, hi) = (from.max(1.0).log10(), to.max(from.max(1.0)).log10());
    let n = points.max(2);
    let mut w = Work::new(false);
    (0..n)
        .map(|i| {
            let mut p = s.clone();
            p.users = 10f64.powf(lo + (hi - lo) * i as f64 / (n - 1) as f64);
            let Sizing {
                load,
                sized,
                storage,
                ..
            } = size(&p, &a, &mut w);
            SweepPoint {
                users: p.users,
                load,
                nodes: sized.nodes,
                storage,
            }
        })
        .collect()
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
    let Sizing {
        load,
        replay,
        sized,
        ..
    } = size(&s, &a, &mut Work::new(false));
    let curve = latency::utilisation_curve(&s, &a, &load, &replay, &sized, points);
    let (path, _) = latency::path(s.view);
    let now = path
        .iter()
        .filter_map(|c| latency::tier_queue(*c, &s, &a, &load, &replay, &sized))
        .map(|q| q.lambda / (q.servers as f64 * q.mu))
        .fold(None, |m: Option<f64>, r| Some(m.map_or(r, |m| m.max(r))));
    (curve, now)
}
