//! The one drawing routine: log or linear x, log y with unit ticks, shaded
//! tiers, series and a reference line. Title and legend are HTML (cheaper to
//! draw, readable by assistive tech). The current-scenario marker
//! lives on an overlay (see [`super::marker`]), so moving it never redraws this.

use super::{Axis, ChartSpec};
use crate::palette::{self, Pair};
use model::tier::Tier;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Look and device scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Style {
    /// Device pixels per CSS pixel: fonts and strokes scale with it.
    pub scale: f64,
    /// Dark theme colours.
    pub dark: bool,
}

/// Where the plot landed, so a pointer position can be mapped back to x.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    /// Plot area's left and right edges, device pixels.
    pub x_px: (i32, i32),
    /// Plot area's top and bottom edges, device pixels.
    pub y_px: (i32, i32),
    /// X data range.
    pub x_range: (f64, f64),
    /// Y data range (of the left axis, on the timeline).
    pub y_range: (f64, f64),
    /// Whether both axes are logarithmic (the sweep charts) or both linear
    /// (the timeline). One flag for both: a linear y starting at 0 read as
    /// logarithmic would put every point outside the plot.
    pub log: bool,
}

impl Geometry {
    /// Device-pixel position of the data point (x, y), or `None` when it
    /// falls outside the plot.
    pub fn to_px(&self, x: f64, y: f64) -> Option<(f64, f64)> {
        let frac = |v: f64, (a, b): (f64, f64), log: bool| {
            if log {
                (v.log10() - a.log10()) / (b.log10() - a.log10())
            } else {
                (v - a) / (b - a)
            }
        };
        let tx = frac(x, self.x_range, self.log);
        let ty = frac(y, self.y_range, self.log);
        let inside = |t: f64| t.is_finite() && (0.0..=1.0).contains(&t);
        if !(inside(tx) && inside(ty)) {
            return None;
        }
        let (l, r) = (self.x_px.0 as f64, self.x_px.1 as f64);
        let (t, b) = (self.y_px.0 as f64, self.y_px.1 as f64);
        Some((l + tx * (r - l), b - ty * (b - t)))
    }

    /// The x value under device pixel `px`, if it is inside the plot.
    pub fn x_at(&self, px: f64) -> Option<f64> {
        let (l, r) = (self.x_px.0 as f64, self.x_px.1 as f64);
        if px < l || px > r || r <= l {
            return None;
        }
        let t = (px - l) / (r - l);
        let (a, b) = self.x_range;
        Some(if self.log {
            10f64.powf(a.log10() + t * (b.log10() - a.log10()))
        } else {
            a + t * (b - a)
        })
    }
}

/// A y range that holds every positive point: whole decades around the data.
fn y_range(spec: &ChartSpec) -> (f64, f64) {
    let ys = spec
        .series
        .iter()
        .flat_map(|s| {
            s.points
                .iter()
                .map(|p| p.1)
                .chain(s.band.iter().flat_map(|b| [b.1, b.2]))
        })
        .chain(spec.y_rule.iter().map(|r| r.0));
    let (mut lo, mut hi) = (f64::INFINITY, 0.0f64);
    for y in ys.filter(|y| y.is_finite() && *y > 0.0) {
        lo = lo.min(y);
        hi = hi.max(y);
    }
    if !lo.is_finite() || hi <= 0.0 {
        return (0.1, 10.0);
    }
    let lo = 10f64.powf(lo.log10().floor()).max(1e-9);
    let hi = 10f64.powf((hi * 1.0001).log10().ceil()).max(lo * 10.0);
    (lo, hi)
}

fn x_range(spec: &ChartSpec) -> (f64, f64) {
    let xs = spec
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.0));
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for x in xs.filter(|x| x.is_finite() && *x > 0.0) {
        lo = lo.min(x);
        hi = hi.max(x);
    }
    if !lo.is_finite() || hi <= lo {
        (1.0, 10.0)
    } else {
        (lo, hi)
    }
}

