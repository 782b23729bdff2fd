//! Each component's constraint table: its needs against one node's
//! capacity, with the loads substituted. [`super::nodes`] folds them.

use crate::common::units::BYTES_PER_MB;
use crate::inputs::component::Component;
use crate::inputs::params::Cap;
use crate::inputs::policy::{self, Policy};
use crate::inputs::scenario::Tolerate;
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::constraint::{Constraint, Spread, Words};
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

/// The side of every table that does not depend on the user count: each
/// row's per-node capacity (after utilisation or fill), the failure layout
/// and the scenario's fixed multipliers. A chart sweep works it out once
/// and each point substitutes only its loads; an estimate makes one for its
/// single point. [`Rates::new`] never reads `users` (a test holds every sweep
/// point to the estimate at that user count), and each value is the same
/// expression the tables used inline, so the counts are bit for bit the same.
#[derive(Clone, Copy, Debug)]
pub struct Rates<'a> {
    /// The assumptions the capacities come from.
    pub a: &'a Assumptions,
    /// Target utilisation, 0–1.
    pub u: f64,
    /// Max disk fill, 0–1.
    pub fill: f64,
    /// Regions (≥ 1).
    pub regions: f64,
    /// Regions as a whole multiple of the broker count.
    pub regions_n: u64,
    /// Zones and the failure to survive.
    pub spread: Spread,
    /// `policy=aws-msk`.
    pub aws: bool,
    /// 1 − cache hit ratio.
    miss: f64,
    es_writes: f64,
    es_read_bps: f64,
    broker_msgs: f64,
    broker_disk_bps: f64,
    broker_net_bps: f64,
    broker_disk_b: f64,
    write_primary: f64,
    db_disk_b: f64,
    read_replica: f64,
    cache_ops: f64,
    cache_mem_b: f64,
    es_disk_b: f64,
    db_batched: f64,
    gateway_conns: f64,
    replay_worker: f64,
    /// Share of consumer groups reading history from broker disk (0 with
    /// tiered storage on: history then comes from object storage).
    catchup: f64,
    /// Bytes one replacement broker copies within `rto`.
    recovery_b: f64,
}

impl<'a> Rates<'a> {
    /// The per-node side of the tables for scenario `s` (its `users` unused).
    pub fn new(s: &Scenario, a: &'a Assumptions) -> Self {
        let u = s.util_pct / 100.0;
        let fill = a.get(Cap::DiskFill) / 100.0;
        let mb = |c: Cap| a.get(c) * BYTES_PER_MB;
        let gb = |c: Cap| a.get(c) * BYTES_PER_GB;
        Rates {
            a,
            u,
            fill,
            regions: s.regions.max(1.0),
            regions_n: s.regions.max(1.0) as u64,
            spread: Spread {
                zones: s.az.max(1.0) as u64,
                tolerate: s.tolerate,
            },
            aws: a.policy() == Policy::AwsMsk,
            miss: 1.0 - a.get(Cap::CacheHit) / 100.0,
            es_writes: a.get(Cap::EsWrites),
            es_read_bps: mb(Cap::EsReadMbps),
            broker_msgs: a.get(Cap::BrokerMsgs) * u,
            broker_disk_bps: mb(Cap::BrokerDiskMbps) * u,
            broker_net_bps: mb(Cap::BrokerMbps) * u,
            broker_disk_b: gb(Cap::BrokerDiskGb) * fill,
            write_primary: a.get(Cap::WritePrimary) * u,
            db_disk_b: gb(Cap::DbDiskGb) * fill,
            read_replica: a.get(Cap::ReadReplica) * u,
            cache_ops: a.get(Cap::CacheOps) * u,
            cache_mem_b: gb(Cap::CacheMemGb) * fill,
            es_disk_b: gb(Cap::EsDiskGb) * fill,
            db_batched: a.get(Cap::DbBatched) * u,
            gateway_conns: a.get(Cap::GatewayConns) * u,
            replay_worker: a.get(Cap::ReplayWorker) * u,
            // Historical reads hit broker disks only without tiered storage
            // (AKalculator's assumption); a share of groups reads history.
            catchup: if s.tiered_local_hours > 0.0 {
                0.0
            } else {
                a.get(Cap::CatchupPct) / 100.0
            },
            recovery_b: mb(Cap::RecoveryMbps) * s.rto_h * 3600.0,
        }
    }

