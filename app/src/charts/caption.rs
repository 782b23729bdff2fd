//! A chart's legend as data, read by the page's HTML legend and by the saved
//! PNG (which has no HTML around it, so it draws a title strip and the
//! legend itself), plus the pure layout that wraps the legend into rows.

use super::ChartSpec;
use crate::palette::{self, Pair};

/// How an entry's swatch is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Swatch {
    /// A solid series line.
    Line,
    /// A dashed series line (the pinned scenario A).
    Dashed,
    /// The horizontal reference line (the SLO).
    Rule,
}

/// One legend entry.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// Its text.
    pub label: String,
    /// Its colour in both themes.
    pub color: Pair,
    /// Its swatch.
    pub swatch: Swatch,
}

/// The legend of `spec`: the reference line first, then every series in
/// drawing order (B's lines, then A's dashed ones).
pub fn legend(spec: &ChartSpec) -> Vec<LegendEntry> {
    let rule = spec.y_rule.as_ref().map(|(_, label)| LegendEntry {
        label: label.clone(),
        color: palette::DANGER,
        swatch: Swatch::Rule,
    });
    rule.into_iter()
        .chain(spec.series.iter().map(|s| LegendEntry {
            label: s.name.clone(),
            color: palette::series(s.slot),
            swatch: if s.dashed {
                Swatch::Dashed
            } else {
                Swatch::Line
            },
        }))
        .collect()
}

/// Flows items of the given `widths` into rows no wider than `max_width`,
/// `gap` apart: each item's (row, x). An item wider than a row gets a row
/// of its own.
pub fn flow(widths: &[f64], max_width: f64, gap: f64) -> Vec<(usize, f64)> {
    let mut row = 0;
    let mut x = 0.0;
    widths
        .iter()
        .map(|&w| {
            let w = if w.is_finite() { w.max(0.0) } else { 0.0 };
            if x > 0.0 && x + w > max_width {
                row += 1;
                x = 0.0;
            }
            let at = (row, x);
            x += w + gap;
            at
        })
        .collect()
}

/// Where a hover read-out goes, as inline CSS: beside the pointer at CSS
/// pixel `x`, on the side with more room in a chart `width` wide, so on a
/// phone it never runs off the card's right edge.
pub fn readout_style(x: f64, width: f64) -> String {
    if width > 0.0 && x > width / 2.0 {
        format!("right: {}px", (width - x + 12.0).round())
    } else {
        format!("left: {}px", (x + 12.0).round())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{overlay_compare, Fmt, Series};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn spec() -> ChartSpec {
        ChartSpec {
            title: "Delivery p99 vs utilisation".into(),
            x_label: "x".into(),
            y_label: "y".into(),
            series: vec![Series {
                name: "Delivery p99".into(),
                slot: 0,
                points: vec![(1.0, 1.0), (10.0, 5.0)],
                dashed: false,
                band: Vec::new(),
            }],
            tiers: false,
            x_format: Fmt::Headroom,
            y_format: Fmt::Millis,
            y_rule: Some((100.0, "SLO 100 ms".into())),
        }
    }

    #[wasm_bindgen_test]
    fn the_legend_lists_the_rule_then_b_then_a_dashed() {
        let l = legend(&overlay_compare(spec(), spec()));
        let got: Vec<_> = l.iter().map(|e| (e.label.as_str(), e.swatch)).collect();
        assert_eq!(
            got,
            [
                ("SLO 100 ms", Swatch::Rule),
                ("Delivery p99", Swatch::Line),
                ("A · Delivery p99", Swatch::Dashed),
            ]
        );
        assert_eq!(l[2].color, l[1].color, "A keeps its series' colour");
    }

    #[wasm_bindgen_test]
    fn legend_rows_wrap_at_the_width() {
        assert_eq!(
            flow(&[40.0, 40.0, 40.0], 100.0, 10.0),
            [(0, 0.0), (0, 50.0), (1, 0.0)]
        );
        // Too wide for any row: alone on its own, never an empty row first.
        assert_eq!(flow(&[500.0, 10.0], 100.0, 10.0), [(0, 0.0), (1, 0.0)]);
        assert_eq!(flow(&[f64::NAN, 10.0], 100.0, 10.0), [(0, 0.0), (0, 10.0)]);
        assert!(flow(&[], 100.0, 10.0).is_empty());
    }

    #[wasm_bindgen_test]
    fn the_readout_stays_on_the_roomier_side() {
        assert_eq!(readout_style(40.0, 320.0), "left: 52px");
        assert_eq!(readout_style(250.0, 320.0), "right: 82px");
        // Size not known yet: beside the pointer, as before.
        assert_eq!(readout_style(250.0, 0.0), "left: 262px");
    }
}
