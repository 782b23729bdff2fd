//! A `<canvas>` that shows a [`ChartSpec`]. It sizes its backing store by
//! `devicePixelRatio` so lines stay sharp, and redraws when the spec changes.

use crate::charts::{draw, ChartSpec, Style};
use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use plotters_canvas::CanvasBackend;

fn prefers_dark() -> bool {
    window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Draws `spec` into `canvas` at device resolution. Returns false when the
/// canvas has no size yet (not laid out) or no 2D context.
pub fn paint(canvas: &web_sys::HtmlCanvasElement, spec: &ChartSpec) -> bool {
    let dpr = window().device_pixel_ratio().max(1.0);
    let (w, h) = (canvas.client_width(), canvas.client_height());
    if w <= 0 || h <= 0 {
        return false;
    }
    let (pw, ph) = (
        (w as f64 * dpr).round() as u32,
        (h as f64 * dpr).round() as u32,
    );
    if canvas.width() != pw || canvas.height() != ph {
        canvas.set_width(pw);
        canvas.set_height(ph);
    }
    let Some(backend) = CanvasBackend::with_canvas_object(canvas.clone()) else {
        return false;
    };
    let root = backend.into_drawing_area();
    draw(
        &root,
        spec,
        &Style {
            scale: dpr,
            dark: prefers_dark(),
        },
    )
    .is_ok()
}

/// A live chart.
#[component]
pub fn ChartCanvas(
    /// DOM id of the canvas.
    #[prop(into)]
    id: String,
    /// What to draw; the chart repaints whenever it changes.
    #[prop(into)]
    spec: Signal<ChartSpec>,
) -> impl IntoView {
    let node = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        let s = spec.get();
        if let Some(c) = node.get() {
            paint(&c, &s);
        }
    });
    let label = move || {
        spec.with(|s| {
            format!(
                "{}: {}",
                s.title,
                s.series
                    .iter()
                    .map(|x| x.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        })
    };
    view! {
        <figure class="chart">
            <canvas id=id node_ref=node role="img" aria-label=label></canvas>
        </figure>
    }
}