    /// The failure layout component `c` is sized for: replay workers are a
    /// batch pool (no headroom); brokers under AWS's policy use its three
    /// zones and no headroom beyond its 50 % utilisation.
    pub fn spread_of(&self, c: Component) -> Spread {
        if c == Component::ReplayWorker {
            Spread {
                tolerate: Tolerate::None,
                ..self.spread
            }
        } else if c == Component::Broker && self.aws {
            Spread {
                zones: policy::ZONES as u64,
                tolerate: Tolerate::None,
            }
        } else {
            self.spread
        }
    }
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
/// The per-node side comes from `r` ([`Rates`]); `partitions` and `group`
/// (consumers one group needs, [`crate::sizing::nodes::consumers_per_group`])
/// come from the caller, which works each out once. Calls `f` with each
/// component and its rows, built on the stack: a sweep sizes hundreds of
/// points, so no table is stored or copied.
pub fn each_table(
    s: &Scenario,
    r: &Rates,
    needs: &Needs,
    partitions: u64,
    group: u64,
    want: impl Fn(Component) -> bool,
    mut f: impl FnMut(Component, &[Constraint]),
) {
    let Needs {
        load,
        replay,
        storage,
    } = *needs;
    let a = r.a;
    let (u, regions) = (r.u, r.regions);
    let once_loaded = |demand: f64| if demand > 0.0 { regions } else { 0.0 };
    let misses = load.peak_reads_per_sec * r.miss;
    let es_units =
        load.peak_msgs_per_sec / r.es_writes + replay.replay_bytes_per_sec / r.es_read_bps;
    use Component::*;
    if r.aws && want(Broker) {
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
    if !r.aws {
        call!(
            Broker,
            [
                Constraint::throughput(&Words { key: "msgs", label: "Message rate", unit: "msg/s" }, load.peak_msgs_per_sec, r.broker_msgs),
                Constraint::throughput(&Words { key: "disk_write", label: "Disk writes (ingress × rf)", unit: "B/s" }, load.ingress_bytes_per_sec * s.rf, r.broker_disk_bps),
                Constraint::throughput(&Words { key: "catchup", label: "Disk with catch-up reads (ingress × (rf + fan-out × share reading history))", unit: "B/s" }, load.ingress_bytes_per_sec * (s.rf + s.fanout * r.catchup), r.broker_disk_bps),
                Constraint::throughput(&Words { key: "network_out", label: "Network out (ingress × (fan-out + rf − 1))", unit: "B/s" }, load.ingress_bytes_per_sec * (s.fanout + s.rf - 1.0), r.broker_net_bps),
                Constraint::capacity(&Words { key: "storage", label: "Storage (local retained bytes)", unit: "B" }, storage.broker_local_bytes / regions, r.broker_disk_b),
                Constraint::capacity(&Words { key: "recovery", label: "Recovery (local bytes ÷ what one replacement copies within rto)", unit: "B" }, storage.broker_local_bytes / regions, r.recovery_b),
                partition_row(s, a, partitions),
                Constraint::floor(&Words { key: "rf", label: "Replication factor", unit: "nodes" }, s.rf),
            ],
        );
    }
    call!(
        WriteDb,
        [
            Constraint::throughput(
                &Words {
                    key: "writes",
                    label: "Write rate",
                    unit: "writes/s"
                },
                load.peak_msgs_per_sec,
                r.write_primary
            ),
            Constraint::capacity(
                &Words {
                    key: "storage",
                    label: "Storage (commands over the horizon)",
                    unit: "B"
                },
                storage.write_db_bytes,
                r.db_disk_b
            ),
        ],
    );
    call!(
        ReadReplica,
        [
            Constraint::throughput(
                &Words {
                    key: "reads",
                    label: "Cache misses",
                    unit: "queries/s"
                },
                misses,
                r.read_replica
            ),
            Constraint::floor(
                &Words {
                    key: "per_region",
                    label: "One per region",
                    unit: "nodes"
                },
                once_loaded(misses)
            ),
        ],
    );
    call!(
        Cache,
        [
            Constraint::throughput(
                &Words {
                    key: "ops",
                    label: "Cache operations",
                    unit: "ops/s"
                },
                load.peak_reads_per_sec,
                r.cache_ops
            ),
            Constraint::capacity(
                &Words {
                    key: "memory",
                    label: "Memory (hot working set)",
                    unit: "B"
                },
                storage.hot_set_bytes,
                r.cache_mem_b
            ),
            Constraint::floor(
                &Words {
                    key: "per_region",
                    label: "One per region",
                    unit: "nodes"
                },
                once_loaded(load.peak_reads_per_sec)
            ),
        ],
    );
    call!(
        EventStore,
        [
            Constraint::throughput(
                &Words {
                    key: "work",
                    label: "Appends and replay reads",
                    unit: "node-units"
                },
                es_units,
                u
            ),
            Constraint::capacity(
                &Words {
                    key: "storage",
                    label: "Storage (every event over the horizon)",
                    unit: "B"
                },
                storage.event_store_bytes,
                r.es_disk_b
            ),
        ],
    );
    call!(
        MessageDb,
        [
            Constraint::throughput(
                &Words {
                    key: "writes",
                    label: "Batched writes",
                    unit: "writes/s"
                },
                load.peak_msgs_per_sec,
                r.db_batched
            ),
            Constraint::capacity(
                &Words {
                    key: "storage",
                    label: "Storage (messages over the horizon)",
                    unit: "B"
                },
                storage.message_db_bytes,
                r.db_disk_b
            ),
        ],
    );
    call!(
        Gateway,
        [
            Constraint::throughput(
                &Words {
                    key: "connections",
                    label: "Connections",
                    unit: "connections"
                },
                load.online_connections,
                r.gateway_conns
            ),
            Constraint::floor(
                &Words {
                    key: "per_region",
                    label: "One per region",
                    unit: "nodes"
                },
                once_loaded(load.online_connections)
            ),
        ],
    );
    call!(
        Consumer,
        [Constraint::throughput(
            &Words {
                key: "msgs",
                label: "Members, all groups (fan-out × ⌈peak msg/s ÷ (consumer msg/s × u)⌉)",
                unit: "members"
            },
            s.fanout * group as f64,
            1.0
        ),],
    );
    call!(
        ReplayWorker,
        [Constraint::throughput(
            &Words {
                key: "events",
                label: "Replay and rebuild events",
                unit: "events/s"
            },
            replay.replay_events_per_sec + replay.rebuild_events_per_sec,
            r.replay_worker
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
        &Words {
            key: "partitions",
            label: "Partition replicas",
            unit: "replicas",
        },
        partitions as f64 * s.rf,
        a.get(Cap::BrokerPartitions),
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
                &Words {
                    key: "ingress",
                    label: "Peak ingress (AWS Express: sustained MiB/s × 75 %)",
                    unit: "MiB/s",
                },
                peak_in,
                in_mibs * policy::UTIL_EXPRESS,
            ),
            Constraint::throughput(
                &Words {
                    key: "egress",
                    label: "Peak egress (AWS Express: 2.5 × sustained ingress)",
                    unit: "MiB/s",
                },
                peak_in * s.fanout,
                in_mibs * policy::EXPRESS_EGRESS,
            ),
            partition_row(s, a, partitions),
            Constraint::capacity(
                &Words {
                    key: "storage",
                    label: "Storage (unlimited on Express)",
                    unit: "GiB",
                },
                0.0,
                1.0,
            ),
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
            &Words {
                key: "ingress",
                label: "Peak ingress (AWS: min(EBS ÷ disk I/O, NIC ÷ network I/O) × 50 %)",
                unit: "MiB/s",
            },
            peak_in,
            per_broker * u,
        ),
        Constraint::throughput(
            &Words {
                key: "egress",
                label: "Peak egress (AWS: fan-out × per-broker ingress × 50 %)",
                unit: "MiB/s",
            },
            peak_in * fan_out,
            fan_out * per_broker * u,
        ),
        partition_row(s, a, partitions),
        Constraint::capacity(
            &Words {
                key: "storage",
                label: "EBS (AWS: data × 2 headroom, 16 TiB per broker)",
                unit: "GiB",
            },
            ebs_gib,
            policy::MAX_EBS_GIB,
        ),
    ]
}
