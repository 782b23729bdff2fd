//! Node counts: how many of each component carry the peak load at the target
//! utilisation, plus the raw per-node demand the bottleneck rule ranks.

use crate::common::explain::Work;
use crate::common::format::{bytes_per_sec, int, num};
use crate::common::units::{whole_nodes, BYTES_PER_MB};
use crate::inputs::params::Cap;
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::component::Component;
use crate::sizing::load::Load;
use crate::sizing::replay::Replay;
use serde::{Deserialize, Serialize};

/// Node counts (whole nodes, totals across regions).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Nodes {
    /// Brokers, all regions.
    pub brokers: u64,
    /// Brokers one region needs for message rate alone.
    pub brokers_by_msgs: u64,
    /// Brokers one region needs for bytes alone (incl. replication).
    pub brokers_by_bytes: u64,
    /// Topic partitions (Confluent: max(t/p, t/c)).
    pub partitions: u64,
    /// Write-DB primaries (shards).
    pub write_shards: u64,
    /// Read replicas.
    pub read_replicas: u64,
    /// Cache nodes.
    pub cache_nodes: u64,
    /// Event-store nodes.
    pub event_store_nodes: u64,
    /// Message-store DB instances.
    pub message_db_nodes: u64,
    /// Gateway (connection) servers.
    pub gateway_servers: u64,
    /// Replay workers (live replays + rebuild pool).
    pub replay_workers: u64,
    /// Replay workers reserved for the rebuild.
    pub rebuild_workers: u64,
}

impl Nodes {
    /// The count for `c`.
    pub fn of(&self, c: Component) -> u64 {
        match c {
            Component::Broker => self.brokers,
            Component::WriteDb => self.write_shards,
            Component::ReadReplica => self.read_replicas,
            Component::Cache => self.cache_nodes,
            Component::EventStore => self.event_store_nodes,
            Component::MessageDb => self.message_db_nodes,
            Component::Gateway => self.gateway_servers,
            Component::ReplayWorker => self.replay_workers,
        }
    }
}

/// Raw demand on one component: its peak load in units of one node's rated
/// capacity (no headroom). 1.0 means one node would run flat out.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Demand {
    /// Which component.
    pub component: Component,
    /// Peak load ÷ per-node capacity.
    pub node_units: f64,
}

/// Nodes and the demand list they came from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sized {
    /// Node counts.
    pub nodes: Nodes,
    /// Raw demand per component.
    pub demand: Vec<Demand>,
}

/// Broker bytes per cluster at peak, per AWS's MSK right-sizing guidance
/// (Hausmann, "Best practices for right-sizing your Apache Kafka clusters",
/// 2020): disk writes carry `ingress × rf`; network out carries
/// `ingress × (fan-out + rf − 1)` (consumers plus followers). A broker must
/// fit the larger of the two within its MB/s.
pub fn broker_bytes_per_sec(s: &Scenario, load: &Load) -> f64 {
    let disk = load.ingress_bytes_per_sec * s.rf;
    let net_out = load.ingress_bytes_per_sec * (s.fanout + s.rf - 1.0);
    disk.max(net_out)
}

