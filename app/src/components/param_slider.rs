//! The one slider component: a labelled track for any [`Param`], with a live
//! formatted value, exact entry, keyboard steps and an info tip. Position ↔
//! value maths lives in `model::slider`.

use super::number_entry::NumberEntry;
use crate::state::AppState;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use model::format;
use model::slider::{from_position, step, to_position, STEPS};
use model::units::SECONDS_PER_DAY;
use model::Param;

/// A slider bound to one scenario input.
#[component]
pub fn ParamSlider(
    /// Which input it edits.
    param: Param,
    /// Prefix for its DOM ids, when a second copy is on screen (presenter bar).
    #[prop(optional, into)]
    prefix: String,
) -> impl IntoView {
    let st = expect_context::<AppState>();
    let spec = param.spec();
    let key = spec.key;
    let value = Memo::new(move |_| st.scenario.with(|s| s.get(param)));
    let per_day = move || param == Param::Rate && st.rate_per_day.get();
    let label = move |v: f64| {
        if per_day() {
            format!("{}/day", format::num(v * SECONDS_PER_DAY))
        } else {
            spec.unit.show(v)
        }
    };
    let set = Callback::new(move |v: f64| st.scenario.update(|s| s.set(param, v)));
    let on_key = move |ev: KeyboardEvent| {
        let v = value.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowUp" => step(&spec, v, 1.0),
            "ArrowLeft" | "ArrowDown" => step(&spec, v, -1.0),
            "PageUp" => step(&spec, v, 10.0),
            "PageDown" => step(&spec, v, -10.0),
            "Home" => from_position(&spec, 0.0),
            "End" => from_position(&spec, 1.0),
            _ => return,
        };
        ev.prevent_default();
        set.run(next);
    };
    let scale = Signal::derive(move || if per_day() { SECONDS_PER_DAY } else { 1.0 });
    let id = format!("{prefix}in-{key}");
    let tip_id = format!("{prefix}tip-{key}");
    view! {
        <div class="param" data-key=key>
            <div class="param-head">
                <label for=id.clone()>{spec.label}</label>
                <span class="info" tabindex="0" aria-describedby=tip_id.clone()>"i"
                    <span class="tip" id=tip_id.clone() role="tooltip">{spec.help}</span>
                </span>
                {(param == Param::Rate).then(|| view! {
                    <button class="unit-toggle" id=format!("{prefix}rate-unit") aria-pressed=move || st.rate_per_day.get().to_string()
                        title="Show and enter the rate per day"
                        on:click=move |_| st.rate_per_day.update(|d| *d = !*d)>
                        {move || if st.rate_per_day.get() { "per day" } else { "per second" }}
                    </button>
                })}
                <output class="param-value" id=format!("{prefix}val-{key}") for=id.clone()>{move || label(value.get())}</output>
            </div>
            <div class="param-row">
                <input
                    type="range"
                    id=id.clone()
                    min="0"
                    max=STEPS.to_string()
                    step="1"
                    aria-valuetext=move || label(value.get())
                    aria-describedby=tip_id
                    prop:value=move || (to_position(&spec, value.get()) * STEPS).round().to_string()
                    on:input=move |ev| {
                        if let Ok(pos) = event_target_value(&ev).parse::<f64>() {
                            set.run(from_position(&spec, pos / STEPS));
                        }
                    }
                    on:keydown=on_key
                />
                <NumberEntry spec=spec value=value on_set=set id=format!("{prefix}num-{key}")
                    label=format!("{} exact value", spec.label) scale=scale />
            </div>
        </div>
    }
}
