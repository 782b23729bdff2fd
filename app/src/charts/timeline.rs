//! The timeline chart ("The bad hour"): offered load and each tier's
//! capacity on the left axis (msg/s), each tier's lag on the right axis (s),
//! bursts shaded and failure milestones as labelled vertical lines. Time is
//! linear, in hours from the window's start. [`timeline_spec`] turns a
//! `model::simulate::Simulation` into what is drawn; [`draw_timeline`] draws
//! it on any plotters backend. The numbers are the simulation's, untouched.

use super::{Axis, ChartSpec, Fmt, Geometry, Series};
use crate::palette;
use model::simulate::Simulation;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// Everything the timeline chart shows. x is hours from the window's start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TimelineSpec {
    /// Lines on the left axis, msg/s: offered load, then each tier's capacity.
    pub left: Vec<Series>,
    /// Lines on the right axis, s: each tier's lag.
    pub right: Vec<Series>,
    /// Shaded spans (bursts): from, to (hours), label.
    pub spans: Vec<(f64, f64, String)>,
    /// Vertical lines (failure, replacement, replicated): at (hours), label.
    pub marks: Vec<(f64, String)>,
    /// Window, hours.
    pub x_max: f64,
}

fn series(slot: usize, name: String, t_h: &[f64], ys: &[f64]) -> Series {
    Series {
        name,
        slot,
        points: t_h
            .iter()
            .zip(ys)
            .map(|(t, y)| (*t, if y.is_finite() { y.max(0.0) } else { 0.0 }))
            .collect(),
        dashed: false,
        band: Vec::new(),
    }
}

/// The chart of `sim`: the first tier's offered load, every tier's
/// capacity, every tier's lag, the bursts and the failure milestones.
pub fn timeline_spec(sim: &Simulation) -> TimelineSpec {
    let t_h: Vec<f64> = std::iter::once(0.0)
        .chain(sim.t_s.iter().map(|t| t / 3600.0))
        .collect();
    // Each value is at its step's end; the window's start repeats the first
    // step's value, so the lines begin at 0 h.
    let lead = |v: &[f64]| -> Vec<f64> {
        v.first()
            .copied()
            .into_iter()
            .chain(v.iter().copied())
            .collect()
    };
    let name = |ts: &model::simulate::TierSeries| ts.component.map_or("Tier", |c| c.label());
    let mut left = Vec::new();
    let mut right = Vec::new();
    if let Some(first) = sim.timeline.first() {
        left.push(series(
            0,
            "Offered load".into(),
            &t_h,
            &lead(&first.offered),
        ));
    }
    for (i, ts) in sim.timeline.iter().enumerate() {
        left.push(series(
            1 + i,
            format!("{} capacity", name(ts)),
            &t_h,
            &lead(&ts.capacity),
        ));
        right.push(series(
            1 + sim.timeline.len() + i,
            format!("{} lag (right axis)", name(ts)),
            &t_h,
            &lead(&ts.lag_s),
        ));
    }
    let (mut spans, mut marks) = (Vec::new(), Vec::new());
    for e in &sim.events {
        let at = e.at_s / 3600.0;
        match (e.kind, e.until_s) {
            ("burst", Some(u)) => spans.push((at, u / 3600.0, e.label.clone())),
            ("burst", None) => spans.push((at, sim.window_s / 3600.0, e.label.clone())),
            _ => marks.push((at, e.label.clone())),
        }
    }
    TimelineSpec {
        left,
        right,
        spans,
        marks,
        x_max: (sim.window_s / 3600.0).max(1e-6),
    }
}

impl TimelineSpec {
    /// The same lines as one [`ChartSpec`], for the legend and the PNG's
    /// legend strip (x is hours; the y format is the left axis').
    pub fn as_chart(&self) -> ChartSpec {
        ChartSpec {
            title: "The bad hour: load, capacity and lag over the window".into(),
            x_label: "time".into(),
            y_label: "msg/s · lag s".into(),
            series: self.left.iter().chain(&self.right).cloned().collect(),
            tiers: false,
            x_format: Fmt::Count,
            y_format: Fmt::Count,
            y_rule: None,
        }
    }

    /// The index of the step nearest `hour`.
    pub fn index_at(&self, hour: f64) -> Option<usize> {
        let pts = &self.left.first()?.points;
        let i = pts.partition_point(|p| p.0 < hour);
        match (i.checked_sub(1), pts.get(i)) {
            (Some(a), Some(b)) if hour - pts[a].0 < b.0 - hour => Some(a),
            (_, Some(_)) => Some(i),
            (Some(a), None) => Some(a),
            (None, None) => None,
        }
    }

    /// Each line's value at step `i`, formatted: (name, slot, text).
    pub fn values_at(&self, i: usize) -> Vec<(String, usize, String)> {
        let show = |s: &Series, f: Fmt| {
            s.points
                .get(i)
                .map(|p| (s.name.clone(), s.slot, f.show(p.1)))
        };
        self.left
            .iter()
            .filter_map(|s| show(s, Fmt::Count).map(|(n, k, v)| (n, k, format!("{v} msg/s"))))
            .chain(self.right.iter().filter_map(|s| show(s, Fmt::Seconds)))
            .collect()
    }

