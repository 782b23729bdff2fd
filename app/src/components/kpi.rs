//! KPI cards for the selected view, each with a "show work" toggle that
//! renders the model's derivation steps verbatim.

use crate::state::AppState;
use leptos::prelude::*;
use model::explain::chain;
use model::kpi::{kpis, Kpi};

/// One card. Reads its figure from the list by id, so its open/closed state
/// survives every input change.
#[component]
fn KpiCard(
    /// KPI id.
    id: &'static str,
    /// The view's KPI list.
    list: Memo<Vec<Kpi>>,
) -> impl IntoView {
    let st = expect_context::<AppState>();
    let (open, set_open) = signal(false);
    let this = move || list.with(|l| l.iter().find(|k| k.id == id).cloned());
    let work_id = format!("work-{id}");
    view! {
        <article class="kpi" class:alert=move || this().is_some_and(|k| k.alert)>
            <div class="kpi-value" id=format!("kpi-{id}")>{move || this().map(|k| k.value)}</div>
            <div class="kpi-label">{move || this().map(|k| k.label)}</div>
            <button
                class="link"
                id=format!("show-{id}")
                aria-expanded=move || open.get().to_string()
                aria-controls=work_id.clone()
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                {move || if open.get() { "Hide work" } else { "Show work" }}
            </button>
            <Show when=move || open.get()>
                <ol class="work" id=work_id.clone()>
                    {move || {
                        let step = this().map(|k| k.step_id).unwrap_or_default();
                        st.explained.with(|e| {
                            chain(&e.steps, step)
                                .into_iter()
                                .map(|s| view! {
                                    <li>
                                        <span class="work-label">{s.label.clone()}</span>
                                        <code>{s.formula.clone()}</code>
                                        <code>{format!("= {}", s.substituted)}</code>
                                        <strong>{format!("= {}", s.result)}</strong>
                                    </li>
                                })
                                .collect_view()
                        })
                    }}
                </ol>
            </Show>
        </article>
    }
}

/// The grid of KPI cards for the current view.
#[component]
pub fn KpiGrid() -> impl IntoView {
    let st = expect_context::<AppState>();
    let list = Memo::new(move |_| {
        let v = st.scenario.with(|s| s.view);
        st.estimate.with(|e| kpis(v, e))
    });
    view! {
        <div class="kpis" aria-live="polite">
            <For each=move || list.with(|l| l.iter().map(|k| k.id).collect::<Vec<_>>()) key=|id| *id let:id>
                <KpiCard id=id list=list />
            </For>
        </div>
    }
}
