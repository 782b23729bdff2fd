//! Offered load: how many messages, reads and bytes per second the scenario
//! puts on the system, on average and at peak.

use crate::common::explain::Work;
use crate::common::format::{bytes_per_sec, num, rate};
use crate::inputs::scenario::Scenario;
use serde::{Deserialize, Serialize};

/// Load in per-second units. Bytes are uncompressed (compression is credited
/// only to storage, a conservative choice for network sizing).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Load {
    /// All user actions, average, /s.
    pub avg_actions_per_sec: f64,
    /// Writes (messages/events through the broker and store), average, msg/s.
    pub avg_msgs_per_sec: f64,
    /// Writes at peak, msg/s.
    pub peak_msgs_per_sec: f64,
    /// Reads on the read side, average, queries/s.
    pub avg_reads_per_sec: f64,
    /// Reads at peak, queries/s.
    pub peak_reads_per_sec: f64,
    /// Concurrent connections (real-time messaging).
    pub online_connections: f64,
    /// Producer bytes into the broker at peak, B/s.
    pub ingress_bytes_per_sec: f64,
    /// Consumer bytes out of the broker at peak, B/s.
    pub egress_bytes_per_sec: f64,
    /// Follower replication bytes at peak, B/s.
    pub replication_bytes_per_sec: f64,
    /// Bytes mirrored between regions at peak, B/s.
    pub cross_region_bytes_per_sec: f64,
    /// Bytes crossing availability zones at peak, all regions, B/s.
    pub cross_az_bytes_per_sec: f64,
    /// The part of `cross_az_bytes_per_sec` that is brokers replicating to
    /// followers in other zones, B/s: billed on self-managed Kafka, not on MSK.
    pub cross_az_replication_bytes_per_sec: f64,
}

