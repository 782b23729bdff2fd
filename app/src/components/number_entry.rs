//! Exact entry for any numeric input: accepts `1.5M`, `250K`, `1e6`; a bad
//! entry gets an inline message naming it, and the current value is kept.

use leptos::prelude::*;
use model::codec::{check_value, number, parse_number};
use model::params::Spec;

/// A text field bound to one value.
#[component]
pub fn NumberEntry(
    /// The input's range, default and unit.
    spec: Spec,
    /// Current value, in the spec's units.
    #[prop(into)]
    value: Signal<f64>,
    /// Called with an accepted (possibly clamped) value.
    on_set: Callback<f64>,
    /// DOM id of the field; its message is `<id>-error`.
    #[prop(into)]
    id: String,
    /// Accessible name.
    #[prop(into)]
    label: String,
    /// Shown value = value × scale; entered value ÷ scale (e.g. 86,400 for per day).
    #[prop(into, optional)]
    scale: Option<Signal<f64>>,
) -> impl IntoView {
    let (error, set_error) = signal(None::<String>);
    let scale = scale.unwrap_or_else(|| Signal::stored(1.0));
    let shown = move |v: f64| {
        let k = scale.get();
        if k == 1.0 {
            number(v)
        } else {
            model::format::num(v * k)
        }
    };
    let on_entry = move |text: String| {
        let k = scale.get_untracked();
        match parse_number(&text) {
            None => set_error.set(Some(format!(
                "“{}” is not a number; {} stays {}.",
                text.trim(),
                spec.label,
                shown(value.get_untracked())
            ))),
            Some(x) => {
                let (v, fix) = check_value(spec.key, &number(x / k), &spec);
                on_set.run(v);
                set_error.set(fix.map(|f| {
                    format!(
                        "{}: {} is {}; using {}.",
                        spec.label,
                        text.trim(),
                        f.reason,
                        shown(v)
                    )
                }));
            }
        }
    };
    let err_id = format!("{id}-error");
    view! {
        <input
            type="text"
            inputmode="decimal"
            class="exact"
            id=id
            aria-label=label
            aria-invalid=move || error.get().is_some().to_string()
            aria-describedby=err_id.clone()
            prop:value=move || shown(value.get())
            on:change=move |ev| on_entry(event_target_value(&ev))
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    set_error.set(None);
                }
            }
        />
        <p class="entry-error" id=err_id role="alert">{move || error.get()}</p>
    }
}
