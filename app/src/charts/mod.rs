//! Charts: pure data → [`ChartSpec`] builders and one pure `draw` function over
//! any plotters backend. Components own canvases; they never compute series.

mod axis;
mod caption;
mod draw;
mod marker;
mod readout;
mod timeline;
pub use axis::Axis;
pub use caption::{flow, legend, readout_style, LegendEntry, Swatch};
pub use draw::{draw, draw_frame, draw_lines, frame_key, FrameKey, Geometry, Style};
pub use marker::{marker_points, MarkerPoints};
pub use readout::ReadoutRow;
pub use timeline::{draw_timeline, timeline_spec, TimelineSpec};

use model::component::shown;
use model::format;
use model::sweep::hockey_stick;
use model::sweep::replay_curve;
use model::{Assumptions, Scenario, SweepPoint, View};

/// How values on an axis are printed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fmt {
    /// SI count (96, 1.2K).
    Count,
    /// Bytes per second.
    BytesPerSec,
    /// Bytes.
    Bytes,
    /// Milliseconds.
    Millis,
    /// Seconds.
    Seconds,
    /// A 0–1 fraction shown as %.
    Percent,
    /// Utilisation plotted as its headroom multiplier 1/(1 − ρ), shown as ρ in %.
    Headroom,
    /// US dollars.
    Usd,
}

impl Fmt {
    /// The value as text.
    pub fn show(self, v: f64) -> String {
        match self {
            Fmt::Count => format::count(v),
            Fmt::BytesPerSec => format::bytes_per_sec(v),
            Fmt::Bytes => format::bytes(v),
            Fmt::Millis => format::millis(v),
            Fmt::Seconds => format::duration(v),
            Fmt::Percent => format::percent(v * 100.0),
            Fmt::Headroom => format::percent(headroom_to_utilisation(v) * 100.0),
            Fmt::Usd => format::usd(v),
        }
    }
}

/// The latency chart's x: 1/(1 − ρ). On a log axis this stretches the knee of
/// the hockey stick (90 %, 99 %, 99.9 % sit a decade apart), and it lets every
/// chart share one log-x drawing routine.
pub fn utilisation_to_headroom(rho: f64) -> f64 {
    1.0 / (1.0 - rho.clamp(0.0, 0.999_999))
}

/// Inverse of [`utilisation_to_headroom`].
pub fn headroom_to_utilisation(x: f64) -> f64 {
    if x > 1.0 {
        1.0 - 1.0 / x
    } else {
        0.0
    }
}

/// One line.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Legend text.
    pub name: String,
    /// Colour slot in [`crate::palette::SERIES`].
    pub slot: usize,
    /// (x, y) points, x ascending.
    pub points: Vec<(f64, f64)>,
    /// Drawn dashed (the pinned comparison scenario).
    pub dashed: bool,
    /// A shaded p10–p90 band around the line, as (x, p10, p90) at a few
    /// x values, x ascending (empty: no band). See [`with_bands`].
    pub band: Vec<(f64, f64, f64)>,
}

/// Everything a chart shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartSpec {
    /// Heading (also the aria label).
    pub title: String,
    /// X axis caption.
    pub x_label: String,
    /// Y axis caption.
    pub y_label: String,
    /// The lines.
    pub series: Vec<Series>,
    /// Shade the four scale tiers (x must be users).
    pub tiers: bool,
    /// X tick format.
    pub x_format: Fmt,
    /// Y tick format.
    pub y_format: Fmt,
    /// A horizontal reference line (e.g. the SLO) with its label.
    pub y_rule: Option<(f64, String)>,
}

impl ChartSpec {
    /// A spec with no lines and no words (nothing to overlay).
    pub fn empty() -> ChartSpec {
        ChartSpec {
            title: String::new(),
            x_label: String::new(),
            y_label: String::new(),
            series: Vec::new(),
            tiers: false,
            x_format: Fmt::Count,
            y_format: Fmt::Count,
            y_rule: None,
        }
    }
}

