//! # app: the Leptos dashboard
//!
//! Thin components over the pure `model` crate: the scenario is one
//! `RwSignal`, the estimate and the chart sweep are `Memo`s of it, and
//! `Effect`s only touch the outside world (canvas pixels, the URL, storage).

pub mod charts;
pub mod components;
pub mod state;

use components::chart_canvas::ChartCanvas;
use components::kpi::Kpi;
use components::param_slider::ParamSlider;
use leptos::prelude::*;
use model::{format, Param};
use state::AppState;

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    let st = AppState::new();
    provide_context(st);
    let brokers = Signal::derive(move || format::int(st.estimate.with(|e| e.nodes.brokers)));
    let spec = Signal::derive(move || {
        charts::nodes_vs_users(
            &st.sweep.get(),
            st.scenario.with(|s| s.users),
            st.scenario.with(|s| s.view),
        )
    });
    view! {
        <header class="topbar">
            <h1>"Event-driven capacity planner"</h1>
            <p class="tagline">"How many brokers does this take?"</p>
        </header>
        <main class="layout">
            <section class="controls" aria-label="Scenario">
                <ParamSlider param=Param::Users />
                <ParamSlider param=Param::Rate />
            </section>
            <section class="results" aria-label="Results">
                <div class="kpis">
                    <Kpi id="brokers" label="Brokers" value=brokers step_id="nodes.brokers" />
                </div>
                <ChartCanvas id="chart-nodes" spec=spec />
            </section>
        </main>
    }
}
