//! Node counts. Each component describes its needs as a constraint table
//! ([`each_table`]); one function ([`constraint::fold`]) turns every table into
//! a count with failure headroom and zone spread, and names what binds it.
//! The raw per-node demand the bottleneck rule ranks comes from the same
//! loads.

use crate::common::explain::Work;
use crate::common::format::num;
use crate::common::units::{whole_nodes, BYTES_PER_MB};
use crate::inputs::component::Component;
use crate::inputs::params::Cap;
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::constraint::{self, Sizing};
use crate::sizing::load::Load;
use crate::sizing::replay::Replay;
use serde::{Deserialize, Serialize};

/// Node counts (whole nodes, totals across regions).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Nodes {
    /// Brokers, all regions.
    pub brokers: u64,
    /// Brokers one region needs for message rate alone, before failure headroom.
    pub brokers_by_msgs: u64,
    /// Brokers one region needs for bytes alone (disk writes or network out,
    /// whichever needs more), before failure headroom.
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
    /// Consumer instances, all groups (each group ≤ one per partition).
    pub consumers: u64,
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
            Component::Consumer => self.consumers,
        }
    }

    fn slot(&mut self, c: Component) -> &mut u64 {
        match c {
            Component::Broker => &mut self.brokers,
            Component::WriteDb => &mut self.write_shards,
            Component::ReadReplica => &mut self.read_replicas,
            Component::Cache => &mut self.cache_nodes,
            Component::EventStore => &mut self.event_store_nodes,
            Component::MessageDb => &mut self.message_db_nodes,
            Component::Gateway => &mut self.gateway_servers,
            Component::ReplayWorker => &mut self.replay_workers,
            Component::Consumer => &mut self.consumers,
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

/// Each component's [`Sizing`], indexed by component: serialises as an
/// object keyed by [`Component::key`] (`{"brokers": {...}, ...}`) and reads
/// as `sizing["brokers"]`.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SizingMap([Sizing; 9]);

impl SizingMap {
    /// The sizing of `c`.
    pub fn of(&self, c: Component) -> &Sizing {
        &self.0[c as usize]
    }

    /// The sizing of the component whose key is `key`.
    pub fn get(&self, key: &str) -> Option<&Sizing> {
        Component::ALL
            .iter()
            .find(|c| c.key() == key)
            .map(|c| self.of(*c))
    }
}

impl std::ops::Index<&str> for SizingMap {
    type Output = Sizing;
    fn index(&self, key: &str) -> &Sizing {
        // An unknown key is a caller's typo; an empty sizing says "nothing here".
        const NONE: Sizing = Sizing {
            count: 0,
            binding: "",
            by: constraint::By::EMPTY,
            need: None,
        };
        self.get(key).unwrap_or(&NONE)
    }
}

impl Serialize for SizingMap {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(Component::ALL.len()))?;
        for c in Component::ALL {
            m.serialize_entry(c.key(), self.of(c))?;
        }
        m.end()
    }
}

/// Nodes, how each was bound, and the demand list they came from.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sized {
    /// Node counts.
    pub nodes: Nodes,
    /// Per component: count, binding constraint and each constraint's count.
    pub sizing: SizingMap,
    /// Raw demand per component.
    pub demand: Vec<Demand>,
}

/// Broker msg/s one broker carries as far as bytes go: the lesser of its
/// disk (`disk MB/s ÷ (size × rf)`) and its network out
/// (`network MB/s ÷ (size × (fan-out + rf − 1))`), per AWS's MSK
/// right-sizing guidance (Hausmann, "Best practices for right-sizing your
/// Apache Kafka clusters", 2020). Infinite with no bytes to move.
pub fn broker_msgs_by_bytes(s: &Scenario, a: &Assumptions) -> f64 {
    let disk = a.get(Cap::BrokerDiskMbps) * BYTES_PER_MB / (s.size_bytes * s.rf);
    let net = a.get(Cap::BrokerMbps) * BYTES_PER_MB / (s.size_bytes * (s.fanout + s.rf - 1.0));
    let m = disk.min(net);
    if m.is_finite() && m > 0.0 {
        m
    } else {
        f64::INFINITY
    }
}

