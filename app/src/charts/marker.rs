//! The current-scenario marker: a vertical rule at x and a dot on each series.
//! Computed here from the base chart's [`Geometry`], drawn on an overlay canvas.

use super::{value_at, ChartSpec, Geometry};

/// Where the marker's pieces land, in device pixels.
#[derive(Clone, Debug, PartialEq)]
pub struct MarkerPoints {
    /// The rule's x and its top/bottom y.
    pub rule: (f64, f64, f64),
    /// Dots: (x, y, CSS colour).
    pub dots: Vec<(f64, f64, String)>,
}

/// The marker for `x` on `spec` as drawn with `g`, or `None` when x is off the plot.
pub fn marker_points(spec: &ChartSpec, g: &Geometry, x: f64, dark: bool) -> Option<MarkerPoints> {
    let (px, _) = g.to_px(x, g.y_range.0)?;
    let dots = spec
        .series
        .iter()
        .filter_map(|s| {
            let y = value_at(&s.points, x).filter(|y| *y > 0.0)?;
            let (dx, dy) = g.to_px(x, y)?;
            Some((dx, dy, crate::palette::series(s.slot).css(dark)))
        })
        .collect();
    Some(MarkerPoints {
        rule: (px, g.y_px.0 as f64, g.y_px.1 as f64),
        dots,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{Fmt, Series};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn spec() -> ChartSpec {
        ChartSpec {
            title: "t".into(),
            x_label: "x".into(),
            y_label: "y".into(),
            series: vec![Series {
                name: "a".into(),
                slot: 0,
                points: vec![(1.0, 1.0), (100.0, 100.0)],
                dashed: false,
                band: Vec::new(),
            }],
            tiers: false,
            x_format: Fmt::Count,
            y_format: Fmt::Count,
            y_rule: None,
        }
    }

    #[wasm_bindgen_test]
    fn marker_sits_on_the_line() {
        let g = Geometry {
            x_px: (0, 100),
            y_px: (0, 200),
            x_range: (1.0, 100.0),
            y_range: (1.0, 100.0),
            log: true,
        };
        let m = marker_points(&spec(), &g, 10.0, false).expect("on plot");
        assert_eq!(m.rule, (50.0, 0.0, 200.0));
        // y = 10 (geometric midpoint) sits halfway up a log axis from 1 to 100.
        assert_eq!(m.dots.len(), 1);
        assert!(
            (m.dots[0].0 - 50.0).abs() < 1e-9 && (m.dots[0].1 - 100.0).abs() < 1e-9,
            "{:?}",
            m.dots
        );
        assert!(marker_points(&spec(), &g, 1000.0, false).is_none());
    }
}
