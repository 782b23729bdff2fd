//! A chart: a base `<canvas>` with the plot and an overlay `<canvas>` with the
//! current-scenario marker, so moving the marker never redraws the plot. The
//! plot repaints only when its spec, the theme or its laid-out size changes,
//! and only while it is on screen (both observed without reading layout, see
//! [`super::chart_watch`]). It has a hover read-out, an aria summary and a
//! "show as table" view. Painting lives in [`super::chart_paint`].

use super::chart_paint::{paint, paint_marker, summary, table_rows, FrameCache};
use super::chart_watch::{watch, Size, Watch};
use crate::charts::{value_at, ChartSpec, Geometry};
use leptos::ev::MouseEvent;
use leptos::html::Canvas;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

type Readout = (f64, f64, Vec<(String, String, String)>);

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
    // The marker: cheap, redrawn on its own.
    Effect::new(move |_| {
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
                            value_at(&ser.points, x)
                                .map(|y| (ser.name.clone(), ser.css_var(), s.y_format.show(y)))
                        })
                        .collect::<Vec<_>>();
                    (x, ev.offset_x() as f64, rows)
                })
            });
        set_readout.set(found);
    };
    // The legend changes only with the view or the SLO, not with every input:
    // a memo keeps its DOM untouched while a slider moves.
    let legend = Memo::new(move |_| {
        spec.with(|s| {
            let rule = s.y_rule.as_ref().map(|(_, label)| label.clone());
            let lines: Vec<(String, String)> = s
                .series
                .iter()
                .map(|x| (x.name.clone(), x.css_var()))
                .collect();
            (rule, lines)
        })
    });
    let readout_id = format!("{id}-readout");
    let table_id = format!("{id}-table");
    view! {
        <figure class="chart">
            <div class="chart-head">
                <h4 class="chart-title">{move || spec.with(|s| s.title.clone())}</h4>
                <ul class="legend">
                    {move || legend.with(|(rule, lines)| {
                        let rule = rule.as_ref().map(|label| view! {
                            <li><span class="swatch rule"></span>{label.clone()}</li>
                        });
                        let lines = lines.iter().map(|(name, color)| {
                            view! { <li><span class="swatch" style=format!("background: {color}")></span>{name.clone()}</li> }
                        }).collect_view();
                        view! { {rule} {lines} }
                    })}
                </ul>
            </div>
            <div class="chart-stage">
                <canvas id=id.clone() node_ref=base role="img" aria-label=move || spec.with(|s| summary(s, marker.get()))></canvas>
                <canvas id=format!("{id}-overlay") class="overlay" node_ref=overlay aria-hidden="true"
                    on:mousemove=on_move on:mouseleave=move |_| set_readout.set(None)></canvas>
                {move || readout.get().map(|(x, left, rows)| {
                    let (xf, xl) = spec.with(|s| (s.x_format, s.x_label.clone()));
                    view! {
                        <div class="readout" id=readout_id.clone() role="status" style=format!("left: {}px", left + 12.0)>
                            <div class="readout-x">{format!("{} {}", xf.show(x), xl)}</div>
                            {rows.into_iter().map(|(name, color, v)| view! {
                                <div><span class="swatch" style=format!("background: {color}")></span>{format!("{name}: {v}")}</div>
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
                            let _ = crate::download::save_chart_png(&b, overlay.get_untracked().as_ref().map(|o| o.unchecked_ref::<HtmlCanvasElement>()), &name);
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