/// Partitions = max(⌈max(T ÷ p, T ÷ c)⌉, g), T = ingress MB/s, p/c =
/// per-partition produce/consume MB/s (Confluent, "How to choose the number
/// of topics/partitions in a Kafka cluster"), g = consumers one group needs
/// ([`consumers_per_group`]: a partition is read by one member of a group, so
/// a group of g needs g partitions); at least one. A pinned count
/// (`partitions=N`) is used as given.
pub fn partitions(s: &Scenario, load: &Load, a: &Assumptions) -> u64 {
    if s.partitions >= 1.0 {
        // Pinned by the user (`partitions=N`): what they run, whatever the throughput.
        return s.partitions.round() as u64;
    }
    partitions_by_throughput(load, a).max(consumers_per_group(s, load, a))
}

/// ⌈max(T ÷ p, T ÷ c)⌉, at least one (Confluent's rule alone).
fn partitions_by_throughput(load: &Load, a: &Assumptions) -> u64 {
    let t = load.ingress_bytes_per_sec / BYTES_PER_MB;
    let (p, c) = (a.get(Cap::PartProduce), a.get(Cap::PartConsume));
    whole_nodes((t / p).max(t / c), 1.0).max(1)
}

/// Consumers one consumer group needs at peak, before failure headroom:
/// ⌈peak msg/s ÷ (consumer msg/s × u)⌉. 0 in views without a consumer tier
/// (only eventual consistency and CQRS size their consumers, issue #18).
pub fn consumers_per_group(s: &Scenario, load: &Load, a: &Assumptions) -> u64 {
    if !crate::inputs::component::shown(s.view).contains(&Component::Consumer) {
        return 0;
    }
    whole_nodes(
        load.peak_msgs_per_sec,
        a.get(Cap::ConsumerMsgs) * s.util_pct / 100.0,
    )
}

pub use crate::sizing::tables::{each_table, Needs, Rates};

/// The derivation step id of a component's count (`nodes.<key>`), static so
/// a sweep never formats one.
pub fn step_id(c: Component) -> &'static str {
    match c {
        Component::Broker => "nodes.brokers",
        Component::WriteDb => "nodes.write_shards",
        Component::ReadReplica => "nodes.read_replicas",
        Component::Cache => "nodes.cache_nodes",
        Component::EventStore => "nodes.event_store_nodes",
        Component::MessageDb => "nodes.message_db_nodes",
        Component::Gateway => "nodes.gateway_servers",
        Component::ReplayWorker => "nodes.replay_workers",
        Component::Consumer => "nodes.consumers",
    }
}

/// Load names each component's derivation step uses, for "show work".
fn uses(c: Component) -> &'static [&'static str] {
    match c {
        Component::Broker => &[
            "load.peak_msgs_per_sec",
            "load.ingress_bytes_per_sec",
            "storage.retained_bytes",
            "nodes.partitions",
        ],
        Component::WriteDb => &["load.peak_msgs_per_sec", "storage.horizon_bytes"],
        Component::ReadReplica | Component::Cache => &["load.peak_reads_per_sec"],
        Component::EventStore => &[
            "load.peak_msgs_per_sec",
            "replay.replay_bytes_per_sec",
            "storage.horizon_bytes",
        ],
        Component::MessageDb => &["load.peak_msgs_per_sec", "storage.horizon_bytes"],
        Component::Gateway => &["load.online_connections"],
        Component::ReplayWorker => &["replay.rebuild_events_per_sec"],
        Component::Consumer => &["load.peak_msgs_per_sec", "nodes.partitions"],
    }
}

