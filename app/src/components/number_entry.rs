//! Exact entry for any numeric input. Text is read in the field's own unit
//! by `model::entry` (`1.5M` users, `64KiB`, `100/d`), so this component
//! never rescales a value; a bad entry gets an inline message naming it, and
//! the current value is kept.

use leptos::prelude::*;
use model::codec::number;
use model::entry::{self, RateBase};
use model::params::Spec;

/// A text field bound to one value.
#[component]
pub fn NumberEntry(
    /// The input's range, default and unit.
    spec: Spec,
    /// Current value, in the spec's unit.
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
    /// How a bare number in a rate field is read (per second unless given).
    #[prop(into, optional)]
    base: Option<Signal<RateBase>>,
    /// Shown in an empty field: a value that is not finite (NaN) means "no
    /// value yet" (a platform price no public source gave).
    #[prop(into, optional)]
    placeholder: Option<String>,
) -> impl IntoView {
    let (error, set_error) = signal(None::<String>);
    let base = base.unwrap_or_else(|| Signal::stored(RateBase::PerSecond));
    let shown = move |v: f64| {
        if v.is_finite() {
            entry::show(spec.unit, v, base.get())
        } else {
            String::new()
        }
    };
    let on_entry = move |text: String| {
        let parsed = entry::parse(spec.unit, &text, base.get_untracked())
            .map_err(|e| e.to_string())
            .and_then(|x| {
                if x.is_finite() {
                    Ok(x)
                } else {
                    Err(format!("“{}” is not a finite number", text.trim()))
                }
            });
        match parsed {
            Err(why) => set_error.set(Some({
                let now = value.get_untracked();
                let kept = if now.is_finite() {
                    entry::label(spec.unit, now, base.get_untracked())
                } else {
                    "unset".to_string()
                };
                format!("{why}; {} stays {kept}.", spec.label)
            })),
            Ok(x) => {
                let (v, changed) = spec.clamp(x);
                on_set.run(v);
                set_error.set(changed.then(|| {
                    let why = if x < spec.min || x > spec.max {
                        format!(
                            "out of range {}–{}; clamped",
                            number(spec.min),
                            number(spec.max)
                        )
                    } else {
                        "must be a whole number; rounded".to_string()
                    };
                    format!(
                        "{}: {} is {why}; using {}.",
                        spec.label,
                        text.trim(),
                        entry::label(spec.unit, v, base.get_untracked())
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
            placeholder=placeholder
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
