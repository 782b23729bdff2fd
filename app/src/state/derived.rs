//! Everything computed from the document, as memos.

use super::Doc;
use leptos::prelude::*;
use model::{Assumptions, Estimate, Scenario, SweepPoint};

/// Points per chart sweep: smooth on a 1,200 px chart, cheap to compute.
pub const SWEEP_POINTS: usize = 120;
/// Sweep range on the users axis.
pub const SWEEP_USERS: (f64, f64) = (100.0, 1e8);

/// Memos derived from the document.
#[derive(Clone, Copy)]
pub struct Derived {
    /// The estimate's numbers (no derivation text: cheap, read on every input).
    pub estimate: Memo<Estimate>,
    /// The same estimate with its derivation steps. Memos are lazy, so the
    /// text is only built while something shows it (show work, exports).
    pub explained: Memo<Estimate>,
    /// What the sweeps depend on: the scenario with its users set to 1, and
    /// the assumptions. A users input leaves it alone.
    pub shape: Memo<(Scenario, Assumptions)>,
    /// Chart data. Users are factored out, so moving the users slider only
    /// moves the marker and never recomputes the sweep.
    pub sweep: Memo<Vec<SweepPoint>>,
    /// A's estimate in the view on screen, while one is pinned.
    pub compare_estimate: Memo<Option<Estimate>>,
    /// A's sweep in the current view, for overlaying on the charts; empty
    /// while nothing is pinned.
    pub compare_sweep: Memo<Vec<SweepPoint>>,
}

impl Derived {
    /// Memos over `doc` (the ×10 answer is the bottleneck callout's own).
    pub fn new(doc: Doc) -> Derived {
        // Each reads the document through one edge (`Doc::with`), so an
        // input marks what hangs below it once, not once per part it reads.
        let estimate = Memo::new(move |_| {
            doc.with(|l| Estimate::numbers(&l.state.scenario, &l.state.assumptions))
        });
        let explained = Memo::new(move |_| {
            doc.with(|l| Estimate::explain(&l.state.scenario, &l.state.assumptions))
        });
        // What the sweep depends on: the scenario without its users, and the
        // assumptions. Compared in place: a users input leaves the sweep
        // alone and does not copy the assumptions.
        let shape = Memo::new_owning(move |old: Option<(Scenario, Assumptions)>| {
            doc.with(|l| {
                let s = Scenario {
                    users: 1.0,
                    ..l.state.scenario.clone()
                };
                let a = &l.state.assumptions;
                match old {
                    Some(o) if o.0 == s && o.1 == *a => (o, false),
                    _ => ((s, a.clone()), true),
                }
            })
        });
        let sweep = Memo::new(move |_| {
            shape.with(|(s, a)| model::sweep(s, a, SWEEP_USERS.0, SWEEP_USERS.1, SWEEP_POINTS))
        });
        let compare = doc.compare;
        let view = doc.view;
        // In the view on screen, like A's sweep below: the KPI cards, the
        // compare table and the charts then all show the same A.
        let compare_estimate = Memo::new(move |_| {
            let v = view.get();
            compare.with(|c| {
                c.as_ref().map(|p| {
                    let sc = model::Scenario {
                        view: v,
                        ..p.scenario.clone()
                    };
                    Estimate::numbers(&sc, &p.assumptions)
                })
            })
        });
        // A's sweep sizes the components of the view on screen, so its lines
        // overlay this view's chart even when A was pinned in another view.
        let compare_sweep = Memo::new(move |_| {
            let v = view.get();
            compare.with(|c| {
                c.as_ref()
                    .map(|p| {
                        let sc = model::Scenario {
                            view: v,
                            ..p.scenario.clone()
                        };
                        model::sweep(
                            &sc,
                            &p.assumptions,
                            SWEEP_USERS.0,
                            SWEEP_USERS.1,
                            SWEEP_POINTS,
                        )
                    })
                    // Empty while nothing is pinned (a sweep never is):
                    // `Memo<Vec<SweepPoint>>` is built for `sweep` already.
                    .unwrap_or_default()
            })
        });
        Derived {
            estimate,
            explained,
            shape,
            sweep,
            compare_estimate,
            compare_sweep,
        }
    }
}