/// Sizes the components `want` picks (every one for an estimate, the
/// view's for a chart sweep; the rest stay 0) from their tables (see
/// [`each_table`] and [`constraint::fold`]). With a `sizing` map it also
/// records what binds each count; without one (a chart sweep) only the
/// counts are worked out ([`constraint::count`]). Replay workers are a batch pool: no failure
/// headroom and no zone multiple.
pub fn derive(
    s: &Scenario,
    r: &Rates,
    needs: &Needs,
    want: impl Fn(Component) -> bool,
    sizing: Option<&mut SizingMap>,
    w: &mut Work,
) -> Nodes {
    let Needs { load, replay, .. } = *needs;
    let a = r.a;
    let detail = sizing.is_some();
    let mut map = sizing;
    let u = r.u;
    let regions = r.regions_n;
    // Each once a point: the partition count and the consumer tier read both.
    let group = consumers_per_group(s, load, a);
    let by_throughput = partitions_by_throughput(load, a);
    let parts = if s.partitions >= 1.0 {
        s.partitions.round() as u64 // pinned, as in [`partitions`]
    } else {
        by_throughput.max(group)
    };
    w.step(
        "nodes.partitions",
        "Partitions",
        if s.partitions >= 1.0 {
            "pinned (partitions=N)"
        } else if group > 0 {
            "max(T ÷ p, T ÷ c, consumers one group needs), T = ingress MB/s"
        } else {
            "max(T ÷ p, T ÷ c), T = ingress MB/s"
        },
        &["load.ingress_bytes_per_sec"],
        || {
            let t = load.ingress_bytes_per_sec / BYTES_PER_MB;
            if s.partitions >= 1.0 {
                let need = by_throughput.max(group);
                let short = if group > parts {
                    format!("; a consumer group needs {group} members but can use only {parts}: it falls short")
                } else {
                    String::new()
                };
                return (
                    format!("set to {parts}; throughput and consumers alone would need {need}{short}"),
                    format!("{parts} partitions"),
                );
            }
            let rule = format!(
                "max({} ÷ {}, {} ÷ {})",
                num(t),
                num(a.get(Cap::PartProduce)),
                num(t),
                num(a.get(Cap::PartConsume))
            );
            if group > by_throughput {
                return (
                    format!("max({rule} = {by_throughput}, {group} consumers per group): raised so every consumer of a group has a partition"),
                    format!("{parts} partitions"),
                );
            }
            (rule, format!("{parts} partitions"))
        },
    );
    let mut nodes = Nodes {
        partitions: parts,
        ..Nodes::default()
    };
    each_table(s, r, needs, parts, group, want, |c, rows| {
        let sp = r.spread_of(c);
        let replicated = c.replicated();
        if !detail {
            // A chart sweep: counts only.
            let k = if c == Component::Broker { regions } else { 1 };
            let need = constraint::count(rows, &sp, replicated).saturating_mul(k);
            *nodes.slot(c) = s.pins.get(c).unwrap_or(need);
            return;
        }
        let mut z = constraint::fold(rows, &sp, replicated);
        // Brokers are per region: every region holds the whole stream.
        if c == Component::Broker && regions > 1 {
            z = z.times(regions);
        }
        // A pinned count (`count.<key>=N`) is what runs; the constraints'
        // count stays beside it so the estimate can say how far off it is.
        if let Some(pin) = s.pins.get(c) {
            z.need = Some(z.count);
            z.count = pin;
        }
        w.step(
            step_id(c),
            c.label(),
            "max over the constraints, each ⌈demand ÷ per-node capacity⌉ with failure headroom on throughput; × regions for brokers",
            uses(c),
            || {
                let (sub, result) = constraint::explain(rows, &sp, replicated, &z);
                let sub = if c == Component::Broker && regions > 1 {
                    format!("({sub}) × {regions} regions")
                } else {
                    sub
                };
                match z.need {
                    Some(need) => (
                        format!("{sub}; pinned to {} (count.{})", z.count, c.key()),
                        pin_verdict(z.count, need, c),
                    ),
                    None => (sub, result),
                }
            },
        );
        *nodes.slot(c) = z.count;
        if let Some(m) = map.as_deref_mut() {
            m.0[c as usize] = z;
        }
    });
    if !detail {
        return nodes; // a chart sweep reads the counts above and nothing else
    }
    // Raw counts (no headroom), kept for the seeds' worked examples.
    nodes.brokers_by_msgs = whole_nodes(load.peak_msgs_per_sec, a.get(Cap::BrokerMsgs) * u);
    nodes.brokers_by_bytes = whole_nodes(load.peak_msgs_per_sec, broker_msgs_by_bytes(s, a) * u);
    nodes.rebuild_workers =
        whole_nodes(replay.rebuild_events_per_sec, a.get(Cap::ReplayWorker) * u);
    nodes
}

