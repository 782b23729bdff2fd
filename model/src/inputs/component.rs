//! The components the model sizes, and which of them matter in each view.

use crate::inputs::scenario::View;
use serde::{Deserialize, Serialize};

/// A sized component.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Component {
    /// Message broker (Kafka-style).
    Broker,
    /// Write-model database primary (sharded).
    WriteDb,
    /// Read-model replica.
    ReadReplica,
    /// Cache node.
    Cache,
    /// Event-store node.
    EventStore,
    /// Message-store DB instance (written asynchronously, batched).
    MessageDb,
    /// Connection gateway server.
    Gateway,
    /// Replay / projection worker.
    ReplayWorker,
    /// Consumer instance of a consumer group: the consuming services of
    /// eventual consistency, CQRS projectors (issue #18).
    Consumer,
}

impl Component {
    /// All nine, in the order of [`crate::sizing::nodes::Nodes`].
    pub const ALL: [Component; 9] = [
        Component::Broker,
        Component::WriteDb,
        Component::ReadReplica,
        Component::Cache,
        Component::EventStore,
        Component::MessageDb,
        Component::Gateway,
        Component::ReplayWorker,
        Component::Consumer,
    ];

    /// Singular name in links (`profile.<id>`, `price.<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Component::Broker => "broker",
            Component::WriteDb => "write_db",
            Component::ReadReplica => "read_replica",
            Component::Cache => "cache",
            Component::EventStore => "event_store",
            Component::MessageDb => "message_db",
            Component::Gateway => "gateway",
            Component::ReplayWorker => "replay_worker",
            Component::Consumer => "consumer",
        }
    }

    /// Whether its nodes hold replicated state, so a zone layout needs an
    /// equal number in every zone (a multiple of the zone count). Gateways
    /// and workers are stateless pools behind a balancer.
    pub fn replicated(self) -> bool {
        !matches!(
            self,
            Component::Gateway | Component::ReplayWorker | Component::Consumer
        )
    }

    /// Name on screen.
    pub fn label(self) -> &'static str {
        match self {
            Component::Broker => "Brokers",
            Component::WriteDb => "Write DB shards",
            Component::ReadReplica => "Read replicas",
            Component::Cache => "Cache nodes",
            Component::EventStore => "Event-store nodes",
            Component::MessageDb => "Message DB instances",
            Component::Gateway => "Gateway servers",
            Component::ReplayWorker => "Replay workers",
            Component::Consumer => "Consumers",
        }
    }

    /// Key in JSON and CSV (`nodes.<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Component::Broker => "brokers",
            Component::WriteDb => "write_shards",
            Component::ReadReplica => "read_replicas",
            Component::Cache => "cache_nodes",
            Component::EventStore => "event_store_nodes",
            Component::MessageDb => "message_db_nodes",
            Component::Gateway => "gateway_servers",
            Component::ReplayWorker => "replay_workers",
            Component::Consumer => "consumers",
        }
    }

    /// Whether growing it moves data (re-partitioning, resharding,
    /// rebalancing). Stateless workers scale by adding instances behind a
    /// balancer, so they are never "the bottleneck" in the seeds' sense.
    pub fn stateful(self) -> bool {
        !matches!(self, Component::ReplayWorker | Component::Consumer)
    }

    /// The first move when this component runs out, from the seeds' scaling lists.
    pub fn first_move(self) -> &'static str {
        match self {
            Component::Broker => "Add broker nodes and spread topics over more partitions so the new brokers share the load (seeds 000, 003).",
            Component::WriteDb => "Shard the write database by user or domain; a single primary cannot take 10× the writes (seed 001).",
            Component::ReadReplica => "Add read replicas and raise the cache hit ratio (seed 001).",
            Component::Cache => "Add cache nodes and shard the cache by key (seed 001).",
            Component::EventStore => "Add event-store nodes, shard streams by aggregate, and snapshot to cut replay reads (seeds 002, 004).",
            Component::MessageDb => "Batch message writes and shard the message store; keep it off the delivery path (seed 003).",
            Component::Gateway => "Add gateway servers behind the load balancer to spread connections (seed 003).",
            Component::ReplayWorker => "Add replay workers and throttle replays (seed 004).",
            Component::Consumer => "Add consumer instances, up to one per partition in each group; past that, add partitions first (Kafka consumer groups: a partition is read by one member of a group).",
        }
    }
}

/// Components shown in a view, most central first.
pub fn shown(view: View) -> &'static [Component] {
    use Component::*;
    match view {
        View::Eventual => &[Broker, Consumer, Cache],
        View::Cqrs => &[WriteDb, ReadReplica, Cache, Broker, Consumer],
        View::Sourcing => &[EventStore, Broker, ReadReplica, ReplayWorker],
        View::Messaging => &[Broker, Gateway, MessageDb, Cache],
        View::Replay => &[EventStore, ReplayWorker, Broker, ReadReplica],
    }
}

/// Components that can be a view's *first bottleneck*: the stateful ones on
/// that pattern's critical path, as each seed analyses it.
///
/// * eventual (000): the broker is the bus every change crosses.
/// * cqrs (001): write DB, read replicas (behind the cache), cache, broker.
/// * sourcing (002) and replay (004): the event store and the broker.
/// * messaging (003): delivery, i.e. brokers and gateways. The message store is
///   written asynchronously off the delivery path (seed 003: "decouple message
///   storage from delivery"), so it is sized but never the delivery bottleneck.
pub fn candidates(view: View) -> &'static [Component] {
    use Component::*;
    match view {
        View::Eventual => &[Broker],
        View::Cqrs => &[WriteDb, ReadReplica, Cache, Broker],
        View::Sourcing => &[EventStore, Broker, ReadReplica],
        View::Messaging => &[Broker, Gateway],
        View::Replay => &[EventStore, Broker, ReadReplica],
    }
}
