//! The bottleneck rule and the "traffic grows 10×" answer.
//!
//! **Rule.** Among the view's candidate components (stateful, on the critical
//! path: see [`crate::inputs::component::candidates`]), the first bottleneck is the
//! one with the highest raw demand in node units (peak load ÷ one node's rated
//! capacity). Every demand grows linearly with users, so this is also the one
//! that outgrows a single node at the lowest user count:
//! `users × util ÷ demand`. Ties go to the earlier candidate (the seed's own
//! order).
//!
//! The "traffic grows 10×" answer built on this rule is in
//! [`crate::report::tenx`].

use crate::common::format::{count, num};
use crate::inputs::component::{candidates, Component};
use crate::inputs::params::Param;
use crate::inputs::scenario::Scenario;
use crate::sizing::nodes::Demand;
use serde::{Deserialize, Serialize};

/// One candidate's standing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pressure {
    /// Which component.
    pub component: Component,
    /// Peak load ÷ one node's rated capacity.
    pub node_units: f64,
    /// Users at which one node of it reaches the target utilisation; absent
    /// when that is beyond the model's range (10^10 users) or there is no load.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgrows_one_node_at_users: Option<f64>,
}

/// What breaks first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bottleneck {
    /// The first component to need more nodes.
    pub component: Component,
    /// Its name.
    pub label: String,
    /// Why, in one sentence with numbers.
    pub reason: String,
    /// Its first scaling move.
    pub first_move: String,
    /// All candidates, most pressed first.
    pub ranking: Vec<Pressure>,
}

/// Applies the rule to a demand list.
pub fn decide(s: &Scenario, demand: &[Demand]) -> Bottleneck {
    let u = s.util_pct / 100.0;
    let mut ranking: Vec<Pressure> = candidates(s.view)
        .iter()
        .map(|c| {
            let units = demand
                .iter()
                .find(|d| d.component == *c)
                .map_or(0.0, |d| d.node_units);
            let at = Some(s.users * u / units)
                .filter(|x| units > 0.0 && x.is_finite() && *x <= Param::Users.spec().max);
            Pressure {
                component: *c,
                node_units: units,
                outgrows_one_node_at_users: at,
            }
        })
        .collect();
    // Stable sort keeps the seed's order on ties.
    crate::common::order::sort_small_by(&mut ranking, |a, b| a.node_units > b.node_units);
    let top = ranking.first().cloned().unwrap_or(Pressure {
        component: Component::Broker,
        node_units: 0.0,
        outgrows_one_node_at_users: None,
    });
    let reason = if let Some(at) = top.outgrows_one_node_at_users {
        format!(
            "{} need {}× one node's rated capacity at peak, more than any other stateful component here; a single node reaches {} at about {} users.",
            top.component.label(),
            num(top.node_units),
            crate::common::format::percent(s.util_pct),
            count(at)
        )
    } else if top.node_units > 0.0 {
        format!(
            "{} carry the most load here, though one node is enough within the model's range.",
            top.component.label()
        )
    } else {
        format!(
            "{} is the first to grow once load arrives; at this load nothing is pressed.",
            top.component.label()
        )
    };
    Bottleneck {
        component: top.component,
        label: top.component.label().to_string(),
        reason,
        first_move: top.component.first_move().to_string(),
        ranking,
    }
}