/// What a pinned count is against what the constraints need, in words.
pub fn pin_verdict(pin: u64, need: u64, c: Component) -> String {
    // ASCII labels: `str::to_lowercase` would link Unicode case tables into
    // the wasm (~5 KB, docs/PERFORMANCE.md) for the same result.
    let what = c.label().to_ascii_lowercase();
    match pin.cmp(&need) {
        std::cmp::Ordering::Less => format!(
            "{pin} {what} pinned: {} short of the {need} the constraints need",
            need - pin
        ),
        std::cmp::Ordering::Greater => format!(
            "{pin} {what} pinned: {} over the {need} the constraints need",
            pin - need
        ),
        std::cmp::Ordering::Equal => {
            format!("{pin} {what} pinned: exactly what the constraints need")
        }
    }
}

/// Raw demand per component: peak load ÷ one node's rated capacity, no
/// headroom (what the bottleneck rule ranks). Only estimates need it, so a
/// chart sweep never builds the list.
pub fn demand(s: &Scenario, a: &Assumptions, load: &Load, replay: &Replay) -> Vec<Demand> {
    let by_bytes = broker_msgs_by_bytes(s, a);
    Component::ALL
        .iter()
        .map(|c| {
            let units = match c {
                Component::Broker => load.peak_msgs_per_sec / a.get(Cap::BrokerMsgs).min(by_bytes),
                Component::WriteDb => load.peak_msgs_per_sec / a.get(Cap::WritePrimary),
                Component::ReadReplica => {
                    load.peak_reads_per_sec * (1.0 - a.get(Cap::CacheHit) / 100.0)
                        / a.get(Cap::ReadReplica)
                }
                Component::Cache => load.peak_reads_per_sec / a.get(Cap::CacheOps),
                Component::EventStore => {
                    load.peak_msgs_per_sec / a.get(Cap::EsWrites)
                        + replay.replay_bytes_per_sec / (a.get(Cap::EsReadMbps) * BYTES_PER_MB)
                }
                Component::MessageDb => load.peak_msgs_per_sec / a.get(Cap::DbBatched),
                Component::Gateway => load.online_connections / a.get(Cap::GatewayConns),
                Component::ReplayWorker => {
                    (replay.replay_events_per_sec + replay.rebuild_events_per_sec)
                        / a.get(Cap::ReplayWorker)
                }
                Component::Consumer => load.peak_msgs_per_sec * s.fanout / a.get(Cap::ConsumerMsgs),
            };
            Demand {
                component: *c,
                node_units: if units.is_finite() {
                    units.max(0.0)
                } else {
                    0.0
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::pin_verdict;
    use crate::inputs::component::Component;

    /// `pin_verdict` lower-cases labels as ASCII; a non-ASCII label would need
    /// `str::to_lowercase` again.
    #[test]
    fn verdicts_lower_case_every_label() {
        for c in Component::ALL {
            assert!(c.label().is_ascii(), "{}", c.label());
            let v = pin_verdict(1, 3, c);
            assert!(v.contains(&c.label().to_lowercase()), "{v}");
        }
    }
}
