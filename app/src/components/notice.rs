//! The corrections notice: what a link or file had wrong, key by key, with
//! the given value and the value used. Everything valid was kept.

use crate::state::AppState;
use leptos::prelude::*;

/// A dismissable list of corrections.
#[component]
pub fn CorrectionsNotice() -> impl IntoView {
    let st = expect_context::<AppState>();
    view! {
        <Show when=move || st.corrections.with(|c| !c.is_empty())>
            <section class="notice" id="corrections" role="alert" aria-labelledby="corrections-title">
                <div class="notice-head">
                    <h2 id="corrections-title">
                        {move || format!("This link had {} problem{}; they were corrected and everything else was kept.",
                            st.corrections.with(|c| c.len()), if st.corrections.with(|c| c.len()) == 1 { "" } else { "s" })}
                    </h2>
                    <button class="secondary" id="dismiss-corrections" on:click=move |_| st.corrections.set(Vec::new())>"Dismiss"</button>
                </div>
                <table>
                    <thead><tr><th scope="col">"Key"</th><th scope="col">"Given"</th><th scope="col">"Used"</th><th scope="col">"Why"</th></tr></thead>
                    <tbody>
                        {move || st.corrections.get().into_iter().map(|c| view! {
                            <tr><td><code>{c.key}</code></td><td><code>{c.given}</code></td><td><code>{c.used}</code></td><td>{c.reason}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        </Show>
    }
}
