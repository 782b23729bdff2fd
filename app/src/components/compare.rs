//! Compare: pin the current scenario as A, change things to get B, and see
//! both side by side with a delta on every KPI (the charts overlay A too).

use crate::state::{ctx, Ctx, Edit};
use leptos::prelude::*;
use model::kpi::{change, kpis};

/// Pin / unpin, and the A-vs-B table.
#[component]
pub fn ComparePanel() -> impl IntoView {
    let Ctx {
        doc,
        derived,
        editor,
        ..
    } = ctx();
    let pin = move |_| editor.apply(Edit::Pin);
    let pinned = move || doc.compare.with(|c| c.is_some());
    // Four words a row (figure, A, B, change), empty while nothing is
    // pinned (a view always has figures): `Memo<Vec<String>>` is built
    // already, where an `Option` of a tuple list was a memo type of its own.
    let rows = Memo::new(move |_| {
        let view = doc.view.get();
        derived.compare_estimate.with(|a| {
            let mut words = Vec::new();
            if let Some(a) = a {
                let ka = kpis(view, a);
                derived.estimate.with(|b| {
                    for (kb, ka) in kpis(view, b).into_iter().zip(ka) {
                        let c = change(&ka, &kb);
                        let d = c.delta();
                        words.extend([kb.label.to_string(), c.a, kb.value, d]);
                    }
                })
            }
            words
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
                rows if rows.is_empty() => view! { <p class="muted">"Pin this scenario as A, then change inputs: every KPI shows A, B and the change, and the charts overlay A."</p> }.into_any(),
                rows => view! {
                    <div class="table-wrap">
                        <table id="compare-table">
                            <thead><tr><th scope="col">"Figure"</th><th scope="col">"A (pinned)"</th><th scope="col">"B (now)"</th><th scope="col">"Δ"</th></tr></thead>
                            <tbody>
                                {rows.chunks(4).map(|r| view! {
                                    <tr><th scope="row">{r[0].clone()}</th><td>{r[1].clone()}</td><td>{r[2].clone()}</td><td class="delta">{r[3].clone()}</td></tr>
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any(),
            }}
        </section>
    }
}
