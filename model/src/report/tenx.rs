//! The "traffic grows 10×, what breaks first?" answer: scale users by 10 and
//! compare node counts. Every component whose count must rise "crosses
//! capacity"; the first move is the bottleneck's, beside the seed's own answer.

use crate::inputs::component::{shown, Component};
use crate::inputs::scenario::{Assumptions, Scenario, View};
use crate::report::guide::guide;
use crate::sizing::estimate::Estimate;
use serde::{Deserialize, Serialize};

/// A component whose node count changes under 10× traffic.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NodeChange {
    /// Which component.
    pub component: Component,
    /// Nodes now.
    pub before: u64,
    /// Nodes needed at 10×.
    pub after: u64,
}

/// The "traffic grows 10×, what first?" answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TenX {
    /// Users now.
    pub users_before: f64,
    /// Users after (clamped to the model's range).
    pub users_after: f64,
    /// Components in this view that cross their current capacity.
    pub crossed: Vec<NodeChange>,
    /// What to grow first.
    pub first: Component,
    /// The model's first move.
    pub first_move: String,
    /// The seed's own answer to its 10× question.
    pub seed_answer: String,
}

/// The seed's 10× question, its answer and how its scenario differs from
/// this view's, as every surface shows them (the ×10 panel, the guide, the
/// presenter's last slide, the Markdown summary): never the answer without
/// its question, which read as "the database is the bottleneck" in a view
/// whose bottleneck is the broker (issue #20).
pub fn seed_says(view: View) -> [String; 3] {
    let g = guide(view);
    [
        format!("Seed {} asks: “{}”", g.seed, g.tenx_question),
        format!("The seed's answer: “{}”", g.tenx_answer),
        g.tenx_note.to_string(),
    ]
}

/// Compares the scenario with the same at `factor`× users.
pub fn traffic_times(s: &Scenario, a: &Assumptions, factor: f64) -> (Estimate, TenX) {
    let before = Estimate::numbers(s, a);
    let bigger = s.scaled_users(factor);
    let after = Estimate::numbers(&bigger, a);
    let crossed = shown(s.view)
        .iter()
        .map(|c| NodeChange {
            component: *c,
            before: before.nodes.of(*c),
            after: after.nodes.of(*c),
        })
        .filter(|ch| ch.after > ch.before)
        .collect();
    let first = after.bottleneck.component;
    let tenx = TenX {
        users_before: s.users,
        users_after: bigger.users,
        crossed,
        first,
        // The bound-aware move: "add brokers" does nothing for storage-bound brokers.
        first_move: after.bottleneck.first_move.clone(),
        seed_answer: guide(s.view).tenx_answer.to_string(),
    };
    (after, tenx)
}
