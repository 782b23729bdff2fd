//! "The bad hour" card (issue #18): the failure drill's verdict in words,
//! its KPIs with their show-work, the timeline chart and a CSV download.
//! The numbers and words are `model::timeline`; this file only shows them.
//!
//! The simulation (~1,440 steps over every tier of the view) stays off the
//! input path: it runs once when the card is built, then again only while
//! the card is on screen and after the inputs have rested for [`SETTLE`],
//! like the platforms chart ([`super::settle`]).

use super::chart_watch::observe;
use super::settle::settled;
use super::timeline_chart::TimelineChart;
use crate::charts::timeline_spec;
use crate::state::{ctx, Ctx};
use leptos::html::Section;
use leptos::prelude::*;
use model::drill::Drill;
use model::timeline::{kpis, report, Kpi, Report};
use model::Estimate;
use std::time::Duration;

/// Quiet time before the drill is simulated again after an input.
const SETTLE: Duration = Duration::from_millis(120);

/// One KPI tile with its show-work, like the estimate's KPI cards.
///
/// It reads its figure from the body's list by id rather than taking a
/// `Signal<Kpi>`: a `Signal` of a type is built with its own memo, read
/// and stored variants, and this tile was that type's only use.
#[component]
pub fn TimelineKpi(
    /// The body's figures.
    list: Memo<Vec<Kpi>>,
    /// Which of them (the first, should it be gone).
    id: &'static str,
) -> impl IntoView {
    let (open, set_open) = signal(false);
    let kpi = move |f: fn(&Kpi) -> String| {
        list.with(|l| f(l.iter().find(|k| k.id == id).unwrap_or(&l[0])))
    };
    let label = move || list.with(|l| l.iter().find(|k| k.id == id).unwrap_or(&l[0]).label);
    let work_id = format!("tl-work-{id}");
    view! {
        <article class="kpi">
            <div class="kpi-value" id=format!("tl-kpi-{id}")>{move || kpi(|k| k.value.clone())}</div>
            <div class="kpi-label">{label}</div>
            <div class="kpi-note" id=format!("tl-note-{id}")>{move || kpi(|k| k.note.clone())}</div>
            <button class="link" id=format!("tl-show-{id}") aria-expanded=move || open.get().to_string()
                aria-controls=work_id.clone()
                aria-label=move || format!("{} work: {}", if open.get() { "Hide" } else { "Show" }, label())
                on:click=move |_| set_open.update(|o| *o = !*o)>
                {move || if open.get() { "Hide work" } else { "Show work" }}
            </button>
            {move || open.get().then(|| view! {
                <p class="work" id=work_id.clone()><code>{move || kpi(|k| k.work.clone())}</code></p>
            })}
        </article>
    }
}

/// The card's body for one simulation: verdict, KPI tiles, chart, CSV.
#[component]
pub fn TimelineBody(
    /// The simulation and its verdict.
    #[prop(into)]
    report: Signal<Report>,
    /// The drill it ran (for the KPIs that only a failure has).
    #[prop(into)]
    drill: Signal<Drill>,
    /// Dark theme, for the chart.
    #[prop(into)]
    dark: Signal<bool>,
) -> impl IntoView {
    let list = Memo::new(move |_| report.with(|r| drill.with(|d| kpis(d, &r.sim))));
    let spec = Memo::new(move |_| report.with(|r| timeline_spec(&r.sim)));
    let csv = move |_| {
        let text = report.with_untracked(|r| model::timeline::csv(&r.sim));
        let _ = crate::download::save_text("timeline.csv", "text/csv", &text);
    };
    view! {
        <p id="tl-verdict" class="verdict">{move || report.with(|r| r.verdict.clone())}</p>
        <div class="kpis tl-kpis" aria-live="polite">
            <For each=move || list.with(|l| l.iter().map(|k| k.id).collect::<Vec<_>>()) key=|id| *id let:id>
                <TimelineKpi list=list id=id />
            </For>
        </div>
        <TimelineChart id="chart-timeline" spec=spec dark=dark />
        <p><button class="secondary" id="tl-csv" on:click=csv>"Download CSV"</button></p>
    }
}

/// The card on the dashboard.
#[component]
pub fn TimelineCard() -> impl IntoView {
    let Ctx { doc, .. } = ctx();
    let dark = ctx().prefs.dark;
    let place = NodeRef::<Section>::new();
    let (visible, _) = observe(place);
    // The first simulation runs when the card is built (a start-up stage
    // of its own, right after the lower charts), so the card has its full
    // height before anyone scrolls to it; later ones only on screen, after
    // the inputs rest.
    let inputs = settled(
        Some(visible),
        SETTLE,
        move || {
            doc.scenario.track();
            doc.assumptions.track();
            doc.drill.track();
        },
        move || {
            (
                doc.scenario.get_untracked(),
                doc.assumptions.get_untracked(),
                doc.drill.get_untracked(),
            )
        },
    );
    // Before the first simulation the body is not built (`ready`), so the
    // empty report is never on screen.
    let rep = Memo::new(move |_| {
        inputs.with(|x| match x {
            Some((s, a, d)) => report(s, a, d, &Estimate::numbers(s, a)),
            None => Report {
                sim: Default::default(),
                verdict: String::new(),
            },
        })
    });
    let ready = Memo::new(move |_| inputs.with(Option::is_some));
    let drill = Signal::derive(move || {
        inputs.with(|x| x.as_ref().map(|x| x.2.clone()).unwrap_or_default())
    });
    view! {
        <section class="card timeline" aria-labelledby="tl-title" node_ref=place>
            <h3 id="tl-title">"The bad hour"</h3>
            <p class="muted">
                "The drill set under Time and failure, simulated minute by minute over the window: "
                "what each tier is offered, what it can serve, and the lag that builds when it falls short."
            </p>
            <Show when=move || ready.get()>
                <TimelineBody report=rep drill=drill dark=dark />
            </Show>
        </section>
    }
}
