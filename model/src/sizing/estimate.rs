//! The [`Estimate`]: every output for one scenario, with its derivation.

use crate::common::explain::{Step, Work};
use crate::inputs::component::Component;
use crate::inputs::params::Cap;
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::bottleneck::{decide, on_platform, Bottleneck};
use crate::sizing::cost::{self, Cost};
use crate::sizing::latency::{self, Latency};
use crate::sizing::load::{self, Load};
use crate::sizing::nodes::{self, Nodes};
use crate::sizing::replay::{self, Replay};
use crate::sizing::storage::{self, Storage};
use crate::sizing::tier::Tier;
use serde::Serialize;
use std::collections::BTreeMap;

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
    /// Per component (`nodes` names): count, binding constraint and each constraint's count.
    pub sizing: nodes::SizingMap,
    /// Monthly cost of the view's components.
    pub cost: Cost,
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

/// Everything up to latency, in dependency order: load → replay → storage →
/// nodes → rebuild time. The one pipeline behind estimates, sweeps and the
/// hockey stick.
pub(crate) struct Sizing {
    pub(crate) load: Load,
    pub(crate) replay: Replay,
    pub(crate) nodes: Nodes,
    pub(crate) storage: Storage,
}

/// `all` sizes every component; a chart sweep passes false to size only
/// the components the view shows (the others stay 0).
///
/// `r` is the per-node side of the tables for `s` ([`nodes::Rates::new`]),
/// passed in so a sweep makes it once; it carries the assumptions.
pub(crate) fn size(
    s: &Scenario,
    r: &nodes::Rates,
    all: bool,
    sizing: Option<&mut nodes::SizingMap>,
    w: &mut Work,
) -> Sizing {
    let a = r.a;
    let load = load::derive(s, w);
    let mut replay = replay::derive(s, &load, w);
    let storage = storage::derive(s, a, &load, w);
    // The view's components as a bit set: `want` is asked once per component per point.
    let shown = crate::inputs::component::shown(s.view)
        .iter()
        .fold(0u16, |m, c| m | 1 << *c as u16);
    let needs = nodes::Needs {
        load: &load,
        replay: &replay,
        storage: &storage,
    };
    let nodes = nodes::derive(
        s,
        r,
        &needs,
        |c| all || shown & (1 << c as u16) != 0,
        sizing,
        w,
    );
    // Rebuild time needs the rebuild pool; a chart sweep does not show it.
    if all {
        replay::finish(
            &mut replay,
            nodes.rebuild_workers,
            a.get(Cap::ReplayWorker),
            w,
        );
    }
    Sizing {
        load,
        replay,
        nodes,
        storage,
    }
}

/// Everything an estimate needs from sizing: the pipeline with every
/// component sized, plus the demand list.
pub(crate) fn size_all(s: &Scenario, a: &Assumptions, w: &mut Work) -> (Sizing, nodes::Sized) {
    let mut map = nodes::SizingMap::default();
    let sizing = size(s, &nodes::Rates::new(s, a), true, Some(&mut map), w);
    let sized = nodes::Sized {
        nodes: sizing.nodes.clone(),
        sizing: map,
        demand: nodes::demand(s, a, &sizing.load, &sizing.replay),
    };
    (sizing, sized)
}

fn compute(s: &Scenario, a: &Assumptions, record: bool) -> Estimate {
    let mut w = Work::new(record);
    let (
        Sizing {
            load,
            replay,
            storage,
            ..
        },
        sized,
    ) = size_all(s, a, &mut w);
    let latency = latency::derive(s, a, &load, &replay, &sized, &mut w);
    let cost = cost::derive(s, a, &load, &sized.nodes, &storage, &mut w);
    let bottleneck = on_platform(decide(s, &sized.demand, &sized.sizing), &cost.platform);
    Estimate {
        tier: Tier::nearest(s.users),
        load,
        nodes: sized.nodes,
        sizing: sized.sizing,
        cost,
        storage,
        replay,
        latency,
        bottleneck,
        steps: w.finish(),
    }
}

/// Every capacity and price in use, by link key, plus each profile choice:
/// the `assumptions` object of `envelope estimate --json` (built there, not
/// on every estimate, which the dashboard makes on every input).
pub fn resolved(a: &Assumptions) -> BTreeMap<String, serde_json::Value> {
    let mut m: BTreeMap<String, serde_json::Value> = Cap::ALL
        .iter()
        .map(|c| (c.link_key(), serde_json::Value::from(a.get(*c))))
        .collect();
    for c in Component::ALL {
        m.insert(
            format!("{}{}", crate::inputs::profiles::PROFILE_PREFIX, c.id()),
            serde_json::Value::from(a.profile(c).id),
        );
    }
    // Platform prices a person set (`price.<option-id>.<dim>`); the
    // catalog's own are in `envelope options`.
    for (k, v) in a.option_prices().pairs() {
        m.insert(k, serde_json::Value::from(v));
    }
    m
}
