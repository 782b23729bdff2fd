//! The assumptions drawer: every per-node capacity, editable, with its
//! default, its source and a reset control.

use super::number_entry::NumberEntry;
use crate::state::AppState;
use leptos::prelude::*;
use model::Cap;

/// One editable capacity.
#[component]
fn CapField(
    /// Which capacity.
    cap: Cap,
) -> impl IntoView {
    let st = expect_context::<AppState>();
    let spec = cap.spec();
    let value = Memo::new(move |_| st.assumptions.with(|a| a.get(cap)));
    let set = Callback::new(move |v: f64| st.assumptions.update(|a| a.set(cap, v)));
    let changed = move || value.get() != spec.default;
    let id = format!("cap-{}", spec.key);
    view! {
        <div class="cap" class:changed=changed data-key=spec.key>
            <label for=id.clone()>{spec.label}</label>
            <div class="cap-row">
                <NumberEntry spec=spec value=value on_set=set id=id.clone() label=spec.label />
                <button class="reset" id=format!("reset-{}", spec.key) disabled=move || !changed()
                    aria-label=format!("Reset {} to its default", spec.label)
                    on:click=move |_| set.run(spec.default)>"Reset"</button>
            </div>
            <p class="cap-source">
                {format!("Default {} · {}", spec.unit.show(spec.default), spec.source)}
            </p>
        </div>
    }
}

/// All capacities in a collapsible drawer.
#[component]
pub fn AssumptionsDrawer() -> impl IntoView {
    let st = expect_context::<AppState>();
    let changed = Memo::new(move |_| {
        st.assumptions.with(|a| {
            Cap::ALL
                .iter()
                .filter(|c| a.get(**c) != c.spec().default)
                .count()
        })
    });
    view! {
        <details class="group" id="assumptions">
            <summary>
                "Assumptions (per-node capacities)"
                {move || (changed.get() > 0).then(|| view! { <span class="badge">{format!("{} changed", changed.get())}</span> })}
            </summary>
            {Cap::ALL.iter().map(|c| view! { <CapField cap=*c /> }).collect_view()}
            <button class="secondary" id="reset-all" disabled=move || changed.get() == 0
                on:click=move |_| st.assumptions.set(model::Assumptions::default())>"Reset all to defaults"</button>
        </details>
    }
}
