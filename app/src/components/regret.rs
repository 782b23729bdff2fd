//! "Least regret": with inputs given as ranges, which instance profile of
//! each component, and which platform, is the safe bet, beside the point
//! estimate's choice, with every candidate's expected regret
//! (`model::regret`, words from `model::uncertainty::why`).
//!
//! Least regret re-sizes every candidate in every drawn world: about 77 ms
//! per 1,000 draws natively, several times that in the browser. So the card
//! draws [`REGRET_DRAWS`] worlds, only while it is on screen, only after the
//! inputs have rested ([`crate::state::bands::SETTLE`]), and says "working…"
//! until the answer is in.

use super::chart_watch::observe;
use crate::state::{bands::SETTLE, ctx, Ctx};
use leptos::html::Section;
use leptos::prelude::*;
use model::component::Component;
use model::format::{int, usd};
use model::regret::{least_regret, LeastRegret, RegretParams, PLATFORM_KEY};
use model::uncertainty::why;

/// Worlds drawn for least regret in the browser: a fifth of the bands'
/// 1,000 (the CLI's default), about 15 ms natively. The same seed, so these
/// are the first 200 of the CLI's worlds; `envelope estimate --draws 200`
/// gives the same regrets.
pub const REGRET_DRAWS: usize = 200;

/// The words for a choice's key: the component's name, or the platform.
fn what(key: &str) -> &'static str {
    if key == PLATFORM_KEY {
        return "Platform (broker tier)";
    }
    Component::ALL
        .into_iter()
        .find(|c| c.key() == key)
        .map_or("Component", |c| c.label())
}

/// The least-regret card; shown while some input is a range.
#[component]
pub fn RegretCard() -> impl IntoView {
    let Ctx { doc, .. } = ctx();
    let ranged = Memo::new(move |_| doc.ranges.with(|r| !r.is_empty()));
    let result = RwSignal::new(None::<LeastRegret>);
    let working = RwSignal::new(false);
    let place = NodeRef::<Section>::new();
    let (visible, _) = observe(place);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    // Syncs with the outside world (a timer); runs only on screen.
    Effect::new(move |_| {
        let on = ranged.get() && visible.get();
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        if !on {
            return;
        }
        // Followed only while it can run: with no range nothing wakes on an input.
        doc.scenario.track();
        doc.assumptions.track();
        if !working.get_untracked() {
            working.set(true);
        }
        let run = move || {
            let state = doc.link_untracked().state;
            result.set(Some(least_regret(
                &state,
                REGRET_DRAWS,
                &RegretParams::of(&state.assumptions),
            )));
            working.set(false);
        };
        // Two timers: the first lets "working…" paint before the long task.
        let later = move || {
            timer.set_value(set_timeout_with_handle(run, std::time::Duration::ZERO).ok());
        };
        timer.set_value(set_timeout_with_handle(later, SETTLE).ok());
    });
    on_cleanup(move || {
        if let Some(t) = timer.get_value() {
            t.clear();
        }
    });
    // The weights the scenario asks for (`cap.regret_under`, in the assumptions drawer).
    // Memoised as its sentence, which changes exactly when the weights do:
    // `Memo<String>` is built already, where `Memo<RegretParams>` was a type
    // of its own (a smaller wasm). The list below reads the weights
    // themselves, untracked, whenever this sentence changes.
    let weights = Memo::new(move |_| {
        doc.assumptions.with(|a| {
            let p = RegretParams::of(a);
            format!(
                "Each candidate is planned at the most likely values, then judged over {REGRET_DRAWS} drawn worlds: a dollar a month spent on idle capacity weighs {}, a dollar of capacity short weighs {}{}.",
                p.over, p.under,
                if p.under == model::regret::NETFLIX_SPEND.under { " (Netflix's default spend regret)" } else { " (set under Assumptions, per-node capacities)" }
            )
        })
    });
    view! {
        <section class="card regret" id="regret" node_ref=place aria-labelledby="regret-title" hidden=move || !ranged.get()>
            <h3 id="regret-title">"Least regret (over the ranges)"</h3>
            <p class="muted" id="regret-weights">{move || weights.get()}</p>
            <p class="regret-status" id="regret-status" role="status">{move || working.get().then(|| "working…".to_string())}</p>
            {move || {
            weights.track();
            let params = doc.assumptions.with_untracked(RegretParams::of);
            result.with(|r| r.as_ref().map(|r| r.0.iter().map(|(key, c)| {
                // Least regret first: the list reads as a ranking.
                let mut rows: Vec<_> = c.regret_usd.iter().map(|(id, usd_)| (*id, *usd_, c.planned.get(id).copied().unwrap_or(0))).collect();
                model::common::order::sort_small_by(&mut rows, |a, b| a.1.total_cmp(&b.1).is_lt());
                // `why` counts a platform's "units" when named by its key.
                let named = if *key == PLATFORM_KEY { PLATFORM_KEY } else { what(key) };
                view! {
                    <div class="regret-choice" id=format!("regret-{key}")>
                        <h4>{what(key)}</h4>
                        <p>"Least regret: " <strong class="regret-pick">{c.choice}</strong>
                            " · point estimate's choice: " <span class="regret-point">{c.point}</span></p>
                        <div class="table-wrap" tabindex="0" role="region" aria-label=format!("{} regret per candidate", what(key))>
                            <table class="data">
                                <thead><tr><th scope="col">"Candidate"</th><th scope="col">"Planned"</th><th scope="col">"Regret / month"</th></tr></thead>
                                <tbody>{rows.into_iter().map(|(id, r, n)| view! {
                                    <tr class:pick=id == c.choice><th scope="row">{id}</th><td>{int(n)}</td><td>{usd(r)}</td></tr>
                                }).collect_view()}</tbody>
                            </table>
                        </div>
                        <p class="muted">{why(named, c, &params)}</p>
                    </div>
                }
            }).collect_view()))
            }}
        </section>
    }
}
