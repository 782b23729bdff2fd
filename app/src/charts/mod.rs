//! Charts: pure data → [`ChartSpec`] builders and one pure `draw` function over
//! any plotters backend. Components own canvases; they never draw themselves.

mod draw;
pub use draw::{draw, Style};

use model::component::shown;
use model::{SweepPoint, View};

/// How the y values are printed on ticks.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum YFormat {
    /// SI count (96, 1.2K).
    Count,
    /// Bytes per second.
    BytesPerSec,
    /// Bytes.
    Bytes,
    /// Milliseconds.
    Millis,
}

/// One line.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// Legend text.
    pub name: String,
    /// RGB.
    pub color: (u8, u8, u8),
    /// (x, y) points, x ascending.
    pub points: Vec<(f64, f64)>,
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
    /// X of the current scenario, marked with a rule and dots.
    pub marker_x: Option<f64>,
    /// Log x axis.
    pub x_log: bool,
    /// Shade the four scale tiers (x must be users).
    pub tiers: bool,
    /// Y tick format.
    pub y_format: YFormat,
    /// A horizontal reference line (e.g. the SLO) with its label.
    pub y_rule: Option<(f64, String)>,
}

/// Colour per series slot: colour-blind-safe (Okabe–Ito).
pub const PALETTE: [(u8, u8, u8); 8] = [
    (0, 114, 178),
    (213, 94, 0),
    (0, 158, 115),
    (204, 121, 167),
    (230, 159, 0),
    (86, 180, 233),
    (117, 112, 179),
    (120, 120, 120),
];

/// The y value of a series at `x` by log-log interpolation (for markers and read-outs).
pub fn value_at(points: &[(f64, f64)], x: f64) -> Option<f64> {
    let i = points.iter().position(|p| p.0 >= x)?;
    if i == 0 {
        return Some(points[0].1);
    }
    let (a, b) = (points[i - 1], points[i]);
    let t = if b.0 > a.0 {
        (x.ln() - a.0.ln()) / (b.0.ln() - a.0.ln())
    } else {
        0.0
    };
    Some(a.1 + (b.1 - a.1) * t)
}

/// Nodes against users for the components a view shows.
pub fn nodes_vs_users(sweep: &[SweepPoint], users: f64, view: View) -> ChartSpec {
    let series = shown(view)
        .iter()
        .enumerate()
        .map(|(i, c)| Series {
            name: c.label().to_string(),
            color: PALETTE[i % PALETTE.len()],
            points: sweep
                .iter()
                .map(|p| (p.users, p.nodes.of(*c) as f64))
                .collect(),
        })
        .collect();
    ChartSpec {
        title: "Nodes vs users".into(),
        x_label: "users".into(),
        y_label: "nodes".into(),
        series,
        marker_x: Some(users),
        x_log: true,
        tiers: true,
        y_format: YFormat::Count,
        y_rule: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interpolates_between_points() {
        let pts = [(1.0, 10.0), (100.0, 30.0)];
        assert_eq!(value_at(&pts, 10.0), Some(20.0));
        assert_eq!(value_at(&pts, 0.5), Some(10.0));
        assert_eq!(value_at(&pts, 1000.0), None);
    }
}
