//! KPI cards for the selected view, each with a "show work" toggle that
//! renders the model's derivation steps verbatim.

use crate::state::{Derived, Doc};
use leptos::prelude::*;
use model::explain::{chain, Step};
use model::kpi::{kpis, Kpi};

/// One card. Its open/closed state survives every input change.
#[component]
pub fn KpiCard(
    /// KPI id (DOM ids `kpi-<id>`, `show-<id>`, `work-<id>`).
    id: &'static str,
    /// The figure, or `None` while the view has no such KPI.
    #[prop(into)]
    kpi: Signal<Option<Kpi>>,
    /// The derivation steps behind it, earliest first; only read while open.
    #[prop(into)]
    work: Signal<Vec<Step>>,
) -> impl IntoView {
    let (open, set_open) = signal(false);
    let work_id = format!("work-{id}");
    view! {
        <article class="kpi" class:alert=move || kpi.with(|k| k.as_ref().is_some_and(|k| k.alert))>
            // --len lets the stylesheet shrink a long figure (12,892,223,739) to fit its card.
            <div class="kpi-value" id=format!("kpi-{id}") style=move || format!("--len:{}", kpi.with(|k| k.as_ref().map_or(0, |k| k.value.chars().count())))>{move || kpi.with(|k| k.as_ref().map(|k| k.value.clone()))}</div>
            <div class="kpi-label">{move || kpi.with(|k| k.as_ref().map(|k| k.label))}</div>
            <div class="kpi-note" id=format!("note-{id}")>{move || kpi.with(|k| k.as_ref().and_then(|k| k.note.clone()))}</div>
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
                    {move || work.get().into_iter().map(|s| view! {
                        <li>
                            <span class="work-label">{s.label}</span>
                            <code>{s.formula}</code>
                            <code>{format!("= {}", s.substituted)}</code>
                            <strong>{format!("= {}", s.result)}</strong>
                        </li>
                    }).collect_view()}
                </ol>
            </Show>
        </article>
    }
}

/// The grid of KPI cards for the current view.
#[component]
pub fn KpiGrid() -> impl IntoView {
    let doc = expect_context::<Doc>();
    let derived = expect_context::<Derived>();
    let list = Memo::new(move |_| {
        let v = doc.view.get();
        derived.estimate.with(|e| kpis(v, e))
    });
    view! {
        <div class="kpis" aria-live="polite">
            <For each=move || list.with(|l| l.iter().map(|k| k.id).collect::<Vec<_>>()) key=|id| *id let:id>
                {
                    let kpi = Signal::derive(move || list.with(|l| l.iter().find(|k| k.id == id).cloned()));
                    // The explained estimate is a lazy memo: it is only built once a card is opened.
                    let work = Signal::derive(move || {
                        let step = kpi.with(|k| k.as_ref().map(|k| k.step_id).unwrap_or_default());
                        derived.explained.with(|e| chain(&e.steps, step).into_iter().cloned().collect())
                    });
                    view! { <KpiCard id=id kpi=kpi work=work /> }
                }
            </For>
        </div>
    }
}
