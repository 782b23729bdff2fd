//! Painting a chart into its two canvases, and the chart's text forms (the
//! aria summary and the table view). No component state here.

use super::bench_hooks;
use super::canvas_text::Canvas;
use super::chart_watch::Size;
use crate::charts::{
    draw_frame, draw_lines, frame_key, marker_points, value_at, ChartSpec, FrameKey, Geometry,
    Style,
};
use crate::palette;
use leptos::prelude::*;
use plotters::prelude::IntoDrawingArea;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Matches the canvas's backing store to `size` × devicePixelRatio.
/// Returns the ratio, or `None` for an empty size (not laid out, or hidden).
pub(crate) fn fit(canvas: &HtmlCanvasElement, size: Size) -> Option<f64> {
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

/// A chart's last frame (background, grid, axes, labels, tiers, rule) on a
/// canvas of its own, with what it was drawn for.
///
/// Why: the frame is most of a repaint (plotters' axes and labels: about
/// 0.15 ms of a chart's 0.2 ms in a profile of rate-slider inputs), yet y
/// ranges snap to whole decades, so most inputs keep it. A repaint then
/// copies the frame and draws only the lines (docs/PERFORMANCE.md, stop 11).
pub struct FrameCache {
    canvas: HtmlCanvasElement,
    drawn: Option<(FrameKey, u32, u32)>,
    frames: u32,
}

impl FrameCache {
    /// An empty cache with its own off-screen canvas.
    pub fn new() -> Option<Self> {
        let canvas = document()
            .create_element("canvas")
            .ok()?
            .dyn_into::<HtmlCanvasElement>()
            .ok()?;
        Some(Self {
            canvas,
            drawn: None,
            frames: 0,
        })
    }

    /// How many frames this cache has drawn (each repaint whose axes moved).
    pub fn frames_drawn(&self) -> u32 {
        self.frames
    }
}

/// Draws `spec` into `canvas` at device resolution and returns the plot
/// geometry: the frame from `cache` when its key and size still match,
/// else drawn into the cache first; then the lines.
pub fn paint(
    canvas: &HtmlCanvasElement,
    size: Size,
    spec: &ChartSpec,
    dark: bool,
    cache: &mut FrameCache,
) -> Option<Geometry> {
    let t0 = bench_hooks::now();
    let dpr = fit(canvas, size)?;
    let style = Style { scale: dpr, dark };
    let key = frame_key(spec, &style);
    let (w, h) = (canvas.width(), canvas.height());
    let fresh = cache
        .drawn
        .as_ref()
        .is_none_or(|(k, cw, ch)| *k != key || (*cw, *ch) != (w, h));
    if fresh {
        cache.drawn = None;
        cache.canvas.set_width(w);
        cache.canvas.set_height(h);
        let frame = Canvas::new(&cache.canvas)?;
        draw_frame(&frame.into_drawing_area(), spec, &key).ok()?;
        cache.drawn = Some((key.clone(), w, h));
        cache.frames += 1;
    }
    let backend = Canvas::new(canvas)?;
    if !backend.blit(&cache.canvas) {
        return None;
    }
    let g = draw_lines(&backend.into_drawing_area(), spec, &key).ok();
    bench_hooks::record_paint(t0);
    g
}

/// The overlay's 2D context, cleared and sized like the base canvas (it sits
/// exactly on it, `inset: 0`), with the device pixel ratio.
fn cleared(overlay: &HtmlCanvasElement, size: Size) -> Option<(CanvasRenderingContext2d, f64)> {
    let dpr = fit(overlay, size)?;
    let ctx = overlay
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())?;
    ctx.clear_rect(0.0, 0.0, overlay.width() as f64, overlay.height() as f64);
    Some((ctx, dpr))
}

/// A vertical rule at device x from y0 to y1, in the text colour.
fn rule(ctx: &CanvasRenderingContext2d, dpr: f64, (x, y0, y1): (f64, f64, f64), dark: bool) {
    let (r, g, b) = palette::FG.rgb(dark);
    ctx.set_stroke_style_str(&format!("rgba({r},{g},{b},0.7)"));
    ctx.set_line_width(dpr);
    ctx.begin_path();
    ctx.move_to(x, y0);
    ctx.line_to(x, y1);
    ctx.stroke();
}

/// Draws the marker for `x` on the overlay (or clears it).
pub fn paint_marker(
    overlay: &HtmlCanvasElement,
    size: Size,
    spec: &ChartSpec,
    g: Option<&Geometry>,
    x: Option<f64>,
    dark: bool,
) {
    let t0 = bench_hooks::now();
    let Some((ctx, dpr)) = cleared(overlay, size) else {
        return;
    };
    bench_hooks::record_paint(t0);
    let Some(m) = g.zip(x).and_then(|(g, x)| marker_points(spec, g, x, dark)) else {
        return;
    };
    rule(&ctx, dpr, m.rule, dark);
    for (dx, dy, color) in &m.dots {
        ctx.set_fill_style_str(color);
        ctx.begin_path();
        let _ = ctx.arc(*dx, *dy, 4.5 * dpr, 0.0, std::f64::consts::TAU);
        ctx.fill();
    }
}

/// Draws the hover rule at device x (full height) on the overlay, or clears
/// it: the timeline's pointer, whose lines sit on two y axes.
pub fn paint_rule(overlay: &HtmlCanvasElement, size: Size, x: Option<f64>, dark: bool) {
    if let Some((ctx, dpr)) = cleared(overlay, size) {
        if let Some(x) = x {
            rule(&ctx, dpr, (x, 0.0, overlay.height() as f64), dark);
        }
    }
}

/// A short text alternative: each series' value at the marker, and which
/// lines are the pinned scenario A.
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
    // The picture tells A from B by its dashes; the text says it in words.
    let a = if spec.series.iter().any(|s| s.dashed) {
        " Dashed lines, named “A · …”, are the pinned scenario A."
    } else {
        ""
    };
    format!(
        "{} ({} against {}).{}{a}",
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
    // Non-decreasing in i, so `dedup` leaves each pick once, in order (a
    // BTreeSet's `collect` would link a driftsort of its own, ~3 KB of wasm).
    let mut picks: Vec<usize> = (0..9).map(|i| i * (n - 1) / 8).collect();
    picks.dedup();
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

#[cfg(test)]
mod tests {
    use super::table_rows;
    use crate::charts::{ChartSpec, Fmt, Series};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn spec(n: usize) -> ChartSpec {
        ChartSpec {
            title: "t".into(),
            x_label: "users".into(),
            y_label: "y".into(),
            series: vec![Series {
                name: "s".into(),
                slot: 0,
                points: (0..n).map(|i| (10f64.powi(i as i32), i as f64)).collect(),
                dashed: false,
                band: Vec::new(),
            }],
            tiers: true,
            x_format: Fmt::Count,
            y_format: Fmt::Count,
            y_rule: None,
        }
    }

    /// Nine rows spread from the first point to the last, each point once.
    #[wasm_bindgen_test]
    fn the_table_picks_each_point_once_first_to_last() {
        assert!(table_rows(&spec(0)).is_empty());
        assert_eq!(table_rows(&spec(1)).len(), 1);
        assert_eq!(table_rows(&spec(3)).len(), 3);
        let rows = table_rows(&spec(17));
        assert_eq!(rows.len(), 9);
        let first = table_rows(&spec(3));
        assert_eq!(first[0].0, rows[0].0);
        assert_eq!(rows[8].1, vec![Fmt::Count.show(16.0)]);
    }
}
