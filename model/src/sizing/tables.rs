//! Each component's constraint table: its needs against one node's
//! capacity, with the loads substituted. [`super::nodes`] folds them.

use crate::common::units::BYTES_PER_MB;
use crate::inputs::component::Component;
use crate::inputs::params::Cap;
use crate::inputs::policy::{self, Policy};
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::constraint::Constraint;
use crate::sizing::load::Load;
use crate::sizing::replay::Replay;
use crate::sizing::storage::Storage;

/// Bytes in one decimal gigabyte (disk and memory are quoted in GB).
const BYTES_PER_GB: f64 = 1e9;

/// What the earlier stages worked out, which the tables read.
#[derive(Clone, Copy, Debug)]
pub struct Needs<'a> {
    /// Offered load.
    pub load: &'a Load,
    /// Replay and rebuild traffic.
    pub replay: &'a Replay,
    /// Bytes held by each tier.
    pub storage: &'a Storage,
}

/// Every component's constraint table, with the loads substituted.
///
/// Units: msg/s, B/s, B and counts; `u` = target utilisation, `fill` = max
/// disk fill. Brokers are per region (every region holds the whole stream);
/// the rest are totals.
/// * brokers: msg/s ÷ (broker msg/s × u); disk writes `ingress × rf` ÷
///   (disk MB/s × u); network out `ingress × (fan-out + rf − 1)` ÷
///   (network MB/s × u) (AWS MSK right-sizing); disk with catch-up reads
///   `ingress × (rf + fan-out × share)` ÷ (disk MB/s × u), share =
///   `cap.catchup_pct` (AKalculator: 25 % of consume traffic is historical
///   and hits disk without tiered storage); recovery: local retained bytes ÷
///   (`cap.recovery_mbps` × `rto` × 3,600), enough brokers that one lost
///   broker's share is copied within the target; local retained bytes ÷
///   (disk GB × fill); partition replicas `partitions × rf` ÷ per-broker
///   limit (MSK best practices); ≥ rf (a topic cannot have more replicas
///   than brokers).
/// * write DB: writes ÷ (primary writes/s × u); commands kept over the
///   horizon ÷ (DB disk × fill).
/// * read replicas: cache misses ÷ (replica QPS × u); ≥ 1 per region once loaded.
/// * cache: reads ÷ (cache ops/s × u); hot set ÷ (memory × fill); ≥ 1 per region once loaded.
/// * event store: (appends ÷ appends/s + replay B/s ÷ read B/s) ÷ u; every
///   event over the horizon × rf ÷ (disk × fill).
/// * message DB: writes ÷ (batched writes/s × u); messages over the horizon ÷ (disk × fill).
/// * gateways: connections ÷ (connections per server × u); ≥ 1 per region once loaded.
/// * replay workers: (replay + rebuild events/s) ÷ (worker events/s × u).
/// * consumers: fan-out × ⌈peak msg/s ÷ (consumer msg/s × u)⌉ members
///   (each group rounds up on its own), with failure headroom.
///
/// Calls `f` with each component and its rows, built on the stack: a sweep
/// sizes hundreds of points, so no table is stored or copied.
pub fn each_table(
    s: &Scenario,
    a: &Assumptions,
    needs: &Needs,
    partitions: u64,
    want: impl Fn(Component) -> bool,
    mut f: impl FnMut(Component, &[Constraint]),
) {
    let Needs {
        load,
        replay,
        storage,
    } = *needs;
    let u = s.util_pct / 100.0;
    let fill = a.get(Cap::DiskFill) / 100.0;
    let regions = s.regions.max(1.0);
    let once_loaded = |demand: f64| if demand > 0.0 { regions } else { 0.0 };
    let mb = |c: Cap| a.get(c) * BYTES_PER_MB;
    let gb = |c: Cap| a.get(c) * BYTES_PER_GB;
    // Historical reads hit broker disks only without tiered storage
    // (AKalculator's assumption); a share of groups reads history.
    let catchup = if s.tiered_local_hours > 0.0 {
        0.0
    } else {
        a.get(Cap::CatchupPct) / 100.0
    };
    let group = crate::sizing::nodes::consumers_per_group(s, load, a);
    let misses = load.peak_reads_per_sec * (1.0 - a.get(Cap::CacheHit) / 100.0);
    let es_units = load.peak_msgs_per_sec / a.get(Cap::EsWrites)
        + replay.replay_bytes_per_sec / mb(Cap::EsReadMbps);
    use Component::*;
    if a.policy() == Policy::AwsMsk && want(Broker) {
        f(Broker, &aws_msk_broker_rows(s, a, load, partitions));
    }
    // Rows are built only for the components wanted (a sweep sizes the view's).
    macro_rules! call {
        ($c:expr, $rows:expr $(,)?) => {
            if want($c) {
                f($c, &$rows)
            }
        };
    }
    if a.policy() != Policy::AwsMsk {
        call!(
            Broker,
            [
                Constraint::throughput(
                    "msgs",
                    "Message rate",
                    load.peak_msgs_per_sec,
                    a.get(Cap::BrokerMsgs) * u,
                    "msg/s",
                ),
                Constraint::throughput(
                    "disk_write",
                    "Disk writes (ingress × rf)",
                    load.ingress_bytes_per_sec * s.rf,
                    mb(Cap::BrokerDiskMbps) * u,
                    "B/s",
                ),
                Constraint::throughput(
                    "catchup",
                    "Disk with catch-up reads (ingress × (rf + fan-out × share reading history))",
                    load.ingress_bytes_per_sec * (s.rf + s.fanout * catchup),
                    mb(Cap::BrokerDiskMbps) * u,
                    "B/s",
                ),
                Constraint::throughput(
                    "network_out",
                    "Network out (ingress × (fan-out + rf − 1))",
                    load.ingress_bytes_per_sec * (s.fanout + s.rf - 1.0),
                    mb(Cap::BrokerMbps) * u,
                    "B/s",
                ),
                Constraint::capacity(
                    "storage",
                    "Storage (local retained bytes)",
                    storage.broker_local_bytes / regions,
                    gb(Cap::BrokerDiskGb) * fill,
                    "B",
                ),
                Constraint::capacity(
                    "recovery",
                    "Recovery (local bytes ÷ what one replacement copies within rto)",
                    storage.broker_local_bytes / regions,
                    mb(Cap::RecoveryMbps) * s.rto_h * 3600.0,
                    "B",
                ),
                partition_row(s, a, partitions),
                Constraint::floor("rf", "Replication factor", s.rf),
            ],
        );
    }
    call!(
        WriteDb,
        [
            Constraint::throughput(
                "writes",
                "Write rate",
                load.peak_msgs_per_sec,
                a.get(Cap::WritePrimary) * u,
                "writes/s",
            ),
            Constraint::capacity(
                "storage",
                "Storage (commands over the horizon)",
                storage.write_db_bytes,
                gb(Cap::DbDiskGb) * fill,
                "B",
            ),
        ],
    );
    call!(
        ReadReplica,
        [
            Constraint::throughput(
                "reads",
                "Cache misses",
                misses,
                a.get(Cap::ReadReplica) * u,
                "queries/s",
            ),
            Constraint::floor("per_region", "One per region", once_loaded(misses)),
        ],
    );
    call!(
        Cache,
        [
            Constraint::throughput(
                "ops",
                "Cache operations",
                load.peak_reads_per_sec,
                a.get(Cap::CacheOps) * u,
                "ops/s",
            ),
            Constraint::capacity(
                "memory",
                "Memory (hot working set)",
                storage.hot_set_bytes,
                gb(Cap::CacheMemGb) * fill,
                "B",
            ),
            Constraint::floor(
                "per_region",
                "One per region",
                once_loaded(load.peak_reads_per_sec),
            ),
        ],
    );
    call!(
        EventStore,
        [
            Constraint::throughput(
                "work",
                "Appends and replay reads",
                es_units,
                u,
                "node-units",
            ),
            Constraint::capacity(
                "storage",
                "Storage (every event over the horizon)",
                storage.event_store_bytes,
                gb(Cap::EsDiskGb) * fill,
                "B",
            ),
        ],
    );
    call!(
        MessageDb,
        [
            Constraint::throughput(
                "writes",
                "Batched writes",
                load.peak_msgs_per_sec,
                a.get(Cap::DbBatched) * u,
                "writes/s",
            ),
            Constraint::capacity(
                "storage",
                "Storage (messages over the horizon)",
                storage.message_db_bytes,
                gb(Cap::DbDiskGb) * fill,
                "B",
            ),
        ],
    );
    call!(
        Gateway,
        [
            Constraint::throughput(
                "connections",
                "Connections",
                load.online_connections,
                a.get(Cap::GatewayConns) * u,
                "connections",
            ),
            Constraint::floor(
                "per_region",
                "One per region",
                once_loaded(load.online_connections),
            ),
        ],
    );
    call!(
        Consumer,
        [Constraint::throughput(
            "msgs",
            "Members, all groups (fan-out × ⌈peak msg/s ÷ (consumer msg/s × u)⌉)",
            s.fanout * group as f64,
            1.0,
            "members",
        ),],
    );
    call!(
        ReplayWorker,
        [Constraint::throughput(
            "events",
            "Replay and rebuild events",
            replay.replay_events_per_sec + replay.rebuild_events_per_sec,
            a.get(Cap::ReplayWorker) * u,
            "events/s",
        )],
    );
}

