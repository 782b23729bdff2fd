//! The timeline chart's canvas: the plot (drawn by `charts::draw_timeline`
//! only while on screen and only when its spec, theme or size changed), a
//! hover rule with a read-out of every line at that time, a table view and
//! PNG export, like [`super::chart_canvas::ChartCanvas`].

use super::canvas_text::Canvas as Backend;
use super::chart_paint::fit;
use super::chart_watch::{watch, Size, Watch};
use crate::charts::{draw_timeline, legend, readout_style, TimeGeometry, TimelineSpec};
use crate::palette;
use leptos::ev::MouseEvent;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

type Readout = (String, f64, Vec<(String, usize, String)>);

/// Draws the hover rule at device pixel `x` on the overlay (or clears it).
fn paint_rule(overlay: &HtmlCanvasElement, size: Size, x: Option<f64>, dark: bool) {
    let Some(dpr) = fit(overlay, size) else {
        return;
    };
    let Some(ctx) = overlay
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
    else {
        return;
    };
    let (w, h) = (overlay.width() as f64, overlay.height() as f64);
    ctx.clear_rect(0.0, 0.0, w, h);
    if let Some(x) = x {
        let (r, g, b) = palette::FG.rgb(dark);
        ctx.set_stroke_style_str(&format!("rgba({r},{g},{b},0.7)"));
        ctx.set_line_width(dpr);
        ctx.begin_path();
        ctx.move_to(x, 0.0);
        ctx.line_to(x, h);
        ctx.stroke();
    }
}

/// The timeline chart.
#[component]
pub fn TimelineChart(
    /// DOM id of the base canvas; the overlay is `<id>-overlay`.
    #[prop(into)]
    id: String,
    /// What to plot.
    #[prop(into)]
    spec: Signal<TimelineSpec>,
    /// Dark theme.
    #[prop(into)]
    dark: Signal<bool>,
) -> impl IntoView {
    let base = NodeRef::<Canvas>::new();
    let overlay = NodeRef::<Canvas>::new();
    let geometry = StoredValue::new(None::<TimeGeometry>);
    let visible = RwSignal::new(false);
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
    // The plot: only on screen, only when what it shows changed (an Effect
    // re-runs only when one of the signals it read did).
    Effect::new(move |_| {
        let (dark, size) = (dark.get(), size.get());
        let Some(size) = size.filter(|_| visible.get()) else {
            return;
        };
        let Some(c) = base.get() else { return };
        let Some(dpr) = fit(&c, size) else { return };
        let g = spec.with(|s| {
            let backend = Backend::new(&c)?;
            draw_timeline(&backend.into_drawing_area(), s, dpr, dark).ok()
        });
        geometry.set_value(g);
    });
    let on_move = move |ev: MouseEvent| {
        let dpr = window().device_pixel_ratio().max(1.0);
        let x_dev = ev.offset_x() as f64 * dpr;
        let found = geometry
            .get_value()
            .and_then(|g| g.hour_at(x_dev))
            .and_then(|h| {
                spec.with(|s| {
                    let i = s.index_at(h)?;
                    let t = s.left.first()?.points.get(i)?.0;
                    Some((
                        model::timeline::clock(t * 3600.0),
                        ev.offset_x() as f64,
                        s.values_at(i),
                    ))
                })
            });
        if let (Some(o), Some(sz)) = (overlay.get_untracked(), size.get_untracked()) {
            paint_rule(&o, sz, found.as_ref().map(|_| x_dev), dark.get_untracked());
        }
        set_readout.set(found);
    };
    let on_leave = move |_| {
        if let (Some(o), Some(sz)) = (overlay.get_untracked(), size.get_untracked()) {
            paint_rule(&o, sz, None, dark.get_untracked());
        }
        set_readout.set(None);
    };
    let chart = Memo::new(move |_| spec.with(TimelineSpec::as_chart));
    let entries = Memo::new(move |_| chart.with(legend));
    let table_id = format!("{id}-table");
    let readout_id = format!("{id}-readout");
    view! {
        <figure class="chart timeline-chart">
            <div class="chart-head">
                <h4 class="chart-title">"Load, capacity and lag over the window"</h4>
                <ul class="legend">
                    {move || entries.with(|es| es.iter().map(|e| view! {
                        <li><span class="swatch" style=format!("background: var({})", e.color.var)></span>{e.label.clone()}</li>
                    }).collect_view())}
                    <li><span class="swatch span-swatch"></span>"burst"</li>
                    <li><span class="swatch rule-swatch"></span>"failure and recovery"</li>
                </ul>
            </div>
            <div class="chart-stage">
                <canvas id=id.clone() node_ref=base role="img" aria-label=move || spec.with(TimelineSpec::summary)></canvas>
                <canvas id=format!("{id}-overlay") class="overlay" node_ref=overlay aria-hidden="true"
                    on:mousemove=on_move on:mouseleave=on_leave></canvas>
                {move || readout.get().map(|(t, left, rows)| view! {
                    <div class="readout" id=readout_id.clone() role="status" style=readout_style(left, size.get_untracked().map_or(0.0, |z| z.0))>
                        <div class="readout-x">{t}</div>
                        {rows.into_iter().map(|(name, slot, v)| view! {
                            <div><span class="swatch" style=format!("background: var({})", palette::series(slot).var)></span>{format!("{name}: {v}")}</div>
                        }).collect_view()}
                    </div>
                })}
            </div>
            <figcaption>
                <button class="link" id=format!("{id}-png") on:click={
                    let name = format!("{id}.png");
                    move |_| {
                        if let Some(b) = base.get_untracked() {
                            let _ = chart.with_untracked(|c| crate::download::save_chart_png(&b, None, c, dark.get_untracked(), &name));
                        }
                    }
                }>"Save PNG"</button>
                <button class="link" id=format!("{id}-table-toggle") aria-expanded=move || as_table.get().to_string()
                    aria-controls=table_id.clone() on:click=move |_| set_as_table.update(|t| *t = !*t)>
                    {move || if as_table.get() { "Hide table" } else { "Show as table" }}
                </button>
            </figcaption>
            <Show when=move || as_table.get()>
                <div class="table-wrap" tabindex="0" role="region" aria-label="Timeline as a table">
                    <table id=table_id.clone() class="data">
                        <thead><tr>
                            <th scope="col">"time"</th>
                            {move || chart.with(|c| c.series.iter().map(|x| view! { <th scope="col">{x.name.clone()}</th> }).collect_view())}
                        </tr></thead>
                        <tbody>
                            {move || spec.with(TimelineSpec::table_rows).into_iter().map(|(x, cells)| view! {
                                <tr><th scope="row">{x}</th>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
        </figure>
    }
}
