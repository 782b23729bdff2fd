//! The one slider component: a labelled track for any [`Param`], with a live
//! formatted value, a number field for exact entry, keyboard steps and an
//! info tip. Position ↔ value maths lives in `model::slider`.

use crate::state::AppState;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use model::codec::{check_value, number, parse_number};
use model::slider::{from_position, step, to_position, STEPS};
use model::Param;

/// A slider bound to one scenario input.
#[component]
pub fn ParamSlider(
    /// Which input it edits.
    param: Param,
) -> impl IntoView {
    let st = expect_context::<AppState>();
    let spec = param.spec();
    let key = spec.key;
    let value = Memo::new(move |_| st.scenario.with(|s| s.get(param)));
    let (error, set_error) = signal(None::<String>);
    let set = move |v: f64| {
        set_error.set(None);
        st.scenario.update(|s| s.set(param, v));
    };
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
        set(next);
    };
    let on_entry = move |text: String| match parse_number(&text) {
        None => set_error.set(Some(format!(
            "“{text}” is not a number; {} stays {}.",
            spec.label,
            spec.unit.show(value.get_untracked())
        ))),
        Some(_) => {
            let (v, fix) = check_value(key, &text, &spec);
            st.scenario.update(|s| s.set(param, v));
            set_error.set(fix.map(|f| {
                format!(
                    "{} {}: {} → {}.",
                    spec.label,
                    f.reason,
                    f.given,
                    spec.unit.show(v)
                )
            }));
        }
    };
    let id = format!("in-{key}");
    let err_id = format!("err-{key}");
    let tip_id = format!("tip-{key}");
    view! {
        <div class="param" data-key=key>
            <div class="param-head">
                <label for=id.clone()>{spec.label}</label>
                <span class="info" tabindex="0" role="note" aria-describedby=tip_id.clone() title=spec.help>"i"
                    <span class="tip" id=tip_id.clone() role="tooltip">{spec.help}</span>
                </span>
                <output class="param-value" id=format!("val-{key}") for=id.clone()>{move || spec.unit.show(value.get())}</output>
            </div>
            <div class="param-row">
                <input
                    type="range"
                    id=id.clone()
                    min="0"
                    max=STEPS.to_string()
                    step="1"
                    aria-valuetext=move || spec.unit.show(value.get())
                    aria-describedby=tip_id
                    prop:value=move || (to_position(&spec, value.get()) * STEPS).round().to_string()
                    on:input=move |ev| {
                        if let Ok(pos) = event_target_value(&ev).parse::<f64>() {
                            set(from_position(&spec, pos / STEPS));
                        }
                    }
                    on:keydown=on_key
                />
                <input
                    type="text"
                    inputmode="decimal"
                    class="param-exact"
                    id=format!("num-{key}")
                    aria-label=format!("{} exact value", spec.label)
                    aria-invalid=move || error.get().is_some().to_string()
                    aria-describedby=err_id.clone()
                    prop:value=move || number(value.get())
                    on:change=move |ev| on_entry(event_target_value(&ev))
                />
            </div>
            <p class="param-error" id=err_id role="alert">{move || error.get()}</p>
        </div>
    }
}
