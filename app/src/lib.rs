//! # app: the Leptos dashboard
//!
//! Thin components over the pure `model` crate: the scenario is one
//! `RwSignal`, the estimate and the chart sweep are `Memo`s of it, and
//! `Effect`s only touch the outside world (canvas pixels, the URL, storage).

pub mod charts;
pub mod components;
pub mod download;
pub mod state;
pub mod url_sync;

use components::bottleneck::BottleneckCallout;
use components::charts_panel::ChartsPanel;
use components::compare::ComparePanel;
use components::controls::Controls;
use components::guide_panel::GuidePanel;
use components::kpi::KpiGrid;
use components::notice::CorrectionsNotice;
use components::presenter::Presenter;
use components::share::ShareBar;
use components::tabs::Tabs;
use components::tier_table::TierTable;
use components::topbar::TopBar;
use leptos::prelude::*;
use state::AppState;

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    let st = AppState::new();
    provide_context(st);
    components::theme::install(st);
    url_sync::install(st);
    let tier = move || st.estimate.with(|e| e.tier.label);
    view! {
        <TopBar />
        <CorrectionsNotice />
        <ShareBar />
        <main class="layout">
            <Controls />
            <section class="results" aria-label="Results">
                <Tabs />
                <div id="view-panel" role="tabpanel" aria-labelledby=move || format!("tab-{}", st.scenario.with(|s| s.view.key()))>
                    <p class="tier-line">"Nearest tier: " <strong id="tier">{tier}</strong></p>
                    <KpiGrid />
                    <BottleneckCallout />
                    <ChartsPanel />
                    <ComparePanel />
                    <TierTable />
                    <GuidePanel />
                </div>
            </section>
        </main>
        <Presenter />
    }
}
