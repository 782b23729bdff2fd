//! Storage, by each tier's own semantics: the broker keeps its retention
//! (optionally tiered to object storage), the stores that keep everything
//! grow over the planning horizon, and the cache holds a hot window.

use crate::common::explain::Work;
use crate::common::format::{bytes, num};
use crate::common::units::{SECONDS_PER_DAY, SECONDS_PER_HOUR};
use crate::inputs::params::Cap;
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::load::Load;
use serde::{Deserialize, Serialize};

/// Days in an average month: 365.25 ÷ 12 (the horizon is given in months).
pub const DAYS_PER_MONTH: f64 = 30.4375;

/// Storage in bytes (decimal SI).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Storage {
    /// New raw bytes per day (one copy, uncompressed), B.
    pub bytes_per_day: f64,
    /// Everything the broker tier retains, all replicas and regions: local
    /// disk plus the tiered part, B.
    pub retained_bytes: f64,
    /// On broker disks (all replicas and regions), B.
    pub broker_local_bytes: f64,
    /// In object storage with tiered storage (one copy per region), B.
    pub object_bytes: f64,
    /// Event store at the end of the horizon, every event × rf, B.
    pub event_store_bytes: f64,
    /// Write DB (every command, one copy) at the end of the horizon, B.
    pub write_db_bytes: f64,
    /// Message DB (every message, one copy) at the end of the horizon, B.
    pub message_db_bytes: f64,
    /// The cache's hot working set (uncompressed, while it serves reads), B.
    pub hot_set_bytes: f64,
}

/// * bytes/day = average writes × size × 86,400
///   (seed 002: 10K/s × 1 KB × 86,400 = 864 GB/day; the seed's "864 MB" is a slip)
/// * broker local = bytes/day × local days × rf × regions ÷ compression, local days =
///   retention, or `min(retention, tiered hours ÷ 24)` with tiered storage on
///   (Kafka KIP-405: `local.retention.ms`)
/// * object = bytes/day × (retention − local days) × regions ÷ compression:
///   tiered segments are uploaded once, not per replica (KIP-405)
/// * event store = bytes/day × horizon days × rf ÷ compression (it keeps every event)
/// * write DB, message DB = bytes/day × horizon days ÷ compression (one copy per primary)
/// * hot set = average writes × size × hot hours × 3,600, when there are reads to serve
pub fn derive(s: &Scenario, a: &Assumptions, load: &Load, w: &mut Work) -> Storage {
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
    let tiered = s.tiered_local_hours > 0.0;
    let local_days = if tiered {
        s.retention_days.min(s.tiered_local_hours / 24.0)
    } else {
        s.retention_days
    };
    let local = per_day * local_days * s.rf * s.regions / s.compression;
    let object = per_day * (s.retention_days - local_days) * s.regions / s.compression;
    let retained = local + object;
    w.step(
        "storage.retained_bytes",
        "Broker retention",
        "local: bytes/day × local days × rf × regions ÷ compression; tiered: bytes/day × (retention − local days) × regions ÷ compression",
        &["storage.bytes_per_day"],
        || {
            let local_text = format!(
                "{} × {} d × {} × {} ÷ {} = {} on broker disks",
                bytes(per_day),
                num(local_days),
                num(s.rf),
                num(s.regions),
                num(s.compression),
                bytes(local)
            );
            if tiered {
                (
                    format!(
                        "{local_text}; {} × {} d × {} ÷ {} = {} in object storage",
                        bytes(per_day),
                        num(s.retention_days - local_days),
                        num(s.regions),
                        num(s.compression),
                        bytes(object)
                    ),
                    bytes(retained),
                )
            } else {
                (format!("{local_text} (tiered storage off)"), bytes(retained))
            }
        },
    );
    let horizon_days = s.horizon_months * DAYS_PER_MONTH;
    let one_copy = per_day * horizon_days / s.compression;
    let event_store = one_copy * s.rf;
    w.step(
        "storage.horizon_bytes",
        "Stores that keep everything, at the horizon",
        "bytes/day × horizon months × 30.4375 d ÷ compression (× rf in the event store)",
        &["storage.bytes_per_day"],
        || {
            (
                format!(
                    "{} × {} mo × 30.4375 d ÷ {} = {} a copy; event store × {} = {}",
                    bytes(per_day),
                    num(s.horizon_months),
                    num(s.compression),
                    bytes(one_copy),
                    num(s.rf),
                    bytes(event_store)
                ),
                format!(
                    "{} (event store), {} (write DB, message DB)",
                    bytes(event_store),
                    bytes(one_copy)
                ),
            )
        },
    );
    let hot = if load.peak_reads_per_sec > 0.0 {
        load.avg_msgs_per_sec * s.size_bytes * a.get(Cap::HotHours) * SECONDS_PER_HOUR
    } else {
        0.0
    };
    Storage {
        bytes_per_day: per_day,
        retained_bytes: retained,
        broker_local_bytes: local,
        object_bytes: object,
        event_store_bytes: event_store,
        write_db_bytes: one_copy,
        message_db_bytes: one_copy,
        hot_set_bytes: hot,
    }
}
