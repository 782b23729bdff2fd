//! KPI cards for the selected view, each with a "show work" toggle that
//! renders the model's derivation steps verbatim. While a scenario A is
//! pinned, each card also shows A's figure and the change from A.

use crate::state::{ctx, Ctx};
use leptos::prelude::*;
use model::explain::{chain, Step};
use model::kpi::{change, kpis, Kpi, KpiChange};
use model::uncertainty::kpi_band;

/// One card. Its open/closed state survives every input change.
#[component]
pub fn KpiCard(
    /// KPI id (DOM ids `kpi-<id>`, `show-<id>`, `work-<id>`).
    id: &'static str,
    /// The figure, or `None` while the view has no such KPI.
    #[prop(into)]
    kpi: Signal<Option<Kpi>>,
    /// The derivation steps behind it, earliest first; only read while open.
    #[prop(into)]
    work: Signal<Vec<Step>>,
    /// The pinned scenario A's figure and the change from it, while A is
    /// pinned (`None`, the default, shows B alone).
    #[prop(optional, into)]
    vs_a: Signal<Option<KpiChange>>,
    /// The figure's band over the ranges (`p10 … · p50 … · p90 …`), while
    /// some input is a range (`None`, the default, shows no band line).
    #[prop(optional, into)]
    band: Signal<Option<String>>,
    /// True while newer bands are being worked out (the line dims).
    #[prop(optional, into)]
    band_pending: Signal<bool>,
) -> impl IntoView {
    let (open, set_open) = signal(false);
    let work_id = format!("work-{id}");
    view! {
        <article class="kpi" class:alert=move || kpi.with(|k| k.as_ref().is_some_and(|k| k.alert))>
            // --len lets the stylesheet shrink a long figure (12,892,223,739) to fit its card.
            <div class="kpi-value" id=format!("kpi-{id}") style=move || format!("--len:{}", kpi.with(|k| k.as_ref().map_or(0, |k| k.value.chars().count())))>{move || kpi.with(|k| k.as_ref().map(|k| k.value.clone()))}</div>
            <div class="kpi-label">{move || kpi.with(|k| k.as_ref().map(|k| k.label.to_string()))}</div>
            <div class="kpi-note" id=format!("note-{id}")>{move || kpi.with(|k| k.as_ref().and_then(|k| k.note.clone()))}</div>
            <Show when=move || band.with(Option::is_some)>
                <p class="kpi-band" id=format!("band-{id}") class:stale=move || band_pending.get()
                    title="10 %, 50 % and 90 % of the drawn worlds come out at or below these">
                    {move || band.get()}
                </p>
            </Show>
            <Show when=move || vs_a.with(Option::is_some)>
                <VsA id=id change=vs_a />
            </Show>
            <button
                class="link"
                id=format!("show-{id}")
                aria-expanded=move || open.get().to_string()
                aria-controls=work_id.clone()
                // Nine cards, nine buttons: each name says whose work it shows.
                aria-label=move || format!("{} work: {}", if open.get() { "Hide" } else { "Show" }, kpi.with(|k| k.as_ref().map_or("", |k| k.label)))
                on:click=move |_| set_open.update(|o| *o = !*o)
            >
                {move || if open.get() { "Hide work" } else { "Show work" }}
            </button>
            {move || open.get().then(|| view! {
                <ol class="work" id=work_id.clone()>
                    {move || work.get().into_iter().map(|s| view! {
                        <li>
                            <span class="work-label">{s.label}</span>
                            <code>{s.formula}</code>
                            <code>{format!("= {}", s.substituted)}</code>
                            <strong>{format!("= {}", s.result)}</strong>
                        </li>
                    }).collect_view()}
                </ol>
            })}
        </article>
    }
}