/// Sizes every component.
///
/// All counts are `ceil(peak load ÷ (per-node capacity × utilisation))`:
/// * brokers per region = max(by msg/s, by MB/s, rf) — a topic cannot have
///   more replicas than brokers (Kafka docs); total = per region × regions,
///   since every region holds the whole stream.
/// * partitions = ceil(max(T ÷ p, T ÷ c)), T = ingress MB/s, p/c = per-partition
///   produce/consume MB/s (Confluent, "How to choose the number of
///   topics/partitions in a Kafka cluster").
/// * read replicas take reads the cache misses: reads × (1 − hit ratio).
/// * event store carries appends and replay reads on the same nodes:
///   ceil((writes ÷ appends/s + replay B/s ÷ read B/s) ÷ util).
/// * replay workers = live replay pool + rebuild pool.
/// * Read-side pools (replicas, cache, gateways) keep at least one node per region once loaded.
pub fn derive(s: &Scenario, a: &Assumptions, load: &Load, replay: &Replay, w: &mut Work) -> Sized {
    let u = s.util_pct / 100.0;
    let regions = s.regions.max(1.0) as u64;
    let per_region_min = |n: u64| if n == 0 { 0 } else { n.max(regions) };
    let mut demand = Vec::with_capacity(8);
    let mut push = |c: Component, units: f64| {
        demand.push(Demand {
            component: c,
            node_units: units.max(0.0),
        })
    };

    // Brokers.
    let cap_msgs = a.get(Cap::BrokerMsgs);
    let by_msgs = whole_nodes(load.peak_msgs_per_sec, cap_msgs * u);
    w.step(
        "nodes.brokers_by_msgs",
        "Brokers for message rate",
        "peak msg/s ÷ (broker msg/s × util)",
        &["load.peak_msgs_per_sec"],
        || {
            (
                format!(
                    "{} ÷ ({} × {})",
                    num(load.peak_msgs_per_sec),
                    num(cap_msgs),
                    num(u)
                ),
                format!("{} brokers", int(by_msgs)),
            )
        },
    );
    let cap_bytes = a.get(Cap::BrokerMbps) * BYTES_PER_MB;
    let broker_bytes = broker_bytes_per_sec(s, load);
    let by_bytes = whole_nodes(broker_bytes, cap_bytes * u);
    w.step(
        "nodes.brokers_by_bytes",
        "Brokers for bytes",
        "max(ingress × rf, ingress × (fan-out + rf − 1)) ÷ (broker MB/s × util)",
        &["load.ingress_bytes_per_sec"],
        || {
            (
                format!(
                    "max({} × {}, {} × ({} + {} − 1)) ÷ ({} MB/s × {})",
                    bytes_per_sec(load.ingress_bytes_per_sec),
                    num(s.rf),
                    bytes_per_sec(load.ingress_bytes_per_sec),
                    num(s.fanout),
                    num(s.rf),
                    num(a.get(Cap::BrokerMbps)),
                    num(u)
                ),
                format!("{} brokers", int(by_bytes)),
            )
        },
    );
    let rf = s.rf as u64;
    let brokers = by_msgs.max(by_bytes).max(rf).saturating_mul(regions);
    w.step(
        "nodes.brokers",
        "Brokers",
        "max(by msg/s, by bytes, rf) × regions",
        &["nodes.brokers_by_msgs", "nodes.brokers_by_bytes"],
        || {
            (
                format!("max({}, {}, {}) × {}", by_msgs, by_bytes, rf, regions),
                format!("{} brokers", int(brokers)),
            )
        },
    );
    push(
        Component::Broker,
        (load.peak_msgs_per_sec / cap_msgs).max(broker_bytes / cap_bytes),
    );

    // Partitions.
    let t = load.ingress_bytes_per_sec / BYTES_PER_MB;
    let (p, c) = (a.get(Cap::PartProduce), a.get(Cap::PartConsume));
    let partitions = whole_nodes((t / p).max(t / c), 1.0).max(1);
    w.step(
        "nodes.partitions",
        "Partitions",
        "max(T ÷ p, T ÷ c), T = ingress MB/s",
        &["load.ingress_bytes_per_sec"],
        || {
            (
                format!("max({} ÷ {}, {} ÷ {})", num(t), num(p), num(t), num(c)),
                format!("{} partitions", int(partitions)),
            )
        },
    );

    // Write side.
    let cap_w = a.get(Cap::WritePrimary);
    let write_shards = whole_nodes(load.peak_msgs_per_sec, cap_w * u);
    w.step(
        "nodes.write_shards",
        "Write DB shards",
        "peak writes ÷ (primary writes/s × util)",
        &["load.peak_msgs_per_sec"],
        || {
            (
                format!(
                    "{} ÷ ({} × {})",
                    num(load.peak_msgs_per_sec),
                    num(cap_w),
                    num(u)
                ),
                format!("{} shards", int(write_shards)),
            )
        },
    );
    push(Component::WriteDb, load.peak_msgs_per_sec / cap_w);

    // Read side.
    let hit = a.get(Cap::CacheHit) / 100.0;
    let misses = load.peak_reads_per_sec * (1.0 - hit);
    let cap_r = a.get(Cap::ReadReplica);
    let read_replicas = per_region_min(whole_nodes(misses, cap_r * u));
    w.step(
        "nodes.read_replicas",
        "Read replicas",
        "peak reads × (1 − cache hit) ÷ (replica QPS × util), ≥ 1 per region",
        &["load.peak_reads_per_sec"],
        || {
            (
                format!(
                    "{} × {} ÷ ({} × {})",
                    num(load.peak_reads_per_sec),
                    num(1.0 - hit),
                    num(cap_r),
                    num(u)
                ),
                format!("{} replicas", int(read_replicas)),
            )
        },
    );
    push(Component::ReadReplica, misses / cap_r);
    let cap_c = a.get(Cap::CacheOps);
    let cache_nodes = per_region_min(whole_nodes(load.peak_reads_per_sec, cap_c * u));
    w.step(
        "nodes.cache_nodes",
        "Cache nodes",
        "peak reads ÷ (cache ops/s × util), ≥ 1 per region",
        &["load.peak_reads_per_sec"],
        || {
            (
                format!(
                    "{} ÷ ({} × {})",
                    num(load.peak_reads_per_sec),
                    num(cap_c),
                    num(u)
                ),
                format!("{} nodes", int(cache_nodes)),
            )
        },
    );
    push(Component::Cache, load.peak_reads_per_sec / cap_c);

    // Event store: appends and replay reads share the nodes.
    let cap_es = a.get(Cap::EsWrites);
    let cap_es_read = a.get(Cap::EsReadMbps) * BYTES_PER_MB;
    let es_units = load.peak_msgs_per_sec / cap_es + replay.replay_bytes_per_sec / cap_es_read;
    let event_store_nodes = whole_nodes(es_units, u);
    w.step(
        "nodes.event_store_nodes",
        "Event-store nodes",
        "(peak appends ÷ appends/s + replay B/s ÷ read B/s) ÷ util",
        &["load.peak_msgs_per_sec", "replay.replay_bytes_per_sec"],
        || {
            (
                format!(
                    "({} ÷ {} + {} ÷ {} MB/s) ÷ {}",
                    num(load.peak_msgs_per_sec),
                    num(cap_es),
                    bytes_per_sec(replay.replay_bytes_per_sec),
                    num(a.get(Cap::EsReadMbps)),
                    num(u)
                ),
                format!("{} nodes", int(event_store_nodes)),
            )
        },
    );
    push(Component::EventStore, es_units);

    // Real-time messaging.
    let cap_db = a.get(Cap::DbBatched);
    let message_db_nodes = whole_nodes(load.peak_msgs_per_sec, cap_db * u);
    w.step(
        "nodes.message_db_nodes",
        "Message DB instances",
        "peak msg/s ÷ (batched writes/s × util)",
        &["load.peak_msgs_per_sec"],
        || {
            (
                format!(
                    "{} ÷ ({} × {})",
                    num(load.peak_msgs_per_sec),
                    num(cap_db),
                    num(u)
                ),
                format!("{} instances", int(message_db_nodes)),
            )
        },
    );
    push(Component::MessageDb, load.peak_msgs_per_sec / cap_db);
    let cap_g = a.get(Cap::GatewayConns);
    let gateway_servers = per_region_min(whole_nodes(load.online_connections, cap_g * u));
    w.step(
        "nodes.gateway_servers",
        "Gateway servers",
        "connections ÷ (connections per server × util), ≥ 1 per region",
        &["load.online_connections"],
        || {
            (
                format!(
                    "{} ÷ ({} × {})",
                    num(load.online_connections),
                    num(cap_g),
                    num(u)
                ),
                format!("{} servers", int(gateway_servers)),
            )
        },
    );
    push(Component::Gateway, load.online_connections / cap_g);

    // Replay workers.
    let cap_rw = a.get(Cap::ReplayWorker);
    let live = whole_nodes(replay.replay_events_per_sec, cap_rw * u);
    let rebuild_workers = whole_nodes(replay.rebuild_events_per_sec, cap_rw * u);
    let replay_workers = live.saturating_add(rebuild_workers);
    w.step(
        "nodes.replay_workers",
        "Replay workers",
        "(replay events/s + rebuild events/s) each ÷ (worker events/s × util)",
        &["replay.rebuild_events_per_sec"],
        || {
            (
                format!(
                    "{} + {} (⌈{} ÷ ({} × {})⌉ + ⌈{} ÷ ({} × {})⌉)",
                    live,
                    rebuild_workers,
                    num(replay.replay_events_per_sec),
                    num(cap_rw),
                    num(u),
                    num(replay.rebuild_events_per_sec),
                    num(cap_rw),
                    num(u)
                ),
                format!("{} workers", int(replay_workers)),
            )
        },
    );
    push(
        Component::ReplayWorker,
        (replay.replay_events_per_sec + replay.rebuild_events_per_sec) / cap_rw,
    );

    Sized {
        nodes: Nodes {
            brokers,
            brokers_by_msgs: by_msgs,
            brokers_by_bytes: by_bytes,
            partitions,
            write_shards,
            read_replicas,
            cache_nodes,
            event_store_nodes,
            message_db_nodes,
            gateway_servers,
            replay_workers,
            rebuild_workers,
        },
        demand,
    }
}
