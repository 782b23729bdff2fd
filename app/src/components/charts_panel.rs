//! The charts for the current view. Each spec is a memo, so a chart repaints
//! only when what it shows changes.

use super::chart_canvas::ChartCanvas;
use crate::charts;
use crate::state::AppState;
use leptos::prelude::*;
use model::View;

/// Nodes, bandwidth, storage and latency charts (plus replay cost in the replay view).
#[component]
pub fn ChartsPanel() -> impl IntoView {
    let st = expect_context::<AppState>();
    let users = Memo::new(move |_| st.scenario.with(|s| s.users));
    let view = Memo::new(move |_| st.scenario.with(|s| s.view));
    let nodes = Memo::new(move |_| {
        st.sweep
            .with(|sw| charts::nodes_vs_users(sw, users.get(), view.get()))
    });
    let bandwidth = Memo::new(move |_| {
        st.sweep
            .with(|sw| charts::bandwidth_vs_users(sw, users.get()))
    });
    let storage = Memo::new(move |_| {
        st.sweep
            .with(|sw| charts::storage_vs_users(sw, users.get()))
    });
    let latency = Memo::new(move |_| {
        st.scenario.with(|s| {
            st.assumptions
                .with(|a| charts::latency_vs_utilisation(s, a))
        })
    });
    let replay = Memo::new(move |_| {
        st.scenario
            .with(|s| st.assumptions.with(|a| charts::replay_vs_snapshot(s, a)))
    });
    view! {
        <section class="charts" aria-label="Charts">
            <ChartCanvas id="chart-nodes" spec=nodes />
            <ChartCanvas id="chart-bandwidth" spec=bandwidth />
            <ChartCanvas id="chart-storage" spec=storage />
            <ChartCanvas id="chart-latency" spec=latency />
            <Show when=move || view.get() == View::Replay>
                <ChartCanvas id="chart-replay" spec=replay />
            </Show>
        </section>
    }
}
