//! One plotters coordinate type for every chart: the users, latency and
//! replay charts are log-log, the timeline is linear. Each coordinate type
//! makes the compiler build its own copy of plotters' chart, mesh and
//! series code, so drawing both kinds through one enum keeps one copy in
//! the bundle (docs/PERFORMANCE.md, stop 18). The ticks and mapping are
//! plotters' own: each variant delegates to its coordinate.

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::{IntoLogRange, LogCoord};
use std::ops::Range;

/// A log or a linear axis over `f64`.
pub enum Axis {
    /// Logarithmic (plotters' `LogCoord`).
    Log(LogCoord<f64>),
    /// Linear (plotters' `RangedCoordf64`).
    Linear(RangedCoordf64),
}

impl Axis {
    /// A logarithmic axis over `r` (both ends positive).
    pub fn log(r: Range<f64>) -> Self {
        Axis::Log(r.log_scale().into())
    }

    /// A linear axis over `r`.
    pub fn linear(r: Range<f64>) -> Self {
        Axis::Linear(r.into())
    }
}

impl Ranged for Axis {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        match self {
            Axis::Log(a) => a.map(value, limit),
            Axis::Linear(a) => a.map(value, limit),
        }
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        match self {
            Axis::Log(a) => a.key_points(hint),
            Axis::Linear(a) => a.key_points(hint),
        }
    }

    fn range(&self) -> Range<f64> {
        match self {
            Axis::Log(a) => a.range(),
            Axis::Linear(a) => a.range(),
        }
    }
}