    /// Rows for the table view: the hour marks (at most about 48 rows) and
    /// every event, as (clock, values).
    pub fn table_rows(&self) -> Vec<(String, Vec<String>)> {
        let Some(first) = self.left.first() else {
            return Vec::new();
        };
        let every = (self.x_max / 48.0).ceil().max(1.0);
        let mut hours: Vec<f64> = (0..)
            .map(|k| k as f64 * every)
            .take_while(|h| *h <= self.x_max + 1e-9)
            .chain(self.spans.iter().flat_map(|s| [s.0, s.1]))
            .chain(self.marks.iter().map(|m| m.0))
            .collect();
        model::common::order::sort_f64(&mut hours);
        let mut picks: Vec<usize> = hours.iter().filter_map(|h| self.index_at(*h)).collect();
        picks.dedup();
        picks
            .into_iter()
            .map(|i| {
                let t = first.points[i].0 * 3600.0;
                let cells = self.values_at(i).into_iter().map(|(_, _, v)| v).collect();
                (model::timeline::clock(t), cells)
            })
            .collect()
    }

    /// A short text alternative: the peaks in words.
    pub fn summary(&self) -> String {
        let peak = |s: &Series| s.points.iter().map(|p| p.1).fold(0.0f64, f64::max);
        let load = self.left.first().map_or(0.0, peak);
        let lag = self.right.iter().map(peak).fold(0.0f64, f64::max);
        format!(
            "Timeline over {} h: offered load peaks at {} msg/s; the worst lag is {}; {} burst(s) and {} failure milestone(s) marked.",
            model::format::num(self.x_max),
            Fmt::Count.show(load),
            Fmt::Seconds.show(lag),
            self.spans.len(),
            self.marks.len()
        )
    }
}

/// The top of an axis: the largest value plus a tenth, at least `floor`.
fn top<'a>(lines: impl Iterator<Item = &'a Series>, floor: f64) -> f64 {
    let m = lines
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .filter(|v| v.is_finite())
        .fold(0.0f64, f64::max);
    (m * 1.1).max(floor)
}

