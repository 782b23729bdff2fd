//! "Where to run it": the scenario's stream priced on every option of the
//! platform catalog, as a sortable table with a Use button per row, and a
//! chart of each priced option's monthly cost against users. The numbers
//! are `model::options`; the words and the sort are `model::where_to_run`.

use super::chart_canvas::ChartCanvas;
use super::chart_watch::observe;
use super::settle::settled;
use crate::charts;
use crate::state::{ctx, Ctx, Edit};
use leptos::html::Div;
use leptos::prelude::*;
use model::drill::Drill;
use model::options::{options, sweep, Curve, OptionCost};
use model::where_to_run::{rows, sort, Column};
use std::time::Duration;

/// Points on each option's cost line: smooth enough on a log axis, and
/// about 1 ms of sweep (200 points take ~4 ms).
const CURVE_POINTS: usize = 48;

/// Quiet time before the chart's sweep is worked out again: a slider drag
/// never pays for it, only the input after which the slider rests.
const SETTLE: Duration = Duration::from_millis(300);
/// How long the inputs rest before the options table is worked out again.
const TABLE_SETTLE: Duration = Duration::from_millis(120);

/// The options table: one row per catalog option, sortable by any column
/// (the header buttons), the cheapest priced feasible option marked, and a
/// Use button that picks the option for the whole dashboard.
#[component]
pub fn PlatformsTable(
    /// Every option for the scenario, in `model::options` order.
    #[prop(into)]
    options: Signal<Vec<OptionCost>>,
    /// The id of the option the estimate uses.
    #[prop(into)]
    chosen: Signal<&'static str>,
    /// Called with an option's id when its Use button is pressed.
    on_use: Callback<&'static str>,
    /// The option pinned A runs on, when A is pinned.
    #[prop(into, optional)]
    pinned: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let pinned = pinned.unwrap_or_else(|| Signal::stored(None));
    // The sort as one number: 0 keeps the model's order (cheapest first),
    // else 1 + 2 × the column's place + 1 if ascending. A `usize` signal is
    // built already, where `Option<(Column, bool)>` was a type of its own.
    let (order, set_order) = signal(0usize);
    let sorted = move |n: usize| match n {
        0 => None,
        n => Some((Column::ALL[(n - 1) / 2], (n - 1) % 2 == 1)),
    };
    let table = Memo::new(move |_| {
        let mut r = options.with(|o| rows(o));
        if let Some((col, asc)) = sorted(order.get()) {
            sort(&mut r, col, asc);
        }
        r
    });
    let aria_sort = move |col: Column| match sorted(order.get()) {
        Some((c, true)) if c == col => "ascending",
        Some((c, false)) if c == col => "descending",
        _ => "none",
    };
    let click = move |col: Column| {
        set_order.update(|o| {
            let (col, asc) = match sorted(*o) {
                // The same column again flips the direction.
                Some((c, asc)) if c == col => (col, !asc),
                // Names and words read A→Z first; money and counts low first.
                _ => (col, true),
            };
            let place = Column::ALL.iter().position(|c| *c == col).unwrap_or(0);
            *o = 1 + 2 * place + usize::from(asc);
        })
    };
    view! {
        <div class="table-wrap plat-scroll" tabindex="0" role="region" aria-labelledby="plat-caption">
            <table id="plat-table" class="data plat-table">
                <caption id="plat-caption" class="sr-only">"Where to run it: every option, sortable by each column"</caption>
                <thead><tr>
                    {Column::ALL.into_iter().map(|col| view! {
                        <th scope="col" aria-sort=move || aria_sort(col)>
                            <button type="button" class="sort" id=format!("plat-sort-{}", col.key()) on:click=move |_| click(col)>
                                {col.label()}
                                <span class="sort-mark" aria-hidden="true">{move || match aria_sort(col) {
                                    "ascending" => " ▲",
                                    "descending" => " ▼",
                                    _ => " ↕",
                                }}</span>
                            </button>
                        </th>
                    }).collect_view()}
                </tr></thead>
                <tbody>
                    {move || table.get().into_iter().map(|r| {
                        let id = r.o.id;
                        let is_chosen = move || chosen.get() == id;
                        view! {
                            <tr id=format!("plat-{id}") class:cheapest=r.cheapest class:chosen=is_chosen class:infeasible=!r.o.feasible>
                                <th scope="row" class="plat-name">
                                    <span class="plat-option">{r.o.name}</span>
                                    " "
                                    <button type="button" class="secondary plat-use" id=format!("use-{id}")
                                        aria-pressed=move || is_chosen().to_string()
                                        aria-label=format!("Use {}", r.o.name)
                                        on:click=move |_| on_use.run(id)>
                                        {move || if is_chosen() { "In use" } else { "Use" }}
                                    </button>
                                    {r.cheapest.then(|| view! { <span class="badge plat-cheapest">"Cheapest"</span> })}
                                    {move || pinned.with(|p| p.as_deref() == Some(id)).then(|| view! { <span class="badge plat-a" title="The pinned scenario A runs on this option">"A"</span> })}
                                    {r.yours.clone().map(|y| view! { <span class="badge plat-yours">"Your price"</span><span class="plat-note">{y}</span> })}
                                    {(!r.o.note.is_empty()).then(|| view! { <span class="plat-note">{format!("Note: {}", r.o.note)}</span> })}
                                    {r.unpriced.clone().map(|u| view! { <span class="plat-note">{u}</span> })}
                                    <details class="plat-source">
                                        <summary>"Source"</summary>
                                        <p>{format!("{} (read {})", r.o.source, r.o.priced_on)}</p>
                                    </details>
                                </th>
                                <td>{r.units.clone()}</td>
                                <td>{r.binding.clone()}</td>
                                <td>{r.compute.clone()}</td>
                                <td>{r.storage.clone()}</td>
                                <td>{r.network.clone()}</td>
                                <td class="plat-month">{r.monthly.clone()}</td>
                                <td class="plat-feasible">{r.feasible.clone()}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The "Where to run it" card on the dashboard: the table, then the chart.
#[component]
pub fn PlatformsCard() -> impl IntoView {
    let Ctx {
        doc,
        derived,
        editor,
        ..
    } = ctx();
    let dark = ctx().prefs.dark;
    // The table follows the inputs once they rest (TABLE_SETTLE), and at
    // once on the first render: rebuilding its 15 rows on every slider step
    // took the input → repaint p95 from 3.8 to 6.2 ms with the card on screen.
    let table_inputs = settled(
        None,
        TABLE_SETTLE,
        move || {
            doc.scenario.track();
            doc.assumptions.track();
        },
        // No drill: the table does not depend on one.
        move || {
            (
                doc.scenario.get_untracked(),
                doc.assumptions.get_untracked(),
                Drill::default(),
            )
        },
    );
    // Derived, not memoised: its one reader is the table's memo, which
    // keeps the rows unless they differ (a `Memo<Vec<OptionCost>>` was a
    // type of its own).
    let list = Signal::derive(move || {
        table_inputs.with(|x| {
            x.as_ref()
                .map(|(s, a, _)| options(s, a))
                .unwrap_or_default()
        })
    });
    let chosen = Memo::new(move |_| doc.assumptions.with(|a| a.platform().id));
    let pinned = Memo::new(move |_| {
        doc.compare
            .with(|c| c.as_ref().map(|a| a.assumptions.platform().id.to_string()))
    });
    let excludes = Memo::new(move |_| derived.estimate.with(model::where_to_run::excludes));

    // The chart's sweep (~1 ms) is kept off the input path: after the
    // first (at start-up), it is worked out again only while the chart's
    // place is on screen, and only after the inputs have rested for SETTLE.
    // Users are factored out (each curve spans the users axis), so the users
    // slider only moves the marker.
    // The scenario without its users, and the assumptions: the sweep's own
    // (`Derived::shape`), so no memo type of its own is built for it.
    let shape = derived.shape;
    let place = NodeRef::<Div>::new();
    let (visible, _) = observe(place);
    let chart_inputs = settled(
        Some(visible),
        SETTLE,
        move || shape.track(),
        move || {
            let (s, a) = shape.get_untracked();
            (s, a, Drill::default())
        },
    );
    // Sweep and spec in one memo: the curves have no other reader.
    let spec = Memo::new(move |_| {
        chart_inputs.with(|x| {
            let curves = x.as_ref().map(|(s, a, _)| {
                sweep(
                    s,
                    a,
                    crate::state::derived::SWEEP_USERS.0,
                    crate::state::derived::SWEEP_USERS.1,
                    CURVE_POINTS,
                )
            });
            charts::platforms_vs_users(curves.as_deref().unwrap_or(&[] as &[Curve]))
        })
    });
    let users = Signal::derive(move || Some(doc.scenario.with(|s| s.users)));
    view! {
        <section class="card platforms" aria-labelledby="plat-title">
            <h3 id="plat-title">"Where to run it"</h3>
            <p class="muted">
                "This scenario's broker tier sized and priced on every option (monthly, on demand, 730 h). "
                "Sort by any column; Use runs the estimate on that option."
            </p>
            <p id="plat-current">
                "In use: " <strong>{move || model::platforms::find(chosen.get()).map(|p| p.name.to_string())}</strong>
                {move || excludes.get().map(|x| format!(" ({x})"))}
                {move || pinned.get().filter(|a| a.as_str() != chosen.get()).and_then(|a| model::platforms::find(&a)).map(|p| view! {
                    " · " <span id="plat-pinned">{format!("A: {}", p.name)}</span>
                })}
            </p>
            <PlatformsTable options=list chosen=chosen pinned=pinned on_use=Callback::new(move |id: &'static str| editor.apply(Edit::Platform(id.to_string()))) />
            <div class="plat-chart" node_ref=place>
                <ChartCanvas id="chart-platforms" spec=spec marker=users dark=dark />
            </div>
            <p class="muted">"Options with no public price have no line; a line stops where the option hits a hard limit, and its legend says which."</p>
        </section>
    }
}
