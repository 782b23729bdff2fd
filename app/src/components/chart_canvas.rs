//! A chart: a base `<canvas>` with the plot and an overlay `<canvas>` with the
//! current-scenario marker, so moving the marker never redraws the plot. The
//! plot repaints only when its spec, the theme or its laid-out size changes,
//! and only while it is on screen (both observed without reading layout, see
//! [`super::chart_watch`]). It has a hover read-out, an aria summary and a
//! "show as table" view. Painting lives in [`super::chart_paint`].
//!
//! The timeline is this component too, with a [`TimelineSpec`] beside its
//! spec: one component, not two, because each Leptos component is
//! monomorphised with all its closures and the second copy cost 2.6 KB of the
//! bundle (docs/PERFORMANCE.md, stop 25).

use super::canvas_text::Canvas as Backend;
use super::chart_paint::{fit, paint, paint_marker, paint_rule, summary, table_rows, FrameCache};
use super::chart_watch::{observe, Size};
use crate::charts::{self, draw_timeline, ChartSpec, Geometry, ReadoutRow, Swatch, TimelineSpec};
use leptos::ev::MouseEvent;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// The read-out's heading (x or time), its left edge (CSS px) and its rows.
type Readout = (String, f64, Vec<ReadoutRow>);

/// A legend or read-out swatch's class and inline style for a colour's CSS
/// variable: a dashed swatch for A's lines, as they are drawn.
fn swatch(look: Swatch, var: &str) -> (&'static str, String) {
    match look {
        Swatch::Rule => ("swatch rule", String::new()),
        Swatch::Line => ("swatch", format!("background: var({var})")),
        Swatch::Dashed => (
            "swatch dashed",
            format!("background: repeating-linear-gradient(90deg, var({var}) 0 4px, transparent 4px 7px)"),
        ),
    }
}

