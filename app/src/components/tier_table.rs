//! The seed's scale-tier table for the current view, current tier highlighted.

use crate::state::{ctx, Ctx};
use leptos::prelude::*;
use model::guide::guide;
use model::tier::Tier;

/// The "what changes" table.
#[component]
pub fn TierTable() -> impl IntoView {
    let view = ctx().doc.view;
    let Ctx { derived, .. } = ctx();
    let tier = Memo::new(move |_| derived.estimate.with(|e| e.tier.index));
    view! {
        // The card is not a landmark of its own: its scrolling table is, named
        // by the same heading (two landmarks with one name confuse a landmark list).
        <section class="card tier-table">
            <h3 id="tiers-title">{move || format!("What changes with scale · seed {}", guide(view.get()).seed)}</h3>
            // Focusable, so a keyboard can scroll the table when it is wider than a phone.
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="tiers-title">
                <table id="tier-table">
                    <thead>
                        <tr>
                            <th scope="col">"Users"</th>
                            {move || guide(view.get()).columns.iter().map(|c| view! { <th scope="col">{*c}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let g = guide(view.get());
                            (0..4).map(|i| {
                                let t = Tier::at(i);
                                view! {
                                    <tr class:current=move || tier.get() == i aria-current=move || (tier.get() == i).then(|| "true".to_string())>
                                        <th scope="row">{t.label}</th>
                                        {g.rows[i].iter().map(|c| view! { <td>{*c}</td> }).collect_view()}
                                    </tr>
                                }
                            }).collect_view()
                        }}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
