//! The monthly bill: each priced component's compute, storage and network
//! cost, with totals. Every figure comes from `model::cost` (show work on the
//! cost KPI gives the derivation).

use crate::state::{ctx, Ctx};
use leptos::prelude::*;
use model::component::shown;
use model::format::{percent, usd};

/// The cost breakdown table.
#[component]
pub fn CostBreakdown() -> impl IntoView {
    let Ctx {
        doc, derived, unc, ..
    } = ctx();
    let (bands, pending) = (unc.bands(), unc.pending());
    // The bill's range over the ranged inputs' draws (p10 · p50 · p90).
    let cost_band = Memo::new(move |_| {
        bands.with(|b| {
            b.as_ref().and_then(|b| {
                b.get("cost.monthly_usd")
                    .map(|x| model::uncertainty::band("cost.monthly_usd", x))
            })
        })
    });
    let rows = Memo::new(move |_| {
        let v = doc.view.get();
        derived.estimate.with(|e| {
            let total = e.cost.monthly_usd;
            // Six cells a row, in one list: `Memo<Vec<String>>` is built
            // already, where `Vec<[String; 6]>` was a memo type of its own.
            let mut rows: Vec<String> = Vec::new();
            for c in shown(v) {
                if let Some(k) = e.cost.by_component.get(c.key()) {
                    rows.extend([
                        c.label().to_string(),
                        usd(k.compute_usd),
                        usd(k.storage_usd),
                        usd(k.network_usd),
                        usd(k.monthly_usd),
                        if total > 0.0 {
                            percent(k.share_pct)
                        } else {
                            "—".into()
                        },
                    ]);
                }
            }
            rows.extend([
                "Total".into(),
                usd(e.cost.compute_usd),
                usd(e.cost.storage_usd),
                usd(e.cost.network_usd),
                usd(total),
                format!("{} per 1K users", usd(e.cost.per_1k_users_usd)),
            ]);
            rows
        })
    });
    view! {
        // The card is not a landmark of its own: its scrolling table is, named
        // by the same heading (two landmarks with one name confuse a landmark list).
        <section class="card cost">
            <h3 id="cost-title">"Monthly cost (USD, on-demand, 730 h)"</h3>
            // Focusable, so a keyboard can scroll the table when it is wider than a phone.
            <div class="table-wrap" tabindex="0" role="region" aria-labelledby="cost-title">
                <table id="cost-table" class="data">
                    <thead><tr>
                        <th scope="col">"Component"</th><th scope="col">"Compute"</th><th scope="col">"Storage"</th>
                        <th scope="col">"Network"</th><th scope="col">"Month"</th><th scope="col">"Share"</th>
                    </tr></thead>
                    <tbody>
                        {move || rows.with(|rows| rows.chunks(6).map(|r| {
                            view! { <tr><th scope="row">{r[0].clone()}</th><td>{r[1].clone()}</td><td>{r[2].clone()}</td><td>{r[3].clone()}</td><td>{r[4].clone()}</td><td>{r[5].clone()}</td></tr> }
                        }).collect_view())}
                    </tbody>
                </table>
            </div>
            {move || cost_band.get().map(|t| view! {
                <p class="cost-band" id="cost-band" class:stale=move || pending.get()>
                    "Range over the inputs' ranges (p10 · p50 · p90): " <strong>{t}</strong>" a month"
                </p>
            })}
            {move || derived.estimate.with(|e| {
                model::where_to_run::excludes(e).map(|x| view! {
                    <p class="cost-excludes" id="cost-excludes">{format!("Brokers on {}: {x}.", e.cost.platform.name)}</p>
                })
            })}
            {move || doc.compare.with(|c| c.as_ref().and_then(|a| {
                doc.assumptions.with(|now| model::where_to_run::pinned_platform(&a.assumptions, now))
            })).map(|p| view! { <p class="compare-platform" id="cost-platform-a">{p}</p> })}
            <p class="muted">"Prices and profiles are in Assumptions, each with its source; cross-zone transfer is billed out and in."</p>
        </section>
    }
}
