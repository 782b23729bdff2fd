//! Storage growth and the footprint of the retained stream.

use crate::common::explain::Work;
use crate::common::format::{bytes, num};
use crate::common::units::SECONDS_PER_DAY;
use crate::inputs::scenario::Scenario;
use crate::sizing::load::Load;
use serde::{Deserialize, Serialize};

/// Storage in bytes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Storage {
    /// New raw bytes per day (one copy, uncompressed), B.
    pub bytes_per_day: f64,
    /// Bytes on disk for the retained window, all replicas and regions, B.
    pub retained_bytes: f64,
}

/// * bytes/day = average writes × size × 86,400
///   (seed 002: 10K/s × 1 KB × 86,400 = 864 GB/day; the seed's "864 MB" is a slip)
/// * retained  = bytes/day × retention days × rf × regions ÷ compression
pub fn derive(s: &Scenario, load: &Load, w: &mut Work) -> Storage {
    let per_day = load.avg_msgs_per_sec * s.size_bytes * SECONDS_PER_DAY;
    w.step(
        "storage.bytes_per_day",
        "Raw growth per day",
        "average writes × size × 86,400 s",
        &["load.avg_msgs_per_sec"],
        || {
            (
                format!(
                    "{} msg/s × {} B × 86,400",
                    num(load.avg_msgs_per_sec),
                    num(s.size_bytes)
                ),
                format!("{}/day", bytes(per_day)),
            )
        },
    );
    let retained = per_day * s.retention_days * s.rf * s.regions / s.compression;
    w.step(
        "storage.retained_bytes",
        "Retained on disk",
        "bytes/day × retention × rf × regions ÷ compression",
        &["storage.bytes_per_day"],
        || {
            (
                format!(
                    "{} × {} d × {} × {} ÷ {}",
                    bytes(per_day),
                    num(s.retention_days),
                    num(s.rf),
                    num(s.regions),
                    num(s.compression)
                ),
                bytes(retained),
            )
        },
    );
    Storage {
        bytes_per_day: per_day,
        retained_bytes: retained,
    }
}
