//! A `<canvas>` showing a [`ChartSpec`]: sized by `devicePixelRatio` so it is
//! sharp, redrawn when its spec, the theme or the layout width changes, with a
//! hover read-out, an aria summary and a "show as table" alternative.

use crate::charts::{draw, value_at, ChartSpec, Geometry, Style};
use crate::state::AppState;
use leptos::ev::MouseEvent;
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsValue;

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

/// Draws `spec` into `canvas` at device resolution and returns the plot
/// geometry, or `None` when the canvas is not laid out yet.
pub fn paint(
    canvas: &web_sys::HtmlCanvasElement,
    spec: &ChartSpec,
    dark: bool,
) -> Option<Geometry> {
    let dpr = window().device_pixel_ratio().max(1.0);
    let (w, h) = (canvas.client_width(), canvas.client_height());
    if w <= 0 || h <= 0 {
        return None;
    }
    let (pw, ph) = (
        (w as f64 * dpr).round() as u32,
        (h as f64 * dpr).round() as u32,
    );
    if canvas.width() != pw || canvas.height() != ph {
        canvas.set_width(pw);
        canvas.set_height(ph);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone())?;
    let root = backend.into_drawing_area();
    let g = draw(&root, spec, &Style { scale: dpr, dark }).ok();
    record_paint();
    g
}

/// A one-sentence text alternative: each series' value at the marker.
pub fn summary(spec: &ChartSpec) -> String {
    let at = spec.marker_x.map(|x| {
        let parts: Vec<String> = spec
            .series
            .iter()
            .filter_map(|s| {
                value_at(&s.points, x, spec.x_log)
                    .map(|y| format!("{} {}", s.name, spec.y_format.show(y)))
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
    let picks: Vec<usize> = (0..9)
        .map(|i| i * (n - 1) / 8)
        .collect::<std::collections::BTreeSet<_>>()
        .into_iter()
        .collect();
    picks
        .into_iter()
        .map(|i| {
            let x = first.points[i].0;
            let cells = spec
                .series
                .iter()
                .map(|s| {
                    value_at(&s.points, x, spec.x_log)
                        .map_or("—".into(), |y| spec.y_format.show(y))
                })
                .collect();
            (spec.x_format.show(x), cells)
        })
        .collect()
}

/// A live chart.
#[component]
pub fn ChartCanvas(
    /// DOM id of the canvas (`chart-<name>`).
    #[prop(into)]
    id: String,
    /// What to draw; the chart repaints whenever it changes.
    #[prop(into)]
    spec: Signal<ChartSpec>,
) -> impl IntoView {
    let st = expect_context::<AppState>();
    let node = NodeRef::<Canvas>::new();
    let geometry = StoredValue::new(None::<Geometry>);
    let (width_tick, set_width_tick) = signal(0u32);
    let (readout, set_readout) = signal(None::<(f64, f64, Vec<(String, String, String)>)>);
    let (as_table, set_as_table) = signal(false);
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        set_width_tick.update(|t| *t = t.wrapping_add(1))
    });
    on_cleanup(move || handle.remove());
    Effect::new(move |_| {
        width_tick.track();
        let dark = st.dark();
        spec.with(|s| {
            if let Some(c) = node.get() {
                geometry.set_value(paint(&c, s, dark));
            }
        });
    });
    let on_move = move |ev: MouseEvent| {
        let dpr = window().device_pixel_ratio().max(1.0);
        let Some(g) = geometry.get_value() else {
            return;
        };
        let x_dev = ev.offset_x() as f64 * dpr;
        let found = g.x_at(x_dev).map(|x| {
            spec.with(|s| {
                let rows = s
                    .series
                    .iter()
                    .filter_map(|ser| {
                        value_at(&ser.points, x, s.x_log).map(|y| {
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
    let canvas_id = id.clone();
    let readout_id = format!("{id}-readout");
    let table_id = format!("{id}-table");
    view! {
        <figure class="chart">
            <div class="chart-stage">
                <canvas id=canvas_id node_ref=node role="img" aria-label=move || spec.with(summary)
                    on:mousemove=on_move on:mouseleave=move |_| set_readout.set(None)></canvas>
                {move || readout.get().map(|(x, left, rows)| {
                    let fmt = spec.with(|s| (s.x_format, s.x_label.clone()));
                    view! {
                        <div class="readout" id=readout_id.clone() role="status" style=format!("left: {}px", left + 12.0)>
                            <div class="readout-x">{format!("{} {}", fmt.0.show(x), fmt.1)}</div>
                            {rows.into_iter().map(|(name, color, v)| view! {
                                <div><span class="swatch" style=format!("background: {color}")></span>{format!("{name}: {v}")}</div>
                            }).collect_view()}
                        </div>
                    }
                })}
            </div>
            <figcaption>
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
