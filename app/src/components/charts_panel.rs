//! The charts for the current view. Each plot spec is a memo that leaves the
//! user count out, so the users slider only moves the markers; the latency
//! plot depends on node counts, which change in steps.

use super::chart_canvas::ChartCanvas;
use super::stages::{self, Stage};
use crate::charts;
use crate::state::{ctx, Ctx};
use leptos::prelude::*;
use model::View;

/// Nodes, bandwidth, storage and latency charts (plus replay cost in the replay view).
#[component]
pub fn ChartsPanel() -> impl IntoView {
    let Ctx { doc, derived, .. } = ctx();
    let dark = ctx().prefs.dark;
    // A memo, so that an input other than users leaves the markers alone.
    let users = Memo::new(move |_| Some(doc.scenario.with(|s| s.users)));
    let view = doc.view;
    // With a pinned A, its lines are overlaid dashed on every chart.
    let with_a = move |b: charts::ChartSpec,
                       build: &dyn Fn(&[model::SweepPoint]) -> charts::ChartSpec| {
        derived.compare_sweep.with(|a| {
            if a.is_empty() {
                b
            } else {
                charts::overlay_compare(b, build(a))
            }
        })
    };
    // With ranges, each users chart's lines get their p10–p90 band, worked
    // out at a few users values after the inputs rest (`state::bands`).
    let chart_bands = ctx().unc.chart();
    let banded = move |id: &str, spec: charts::ChartSpec| {
        chart_bands.with(|at| {
            if at.is_empty() {
                spec
            } else {
                charts::with_bands(spec, at, &charts::band_paths(id, view.get()))
            }
        })
    };
    let nodes = Memo::new(move |_| {
        let v = view.get();
        let b = derived.sweep.with(|sw| charts::nodes_vs_users(sw, v));
        with_a(banded("nodes", b), &|sw| charts::nodes_vs_users(sw, v))
    });
    let bandwidth = Memo::new(move |_| {
        let b = derived.sweep.with(|sw| charts::bandwidth_vs_users(sw));
        with_a(banded("bandwidth", b), &|sw| charts::bandwidth_vs_users(sw))
    });
    let storage = Memo::new(move |_| {
        let b = derived.sweep.with(|sw| charts::storage_vs_users(sw));
        with_a(banded("storage", b), &|sw| charts::storage_vs_users(sw))
    });
    let cost = Memo::new(move |_| {
        let b = derived.sweep.with(|sw| charts::cost_vs_users(sw));
        with_a(banded("cost", b), &|sw| charts::cost_vs_users(sw))
    });
    // A's curves for the charts whose x is not users: they depend only on
    // the pinned scenario and the view on screen (like `compare_sweep`), so
    // they are worked out on a pin or a tab change, never on an input.
    // The whole pinned state, in the view on screen: `Memo<Option<State>>`
    // is built for `Doc::compare` already (a smaller wasm).
    let a_state = Memo::new(move |_| {
        let v = view.get();
        doc.compare.with(|c| {
            c.as_ref().map(|p| {
                let mut a = p.clone();
                a.scenario.view = v;
                a
            })
        })
    });
    // A spec with no lines while nothing is pinned (A's always has some):
    // `Memo<ChartSpec>` is built already, where `Memo<Option<ChartSpec>>`
    // was a type of its own (a smaller wasm).
    let latency_a = Memo::new(move |_| {
        a_state.with(|a| {
            a.as_ref().map_or_else(charts::ChartSpec::empty, |a| {
                charts::latency_vs_utilisation(&a.scenario, &a.assumptions).0
            })
        })
    });
    let replay_a = Memo::new(move |_| {
        a_state.with(|a| {
            a.as_ref().map_or_else(charts::ChartSpec::empty, |a| {
                charts::replay_vs_snapshot(&a.scenario, &a.assumptions)
            })
        })
    });
    let overlay_a = |b: charts::ChartSpec, a: Memo<charts::ChartSpec>| {
        a.with(|a| {
            if a.series.is_empty() {
                b
            } else {
                charts::overlay_compare(b, a.clone())
            }
        })
    };
    let latency = Memo::new(move |_| {
        // Through one edge to the document (`Doc::with`).
        let (b, now) =
            doc.with(|l| charts::latency_vs_utilisation(&l.state.scenario, &l.state.assumptions));
        (overlay_a(b, latency_a), now)
    });
    let latency_spec = Memo::new(move |_| latency.with(|l| l.0.clone()));
    let latency_now = Memo::new(move |_| latency.with(|l| l.1));
    let replay = Memo::new(move |_| {
        let b = doc.with(|l| charts::replay_vs_snapshot(&l.state.scenario, &l.state.assumptions));
        overlay_a(b, replay_a)
    });
    let replay_now = Memo::new(move |_| doc.scenario.with(charts::replay_marker));
    view! {
        <section class="charts" aria-label="Charts">
            <ChartCanvas id="chart-nodes" spec=nodes marker=users dark=dark />
            <ChartCanvas id="chart-bandwidth" spec=bandwidth marker=users dark=dark />
            // Below the first row: built in the task after the first chart's
            // frame, so that frame lays out, and this stage works out, only
            // the two charts a first screen shows (the latency chart's hockey
            // stick among what waits; docs/PERFORMANCE.md, stop 17). The
            // grid's `auto-fill` keeps the first row's columns as they are
            // when these arrive.
            <Stage n=stages::AFTER_FIRST_CHART>
                <ChartCanvas id="chart-storage" spec=storage marker=users dark=dark />
                <ChartCanvas id="chart-cost" spec=cost marker=users dark=dark />
                <ChartCanvas id="chart-latency" spec=latency_spec marker=latency_now dark=dark />
                <Show when=move || view.get() == View::Replay>
                    <ChartCanvas id="chart-replay" spec=replay marker=replay_now dark=dark />
                </Show>
            </Stage>
        </section>
    }
}