/// Draws `spec` on `root` in the dashboard's style (`scale` device pixels
/// per CSS pixel, `dark` theme) and returns where the plot landed: x in
/// hours on a linear axis, y the left axis (msg/s).
pub fn draw_timeline<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    spec: &TimelineSpec,
    scale: f64,
    dark: bool,
) -> Result<Geometry, DrawingAreaErrorKind<DB::ErrorType>> {
    let k = scale.max(0.5);
    let px = |v: f64| (v * k).round() as i32;
    let rgb = |p: palette::Pair| {
        let (r, g, b) = p.rgb(dark);
        RGBColor(r, g, b)
    };
    let (bg, fg, grid) = (rgb(palette::PANEL), rgb(palette::FG), rgb(palette::BORDER));
    root.fill(&bg)?;
    let font = |size: f64| (FontFamily::SansSerif, size * k).into_font().color(&fg);
    let x_max = spec.x_max;
    let y_max = top(spec.left.iter(), 1.0);
    let lag_max = top(spec.right.iter(), 1.0);
    let mut chart = ChartBuilder::on(root)
        .margin(px(10.0))
        .margin_top(px(22.0))
        .x_label_area_size(px(38.0))
        .y_label_area_size(px(64.0))
        .right_y_label_area_size(px(56.0))
        .build_cartesian_2d(Axis::linear(0.0..x_max), Axis::linear(0.0..y_max))?
        .set_secondary_coord(Axis::linear(0.0..x_max), Axis::linear(0.0..lag_max));
    let hour_label = |h: &f64| model::timeline::clock(*h * 3600.0);
    // About one time label per 90 CSS px, so a phone's axis does not crowd.
    let x_labels = ((root.dim_in_pixel().0 as f64 / k / 90.0) as usize).clamp(3, 8);
    chart
        .configure_mesh()
        .light_line_style(grid.mix(0.5))
        .max_light_lines(2)
        .bold_line_style(grid)
        .axis_style(fg.mix(0.6))
        .label_style(font(11.0))
        .x_desc("time of the window")
        .y_desc("msg/s")
        .x_label_formatter(&hour_label)
        .y_label_formatter(&|v| Fmt::Count.show(*v))
        .x_labels(x_labels)
        .y_labels(6)
        .draw()?;
    chart
        .configure_secondary_axes()
        .axis_style(fg.mix(0.6))
        .label_style(font(11.0))
        .y_desc("lag")
        .y_label_formatter(&|v| Fmt::Seconds.show(*v))
        .y_labels(6)
        .draw()?;
    for (a, b, _) in &spec.spans {
        chart.draw_series(std::iter::once(Rectangle::new(
            [(*a, 0.0), (b.max(*a), y_max)],
            rgb(palette::ACCENT).mix(0.12).filled(),
        )))?;
    }
    for (s, on_right) in spec
        .left
        .iter()
        .map(|s| (s, false))
        .chain(spec.right.iter().map(|s| (s, true)))
    {
        let c = rgb(palette::series(s.slot));
        let pts = s.points.iter().copied();
        if on_right {
            chart.draw_secondary_series(LineSeries::new(pts, c.stroke_width(px(2.0) as u32)))?;
        } else {
            chart.draw_series(LineSeries::new(pts, c.stroke_width(px(1.5) as u32)))?;
        }
    }
    let danger = rgb(palette::DANGER);
    for (i, (at, label)) in spec.marks.iter().enumerate() {
        chart.draw_series(DashedLineSeries::new(
            [(*at, 0.0), (*at, y_max)],
            px(5.0) as u32,
            px(3.0) as u32,
            danger.stroke_width(px(1.5) as u32),
        ))?;
        // Labels step down so marks close together stay readable. Integer
        // `%`: an f64 `%` links libm's fmod and 128-bit division (~2 KB).
        let (x, y) = chart.backend_coord(&(*at, y_max));
        root.draw(&Text::new(
            label.clone(),
            (x + px(3.0), y - px(18.0) + px(12.0) * (i % 3) as i32),
            font(10.0).pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
    }
    root.present()?;
    let (xr, yr) = chart.plotting_area().get_pixel_range();
    Ok(Geometry {
        x_px: (xr.start, xr.end),
        y_px: (yr.start, yr.end),
        x_range: (0.0, x_max),
        y_range: (0.0, y_max),
        log: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::drill::{Burst, Drill, Fail};
    use model::{Assumptions, Estimate, Scenario};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn sim(d: &Drill) -> Simulation {
        let (s, a) = (Scenario::default(), Assumptions::default());
        model::simulate::simulate(&s, &a, d, &Estimate::numbers(&s, &a))
    }

    #[wasm_bindgen_test]
    fn lines_cover_the_window_and_events_are_marked() {
        let d = Drill {
            bursts: vec![Burst {
                start: 1140.0,
                dur: 20.0,
                mult: 5.0,
            }],
            fail: Fail::Zone(1150.0),
            ..Drill::default()
        };
        let spec = timeline_spec(&sim(&d));
        assert_eq!(spec.x_max, 24.0);
        assert_eq!(spec.left.len(), 1 + spec.right.len());
        for s in spec.left.iter().chain(&spec.right) {
            assert_eq!(s.points.first().map(|p| p.0), Some(0.0), "{}", s.name);
            assert!(s.points.iter().all(|p| p.1.is_finite() && p.1 >= 0.0));
        }
        assert_eq!(spec.spans.len(), 1);
        assert!((spec.spans[0].0 - 19.0).abs() < 1e-9);
        assert!(spec
            .marks
            .iter()
            .any(|m| (m.0 - 1150.0 / 60.0).abs() < 1e-9));
        let lag = spec
            .right
            .iter()
            .flat_map(|s| &s.points)
            .map(|p| p.1)
            .fold(0.0, f64::max);
        assert!(lag > 0.0, "a ×5 burst and a zone loss queue something");
        let rows = spec.table_rows();
        assert!(
            rows.iter().any(|r| r.0 == "19:00"),
            "the burst's start is a row"
        );
        assert!(rows.len() <= 60);
        assert!(spec.summary().contains("1 burst(s)"));
    }

    #[wasm_bindgen_test]
    fn the_default_drill_is_flat_with_no_lag() {
        let spec = timeline_spec(&sim(&Drill::default()));
        assert!(spec.spans.is_empty() && spec.marks.is_empty());
        assert!(spec
            .right
            .iter()
            .all(|s| s.points.iter().all(|p| p.1 == 0.0)));
        let offered = &spec.left[0].points;
        assert!(offered
            .iter()
            .all(|p| (p.1 - offered[0].1).abs() < 1e-6 * offered[0].1.max(1.0)));
    }

    #[wasm_bindgen_test]
    fn pointer_maps_to_the_nearest_step() {
        let spec = timeline_spec(&sim(&Drill::default()));
        let g = Geometry {
            x_px: (100, 1100),
            y_px: (0, 300),
            x_range: (0.0, 24.0),
            y_range: (0.0, 1.0),
            log: false,
        };
        assert_eq!(g.x_at(600.0), Some(12.0));
        assert_eq!(g.x_at(50.0), None);
        // Linear in y too: 0 is the bottom edge, half the range the middle.
        assert_eq!(g.to_px(12.0, 0.0), Some((600.0, 300.0)));
        assert_eq!(g.to_px(12.0, 0.5), Some((600.0, 150.0)));
        let i = spec.index_at(12.0).expect("a step");
        assert!((spec.left[0].points[i].0 - 12.0).abs() <= 1.0 / 60.0 + 1e-9);
        assert_eq!(spec.index_at(-1.0), Some(0));
        assert_eq!(spec.values_at(i).len(), spec.left.len() + spec.right.len());
    }
}