/// A's figure and the change from A to B, under a card's label. Its text
/// nodes follow `change`, so an input updates two strings, not the markup.
#[component]
fn VsA(
    /// KPI id (DOM ids `vs-a-<id>`, `delta-<id>`).
    id: &'static str,
    /// A's figure and the change.
    change: Signal<Option<KpiChange>>,
) -> impl IntoView {
    let a = move || change.with(|c| c.as_ref().map(|c| c.a.clone()));
    let by = move || change.with(|c| c.as_ref().map(|c| c.by.clone()));
    let relative = move || change.with(|c| c.as_ref().and_then(|c| c.relative.clone()));
    // Each part keeps together (`white-space: nowrap`); a narrow card wraps
    // between them, never inside "+900 %".
    view! {
        <p class="kpi-vs">
            <span class="kpi-a"><abbr title="the pinned scenario A">"A"</abbr>" "<span id=format!("vs-a-{id}")>{a}</span></span>
            <span class="kpi-delta"><abbr title="change from A to now">"Δ"</abbr>" "<span id=format!("delta-{id}")>
                <span class="kpi-by">{by}</span>
                {move || relative().map(|r| view! { " " <span class="kpi-rel">{format!("({r})")}</span> })}
            </span></span>
        </p>
    }
}

/// The grid of KPI cards for the current view.
#[component]
pub fn KpiGrid() -> impl IntoView {
    let Ctx {
        doc, derived, unc, ..
    } = ctx();
    let (bands, band_pending) = (unc.bands(), unc.pending());
    let list = Memo::new(move |_| {
        let v = doc.view.get();
        derived.estimate.with(|e| kpis(v, e))
    });
    // A's KPIs: A's estimate is fixed while pinned, so this runs on a pin,
    // an unpin or a tab change, never on an input. Empty while nothing is
    // pinned: `Memo<Vec<Kpi>>` is built for `list` already.
    let a_list = Memo::new(move |_| {
        let v = doc.view.get();
        derived
            .compare_estimate
            .with(|a| a.as_ref().map(|a| kpis(v, a)).unwrap_or_default())
    });
    view! {
        <div class="kpis" aria-live="polite">
            <For each=move || list.with(|l| l.iter().map(|k| k.id).collect::<Vec<_>>()) key=|id| *id let:id>
                {
                    // A memo, not a derived signal: the card reads it five times per input.
                    let kpi = Memo::new(move |_| list.with(|l| l.iter().find(|k| k.id == id).cloned()));
                    // The explained estimate is a lazy memo: it is only built once a card is opened.
                    let work = Signal::derive(move || {
                        let step = kpi.with(|k| k.as_ref().map(|k| k.step_id).unwrap_or_default());
                        let mut steps: Vec<Step> = derived.explained.with(|e| chain(&e.steps, step).into_iter().cloned().collect());
                        // With ranges, the last step says how the band was drawn.
                        if let Some(b) = bands.with(|b| b.as_ref().map(|b| b.step())) {
                            steps.push(b);
                        }
                        steps
                    });
                    // A KPI's step id is its path in the estimate, which is
                    // also its band's path (`nodes.brokers`, `cost.monthly_usd`).
                    let band = Memo::new(move |_| {
                        bands.with(|b| {
                            let b = b.as_ref()?;
                            kpi.with(|k| k.as_ref().and_then(|k| b.get(k.step_id).map(|band| kpi_band(k.unit, band))))
                        })
                    });
                    // Derived, not memoised: it changes with the card's figure,
                    // and a `Memo<Option<KpiChange>>` was a type of its own (a
                    // smaller wasm). Its readers redraw only what differs.
                    let vs_a = Signal::derive(move || {
                        a_list.with(|al| {
                            let a = al.iter().find(|k| k.id == id)?;
                            kpi.with(|b| b.as_ref().map(|b| change(a, b)))
                        })
                    });
                    view! { <KpiCard id=id kpi=kpi work=work vs_a=vs_a band=band band_pending=band_pending /> }
                }
            </For>
        </div>
    }
}
