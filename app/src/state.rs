//! The app's reactive state: one scenario signal, one assumptions signal, and
//! memos derived from them. Nothing here copies values between signals.

use leptos::prelude::*;
use model::{Assumptions, Estimate, Scenario, SweepPoint};

/// Points per chart sweep: smooth on a 1,200 px chart, cheap to compute.
pub const SWEEP_POINTS: usize = 120;
/// Sweep range on the users axis.
pub const SWEEP_USERS: (f64, f64) = (100.0, 1e8);

/// Shared state, passed by context. `Copy`, since signals are handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The scenario being explored.
    pub scenario: RwSignal<Scenario>,
    /// Per-node capacities.
    pub assumptions: RwSignal<Assumptions>,
    /// The full estimate with its derivation.
    pub estimate: Memo<Estimate>,
    /// Chart data. Users are factored out, so moving the users slider only
    /// moves the marker and never recomputes the sweep.
    pub sweep: Memo<Vec<SweepPoint>>,
}

impl AppState {
    /// State seeded with the defaults.
    pub fn new() -> Self {
        Self::with(Scenario::default(), Assumptions::default())
    }

    /// State seeded with a given scenario.
    pub fn with(scenario: Scenario, assumptions: Assumptions) -> Self {
        let scenario = RwSignal::new(scenario);
        let assumptions = RwSignal::new(assumptions);
        let estimate = Memo::new(move |_| Estimate::explain(&scenario.get(), &assumptions.get()));
        let shape = Memo::new(move |_| {
            let mut s = scenario.get();
            s.users = 1.0;
            s
        });
        let sweep = Memo::new(move |_| {
            model::sweep(
                &shape.get(),
                &assumptions.get(),
                SWEEP_USERS.0,
                SWEEP_USERS.1,
                SWEEP_POINTS,
            )
        });
        AppState {
            scenario,
            assumptions,
            estimate,
            sweep,
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}