/// Derives [`Load`] from a clamped scenario.
///
/// * actions = users × rate                     (seed 000: 1M × 10 = 10M/s)
/// * writes  = actions × write%;  reads = actions × (1 − write%)  (seed 001: 10% writes)
/// * peak    = average × peak factor
/// * ingress = peak writes × size               (B/s; seed 000: 10M × 1 KB = 10 GB/s)
/// * egress  = ingress × fan-out                (each consumer group reads every byte)
/// * replication = ingress × (rf − 1)           (each follower copies every byte)
/// * cross-region = ingress × (regions − 1)     (each other region mirrors the stream)
/// * cross-zone  = (ingress × (az − 1)/az + ingress × min(rf − 1, az − 1) + egress × (az − 1)/az) × regions
///
/// Cross-zone: producers reach a leader in another zone, rack-aware followers
/// sit in other zones, and consumers read the leader (that last term is 0 with
/// follower fetching, KIP-392).
pub fn derive(s: &Scenario, w: &mut Work) -> Load {
    let actions = s.users * s.rate_per_user_sec;
    w.step(
        "load.avg_actions_per_sec",
        "Average actions",
        "users × actions per user per second",
        &[],
        || {
            (
                format!("{} × {}/s", num(s.users), num(s.rate_per_user_sec)),
                rate(actions, "actions/s"),
            )
        },
    );
    let wf = s.write_pct / 100.0;
    let avg_msgs = actions * wf;
    w.step(
        "load.avg_msgs_per_sec",
        "Average writes (messages)",
        "actions × write ratio",
        &["load.avg_actions_per_sec"],
        || {
            (
                format!("{} × {}", num(actions), num(wf)),
                rate(avg_msgs, "msg/s"),
            )
        },
    );
    let peak_msgs = avg_msgs * s.peak_factor;
    w.step(
        "load.peak_msgs_per_sec",
        "Peak writes",
        "average writes × peak factor",
        &["load.avg_msgs_per_sec"],
        || {
            (
                format!("{} × {}", num(avg_msgs), num(s.peak_factor)),
                rate(peak_msgs, "msg/s"),
            )
        },
    );
    let avg_reads = actions * (1.0 - wf);
    let peak_reads = avg_reads * s.peak_factor;
    w.step(
        "load.peak_reads_per_sec",
        "Peak reads",
        "actions × (1 − write ratio) × peak factor",
        &["load.avg_actions_per_sec"],
        || {
            (
                format!(
                    "{} × {} × {}",
                    num(actions),
                    num(1.0 - wf),
                    num(s.peak_factor)
                ),
                rate(peak_reads, "queries/s"),
            )
        },
    );
    let online = s.users * s.online_pct / 100.0;
    w.step(
        "load.online_connections",
        "Concurrent connections",
        "users × online %",
        &[],
        || {
            (
                format!("{} × {}", num(s.users), num(s.online_pct / 100.0)),
                num(online),
            )
        },
    );
    let ingress = peak_msgs * s.size_bytes;
    w.step(
        "load.ingress_bytes_per_sec",
        "Ingress at peak",
        "peak writes × message size",
        &["load.peak_msgs_per_sec"],
        || {
            (
                format!("{} msg/s × {} B", num(peak_msgs), num(s.size_bytes)),
                bytes_per_sec(ingress),
            )
        },
    );
    let egress = ingress * s.fanout;
    w.step(
        "load.egress_bytes_per_sec",
        "Consumer egress",
        "ingress × fan-out",
        &["load.ingress_bytes_per_sec"],
        || {
            (
                format!("{} × {}", bytes_per_sec(ingress), num(s.fanout)),
                bytes_per_sec(egress),
            )
        },
    );
    let replication = ingress * (s.rf - 1.0);
    w.step(
        "load.replication_bytes_per_sec",
        "Replication traffic",
        "ingress × (rf − 1)",
        &["load.ingress_bytes_per_sec"],
        || {
            (
                format!("{} × ({} − 1)", bytes_per_sec(ingress), num(s.rf)),
                bytes_per_sec(replication),
            )
        },
    );
    let cross = ingress * (s.regions - 1.0);
    w.step(
        "load.cross_region_bytes_per_sec",
        "Cross-region traffic",
        "ingress × (regions − 1)",
        &["load.ingress_bytes_per_sec"],
        || {
            (
                format!("{} × ({} − 1)", bytes_per_sec(ingress), num(s.regions)),
                bytes_per_sec(cross),
            )
        },
    );
    let z = s.az.max(1.0);
    let other = (z - 1.0) / z;
    let followers_away = (s.rf - 1.0).min(z - 1.0).max(0.0);
    let consumers_away = if s.follower_fetch >= 0.5 { 0.0 } else { other };
    let replication_away = ingress * followers_away * s.regions;
    let cross_az = (ingress * other + egress * consumers_away) * s.regions + replication_away;
    w.step(
        "load.cross_az_bytes_per_sec",
        "Cross-zone traffic",
        "(ingress × (az − 1)/az + ingress × min(rf − 1, az − 1) + egress × (az − 1)/az, or 0 with follower fetching) × regions",
        &["load.ingress_bytes_per_sec", "load.egress_bytes_per_sec"],
        || {
            (
                format!(
                    "({} × {} + {} × {} + {} × {}) × {}",
                    bytes_per_sec(ingress),
                    num(other),
                    bytes_per_sec(ingress),
                    num(followers_away),
                    bytes_per_sec(egress),
                    num(consumers_away),
                    num(s.regions)
                ),
                bytes_per_sec(cross_az),
            )
        },
    );
    Load {
        avg_actions_per_sec: actions,
        avg_msgs_per_sec: avg_msgs,
        peak_msgs_per_sec: peak_msgs,
        avg_reads_per_sec: avg_reads,
        peak_reads_per_sec: peak_reads,
        online_connections: online,
        ingress_bytes_per_sec: ingress,
        egress_bytes_per_sec: egress,
        replication_bytes_per_sec: replication,
        cross_region_bytes_per_sec: cross,
        cross_az_bytes_per_sec: cross_az,
        cross_az_replication_bytes_per_sec: replication_away,
    }
}
