//! Where a diagram's boxes and arrows land in the drawing: a grid of boxes,
//! and each arrow cut where it leaves and enters its boxes.

use crate::report::diagram::Diagram;

/// Box size and gaps of the drawing, in SVG user units.
pub const BOX_W: f64 = 210.0;
/// Box height.
pub const BOX_H: f64 = 104.0;
/// Gap between columns (room for an arrow's label).
pub const GAP_X: f64 = 130.0;
/// Gap between rows.
pub const GAP_Y: f64 = 56.0;

/// A point in the drawing (x, y).
pub type Point = (f64, f64);

/// Where everything lands in the drawing.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Each box's top-left corner, in box order.
    pub boxes: Vec<Point>,
    /// Each arrow: start, end (on the boxes' edges) and where its label goes.
    pub arrows: Vec<(Point, Point, Point)>,
    /// Drawing width and height.
    pub size: Point,
}

/// Places boxes on the grid and runs each arrow between the facing edges of
/// its two boxes (the line between centres, cut where it leaves each box).
pub fn layout(d: &Diagram) -> Layout {
    let corner = |b: &crate::report::diagram::Box| {
        (
            b.col as f64 * (BOX_W + GAP_X),
            b.row as f64 * (BOX_H + GAP_Y),
        )
    };
    let centre = |b: &crate::report::diagram::Box| {
        let (x, y) = corner(b);
        (x + BOX_W / 2.0, y + BOX_H / 2.0)
    };
    // How far from a centre along (dx, dy) the box edge is, as a fraction of (dx, dy).
    let edge = |dx: f64, dy: f64| {
        let tx = if dx != 0.0 {
            (BOX_W / 2.0) / dx.abs()
        } else {
            f64::INFINITY
        };
        let ty = if dy != 0.0 {
            (BOX_H / 2.0) / dy.abs()
        } else {
            f64::INFINITY
        };
        tx.min(ty).min(0.5)
    };
    let arrows = d
        .arrows
        .iter()
        .map(|a| {
            let ((ax, ay), (bx, by)) = (centre(&d.boxes[a.from]), centre(&d.boxes[a.to]));
            let (dx, dy) = (bx - ax, by - ay);
            let t = edge(dx, dy);
            let start = (ax + dx * t, ay + dy * t);
            let end = (bx - dx * t, by - dy * t);
            let mid = ((start.0 + end.0) / 2.0, (start.1 + end.1) / 2.0);
            (start, end, mid)
        })
        .collect();
    Layout {
        boxes: d.boxes.iter().map(corner).collect(),
        arrows,
        size: (
            d.cols as f64 * (BOX_W + GAP_X) - GAP_X,
            d.rows as f64 * (BOX_H + GAP_Y) - GAP_Y,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::scenario::{Assumptions, Scenario};
    use crate::report::diagram::diagram;
    use crate::sizing::estimate::Estimate;

    #[test]
    fn arrows_run_between_box_edges() {
        let s = Scenario::default();
        let a = Assumptions::default();
        let d = diagram(&s, &a, &Estimate::numbers(&s, &a));
        let l = layout(&d);
        assert_eq!(l.size, (4.0 * BOX_W + 3.0 * GAP_X, 2.0 * BOX_H + GAP_Y));
        // Clients (col 0) → brokers (col 1): from the right edge to the left edge, level.
        let (start, end, _) = l.arrows[0];
        assert_eq!(start, (BOX_W, BOX_H / 2.0));
        assert_eq!(end, (BOX_W + GAP_X, BOX_H / 2.0));
        for (s, e, m) in &l.arrows {
            for v in [s.0, s.1, e.0, e.1, m.0, m.1] {
                assert!(v.is_finite() && v >= 0.0 && v <= l.size.0);
            }
        }
    }
}
