//! Compare: pin the current scenario as A, change things to get B, and see
//! both side by side with a delta on every KPI (the charts overlay A too).

use crate::state::AppState;
use leptos::prelude::*;
use model::codec::State;
use model::kpi::{delta, kpis};

/// Pin / unpin, and the A-vs-B table.
#[component]
pub fn ComparePanel() -> impl IntoView {
    let st = expect_context::<AppState>();
    let pin = move |_| {
        st.discrete();
        st.compare.set(Some(State {
            scenario: st.scenario.get_untracked(),
            assumptions: st.assumptions.get_untracked(),
            title: st.title.get_untracked(),
        }));
    };
    let rows = Memo::new(move |_| {
        let view = st.scenario.with(|s| s.view);
        st.compare_estimate.with(|a| {
            a.as_ref().map(|a| {
                let ka = kpis(view, a);
                st.estimate.with(|b| {
                    kpis(view, b)
                        .into_iter()
                        .zip(ka)
                        .map(|(kb, ka)| (kb.label, ka.value, kb.value, delta(ka.raw, kb.raw)))
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    view! {
        <section class="card compare" aria-labelledby="compare-title">
            <div class="callout-head">
                <h3 id="compare-title">"Compare"</h3>
                <div class="callout-actions">
                    <button class="secondary" id="pin-a" on:click=pin>{move || if st.compare.with(|c| c.is_some()) { "Re-pin current as A" } else { "Pin current as A" }}</button>
                    <Show when=move || st.compare.with(|c| c.is_some())>
                        <button class="secondary" id="unpin" on:click=move |_| { st.discrete(); st.compare.set(None); }>"Clear A"</button>
                    </Show>
                </div>
            </div>
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