impl Series {
    /// The series colour as a CSS variable, so HTML (legend, read-out)
    /// follows the theme without being redrawn.
    pub fn css_var(&self) -> String {
        format!("var({})", crate::palette::series(self.slot).var)
    }
}

/// The y value of a series at `x`, or `None` outside the data. It follows
/// the straight segment the chart draws on its log-log axes, falling back to
/// linear in y where a segment touches zero.
pub fn value_at(points: &[(f64, f64)], x: f64) -> Option<f64> {
    let i = points.iter().position(|p| p.0 >= x)?;
    if i == 0 {
        return Some(points[0].1);
    }
    let (a, b) = (points[i - 1], points[i]);
    let f = |v: f64| v.max(f64::MIN_POSITIVE).ln();
    let t = if b.0 > a.0 {
        (f(x) - f(a.0)) / (f(b.0) - f(a.0))
    } else {
        0.0
    };
    if a.1 > 0.0 && b.1 > 0.0 {
        Some((a.1.ln() + (b.1.ln() - a.1.ln()) * t).exp())
    } else {
        Some(a.1 + (b.1 - a.1) * t)
    }
}

fn users_chart(title: &str, y_label: &str, y_format: Fmt, series: Vec<Series>) -> ChartSpec {
    ChartSpec {
        title: title.into(),
        x_label: "users".into(),
        y_label: y_label.into(),
        series,
        tiers: true,
        x_format: Fmt::Count,
        y_format,
        y_rule: None,
    }
}

fn line(i: usize, name: &str, points: Vec<(f64, f64)>) -> Series {
    Series {
        name: name.into(),
        slot: i,
        points,
        dashed: false,
        band: Vec::new(),
    }
}

/// Nodes against users for the components a view shows.
pub fn nodes_vs_users(sweep: &[SweepPoint], view: View) -> ChartSpec {
    let series = shown(view)
        .iter()
        .enumerate()
        .map(|(i, c)| {
            line(
                i,
                c.label(),
                sweep
                    .iter()
                    .map(|p| (p.users, p.nodes.of(*c) as f64))
                    .collect(),
            )
        })
        .collect();
    users_chart("Nodes vs users", "nodes", Fmt::Count, series)
}

/// Ingress, consumer egress, replication and cross-region bytes/s against users.
pub fn bandwidth_vs_users(sweep: &[SweepPoint]) -> ChartSpec {
    let pick =
        |f: fn(&SweepPoint) -> f64| sweep.iter().map(|p| (p.users, f(p))).collect::<Vec<_>>();
    let series = vec![
        line(0, "Ingress", pick(|p| p.load.ingress_bytes_per_sec)),
        line(1, "Consumer egress", pick(|p| p.load.egress_bytes_per_sec)),
        line(2, "Replication", pick(|p| p.load.replication_bytes_per_sec)),
        line(
            3,
            "Cross-region",
            pick(|p| p.load.cross_region_bytes_per_sec),
        ),
    ];
    users_chart("Bandwidth vs users", "bytes/s", Fmt::BytesPerSec, series)
}

/// Monthly cost (USD, on-demand) of the view's components against users,
/// tiers shaded like the other user charts.
pub fn cost_vs_users(sweep: &[SweepPoint]) -> ChartSpec {
    let series = vec![line(
        0,
        "Monthly cost",
        sweep.iter().map(|p| (p.users, p.cost_usd)).collect(),
    )];
    users_chart("Monthly cost vs users", "USD a month", Fmt::Usd, series)
}

