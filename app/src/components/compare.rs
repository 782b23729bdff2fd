//! Compare: pin the current scenario as A, change things to get B, and see
//! both side by side with a delta on every KPI (the charts overlay A too).

use crate::state::{Derived, Doc, Edit, Editor};
use leptos::prelude::*;
use model::kpi::{change, kpis};

/// Pin / unpin, and the A-vs-B table.
#[component]
pub fn ComparePanel() -> impl IntoView {
    let doc = expect_context::<Doc>();
    let derived = expect_context::<Derived>();
    let editor = expect_context::<Editor>();
    let pin = move |_| editor.apply(Edit::Pin);
    let pinned = move || doc.compare.with(|c| c.is_some());
    let rows = Memo::new(move |_| {
        let view = doc.view.get();
        derived.compare_estimate.with(|a| {
            a.as_ref().map(|a| {
                let ka = kpis(view, a);
                derived.estimate.with(|b| {
                    kpis(view, b)
                        .into_iter()
                        .zip(ka)
                        .map(|(kb, ka)| {
                            let c = change(&ka, &kb);
                            let d = c.delta();
                            (kb.label, c.a, kb.value, d)
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    // A's platform, when it differs from the one in use now.
    let platform = Memo::new(move |_| {
        doc.compare.with(|c| {
            c.as_ref().and_then(|a| {
                doc.assumptions
                    .with(|now| model::where_to_run::pinned_platform(&a.assumptions, now))
            })
        })
    });
    view! {
        <section class="card compare" aria-labelledby="compare-title">
            <div class="callout-head">
                <h3 id="compare-title">"Compare"</h3>
                <div class="callout-actions">
                    <button class="secondary" id="pin-a" on:click=pin>{move || if pinned() { "Re-pin current as A" } else { "Pin current as A" }}</button>
                    <Show when=pinned>
                        <button class="secondary" id="unpin" on:click=move |_| editor.apply(Edit::Unpin)>"Clear A"</button>
                    </Show>
                </div>
            </div>
            {move || platform.get().map(|p| view! { <p class="compare-platform" id="compare-platform">{p}</p> })}
            {move || match rows.get() {
                None => view! { <p class="muted">"Pin this scenario as A, then change inputs: every KPI shows A, B and the change, and the charts overlay A."</p> }.into_any(),
                Some(rows) => view! {
                    <div class="table-wrap">
                        <table id="compare-table">
                            <thead><tr><th scope="col">"Figure"</th><th scope="col">"A (pinned)"</th><th scope="col">"B (now)"</th><th scope="col">"Δ"</th></tr></thead>
                            <tbody>
                                {rows.into_iter().map(|(label, a, b, d)| view! {
                                    <tr><th scope="row">{label}</th><td>{a}</td><td>{b}</td><td class="delta">{d}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}
