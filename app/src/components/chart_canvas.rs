//! A chart: a base `<canvas>` with the plot and an overlay `<canvas>` with the
//! current-scenario marker, so moving the marker never redraws the plot. The
//! plot repaints only when its spec, the theme or its laid-out size changes,
//! and only while it is on screen (both observed without reading layout, see
//! [`super::chart_watch`]). It has a hover read-out, an aria summary and a
//! "show as table" view. Painting lives in [`super::chart_paint`].

use super::chart_paint::{paint, paint_marker, summary, table_rows, FrameCache};
use super::chart_watch::{watch, Size, Watch};
use crate::charts::{self, value_at, ChartSpec, Geometry, Swatch};
use leptos::ev::MouseEvent;
use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

type Readout = (f64, f64, Vec<(String, (&'static str, String), String)>);

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
) -> impl IntoView {
    let base = NodeRef::<Canvas>::new();
    let overlay = NodeRef::<Canvas>::new();
    let geometry = RwSignal::new(None::<Geometry>);
    let visible = RwSignal::new(false);
    let drawn = StoredValue::new(None::<(ChartSpec, bool, Size)>);
    let frame = StoredValue::new_local(None::<FrameCache>);
    let size = RwSignal::new(None::<Size>);
    let (readout, set_readout) = signal(None::<Readout>);
    let (as_table, set_as_table) = signal(false);
    let observer = StoredValue::new_local(None::<Watch>);
    Effect::new(move |_| {
        if let Some(c) = base.get() {
            observer.update_value(|o| {
                if o.is_none() {
                    *o = watch(&c, visible, size);
                }
            });
        }
    });
    on_cleanup(move || {
        observer.update_value(|o| {
            if let Some(w) = o.take() {
                w.disconnect();
            }
        })
    });
    // The plot: only when on screen, and only when something it shows changed.
    Effect::new(move |_| {
        let (dark, size) = (dark.get(), size.get());
        let Some(size) = size.filter(|_| visible.get()) else {
            return;
        };
        let Some(c) = base.get() else { return };
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
        let found = geometry
            .get_untracked()
            .and_then(|g| g.x_at(ev.offset_x() as f64 * dpr))
            .map(|x| {
                spec.with(|s| {
                    let rows = s
                        .series
                        .iter()
                        .filter_map(|ser| {
                            let look = if ser.dashed {
                                Swatch::Dashed
                            } else {
                                Swatch::Line
                            };
                            value_at(&ser.points, x).map(|y| {
                                (
                                    ser.name.clone(),
                                    swatch(look, crate::palette::series(ser.slot).var),
                                    s.y_format.show(y),
                                )
                            })
                        })
                        .collect::<Vec<_>>();
                    (x, ev.offset_x() as f64, rows)
                })
            });
        set_readout.set(found);
    };
    // The legend changes only with the view, the SLO or a pin, not with
    // every input: a memo keeps its DOM untouched while a slider moves.
    let legend = Memo::new(move |_| spec.with(charts::legend));
    let readout_id = format!("{id}-readout");
    let table_id = format!("{id}-table");
    view! {
        <figure class="chart">
            <div class="chart-head">
                <h4 class="chart-title">{move || spec.with(|s| s.title.clone())}</h4>
                <ul class="legend">
                    {move || legend.with(|entries| entries.iter().map(|e| {
                        let (class, style) = swatch(e.swatch, e.color.var);
                        view! { <li><span class=class style=style></span>{e.label.clone()}</li> }
                    }).collect_view())}
                </ul>
            </div>
            <div class="chart-stage">
                <canvas id=id.clone() node_ref=base role="img" aria-label=move || spec.with(|s| summary(s, marker.get()))></canvas>
                <canvas id=format!("{id}-overlay") class="overlay" node_ref=overlay aria-hidden="true"
                    on:mousemove=on_move on:mouseleave=move |_| set_readout.set(None)></canvas>
                {move || readout.get().map(|(x, left, rows)| {
                    let (xf, xl) = spec.with(|s| (s.x_format, s.x_label.clone()));
                    view! {
                        <div class="readout" id=readout_id.clone() role="status" style=charts::readout_style(left, size.get_untracked().map_or(0.0, |z| z.0))>
                            <div class="readout-x">{format!("{} {}", xf.show(x), xl)}</div>
                            {rows.into_iter().map(|(name, (class, style), v)| view! {
                                <div><span class=class style=style></span>{format!("{name}: {v}")}</div>
                            }).collect_view()}
                        </div>
                    }
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
            <Show when=move || as_table.get()>
                <div class="table-wrap">
                    <table id=table_id.clone() class="data">
                        <thead><tr>
                            <th scope="col">{move || spec.with(|s| s.x_label.clone())}</th>
                            {move || spec.with(|s| s.series.iter().map(|x| view! { <th scope="col">{x.name.clone()}</th> }).collect_view())}
                        </tr></thead>
                        <tbody>
                            {move || spec.with(table_rows).into_iter().map(|(x, cells)| view! {
                                <tr><th scope="row">{x}</th>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
        </figure>
    }
}