/// Monthly cost of each priced platform option against users (the "Where to
/// run it" chart): one line per option with a public price, drawn only where
/// the option carries the load. Past a hard limit the line stops, and its
/// legend entry says from where and why (`… — infeasible from ~2M users:
/// 200 MB/s in`), so the cut reads in the legend, the read-out and the text
/// alternative, not from the picture alone.
pub fn platforms_vs_users(curves: &[model::options::Curve]) -> ChartSpec {
    let series = curves
        .iter()
        .filter_map(|c| {
            // Up to the first point it cannot carry or price: a later
            // feasible stretch would otherwise be joined across the gap.
            let points: Vec<(f64, f64)> = c
                .points
                .iter()
                .skip_while(|p| !(p.2 && p.1.is_some()))
                .map_while(|&(u, m, ok)| m.filter(|m| ok && m.is_finite()).map(|m| (u, m)))
                .collect();
            (!points.is_empty()).then_some((c, points))
        })
        .enumerate()
        .map(|(i, (c, points))| {
            let name = if c.limit.is_empty() {
                c.name.to_string()
            } else {
                format!("{} — infeasible {}", c.name, c.limit)
            };
            line(i, &name, points)
        })
        .collect();
    users_chart(
        "Where to run it: monthly cost vs users",
        "USD a month (broker tier)",
        Fmt::Usd,
        series,
    )
}

/// Raw growth per day and retained footprint against users.
pub fn storage_vs_users(sweep: &[SweepPoint]) -> ChartSpec {
    let series = vec![
        line(
            0,
            "Per day",
            sweep
                .iter()
                .map(|p| (p.users, p.storage.bytes_per_day))
                .collect(),
        ),
        line(
            1,
            "Retained",
            sweep
                .iter()
                .map(|p| (p.users, p.storage.retained_bytes))
                .collect(),
        ),
    ];
    users_chart("Storage vs users", "bytes", Fmt::Bytes, series)
}

/// Delivery p99 against utilisation for the current node counts, with the SLO
/// line, and the current operating point to mark (the hockey stick).
pub fn latency_vs_utilisation(s: &Scenario, a: &Assumptions) -> (ChartSpec, Option<f64>) {
    let (curve, now) = hockey_stick(s, a, 80);
    let x = |p: &model::latency::CurvePoint| utilisation_to_headroom(p.utilisation);
    let delivery = curve.iter().map(|p| (x(p), p.delivery_ms)).collect();
    let queue = curve.iter().map(|p| (x(p), p.queue_ms)).collect();
    let slo = s.clamped().slo_ms;
    let spec = ChartSpec {
        title: "Delivery p99 vs utilisation".into(),
        x_label: "utilisation of the delivery path (log of 1/(1 − ρ))".into(),
        y_label: "p99".into(),
        series: vec![
            line(0, "Delivery p99", delivery),
            line(1, "Queue wait p99", queue),
        ],
        tiers: false,
        x_format: Fmt::Headroom,
        y_format: Fmt::Millis,
        y_rule: Some((slo, format!("SLO {}", format::millis(slo)))),
    };
    (spec, now.map(utilisation_to_headroom))
}

/// Replay cost against snapshot interval: events read and time per aggregate
/// load (mark the current interval with [`replay_marker`]).
pub fn replay_vs_snapshot(s: &Scenario, a: &Assumptions) -> ChartSpec {
    let curve = replay_curve(s, a, 60);
    let series = vec![
        line(
            0,
            "Events read per load",
            curve
                .iter()
                .map(|p| (p.snap_every, p.events_read))
                .collect(),
        ),
        line(
            1,
            "Load time, ms",
            curve.iter().map(|p| (p.snap_every, p.load_ms)).collect(),
        ),
    ];
    ChartSpec {
        title: "Replay cost vs snapshot interval".into(),
        x_label: "events between snapshots".into(),
        y_label: "events · ms".into(),
        series,
        tiers: false,
        x_format: Fmt::Count,
        y_format: Fmt::Count,
        y_rule: None,
    }
}

pub use model::sweep::replay_marker;