/// Everything a chart's frame depends on: the background, grid, axes, tick
/// labels, tier bands and reference line. Two specs with equal keys draw the
/// same frame at the same size, whatever their lines, so a repaint whose
/// axes did not move can reuse the frame and draw only the lines
/// (`components::chart_paint`). Y ranges snap to whole decades, so most
/// slider inputs keep the key.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameKey {
    x_range: (f64, f64),
    y_range: (f64, f64),
    x_label: String,
    y_label: String,
    x_format: super::Fmt,
    y_format: super::Fmt,
    tiers: bool,
    y_rule: Option<(f64, String)>,
    style: Style,
}

impl FrameKey {
    /// Device pixels for `v` CSS pixels at this key's scale.
    fn px(&self, v: f64) -> i32 {
        (v * self.scale()).round() as i32
    }

    fn scale(&self) -> f64 {
        self.style.scale.max(0.5)
    }

    /// A palette colour in this key's theme.
    fn rgb(&self, p: Pair) -> RGBColor {
        let (r, g, b) = p.rgb(self.style.dark);
        RGBColor(r, g, b)
    }
}

/// The frame key of `spec` drawn in `style`: the ranges are worked out here,
/// once per paint, and both drawing steps read them from the key.
pub fn frame_key(spec: &ChartSpec, style: &Style) -> FrameKey {
    FrameKey {
        x_range: x_range(spec),
        y_range: y_range(spec),
        x_label: spec.x_label.clone(),
        y_label: spec.y_label.clone(),
        x_format: spec.x_format,
        y_format: spec.y_format,
        tiers: spec.tiers,
        y_rule: spec.y_rule.clone(),
        style: *style,
    }
}

type LogChart<'a, DB> = ChartContext<'a, DB, Cartesian2d<Axis, Axis>>;

/// The chart's coordinates on `root` (draws nothing): the one place the
/// margins and label areas are set, so frame and lines always line up.
fn chart_on<'a, DB: DrawingBackend>(
    root: &'a DrawingArea<DB, Shift>,
    key: &FrameKey,
) -> Result<LogChart<'a, DB>, DrawingAreaErrorKind<DB::ErrorType>> {
    let ((x0, x1), (y0, y1)) = (key.x_range, key.y_range);
    ChartBuilder::on(root)
        .margin(key.px(10.0))
        // The last x tick ("100M") is centred on the plot's right edge: room for its half.
        .margin_right(key.px(22.0))
        .x_label_area_size(key.px(38.0))
        .y_label_area_size(key.px(68.0))
        .build_cartesian_2d(Axis::log(x0..x1), Axis::log(y0..y1))
}

fn geometry<DB: DrawingBackend>(chart: &LogChart<'_, DB>, key: &FrameKey) -> Geometry {
    let (xr, yr) = chart.plotting_area().get_pixel_range();
    Geometry {
        x_px: (xr.start, xr.end),
        y_px: (yr.start, yr.end),
        x_range: key.x_range,
        y_range: key.y_range,
        log: true,
    }
}

/// Draws `spec` onto `root` and returns where the plot area landed.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    style: &Style,
) -> Result<Geometry, DrawingAreaErrorKind<DB::ErrorType>> {
    let key = frame_key(spec, style);
    draw_frame(root, spec, &key)?;
    draw_lines(root, spec, &key)
}

