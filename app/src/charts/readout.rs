//! The hover read-out of a chart: what each line shows at the pointer.
//! Components only place it and draw its swatches.

use super::{value_at, ChartSpec, Swatch, TimelineSpec};

/// One line of a read-out: its name, how its swatch looks, its palette slot
/// and its value at the pointer, formatted.
pub type ReadoutRow = (String, Swatch, usize, String);

impl ChartSpec {
    /// The read-out at `x` (in the x axis' own units): a heading that names
    /// x, and a row for each line that has a value there (A's lines dashed).
    pub fn readout_at(&self, x: f64) -> (String, Vec<ReadoutRow>) {
        let rows = self.series.iter().filter_map(|s| {
            let look = if s.dashed {
                Swatch::Dashed
            } else {
                Swatch::Line
            };
            value_at(&s.points, x).map(|y| (s.name.clone(), look, s.slot, self.y_format.show(y)))
        });
        (
            format!("{} {}", self.x_format.show(x), self.x_label),
            rows.collect(),
        )
    }
}

impl TimelineSpec {
    /// The read-out at `hour`: the clock of the nearest step, and every
    /// line's value at that step. `None` for an empty timeline.
    pub fn readout_at(&self, hour: f64) -> Option<(String, Vec<ReadoutRow>)> {
        let i = self.index_at(hour)?;
        let at = self.left.first()?.points.get(i)?.0;
        let rows = self.values_at(i).into_iter();
        let rows = rows.map(|(name, slot, v)| (name, Swatch::Line, slot, v));
        Some((model::timeline::clock(at * 3600.0), rows.collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{Fmt, Series};
    use wasm_bindgen_test::wasm_bindgen_test;

    fn line(name: &str, dashed: bool, points: Vec<(f64, f64)>) -> Series {
        Series {
            name: name.into(),
            slot: 0,
            points,
            dashed,
            band: Vec::new(),
        }
    }

    #[wasm_bindgen_test]
    fn a_sweep_reads_out_each_line_that_spans_x_and_marks_a_dashed() {
        let spec = ChartSpec {
            title: "Nodes vs users".into(),
            x_label: "users".into(),
            y_label: "nodes".into(),
            tiers: false,
            x_format: Fmt::Count,
            y_format: Fmt::Count,
            y_rule: None,
            series: vec![
                line("Brokers", false, vec![(1.0, 2.0), (100.0, 200.0)]),
                line("A · Brokers", true, vec![(1.0, 4.0), (100.0, 400.0)]),
                line("Short", false, vec![(1.0, 1.0), (2.0, 1.0)]),
            ],
        };
        let (head, rows) = spec.readout_at(10.0);
        assert_eq!(head, "10 users");
        let names: Vec<_> = rows.iter().map(|r| (r.0.as_str(), r.1)).collect();
        assert_eq!(
            names,
            [("Brokers", Swatch::Line), ("A · Brokers", Swatch::Dashed)]
        );
    }
}
