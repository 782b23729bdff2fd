//! Zones, failure tolerance and storage semantics: the inputs that bound
//! counts beyond throughput (zone spread, surviving a failure at peak,
//! tiered storage, the planning horizon, follower fetching).

use super::drawer::Drawer;
use super::param_slider::ScenarioSlider;
use crate::state::{ctx, Ctx, Edit};
use leptos::prelude::*;
use model::scenario::Tolerate;
use model::Param;

/// The default, its source and a reset, under one input of this group.
#[component]
fn DefaultLine(
    /// Link key, for the reset button's id (`reset-<key>`).
    key: &'static str,
    /// Label, for the reset button's accessible name.
    label: &'static str,
    /// The default as shown.
    shown: String,
    /// Where the default comes from.
    source: &'static str,
    /// Whether the value differs from the default.
    #[prop(into)]
    changed: Signal<bool>,
    /// Puts the default back.
    on_reset: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="cap-row default-line">
            <p class="cap-source">{format!("Default {shown} · {source}")}</p>
            <button class="reset" id=format!("reset-{key}") disabled=move || !changed.get()
                aria-label=format!("Reset {label} to its default")
                on:click=move |_| on_reset.run(())>"Reset"</button>
        </div>
    }
}

/// The default line of one scenario input: shown in its unit, reset to its spec's default.
#[component]
fn ParamDefault(param: Param) -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    let spec = param.spec();
    let changed = Memo::new(move |_| doc.scenario.with(|s| s.get(param) != spec.default));
    view! {
        <DefaultLine key=spec.key label=spec.label shown=spec.unit.show(spec.default) source=spec.source
            changed=changed on_reset=Callback::new(move |_| editor.apply(Edit::Param(param, spec.default))) />
    }
}

/// A slider of this group with its default line.
#[component]
fn FailureSlider(param: Param) -> impl IntoView {
    view! {
        <ScenarioSlider param=param />
        <ParamDefault param=param />
    }
}

/// Vendor rules the tiered-storage setting breaks (MSK's 3-day minimum
/// retention, local hours past retention), announced where it is set.
#[component]
fn TieredWarnings() -> impl IntoView {
    let Ctx { doc, .. } = ctx();
    let list = Memo::new(move |_| {
        doc.scenario
            .with(|s| doc.assumptions.with(|a| model::warnings::warnings(s, a)))
    });
    view! {
        <div id="tiered-warnings" role="status">
            {move || list.get().into_iter().map(|w| view! { <p class="warning">{w}</p> }).collect_view()}
        </div>
    }
}

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
    let Ctx { doc, editor, .. } = ctx();
    // By key: `Memo<&str>` is built for other menus already (a smaller wasm).
    let tolerate = Memo::new(move |_| doc.scenario.with(|s| s.tolerate.key()));
    let ffetch = Memo::new(move |_| doc.scenario.with(|s| s.follower_fetch >= 0.5));
    let ff_help = Param::FollowerFetch.spec().help;
    view! {
        <Drawer id="failure" summary=|| "Zones, failure and storage">
            <div class="param" data-key="tolerate">
                <div class="param-head">
                    <label for="in-tolerate">"Survive at peak"</label>
                </div>
                <select id="in-tolerate" prop:value=move || tolerate.get() on:change=move |ev| {
                    if let Some(t) = Tolerate::from_key(&event_target_value(&ev)) {
                        editor.apply(Edit::Tolerate(t));
                    }
                }>
                    {Tolerate::ALL.into_iter().map(|t| view! {
                        <option value=t.key() selected=move || tolerate.get() == t.key()>{t.label()}</option>
                    }).collect_view()}
                </select>
                <DefaultLine key="tolerate" label="Survive at peak" shown=Tolerate::default().label().to_string()
                    source=Tolerate::SOURCE changed=Signal::derive(move || tolerate.get() != Tolerate::default().key())
                    on_reset=Callback::new(move |_| editor.apply(Edit::Tolerate(Tolerate::default()))) />
            </div>
            <FailureSlider param=Param::Az />
            <FailureSlider param=Param::Tiered />
            <TieredWarnings />
            <FailureSlider param=Param::Horizon />
            <label class="check" title=ff_help>
                <input type="checkbox" id="in-ffetch" prop:checked=move || ffetch.get()
                    on:change=move |ev| editor.apply(Edit::Param(Param::FollowerFetch, if event_target_checked(&ev) { 1.0 } else { 0.0 }))/>
                "Follower fetching (consumers read their own zone)"
            </label>
            <ParamDefault param=Param::FollowerFetch />
        </Drawer>
    }
}
