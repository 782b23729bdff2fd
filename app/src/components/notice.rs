//! The corrections notice: what a link, a file or a stored preference had
//! wrong, key by key, with the given value and the value used. Everything
//! valid was kept.

use leptos::prelude::*;
use model::codec::Correction;

/// A dismissable list of corrections (hidden while empty).
#[component]
pub fn CorrectionsNotice(
    /// What was corrected.
    #[prop(into)]
    corrections: Signal<Vec<Correction>>,
    /// Called when the person dismisses the notice.
    on_dismiss: Callback<()>,
) -> impl IntoView {
    let n = move || corrections.with(|c| c.len());
    // The status region stays in the page while empty: screen readers
    // announce what appears inside a live region, not a region that appears.
    view! {
        <div class="notice-live" role="status">
        <Show when=move || { n() > 0 }>
            <section class="notice" id="corrections" aria-labelledby="corrections-title">
                <div class="notice-head">
                    <h2 id="corrections-title">
                        {move || format!("This link had {} problem{}; they were corrected and everything else was kept.",
                            n(), if n() == 1 { "" } else { "s" })}
                    </h2>
                    <button class="secondary" id="dismiss-corrections" on:click=move |_| on_dismiss.run(())>"Dismiss"</button>
                </div>
                <table>
                    <thead><tr><th scope="col">"Key"</th><th scope="col">"Given"</th><th scope="col">"Used"</th><th scope="col">"Why"</th></tr></thead>
                    <tbody>
                        {move || corrections.get().into_iter().map(|c| view! {
                            <tr><td><code>{c.key}</code></td><td><code>{c.given}</code></td><td><code>{c.used}</code></td><td>{c.reason}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </section>
        </Show>
        </div>
    }
}