/// A live chart.
#[component]
pub fn ChartCanvas(
    /// DOM id of the base canvas (`chart-<name>`); the overlay is `<id>-overlay`.
    #[prop(into)]
    id: String,
    /// What to plot; repaints whenever it changes.
    #[prop(into)]
    spec: Signal<ChartSpec>,
    /// X of the current scenario, drawn on the overlay.
    #[prop(into)]
    marker: Signal<Option<f64>>,
    /// Dark theme: the canvas is repainted in its colours.
    #[prop(into)]
    dark: Signal<bool>,
    /// A timeline instead of a sweep: drawn by [`draw_timeline`] (time on a
    /// linear axis, lag on a right one, bursts and failures marked), read
    /// out by time, tabled by hour. `spec` is then its legend and PNG form
    /// ([`TimelineSpec::as_chart`]) and `marker` stays `None`.
    #[prop(optional)]
    timeline: Option<Memo<TimelineSpec>>,
) -> impl IntoView {
    let base = NodeRef::<Canvas>::new();
    let overlay = NodeRef::<Canvas>::new();
    let geometry = RwSignal::new(None::<Geometry>);
    let drawn = StoredValue::new(None::<(ChartSpec, bool, Size)>);
    let frame = StoredValue::new_local(None::<FrameCache>);
    let (readout, set_readout) = signal(None::<Readout>);
    let (as_table, set_as_table) = signal(false);
    let (visible, size) = observe(base);
    // The plot: only when on screen, and only when something it shows changed.
    Effect::new(move |_| {
        let (dark, size) = (dark.get(), size.get());
        let Some(size) = size.filter(|_| visible.get()) else {
            return;
        };
        let Some(c) = base.get() else { return };
        if let Some(t) = timeline {
            // Redrawn whenever it runs: it runs only when the timeline, the
            // theme, the size or visibility changed.
            let g = fit(&c, size).and_then(|dpr| {
                t.with(|t| draw_timeline(&Backend::new(&c)?.into_drawing_area(), t, dpr, dark).ok())
            });
            geometry.set(g);
            return;
        }
        spec.with(|s| {
            let same = drawn.with_value(|d| {
                d.as_ref()
                    .is_some_and(|(ds, dd, dz)| ds == s && *dd == dark && *dz == size)
            });
            if !same {
                let g = frame.try_update_value(|f| {
                    if f.is_none() {
                        *f = FrameCache::new();
                    }
                    f.as_mut().and_then(|f| paint(&c, size, s, dark, f))
                });
                geometry.set(g.flatten());
                drawn.set_value(Some((s.clone(), dark, size)));
            }
        });
    });
    // The marker: cheap, redrawn on its own, and only on screen (scrolling
    // in draws it again).
    Effect::new(move |_| {
        if !visible.get() {
            return;
        }
        let (g, x, dark) = (geometry.get(), marker.get(), dark.get());
        let Some(size) = size.get_untracked() else {
            return;
        };
        if let Some(o) = overlay.get() {
            spec.with_untracked(|s| paint_marker(&o, size, s, g.as_ref(), x, dark));
        }
    });
    let on_move = move |ev: MouseEvent| {
        let dpr = window().device_pixel_ratio().max(1.0);
        let x_dev = ev.offset_x() as f64 * dpr;
        let x = geometry.get_untracked().and_then(|g| g.x_at(x_dev));
        let found = x.and_then(|x| match timeline {
            Some(t) => t.with(|t| t.readout_at(x)),
            None => spec.with(|s| Some(s.readout_at(x))),
        });
        if timeline.is_some() {
            if let (Some(o), Some(sz)) = (overlay.get_untracked(), size.get_untracked()) {
                paint_rule(&o, sz, found.as_ref().map(|_| x_dev), dark.get_untracked());
            }
        }
        set_readout.set(found.map(|(head, rows)| (head, ev.offset_x() as f64, rows)));
    };
    let on_leave = move |_| {
        if timeline.is_some() {
            if let (Some(o), Some(sz)) = (overlay.get_untracked(), size.get_untracked()) {
                paint_rule(&o, sz, None, dark.get_untracked());
            }
        }
        set_readout.set(None);
    };
    // The legend changes only with the view, the SLO or a pin, not with
    // every input: a memo keeps its DOM untouched while a slider moves.
    // As its words, three an entry (the swatch's class and style, the
    // label): `Memo<Vec<String>>` is built already, where a memo of legend
    // entries was a type of its own (a smaller wasm).
    let legend = Memo::new(move |_| {
        spec.with(|s| {
            let mut words = Vec::new();
            for e in charts::legend(s) {
                let (class, style) = swatch(e.swatch, e.color.var);
                words.extend([class.to_string(), style, e.label]);
            }
            words
        })
    });
    let readout_id = format!("{id}-readout");
    let table_id = format!("{id}-table");
    view! {
        <figure class=if timeline.is_some() { "chart timeline-chart" } else { "chart" }>
            <div class="chart-head">
                <h4 class="chart-title">{move || spec.with(|s| s.title.clone())}</h4>
                <ul class="legend">
                    {move || legend.with(|words| words.chunks(3).map(|e| {
                        view! { <li><span class=e[0].clone() style=e[1].clone()></span>{e[2].clone()}</li> }
                    }).collect_view())}
                    {timeline.map(|_| view! {
                        <li><span class="swatch span-swatch"></span>"burst"</li>
                        <li><span class="swatch rule-swatch"></span>"failure and recovery"</li>
                    })}
                </ul>
            </div>
            <div class="chart-stage">
                <canvas id=id.clone() node_ref=base role="img" aria-label=move || match timeline {
                    Some(t) => t.with(TimelineSpec::summary),
                    None => spec.with(|s| summary(s, marker.get())),
                }></canvas>
                <canvas id=format!("{id}-overlay") class="overlay" node_ref=overlay aria-hidden="true"
                    on:mousemove=on_move on:mouseleave=on_leave></canvas>
                {move || readout.get().map(|(head, left, rows)| view! {
                    <div class="readout" id=readout_id.clone() role="status" style=charts::readout_style(left, size.get_untracked().map_or(0.0, |z| z.0))>
                        <div class="readout-x">{head}</div>
                        {rows.into_iter().map(|(name, look, slot, v)| {
                            let (class, style) = swatch(look, crate::palette::series(slot).var);
                            view! { <div><span class=class style=style></span>{format!("{name}: {v}")}</div> }
                        }).collect_view()}
                    </div>
                })}
            </div>
            <figcaption>
                <button class="link" id=format!("{id}-png") on:click={
                    let name = format!("{id}.png");
                    move |_| {
                        if let Some(b) = base.get_untracked() {
                            let o = overlay.get_untracked();
                            let o = o.as_ref().map(|o| o.unchecked_ref::<HtmlCanvasElement>());
                            let _ = spec.with_untracked(|s| crate::download::save_chart_png(&b, o, s, dark.get_untracked(), &name));
                        }
                    }
                }>"Save PNG"</button>
                <button class="link" id=format!("{id}-table-toggle") aria-expanded=move || as_table.get().to_string()
                    aria-controls=table_id.clone() on:click=move |_| set_as_table.update(|t| *t = !*t)>
                    {move || if as_table.get() { "Hide table" } else { "Show as table" }}
                </button>
            </figcaption>
            {move || as_table.get().then(|| view! {
                <div class="table-wrap" tabindex="0" role="region" aria-label=move || spec.with(|s| format!("{} as a table", s.title))>
                    <table id=table_id.clone() class="data">
                        <thead><tr>
                            <th scope="col">{move || spec.with(|s| s.x_label.clone())}</th>
                            {move || spec.with(|s| s.series.iter().map(|x| view! { <th scope="col">{x.name.clone()}</th> }).collect_view())}
                        </tr></thead>
                        <tbody>
                            {move || match timeline {
                                Some(t) => t.with(TimelineSpec::table_rows),
                                None => spec.with(table_rows),
                            }.into_iter().map(|(x, cells)| view! {
                                <tr><th scope="row">{x}</th>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })}
        </figure>
    }
}