/// The frame (see [`FrameKey`]; `key` is `spec`'s): everything but the
/// series lines, drawn first so the lines sit on top of it.
pub fn draw_frame<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    key: &FrameKey,
) -> Result<Geometry, DrawingAreaErrorKind<DB::ErrorType>> {
    let (k, px) = (key.scale(), |v: f64| key.px(v));
    let (bg, fg, grid) = (
        key.rgb(palette::PANEL),
        key.rgb(palette::FG),
        key.rgb(palette::BORDER),
    );
    root.fill(&bg)?;
    let ((x0, x1), (y0, y1)) = (key.x_range, key.y_range);
    // The enum, not the string "sans-serif": plotters lower-cases a family
    // name with `str::to_lowercase`, which links Unicode case tables (~5 KB).
    let font = |size: f64| (FontFamily::SansSerif, size * k).into_font().color(&fg);
    let mut chart = chart_on(root, key)?;
    let (xf, yf) = (spec.x_format, spec.y_format);
    chart
        .configure_mesh()
        .light_line_style(grid.mix(0.5))
        .max_light_lines(3)
        .bold_line_style(grid)
        .axis_style(fg.mix(0.6))
        .label_style(font(11.0))
        .x_desc(spec.x_label.as_str())
        .y_desc(spec.y_label.as_str())
        .x_label_formatter(&|v| xf.show(*v))
        .y_label_formatter(&|v| yf.show(*v))
        .x_labels(8)
        .y_labels(6)
        .draw()?;
    if matches!(xf, super::Fmt::Headroom) {
        // A headroom axis gets decade ticks only (90 %, 99 %, 99.9 %): add
        // 50 % so the flat left part of the hockey stick has a reference too.
        let x = 2.0;
        if x > x0 * 1.15 && x < x1 {
            let (tx, ty) = chart.backend_coord(&(x, y0));
            root.draw(&PathElement::new(
                vec![(tx, ty), (tx, ty + px(5.0))],
                fg.mix(0.6),
            ))?;
            root.draw(&Text::new(
                xf.show(x),
                (tx, ty + px(7.0)),
                font(11.0).pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
    }
    if spec.tiers {
        for i in 0..4 {
            let t = Tier::at(i);
            let (lo, hi) = t.band();
            let (lo, hi) = (lo.max(x0), hi.min(x1));
            if hi <= lo {
                continue;
            }
            if i % 2 == 1 {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(lo, y0), (hi, y1)],
                    fg.mix(0.05).filled(),
                )))?;
            }
            let pos = chart.backend_coord(&((lo * hi).sqrt(), y0));
            root.draw(&Text::new(
                t.label,
                (pos.0 - px(22.0), pos.1 - px(16.0)),
                font(10.0).color(&fg.mix(0.55)),
            ))?;
        }
    }
    if let Some((y, _)) = &spec.y_rule {
        let c = key.rgb(palette::DANGER);
        chart.draw_series(LineSeries::new(
            [(x0, *y), (x1, *y)],
            c.stroke_width(px(1.5) as u32),
        ))?;
    }
    root.present()?;
    Ok(geometry(&chart, key))
}

/// The series lines, on the coordinates [`draw_frame`] laid out for the
/// same `key` (`spec`'s).
pub fn draw_lines<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &ChartSpec,
    key: &FrameKey,
) -> Result<Geometry, DrawingAreaErrorKind<DB::ErrorType>> {
    let px = |v: f64| key.px(v);
    let mut chart = chart_on(root, key)?;
    // Bands first, so every line stays on top of every shaded area.
    for s in spec.series.iter().filter(|s| s.band.len() >= 2) {
        let c = key.rgb(palette::series(s.slot));
        let ok = |x: f64, y: f64| x > 0.0 && y > 0.0 && x.is_finite() && y.is_finite();
        let upper = s.band.iter().filter(|b| ok(b.0, b.2)).map(|b| (b.0, b.2));
        let lower = s
            .band
            .iter()
            .rev()
            .filter(|b| ok(b.0, b.1))
            .map(|b| (b.0, b.1));
        let outline: Vec<(f64, f64)> = upper.chain(lower).collect();
        chart.draw_series(std::iter::once(Polygon::new(outline, c.mix(0.2).filled())))?;
    }
    for s in &spec.series {
        let c = key.rgb(palette::series(s.slot));
        let pts: Vec<(f64, f64)> = s
            .points
            .iter()
            .copied()
            .filter(|p| p.1 > 0.0 && p.1.is_finite() && p.0.is_finite())
            .collect();
        if s.dashed {
            chart.draw_series(DashedLineSeries::new(
                pts,
                px(6.0) as u32,
                px(4.0) as u32,
                c.mix(0.8).stroke_width(px(1.5) as u32),
            ))?;
        } else {
            chart.draw_series(LineSeries::new(pts, c.stroke_width(px(2.0) as u32)))?;
        }
    }
    root.present()?;
    Ok(geometry(&chart, key))
}