/// The KPI path (`model::draws::paths`) each line of a users chart follows,
/// in series order; `None` for a line the bands do not measure.
pub fn band_paths(chart: &str, view: View) -> Vec<Option<String>> {
    let p = |s: &str| Some(s.to_string());
    match chart {
        "nodes" => shown(view)
            .iter()
            .map(|c| Some(format!("nodes.{}", c.key())))
            .collect(),
        "bandwidth" => vec![
            p("load.ingress_bytes_per_sec"),
            p("load.egress_bytes_per_sec"),
            None,
            None,
        ],
        "storage" => vec![p("storage.bytes_per_day"), p("storage.retained_bytes")],
        "cost" => vec![p("cost.monthly_usd")],
        _ => Vec::new(),
    }
}

/// `spec` with a p10–p90 band on each line whose path is given, from bands
/// worked out at a few users values (`state::bands::chart_bands`). The
/// chart joins the points with straight segments on its log-log axes, which
/// is the interpolation between them. A band that is a line (nothing but
/// users varies) is left out.
pub fn with_bands(
    mut spec: ChartSpec,
    at: &[(f64, model::draws::Bands)],
    paths: &[Option<String>],
) -> ChartSpec {
    for (s, path) in spec.series.iter_mut().zip(paths) {
        let Some(path) = path else { continue };
        let band: Vec<(f64, f64, f64)> = at
            .iter()
            .filter_map(|(x, b)| b.get(path).map(|b| (*x, b.p10, b.p90)))
            .filter(|(x, lo, hi)| x.is_finite() && lo.is_finite() && hi.is_finite())
            .collect();
        if band.len() >= 2 && band.iter().any(|(_, lo, hi)| hi > lo) {
            s.band = band;
        }
    }
    spec
}

