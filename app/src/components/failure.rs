//! Zones, failure tolerance and storage semantics: the inputs that bound
//! counts beyond throughput (zone spread, surviving a failure at peak,
//! tiered storage, the planning horizon, follower fetching).

use super::drawer::Drawer;
use super::param_slider::ScenarioSlider;
use crate::state::{Doc, Edit, Editor};
use leptos::prelude::*;
use model::scenario::Tolerate;
use model::Param;

/// The inputs this group shows (the advanced group leaves them out).
pub const FAILURE: [Param; 4] = [
    Param::Az,
    Param::Horizon,
    Param::Tiered,
    Param::FollowerFetch,
];

/// The group: zones and tiered/horizon sliders, a tolerance menu and a follower-fetching switch.
#[component]
pub fn FailurePanel() -> impl IntoView {
    let doc = expect_context::<Doc>();
    let editor = expect_context::<Editor>();
    let tolerate = Memo::new(move |_| doc.scenario.with(|s| s.tolerate));
    let ffetch = Memo::new(move |_| doc.scenario.with(|s| s.follower_fetch >= 0.5));
    let ff_help = Param::FollowerFetch.spec().help;
    view! {
        <Drawer id="failure" summary=|| "Zones, failure and storage">
            <div class="param" data-key="tolerate">
                <div class="param-head">
                    <label for="in-tolerate">"Survive at peak"</label>
                </div>
                <select id="in-tolerate" prop:value=move || tolerate.get().key() on:change=move |ev| {
                    if let Some(t) = Tolerate::from_key(&event_target_value(&ev)) {
                        editor.apply(Edit::Tolerate(t));
                    }
                }>
                    {Tolerate::ALL.into_iter().map(|t| view! {
                        <option value=t.key() selected=move || tolerate.get() == t>{match t {
                            Tolerate::None => "nothing (every node up)",
                            Tolerate::Node => "losing one node",
                            Tolerate::Zone => "losing one zone",
                        }}</option>
                    }).collect_view()}
                </select>
            </div>
            <ScenarioSlider param=Param::Az />
            <ScenarioSlider param=Param::Tiered />
            <ScenarioSlider param=Param::Horizon />
            <label class="check" title=ff_help>
                <input type="checkbox" id="in-ffetch" prop:checked=move || ffetch.get()
                    on:change=move |ev| editor.apply(Edit::Param(Param::FollowerFetch, if event_target_checked(&ev) { 1.0 } else { 0.0 }))/>
                "Follower fetching (consumers read their own zone)"
            </label>
        </Drawer>
    }
}
