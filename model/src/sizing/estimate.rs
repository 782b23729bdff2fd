//! The [`Estimate`]: every output for one scenario, with its derivation.

use crate::common::explain::{Step, Work};
use crate::inputs::params::Cap;
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::bottleneck::{decide, Bottleneck};
use crate::sizing::latency::{self, Latency};
use crate::sizing::load::{self, Load};
use crate::sizing::nodes::{self, Nodes};
use crate::sizing::replay::{self, Replay};
use crate::sizing::storage::{self, Storage};
use crate::sizing::tier::Tier;
use serde::Serialize;

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
pub(crate) struct Sizing {
    pub(crate) load: Load,
    pub(crate) replay: Replay,
    pub(crate) sized: nodes::Sized,
    pub(crate) storage: Storage,
}

pub(crate) fn size(s: &Scenario, a: &Assumptions, w: &mut Work) -> Sizing {
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