/// The stream as AWS's script reads it: MiB/s, hours and GiB (`policy=aws-msk`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct AwsStream {
    /// Peak producer MiB/s.
    pub peak_in: f64,
    /// Average producer MiB/s.
    pub avg_in: f64,
    /// Whole retention, hours.
    pub retention_h: f64,
    /// Whether tiered storage holds part of it (local hours < retention).
    pub tiered: bool,
    /// Hours kept on broker disks.
    pub local_h: f64,
    /// Provisioned EBS: average in × local hours × 3,600 × rf ÷ 1,024 × 2, GiB.
    pub ebs_gib: f64,
}

/// [`AwsStream`] of a scenario's load, in the script's order of operations.
pub(crate) fn aws_stream(s: &Scenario, load: &Load) -> AwsStream {
    const MIB: f64 = 1_048_576.0;
    let peak_in = load.ingress_bytes_per_sec / MIB;
    let avg_in = peak_in / s.peak_factor.max(1.0);
    let retention_h = s.retention_days * 24.0;
    let tiered = s.tiered_local_hours > 0.0 && s.tiered_local_hours < retention_h;
    let local_h = if tiered {
        s.tiered_local_hours
    } else {
        retention_h
    };
    AwsStream {
        peak_in,
        avg_in,
        retention_h,
        tiered,
        local_h,
        ebs_gib: avg_in * local_h * 3600.0 * s.rf / 1024.0 * policy::EBS_HEADROOM,
    }
}

