//! Layer 2: the numbers. Load, node counts, storage, replay, queueing
//! latency, the bottleneck rule and the [`estimate::Estimate`] that gathers
//! them, plus the sweeps behind the charts. Uses [`crate::common`] and
//! [`crate::inputs`], never [`crate::report`].

pub mod bottleneck;
pub mod constraint;
pub mod cost;
pub mod draws;
pub mod estimate;
pub mod latency;
pub mod load;
pub mod nodes;
pub mod options;
pub mod queue;
pub mod regret;
pub mod replay;
pub mod simulate;
pub mod storage;
pub mod sweep;
pub mod tables;
pub mod tier;
