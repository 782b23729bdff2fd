//! The one slider component: a labelled track for any [`Param`], with a live
//! formatted value, exact entry, keyboard steps and an info tip. It takes
//! its value and reports changes through props, so it works (and is tested)
//! on its own; position ↔ value maths lives in `model::slider`.

use super::number_entry::NumberEntry;
use super::range_entry::{glance, RangeEntry};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use model::entry::{self, RateBase};
use model::ranges::{Key, Range};
use model::slider::{from_position, step, to_position, STEPS};
use model::Param;

/// A slider bound to one scenario input.
#[component]
pub fn ParamSlider(
    /// Which input it edits.
    param: Param,
    /// Its current value, in the param's unit.
    #[prop(into)]
    value: Signal<f64>,
    /// Called with each new value (already in range).
    on_change: Callback<f64>,
    /// How the rate is shown and typed; only the rate slider has a unit toggle.
    #[prop(into, optional)]
    base: Option<Signal<RateBase>>,
    /// Flips the rate between per second and per day (shown with `base`).
    #[prop(optional)]
    on_toggle_unit: Option<Callback<()>>,
    /// Prefix for its DOM ids, when a second copy is on screen (presenter bar).
    #[prop(optional, into)]
    prefix: String,
    /// The input's range while it is in range mode (needs `on_range`).
    #[prop(into, optional)]
    range: Option<Signal<Option<Range>>>,
    /// Range mode's changes: `Some(true)`/`Some(false)` turn it on/off
    /// (`on_range_toggle`), a new range comes through `on_range`. Without
    /// both, the slider has no range toggle.
    #[prop(optional)]
    on_range_toggle: Option<Callback<bool>>,
    /// Called with each new range (see `on_range_toggle`).
    #[prop(optional)]
    on_range: Option<Callback<Range>>,
) -> impl IntoView {
    let spec = param.spec();
    let key = spec.key;
    let base = base.unwrap_or_else(|| Signal::stored(RateBase::PerSecond));
    let label = move |v: f64| entry::label(spec.unit, v, base.get());
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
        on_change.run(next);
    };
    let id = format!("{prefix}in-{key}");
    let tip_id = format!("{prefix}tip-{key}");
    let per_day = move || base.get() == RateBase::PerDay;
    let range = range.unwrap_or_else(|| Signal::stored(None));
    let pkey = Key::Param(param);
    // At a glance: the output reads "500K–2M" and the track carries a band
    // from low to high while the input is a range.
    let shown = move || match range.get() {
        Some(r) => glance(pkey, &r, base.get()),
        None => label(value.get()),
    };
    let band_style = move || {
        range.get().map(|r| {
            let (a, b) = (to_position(&spec, r.low), to_position(&spec, r.high));
            format!(
                "left:{:.2}%;width:{:.2}%",
                a * 100.0,
                ((b - a) * 100.0).max(0.5)
            )
        })
    };
    let range_ui = on_range_toggle.zip(on_range).map(|(t, r)| {
        view! { <RangeEntry key=pkey range=range on_toggle=t on_range=r id=format!("{prefix}{key}") base=base /> }
    });
    view! {
        <div class="param" data-key=key>
            <div class="param-head">
                <label for=id.clone()>{spec.label}</label>
                <span class="info" tabindex="0" aria-describedby=tip_id.clone()>"i"
                    <span class="tip" id=tip_id.clone() role="tooltip">{spec.help}</span>
                </span>
                {on_toggle_unit.map(|toggle| view! {
                    <button class="unit-toggle" id=format!("{prefix}rate-unit") aria-pressed=move || per_day().to_string()
                        title="Show and enter the rate per day"
                        on:click=move |_| toggle.run(())>
                        {move || if per_day() { "per day" } else { "per second" }}
                    </button>
                })}
                <output class="param-value" id=format!("{prefix}val-{key}") for=id.clone() class:ranged=move || range.with(Option::is_some)>{shown}</output>
            </div>
            <div class="param-row">
                <div class="track">
                {move || band_style().map(|st| view! { <span class="range-band" aria-hidden="true" style=st></span> })}
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
                        if let Some(pos) = model::common::num::parse_f64(&event_target_value(&ev)) {
                            on_change.run(from_position(&spec, pos / STEPS));
                        }
                    }
                    on:keydown=on_key
                />
                </div>
                <NumberEntry spec=spec value=value on_set=on_change id=format!("{prefix}num-{key}")
                    label=format!("{} exact value", spec.label) base=base />
            </div>
            {range_ui}
        </div>
    }
}

/// A [`ParamSlider`] wired to the document: reads the param from the
/// scenario, writes through the editor, and gives the rate its unit toggle.
#[component]
pub fn ScenarioSlider(
    /// Which input it edits.
    param: Param,
    /// Prefix for its DOM ids (see [`ParamSlider`]).
    #[prop(optional, into)]
    prefix: String,
) -> impl IntoView {
    let crate::state::Ctx {
        doc, editor, prefs, ..
    } = crate::state::ctx();
    let value = Memo::new(move |_| doc.scenario.with(|s| s.get(param)));
    let on_change = Callback::new(move |v| editor.apply(crate::state::Edit::Param(param, v)));
    let key = Key::Param(param);
    let range = Memo::new(move |_| doc.ranges.with(|r| r.get(key).copied()));
    let toggle = Callback::new(move |on: bool| {
        editor.apply(if on {
            crate::state::Edit::RangeOn(key)
        } else {
            crate::state::Edit::RangeOff(key)
        })
    });
    let set_range = Callback::new(move |r| editor.apply(crate::state::Edit::Range(key, r)));
    if param == Param::Rate {
        let unit = prefs.rate_unit;
        let base = Signal::derive(move || unit.get().0);
        let unit_toggle = Callback::new(move |_| {
            unit.update(|u| {
                u.0 = match u.0 {
                    RateBase::PerSecond => RateBase::PerDay,
                    RateBase::PerDay => RateBase::PerSecond,
                }
            })
        });
        view! { <ParamSlider param=param value=value on_change=on_change base=base on_toggle_unit=unit_toggle prefix=prefix
            range=range on_range_toggle=toggle on_range=set_range /> }.into_any()
    } else {
        view! { <ParamSlider param=param value=value on_change=on_change prefix=prefix
        range=range on_range_toggle=toggle on_range=set_range /> }
        .into_any()
    }
}
