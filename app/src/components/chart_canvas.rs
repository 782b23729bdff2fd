//! A chart: a base `<canvas>` with the plot and an overlay `<canvas>` with the
//! current-scenario marker, so moving the marker never redraws the plot. Both
//! are sized by `devicePixelRatio`. The plot repaints only when its spec, the
//! theme or its laid-out size changes, and only while it is on screen (both
//! observed without reading layout, see [`super::chart_watch`]).
//! It has a hover read-out, an aria summary and a "show as table" view.

use super::chart_watch::{watch, Size, Watch};
use crate::charts::{draw, marker_points, value_at, ChartSpec, Geometry, Style};
use crate::state::AppState;
use leptos::ev::MouseEvent;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Counts paints on `window.__chartPaints` and stamps `window.__firstPaint`
/// and `window.__lastPaint` (ms since navigation): the browser benchmark
/// reads these to time navigation → first chart and input → repaint.
fn record_paint() {
    let w = window();
    let count = js_sys::Reflect::get(&w, &"__chartPaints".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let now = w.performance().map(|p| p.now()).unwrap_or(0.0);
    if count == 0.0 {
        let _ = js_sys::Reflect::set(&w, &"__firstPaint".into(), &JsValue::from_f64(now));
    }
    let _ = js_sys::Reflect::set(&w, &"__chartPaints".into(), &JsValue::from_f64(count + 1.0));
    let _ = js_sys::Reflect::set(&w, &"__lastPaint".into(), &JsValue::from_f64(now));
}

/// Matches the canvas's backing store to `size` × devicePixelRatio.
/// Returns the ratio, or `None` for an empty size (not laid out, or hidden).
fn fit(canvas: &HtmlCanvasElement, size: Size) -> Option<f64> {
    let dpr = window().device_pixel_ratio().max(1.0);
    let (w, h) = size;
    if w <= 0.0 || h <= 0.0 || !w.is_finite() || !h.is_finite() {
        return None;
    }
    let (pw, ph) = ((w * dpr).round() as u32, (h * dpr).round() as u32);
    if canvas.width() != pw || canvas.height() != ph {
        canvas.set_width(pw);
        canvas.set_height(ph);
    }
    Some(dpr)
}

/// Draws `spec` into `canvas` at device resolution and returns the plot geometry.
pub fn paint(
    canvas: &HtmlCanvasElement,
    size: Size,
    spec: &ChartSpec,
    dark: bool,
) -> Option<Geometry> {
    let t0 = window().performance().map(|p| p.now()).unwrap_or(0.0);
    let dpr = fit(canvas, size)?;
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let g = draw(
        &backend.into_drawing_area(),
        spec,
        &Style { scale: dpr, dark },
    )
    .ok();
    record_paint();
    let w = window();
    let t1 = w.performance().map(|p| p.now()).unwrap_or(0.0);
    let total = js_sys::Reflect::get(&w, &"__paintMs".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&w, &"__paintMs".into(), &JsValue::from_f64(total + t1 - t0));
    g
}

/// Draws the marker for `x` on the overlay (or clears it).
fn paint_marker(
    overlay: &HtmlCanvasElement,
    size: Size,
    spec: &ChartSpec,
    g: Option<&Geometry>,
    x: Option<f64>,
    dark: bool,
) {
    // The overlay sits exactly on the base canvas (`inset: 0`), so it shares its size.
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
    ctx.clear_rect(0.0, 0.0, overlay.width() as f64, overlay.height() as f64);
    record_paint();
    let Some(m) = g.zip(x).and_then(|(g, x)| marker_points(spec, g, x)) else {
        return;
    };
    ctx.set_stroke_style_str(if dark {
        "rgba(220,222,228,0.7)"
    } else {
        "rgba(40,44,52,0.7)"
    });
    ctx.set_line_width(dpr);
    ctx.begin_path();
    ctx.move_to(m.rule.0, m.rule.1);
    ctx.line_to(m.rule.0, m.rule.2);
    ctx.stroke();
    for (dx, dy, color) in &m.dots {
        ctx.set_fill_style_str(color);
        ctx.begin_path();
        let _ = ctx.arc(*dx, *dy, 4.5 * dpr, 0.0, std::f64::consts::TAU);
        ctx.fill();
    }
}

/// A one-sentence text alternative: each series' value at the marker.
pub fn summary(spec: &ChartSpec, marker: Option<f64>) -> String {
    let at = marker.map(|x| {
        let parts: Vec<String> = spec
            .series
            .iter()
            .filter_map(|s| {
                value_at(&s.points, x).map(|y| format!("{} {}", s.name, spec.y_format.show(y)))
            })
            .collect();
        format!(
            " At {} {}: {}.",
            spec.x_format.show(x),
            spec.x_label,
            parts.join(", ")
        )
    });
    format!(
        "{} ({} against {}).{}",
        spec.title,
        spec.y_label,
        spec.x_label,
        at.unwrap_or_default()
    )
}

/// Rows for the table view: about nine x values spread over the data.
pub fn table_rows(spec: &ChartSpec) -> Vec<(String, Vec<String>)> {
    let Some(first) = spec.series.first() else {
        return Vec::new();
    };
    let n = first.points.len();
    if n == 0 {
        return Vec::new();
    }
    let picks: std::collections::BTreeSet<usize> = (0..9).map(|i| i * (n - 1) / 8).collect();
    picks
        .into_iter()
        .map(|i| {
            let x = first.points[i].0;
            let cells = spec
                .series
                .iter()
                .map(|s| value_at(&s.points, x).map_or("—".into(), |y| spec.y_format.show(y)))
                .collect();
            (spec.x_format.show(x), cells)
        })
        .collect()
}

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
) -> impl IntoView {
    let st = expect_context::<AppState>();
    let base = NodeRef::<Canvas>::new();
    let overlay = NodeRef::<Canvas>::new();
    let geometry = RwSignal::new(None::<Geometry>);
    let visible = RwSignal::new(false);
    let drawn = StoredValue::new(None::<(ChartSpec, bool, Size)>);
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
        let (dark, size) = (st.dark(), size.get());
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
                geometry.set(paint(&c, size, s, dark));
                drawn.set_value(Some((s.clone(), dark, size)));
            }
        });
    });
    // The marker: cheap, redrawn on its own.
    Effect::new(move |_| {
        let (g, x, dark) = (geometry.get(), marker.get(), st.dark());
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
                            value_at(&ser.points, x).map(|y| {
                                let (r, gr, b) = ser.color;
                                (
                                    ser.name.clone(),
                                    format!("rgb({r},{gr},{b})"),
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
    // The legend changes only with the view or the SLO, not with every input:
    // a memo keeps its DOM untouched while a slider moves.
    let legend = Memo::new(move |_| {
        spec.with(|s| {
            let rule = s.y_rule.as_ref().map(|(_, label)| label.clone());
            let lines: Vec<(String, (u8, u8, u8))> =
                s.series.iter().map(|x| (x.name.clone(), x.color)).collect();
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
                        let lines = lines.iter().map(|(name, (r, g, b))| {
                            view! { <li><span class="swatch" style=format!("background: rgb({r},{g},{b})")></span>{name.clone()}</li> }
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
