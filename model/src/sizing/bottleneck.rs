//! The bottleneck rule and the "traffic grows 10×" answer.
//!
//! **Rule.** Among the view's candidate components (stateful, on the critical
//! path: see [`crate::inputs::component::candidates`]), the first bottleneck is the
//! one with the highest raw demand in node units (peak load ÷ one node's rated
//! capacity). Every demand grows linearly with users, so this is also the one
//! that outgrows a single node at the lowest user count:
//! `users × util ÷ demand`. Ties go to the earlier candidate (the seed's own
//! order).
//!
//! The "traffic grows 10×" answer built on this rule is in
//! [`crate::report::tenx`].

use crate::common::format::{count, int, times};
use crate::inputs::component::{candidates, Component};
use crate::inputs::params::Param;
use crate::inputs::scenario::Scenario;
use crate::sizing::cost::PlatformBill;
use crate::sizing::nodes::{Demand, SizingMap};
use serde::{Deserialize, Serialize};

/// One candidate's standing.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pressure {
    /// Which component.
    pub component: Component,
    /// Peak load ÷ one node's rated capacity.
    pub node_units: f64,
    /// Users at which one node of it reaches the target utilisation; absent
    /// when that is beyond the model's range (10^10 users) or there is no load.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outgrows_one_node_at_users: Option<f64>,
}

impl Pressure {
    /// One line for the ranking: "Brokers: 192× one node's rated capacity at
    /// peak; outgrows one node at ~3.65K users".
    pub fn standing(&self) -> String {
        let when = match self.outgrows_one_node_at_users {
            Some(u) => format!("outgrows one node at ~{} users", count(u)),
            None if self.node_units > 0.0 => {
                "one node is enough up to 10 billion users".to_string()
            }
            None => "no load here".to_string(),
        };
        format!(
            "{}: {} one node's rated capacity at peak; {when}",
            self.component.label(),
            times(self.node_units)
        )
    }
}

/// What breaks first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bottleneck {
    /// The first component to need more nodes.
    pub component: Component,
    /// Its name.
    pub label: String,
    /// Why, in one sentence with numbers.
    pub reason: String,
    /// Its first scaling move.
    pub first_move: String,
    /// The traffic sentence of `reason` alone (who carries the most load and
    /// when one node fills), kept so a platform can restate the reason.
    #[serde(skip)]
    pub traffic: String,
    /// All candidates, most pressed first.
    pub ranking: Vec<Pressure>,
}

/// Applies the rule to a demand list; `sizing` says what binds each count, so
/// the reason and the first move name the lever that works (a storage-bound
/// tier is not helped by a bigger instance).
pub fn decide(s: &Scenario, demand: &[Demand], sizing: &SizingMap) -> Bottleneck {
    let u = s.util_pct / 100.0;
    let mut ranking: Vec<Pressure> = candidates(s.view)
        .iter()
        .map(|c| {
            let units = demand
                .iter()
                .find(|d| d.component == *c)
                .map_or(0.0, |d| d.node_units);
            let at = Some(s.users * u / units)
                .filter(|x| units > 0.0 && x.is_finite() && *x <= Param::Users.spec().max);
            Pressure {
                component: *c,
                node_units: units,
                outgrows_one_node_at_users: at,
            }
        })
        .collect();
    // Stable sort keeps the seed's order on ties.
    crate::common::order::sort_small_by(&mut ranking, |a, b| a.node_units > b.node_units);
    let top = ranking.first().cloned().unwrap_or(Pressure {
        component: Component::Broker,
        node_units: 0.0,
        outgrows_one_node_at_users: None,
    });
    let bound = bound_by_holding(top.component, sizing);
    let traffic = if let Some(at) = top.outgrows_one_node_at_users {
        format!(
            "{} need {} one node's rated capacity at peak, more than any other stateful component here; a single node reaches {} at about {} users.",
            top.component.label(),
            times(top.node_units),
            crate::common::format::percent(s.util_pct),
            count(at)
        )
    } else if top.node_units > 0.0 {
        format!(
            "{} carry the most load here, though one node is enough within the model's range.",
            top.component.label()
        )
    } else {
        format!(
            "{} is the first to grow once load arrives; at this load nothing is pressed.",
            top.component.label()
        )
    };
    let (reason, first_move) = match bound {
        Some(b) => (
            format!(
                "{} are bound by {}, not by traffic: {} of them to {}, {} the {} the peak traffic needs. {}",
                top.component.label(),
                b.what,
                int(b.count),
                b.holding,
                times(b.count as f64 / b.traffic.max(1) as f64),
                int(b.traffic),
                traffic
            ),
            b.levers.to_string(),
        ),
        None => (traffic.clone(), top.component.first_move().to_string()),
    };
    Bottleneck {
        component: top.component,
        label: top.component.label().to_string(),
        reason,
        first_move,
        traffic,
        ranking,
    }
}