/// Partition replicas against what one broker hosts: the same row under
/// either policy.
fn partition_row(s: &Scenario, a: &Assumptions, partitions: u64) -> Constraint {
    Constraint::capacity(
        "partitions",
        "Partition replicas",
        partitions as f64 * s.rf,
        a.get(Cap::BrokerPartitions),
        "replicas",
    )
}

/// The broker table under `policy=aws-msk` (see [`crate::inputs::policy`]),
/// in MiB/s and GiB as AWS's script works, with its operations in its order
/// so the counts agree to the bit:
/// * ingress: peak in ÷ (min(EBS MiB/s ÷ disk I/O, NIC MiB/s ÷ network I/O) × 50 %),
///   disk I/O = 6.5 (+1.5 tiered), network I/O = 1.5 × fan-out + 5.7 (+1.5 tiered);
/// * egress: peak out ÷ (fan-out × the same per-broker ingress × 50 %);
/// * partition replicas ÷ the size's recommended partitions;
/// * storage: average in × local hours × 3,600 × rf ÷ 1,024 × 2 GiB ÷ 16,384 GiB.
fn aws_msk_broker_rows(
    s: &Scenario,
    a: &Assumptions,
    load: &Load,
    partitions: u64,
) -> [Constraint; 4] {
    let aws = aws_stream(s, load);
    let peak_in = aws.peak_in;
    let profile = a.profile(Component::Broker);
    if let Some(in_mibs) = policy::express_ingress_mibs(profile.id) {
        // Express: ingress at 75 %, egress at 2.5 × ingress with no margin,
        // partitions; storage is unlimited (a zero-demand row).
        return [
            Constraint::throughput(
                "ingress",
                "Peak ingress (AWS Express: sustained MiB/s × 75 %)",
                peak_in,
                in_mibs * policy::UTIL_EXPRESS,
                "MiB/s",
            ),
            Constraint::throughput(
                "egress",
                "Peak egress (AWS Express: 2.5 × sustained ingress)",
                peak_in * s.fanout,
                in_mibs * policy::EXPRESS_EGRESS,
                "MiB/s",
            ),
            partition_row(s, a, partitions),
            Constraint::capacity("storage", "Storage (unlimited on Express)", 0.0, 1.0, "GiB"),
        ];
    }
    let fan_out = s.fanout;
    let tiered = aws.tiered;
    let disk_io = policy::DISK_IO + if tiered { policy::DISK_IO_TIERED } else { 0.0 };
    let net_base = policy::NET_IO + if tiered { policy::NET_IO_TIERED } else { 0.0 };
    let net_io = fan_out * policy::NET_PER_FANOUT + net_base;
    let nic = if a.is_set(Cap::BrokerMbps) {
        a.get(Cap::BrokerMbps)
    } else {
        policy::network_mibs(a.profile(Component::Broker).id).unwrap_or(a.get(Cap::BrokerMbps))
    };
    let per_broker = (a.get(Cap::BrokerDiskMbps) / disk_io).min(nic / net_io);
    let u = policy::UTIL_STANDARD;
    let ebs_gib = aws.ebs_gib;
    [
        Constraint::throughput(
            "ingress",
            "Peak ingress (AWS: min(EBS ÷ disk I/O, NIC ÷ network I/O) × 50 %)",
            peak_in,
            per_broker * u,
            "MiB/s",
        ),
        Constraint::throughput(
            "egress",
            "Peak egress (AWS: fan-out × per-broker ingress × 50 %)",
            peak_in * fan_out,
            fan_out * per_broker * u,
            "MiB/s",
        ),
        partition_row(s, a, partitions),
        Constraint::capacity(
            "storage",
            "EBS (AWS: data × 2 headroom, 16 TiB per broker)",
            ebs_gib,
            policy::MAX_EBS_GIB,
            "GiB",
        ),
    ]
}
