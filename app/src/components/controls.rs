//! The scenario panel: primary sliders always visible, the rest in a
//! collapsible advanced group.

use super::assumptions::AssumptionsDrawer;
use super::drawer::Drawer;
use super::drill_panel::{DrillPanel, DRILL};
use super::failure::{FailurePanel, FAILURE};
use super::library::LibraryPanel;
use super::param_slider::ScenarioSlider;
use leptos::prelude::*;
use model::Param;

/// Inputs that are always on screen.
pub const PRIMARY: [Param; 4] = [Param::Users, Param::Rate, Param::Size, Param::Write];

/// The controls column.
#[component]
pub fn Controls() -> impl IntoView {
    let advanced: Vec<Param> = Param::ALL
        .iter()
        .copied()
        .filter(|p| !PRIMARY.contains(p) && !FAILURE.contains(p) && !DRILL.contains(p))
        .collect();
    let advanced = StoredValue::new(advanced);
    view! {
        <section class="controls" aria-label="Scenario inputs">
            <h2 class="panel-title">"Scenario"</h2>
            {PRIMARY.into_iter().map(|p| view! { <ScenarioSlider param=p /> }).collect_view()}
            <Drawer id="advanced" summary=|| "Advanced">
                {advanced.get_value().into_iter().map(|p| view! { <ScenarioSlider param=p /> }).collect_view()}
            </Drawer>
            <FailurePanel />
            <DrillPanel />
            <AssumptionsDrawer />
            <LibraryPanel />
        </section>
    }
}