/// The first move in the platform's own words when the broker tier, on a
/// platform that is not self-run Kafka brokers, is the first bottleneck
/// (`inputs/platform_moves.rs`): add shards, raise TUs or eCKUs, or, when a
/// hard limit binds, where to move. Kafka-broker options keep `b` as it is.
pub fn on_platform(mut b: Bottleneck, bill: &PlatformBill) -> Bottleneck {
    if b.component == Component::Broker {
        if let Some(m) = broker_move(bill) {
            b.first_move = m;
            // What binds the model's own brokers (disk, partition replicas)
            // is not this platform's story: say what it runs as instead.
            let limit = if bill.limit.is_empty() {
                String::new()
            } else {
                format!(", and it hits its limit of {}", bill.limit)
            };
            let plural = if bill.units == 1 { "" } else { "s" };
            b.reason = format!(
                "The stream runs on {} as {} {}{plural}{limit}. {}",
                bill.name,
                int(bill.units),
                bill.unit_label,
                b.traffic
            );
        }
    }
    b
}

/// The broker tier's first move on the platform `bill` runs it on, or
/// `None` on Kafka brokers (then [`Component::first_move`] holds).
pub fn broker_move(bill: &PlatformBill) -> Option<String> {
    crate::inputs::platform_moves::first_move(bill.id, bill.name, &bill.limit, &bill.note)
}

/// A count set by what a tier must hold (bytes, memory, partitions) rather
/// than by the traffic it serves.
struct Holding {
    /// The binding constraint, in words.
    what: &'static str,
    /// What the nodes hold, in words.
    holding: &'static str,
    /// Nodes that constraint needs.
    count: u64,
    /// Nodes the busiest throughput constraint needs.
    traffic: u64,
    /// The moves that work when this binds.
    levers: &'static str,
}

/// Throughput constraint keys of every table (`sizing/tables.rs`): the rows a
/// bigger or extra node helps by serving more.
const TRAFFIC_ROWS: [&str; 12] = [
    "msgs",
    "ingress",
    "egress",
    "disk_write",
    "catchup",
    "network_out",
    "writes",
    "reads",
    "ops",
    "work",
    "connections",
    "events",
];

/// Whether `c`'s count is bound by what it holds, and how far that is above
/// what its traffic needs. Only when the holding row is strictly larger: on a
/// tie the traffic story is just as true.
fn bound_by_holding(c: Component, sizing: &SizingMap) -> Option<Holding> {
    let z = sizing.of(c);
    let traffic =
        z.by.iter()
            .filter(|(k, _)| TRAFFIC_ROWS.contains(k))
            .map(|(_, n)| n)
            .max()
            .unwrap_or(0);
    let count = z.by.get(z.binding)?;
    if count <= traffic {
        return None;
    }
    let (what, holding, levers) = match (c, z.binding) {
        (Component::Broker, "storage") => (
            "storage",
            "keep the retained bytes on broker disks",
            "Cut what brokers keep on disk: shorter retention, tiered storage (`tiered`: keep hours locally, the rest in object storage), compression, or more disk per broker. A bigger instance type changes nothing here: MSK caps storage per broker at 16 TiB whatever its size.",
        ),
        (Component::Broker, "recovery") => (
            "the recovery target",
            "each hold little enough that a lost broker's share is copied within `rto`",
            "Each extra broker holds less, so its replacement copies less. Or raise the re-replication throttle (`cap.recovery_mbps`), keep less on broker disks (tiered storage, shorter retention), or relax `rto`.",
        ),
        (Component::Broker, "partitions") => (
            "partition replicas",
            "host every partition replica",
            "Use fewer partitions, or a larger broker size, which MSK rates for more partition replicas per broker.",
        ),
        (Component::EventStore, "storage") => (
            "storage",
            "keep every event over the planning horizon",
            "Cut what the event store keeps on its disks: archive old events to object storage, compress, shorten the planning horizon, or give each node more disk. More CPU per node changes nothing here.",
        ),
        (Component::WriteDb | Component::MessageDb, "storage") => (
            "storage",
            "keep every row over the planning horizon",
            "Archive or expire old rows, compress, shorten the planning horizon, or give each instance more storage. A bigger instance class changes nothing here.",
        ),
        (Component::Cache, "memory") => (
            "memory",
            "hold the hot set in memory",
            "Use cache nodes with more memory, or keep a shorter hot window; more ops per node changes nothing here.",
        ),
        _ => return None,
    };
    Some(Holding {
        what,
        holding,
        count,
        traffic,
        levers,
    })
}