/// `b` with `a`'s series added, dashed and named "A · …": the pinned
/// comparison drawn over the live chart.
pub fn overlay_compare(mut b: ChartSpec, a: ChartSpec) -> ChartSpec {
    b.series.extend(a.series.into_iter().map(|s| Series {
        name: format!("A · {}", s.name),
        dashed: true,
        // A's bands are not drawn: two shaded areas would hide each other.
        band: Vec::new(),
        ..s
    }));
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn bands_go_on_the_lines_the_draws_measure() {
        let (state, _) = model::codec::decode("v=1&users=500K..2M&size=1KB..4KB");
        let at = crate::state::bands::chart_bands(&state);
        let sweep = model::sweep(&state.scenario, &state.assumptions, 100.0, 1e8, 20);
        let spec = bandwidth_vs_users(&sweep);
        let out = with_bands(spec.clone(), &at, &band_paths("bandwidth", View::Eventual));
        assert_eq!(out.series[0].band.len(), at.len(), "ingress banded");
        assert!(out.series[2].band.is_empty(), "replication is not measured");
        assert!(out.series[0].band.iter().all(|(_, lo, hi)| lo <= hi));
        // The band brackets the line near the middle of the axis.
        let (x, lo, hi) = out.series[0].band[at.len() / 2];
        let y = value_at(&spec.series[0].points, x).expect("on the axis");
        assert!(lo <= y * 1.01 && y <= hi * 1.01, "{lo} {y} {hi} at {x}");
        // No bands: the spec is unchanged.
        assert_eq!(
            with_bands(spec.clone(), &[], &band_paths("bandwidth", View::Eventual)),
            spec
        );
    }

    #[wasm_bindgen_test]
    fn interpolates_between_points() {
        let close = |v: Option<f64>, want: f64| v.is_some_and(|v| (v - want).abs() < 1e-9);
        let pts = [(1.0, 10.0), (100.0, 1000.0)];
        // Halfway along a log-log segment is the geometric mean.
        assert!(close(value_at(&pts, 10.0), 100.0));
        assert_eq!(value_at(&pts, 0.5), Some(10.0));
        assert_eq!(value_at(&pts, 1000.0), None);
        // A segment from zero falls back to linear.
        assert!(close(value_at(&[(1.0, 0.0), (100.0, 4.0)], 10.0), 2.0));
    }

    #[wasm_bindgen_test]
    fn view_charts_have_the_views_series() {
        let s = Scenario::default();
        let a = Assumptions::default();
        let sw = model::sweep(&s, &a, 100.0, 1e8, 20);
        let c = nodes_vs_users(&sw, View::Cqrs);
        let names: Vec<_> = c.series.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Write DB shards",
                "Read replicas",
                "Cache nodes",
                "Brokers",
                "Consumers"
            ]
        );
        assert_eq!(bandwidth_vs_users(&sw).series.len(), 4);
        assert_eq!(storage_vs_users(&sw).series.len(), 2);
        let cost = cost_vs_users(&sw);
        assert_eq!(cost.series.len(), 1);
        let pts = &cost.series[0].points;
        assert!(
            pts.windows(2).all(|w| w[1].1 >= w[0].1),
            "cost never falls as users grow"
        );
        assert_eq!(Fmt::Usd.show(3_950_613.0), "$3.95M");
    }

    #[wasm_bindgen_test]
    fn platform_lines_are_the_priced_options_cut_at_their_limit() {
        let s = Scenario {
            users: 100.0,
            rate_per_user_sec: 1000.0,
            size_bytes: 1000.0,
            ..Scenario::default()
        };
        let curves = model::options::sweep(&s, &Assumptions::default(), 10.0, 1e6, 30);
        let c = platforms_vs_users(&curves);
        assert!(
            c.series.len() >= 4,
            "{:?}",
            c.series.iter().map(|s| &s.name).collect::<Vec<_>>()
        );
        assert!(c.series.iter().all(|s| !s.dashed && !s.points.is_empty()));
        assert!(c
            .series
            .iter()
            .all(|s| s.points.iter().all(|p| p.1.is_finite() && p.1 > 0.0)));
        // An option with a hard limit on this sweep stops there and says so.
        let cut = c
            .series
            .iter()
            .find(|s| s.name.contains("— infeasible from ~"))
            .expect("a limit is hit by 1M users at 1 MB/s each");
        assert!(cut.points.len() < 30, "{}", cut.name);
        assert!(!c
            .series
            .iter()
            .any(|s| s.name.starts_with("Confluent Cloud Standard")));
    }

    #[wasm_bindgen_test]
    fn headroom_axis_round_trips() {
        for rho in [0.0, 0.5, 0.9, 0.99, 0.999] {
            assert!((headroom_to_utilisation(utilisation_to_headroom(rho)) - rho).abs() < 1e-12);
        }
        assert_eq!(Fmt::Headroom.show(10.0), "90 %");
        assert_eq!(Fmt::Headroom.show(1000.0), "99.9 %");
    }

    #[wasm_bindgen_test]
    fn hockey_stick_rises_and_crosses_nothing_at_low_load() {
        let s = Scenario {
            view: View::Cqrs,
            write_pct: 10.0,
            rate_per_user_sec: 0.01,
            ..Scenario::default()
        };
        let a = Assumptions::default();
        let (c, now) = latency_vs_utilisation(&s, &a);
        let ys: Vec<f64> = c.series[0].points.iter().map(|p| p.1).collect();
        assert!(
            ys.last().is_some_and(|y| *y > 10.0),
            "two 1,000-write/s shards at 99.9 % wait long: {ys:?}"
        );
        assert!(
            ys.windows(2).all(|w| w[1] >= w[0]),
            "p99 never falls as utilisation rises"
        );
        assert!(ys.last() > ys.first());
        assert!(
            now.is_some_and(|m| m > 1.0 && headroom_to_utilisation(m) < 0.95),
            "marker in headroom units: {now:?}"
        );
    }

    #[wasm_bindgen_test]
    fn snapshots_cut_replay_reads() {
        let s = Scenario {
            stream_events: 10_000.0,
            snap_every: 100.0,
            ..Scenario::default()
        };
        let c = replay_vs_snapshot(&s, &Assumptions::default());
        let reads = &c.series[0].points;
        assert!(reads.first().map(|p| p.1) < reads.last().map(|p| p.1));
        assert_eq!(replay_marker(&s), Some(100.0));
    }
}
