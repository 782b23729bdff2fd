//! # app: the Leptos dashboard
//!
//! Thin components over the pure `model` crate. The shareable document is
//! one signal, changed only through typed edits ([`state::Editor`]); the
//! estimate and the chart sweeps are memos of it; `Effect`s only touch the
//! outside world (canvas pixels, the URL, storage). See `docs/ARCHITECTURE.md`.

pub mod charts;
pub mod components;
pub mod download;
pub mod library_file;
pub mod palette;
pub mod state;
pub mod storage;
pub mod svg_export;
pub mod url_sync;

use components::bottleneck::BottleneckCallout;
use components::charts_panel::ChartsPanel;
use components::compare::ComparePanel;
use components::controls::Controls;
use components::cost::CostBreakdown;
use components::diagram::ArchitectureDiagram;
use components::guide_panel::GuidePanel;
use components::kpi::KpiGrid;
use components::notice::CorrectionsNotice;
use components::platforms::PlatformsCard;
use components::presenter::Presenter;
use components::regret::RegretCard;
use components::share::ShareBar;
use components::stages::{self, Stage};
use components::tabs::Tabs;
use components::tier_table::TierTable;
use components::timeline::TimelineCard;
use components::topbar::TopBar;
use leptos::prelude::*;

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    let (doc, derived, prefs, editor) = state::provide(Default::default());
    prefs.install(editor);
    url_sync::install(doc, editor);
    let tier = move || derived.estimate.with(|e| e.tier.label);
    let fixes = editor.corrections();
    // One task per stage (components/stages.rs): KPIs, then charts, then,
    // after the first chart's frame, each section below them. The argument is
    // the highest `Stage n` in the view below: a later stage would never build.
    stages::start(10);
    view! {
        <TopBar />
        // While presenting, the presenter shows the corrections (this one is behind it).
        <CorrectionsNotice corrections=Signal::derive(move || if doc.step.with(Option::is_some) { Vec::new() } else { fixes.get() })
            on_dismiss=Callback::new(move |_| editor.dismiss()) />
        <ShareBar />
        <main class="layout">
            <Controls />
            <section class="results" aria-label="Results">
                <Tabs />
                <div id="view-panel" role="tabpanel" aria-labelledby=move || format!("tab-{}", doc.view.get().key())>
                    <p class="tier-line">"Nearest tier: " <strong id="tier">{tier}</strong></p>
                    <Stage n=1>
                        <KpiGrid />
                        <BottleneckCallout />
                    </Stage>
                    <Stage n=2><ChartsPanel /></Stage>
                    // In page order from here on (the lower charts are stage 3),
                    // so a stage never pushes down what an earlier one built.
                    <Stage n=4><TimelineCard /></Stage>
                    <Stage n=5><ArchitectureDiagram /></Stage>
                    <Stage n=6><CostBreakdown /><RegretCard /></Stage>
                    <Stage n=7><PlatformsCard /></Stage>
                    <Stage n=8><ComparePanel /></Stage>
                    <Stage n=9><TierTable /></Stage>
                    <Stage n=10><GuidePanel /></Stage>
                </div>
            </section>
        </main>
        <Presenter />
    }
}
