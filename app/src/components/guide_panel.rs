//! The seed's scaling moves, worked example (with the model's corrections)
//! and interview advice for the current view.

use crate::state::ctx;
use leptos::prelude::*;
use model::guide::guide;
use model::tenx::seed_says;

/// The seed's guide.
#[component]
pub fn GuidePanel() -> impl IntoView {
    let view = ctx().doc.view;
    // A lookup, not a memo: `guide` is a match, one guide per view.
    let g = move || guide(view.get());
    view! {
        <section class="card guide" aria-labelledby="guide-title">
            <h3 id="guide-title">{move || format!("Seed {}: {}", g().seed, g().title)}</h3>
            <p class="trade-off">{move || g().trade_off}</p>
            <div class="guide-grid">
                <div>
                    <h4>"Scaling moves"</h4>
                    <ol>{move || g().moves.iter().map(|(name, what)| view! { <li><strong>{*name}</strong>": "{*what}</li> }).collect_view()}</ol>
                </div>
                <div>
                    <h4>"The seed's worked example"</h4>
                    <ul class="worked">{move || g().worked.iter().map(|w| view! { <li>{*w}</li> }).collect_view()}</ul>
                    <h4>"Where the model differs"</h4>
                    <ul class="corrections">{move || g().corrections.iter().map(|w| view! { <li>{*w}</li> }).collect_view()}</ul>
                </div>
            </div>
            <details>
                <summary>"Interview advice"</summary>
                <p>{move || g().interview}</p>
                {move || seed_says(view.get()).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
            </details>
        </section>
    }
}
