//! The bottleneck callout and the "Traffic ×10" experiment with undo.

use crate::state::{ctx, Ctx, Edit};
use leptos::prelude::*;
use model::format::{count, int};
use model::guide::guide;
use model::tenx::{seed_says, traffic_times};

/// What breaks first, why, and what ×10 does.
#[component]
pub fn BottleneckCallout() -> impl IntoView {
    let Ctx {
        doc,
        derived,
        editor,
        ..
    } = ctx();
    // Only the words it shows: its name, the reason, the first move, then
    // each candidate's standing. `Memo<Vec<String>>` is built already, where
    // a `Memo<Bottleneck>` was a type of its own (a smaller wasm); the words
    // change exactly when what is shown does.
    let b = Memo::new(move |_| {
        derived.estimate.with(|e| {
            let b = &e.bottleneck;
            let mut words = vec![b.label.clone(), b.reason.clone(), b.first_move.clone()];
            words.extend(b.ranking.iter().map(|p| p.standing()));
            words
        })
    });
    let word = move |i: usize| b.with(|w| w[i].clone());
    let view = doc.view;
    let undoable = editor.before_tenx();
    // What ×10 changed, while it can be undone, as its words: the heading,
    // the first move, then each component that crosses its capacity (none:
    // nothing crosses). Empty while there is nothing to undo. A memo of
    // words (`Memo<Vec<String>>`, built already) where `Memo<Option<TenX>>`
    // was a type of its own; the words change exactly when the panel does.
    let tenx = Memo::new(move |_| {
        undoable.with(|b| {
            b.as_ref().map_or_else(Vec::new, |b| {
                let t = doc.assumptions.with(|a| traffic_times(b, a, 10.0).1);
                let mut words = vec![
                    format!(
                        "Traffic ×10: {} → {} users",
                        count(t.users_before),
                        count(t.users_after)
                    ),
                    t.first_move,
                ];
                words.extend(t.crossed.iter().map(|c| {
                    format!(
                        "{}: {} → {}",
                        c.component.label(),
                        int(c.before),
                        int(c.after)
                    )
                }));
                words
            })
        })
    });
    view! {
        <section class="card callout" aria-labelledby="bn-title">
            <div class="callout-head">
                <h3 id="bn-title">"First bottleneck: " <span id="bottleneck">{move || word(0)}</span></h3>
                <div class="callout-actions">
                    <button class="primary" id="x10" on:click=move |_| editor.apply(Edit::TrafficX10)
                        title="Multiply users by 10 and show what crosses capacity">"Traffic ×10"</button>
                    <Show when=move || undoable.with(|b| b.is_some())>
                        <button class="secondary" id="undo-x10" on:click=move |_| editor.apply(Edit::UndoX10)>"Undo ×10"</button>
                    </Show>
                </div>
            </div>
            <p class="reason">{move || word(1)}</p>
            <p><strong>"First move: "</strong>{move || word(2)}</p>
            <details>
                <summary>"Why this one? (seed " {move || guide(view.get()).seed} ")"</summary>
                <p>{move || guide(view.get()).bottleneck}</p>
                <ol class="ranking">
                    {move || b.with(|w| w[3..].iter().map(|p| view! {
                        <li>{p.clone()}</li>
                    }).collect_view())}
                </ol>
            </details>
            {move || tenx.with(|w| (!w.is_empty()).then(|| view! {
                <div class="tenx" id="tenx-panel" role="status">
                    <h4>{w[0].clone()}</h4>
                    {if w.len() == 2 {
                        view! { <p>"Nothing in this view crosses its current capacity."</p> }.into_any()
                    } else {
                        view! {
                            <ul class="crossed">
                                {w[2..].iter().map(|c| view! {
                                    <li>{c.clone()}</li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <p><strong>"Do first: "</strong>{w[1].clone()}</p>
                    <div class="seed-answer">
                        {seed_says(view.get()).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    </div>
                </div>
            }))}
        </section>
    }
}
