//! A KPI card: a big number, its label, and a "show work" toggle that renders
//! the model's derivation steps verbatim.

use crate::state::AppState;
use leptos::prelude::*;
use model::explain::chain;

/// One headline figure.
#[component]
pub fn Kpi(
    /// DOM id suffix; the value element is `kpi-<id>`.
    #[prop(into)]
    id: String,
    /// Label under the number.
    #[prop(into)]
    label: String,
    /// The formatted value.
    #[prop(into)]
    value: Signal<String>,
    /// The model step id whose derivation "show work" reveals.
    #[prop(into)]
    step_id: String,
) -> impl IntoView {
    let st = expect_context::<AppState>();
    let (open, set_open) = signal(false);
    let step_id = StoredValue::new(step_id);
    let work_id = format!("work-{id}");
    view! {
        <article class="kpi">
            <div class="kpi-value" id=format!("kpi-{id}") aria-live="polite">{move || value.get()}</div>
            <div class="kpi-label">{label}</div>
            <button
                class="link"
                aria-expanded=move || open.get().to_string()
                aria-controls=work_id.clone()
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                {move || if open.get() { "Hide work" } else { "Show work" }}
            </button>
            <Show when=move || open.get()>
                <ol class="work" id=work_id.clone()>
                    {move || {
                        st.estimate.with(|e| {
                            chain(&e.steps, &step_id.get_value())
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <li>
                                            <span class="work-label">{s.label.clone()}</span>
                                            <code>{s.formula.clone()}</code>
                                            <code>{format!("= {}", s.substituted)}</code>
                                            <strong>{format!("= {}", s.result)}</strong>
                                        </li>
                                    }
                                })
                                .collect_view()
                        })
                    }}
                </ol>
            </Show>
        </article>
    }
}
