//! # app: the Leptos dashboard
//!
//! Thin components over the pure `model` crate. The shareable document is
//! one signal, changed only through typed edits ([`state::Editor`]); the
//! estimate and the chart sweeps are memos of it; `Effect`s only touch the
//! outside world (canvas pixels, the URL, storage). See `docs/ARCHITECTURE.md`.

pub mod charts;
pub mod components;
pub mod download;
pub mod palette;
pub mod state;
pub mod storage;
pub mod url_sync;

use components::bottleneck::BottleneckCallout;
use components::charts_panel::ChartsPanel;
use components::compare::ComparePanel;
use components::controls::Controls;
use components::cost::CostBreakdown;
use components::deferred::Deferred;
use components::diagram::ArchitectureDiagram;
use components::guide_panel::GuidePanel;
use components::kpi::KpiGrid;
use components::notice::CorrectionsNotice;
use components::presenter::Presenter;
use components::share::ShareBar;
use components::tabs::Tabs;
use components::tier_table::TierTable;
use components::topbar::TopBar;
use leptos::prelude::*;

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    let (doc, derived, prefs, editor) = state::provide(Default::default());
    prefs.install(editor);
    url_sync::install(doc, editor);
    let tier = move || derived.estimate.with(|e| e.tier.label);
    view! {
        <TopBar />
        <CorrectionsNotice corrections=editor.corrections() on_dismiss=Callback::new(move |_| editor.dismiss()) />
        <ShareBar />
        <main class="layout">
            <Controls />
            <section class="results" aria-label="Results">
                <Tabs />
                <div id="view-panel" role="tabpanel" aria-labelledby=move || format!("tab-{}", doc.view.get().key())>
                    <p class="tier-line">"Nearest tier: " <strong id="tier">{tier}</strong></p>
                    <KpiGrid />
                    <BottleneckCallout />
                    <ChartsPanel />
                    // Below the charts: built in the frame after the first paint.
                    <Deferred>
                        <ArchitectureDiagram />
                        <CostBreakdown />
                        <ComparePanel />
                        <TierTable />
                        <GuidePanel />
                    </Deferred>
                </div>
            </section>
        </main>
        <Presenter />
    }
}