#[cfg(test)]
mod tests {
    use crate::inputs::scenario::{Assumptions, Scenario};
    use crate::Estimate;

    fn first_move(platform: &str, s: &Scenario) -> String {
        let mut a = Assumptions::default();
        assert!(a.set_platform(platform), "{platform}");
        let e = Estimate::numbers(s, &a);
        assert_eq!(e.bottleneck.component.id(), "broker", "{platform}");
        e.bottleneck.first_move
    }

    #[test]
    fn the_broker_tiers_first_move_speaks_the_platforms_unit() {
        // A day's retention: the Kafka brokers are bound by traffic, not disk.
        let day = Scenario {
            retention_days: 1.0,
            ..Scenario::hundred_mbps()
        };
        for id in ["msk-standard", "ec2-kafka", "msk-express"] {
            let m = first_move(id, &day);
            assert!(m.starts_with("Add broker nodes"), "{id}: {m}");
        }
        let s = Scenario::hundred_mbps();
        // The week's retention binds MSK's disks; that lever stays on Kafka.
        assert!(first_move("msk-standard", &s).starts_with("Cut what brokers keep on disk"));
        for (id, word) in [
            ("kinesis-provisioned", "Add shards"),
            ("kinesis-ondemand", "partition keys"),
            ("confluent-enterprise", "eCKUs"),
            ("gcp-kafka", "vCPUs"),
            ("warpstream", "agents"),
            ("redpanda-serverless", "partitions"),
            ("event-hubs-premium", "processing units"),
        ] {
            let m = first_move(id, &s);
            assert!(m.contains(word), "{id}: {m}");
        }
        // A hard limit binds: the move is the way out, not "add more".
        let big = Scenario {
            users: 300.0,
            ..Scenario::hundred_mbps()
        };
        let m = first_move("msk-serverless", &big);
        assert!(
            m.starts_with("Amazon MSK Serverless allows at most 200 MB/s of ingress per cluster: move to MSK Provisioned"),
            "{m}"
        );
        assert_eq!(
            first_move("event-hubs-standard", &s),
            "Azure Event Hubs Standard allows at most 40 TUs per namespace: move to Event Hubs Premium (processing units) or Dedicated, or spread the stream over namespaces."
        );
        // A quota to raise: Kinesis past 20,000 shards.
        let huge = Scenario {
            users: 30_000.0,
            ..Scenario::hundred_mbps()
        };
        let m = first_move("kinesis-provisioned", &huge);
        assert!(m.starts_with("Ask for a quota increase (needs"), "{m}");
        // The reason says what the tier runs as, not "bound by storage".
        let mut a = Assumptions::default();
        assert!(a.set_platform("kinesis-provisioned"));
        let r = Estimate::numbers(&s, &a).bottleneck.reason;
        assert!(
            r.starts_with(
                "The stream runs on Amazon Kinesis Data Streams (provisioned) as 143 shards."
            ),
            "{r}"
        );
    }
}
