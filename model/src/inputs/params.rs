//! The one table of every input's name, range, default, unit and help text.
//!
//! Share links, the CLI, the sliders and the README all read their keys from
//! here, so a parameter can never be spelt two ways.

use crate::inputs::drill::{RTO_DEFAULT_H, RTO_SOURCE};
use serde::{Deserialize, Serialize};

pub use crate::inputs::unit::Unit;

/// How a slider maps its position to a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Scale {
    /// Even steps.
    Linear,
    /// Even steps in log10 of the value.
    Log,
    /// Log, with the leftmost position meaning 0 ("off").
    LogOrZero,
}

/// Everything there is to know about one input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spec {
    /// Name in links and on the CLI.
    pub key: &'static str,
    /// Label on screen.
    pub label: &'static str,
    /// Unit used to show it.
    pub unit: Unit,
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// Slider's left end (the number field still accepts `min`).
    pub slider_min: f64,
    /// Slider's right end (the number field still accepts `max`).
    pub slider_max: f64,
    /// Default value.
    pub default: f64,
    /// Slider mapping.
    pub scale: Scale,
    /// Whole numbers only (rounded when decoded).
    pub integer: bool,
    /// What it means, with its unit: the info tip.
    pub help: &'static str,
    /// Where the default comes from (assumptions carry a citation).
    pub source: &'static str,
}

impl Spec {
    /// Clamps into `[min, max]`, rounds integers, and maps NaN to the default.
    /// Returns the value used and whether it had to change.
    pub fn clamp(&self, v: f64) -> (f64, bool) {
        if v.is_nan() {
            return (self.default, true);
        }
        let mut out = v.clamp(self.min, self.max);
        if self.integer {
            out = out.round();
        }
        (out, out != v)
    }
}

macro_rules! keyed_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident),* $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($(#[$vm])* $var),* }
        impl $name {
            /// Every variant, in display order.
            pub const ALL: &'static [$name] = &[$($name::$var),*];
            /// The variant whose key is `key`.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|p| p.spec().key == key)
            }
        }
    };
}

keyed_enum!(
    /// A scenario input.
    Param {
        /// Total users.
        Users,
        /// Actions per user per second.
        Rate,
        /// Message or event size in bytes.
        Size,
        /// Share of actions that are writes, %.
        Write,
        /// Peak-to-average factor.
        Peak,
        /// Replication factor.
        Rf,
        /// Consumer groups reading each event.
        Fanout,
        /// Retention in days.
        Retention,
        /// Compression ratio.
        Compress,
        /// Target utilisation, %.
        Util,
        /// Users connected at once, %.
        Online,
        /// Events per snapshot; 0 = off.
        Snap,
        /// Events per aggregate stream.
        Stream,
        /// Replays per second.
        Replays,
        /// Target hours to rebuild a projection.
        Rebuild,
        /// Latency target, ms.
        Slo,
        /// Number of regions.
        Regions,
        /// Availability zones per region.
        Az,
        /// Planning horizon for stores that keep everything, months.
        Horizon,
        /// Hours kept on broker disks with tiered storage; 0 = tiered storage off.
        Tiered,
        /// Consumers fetch from the nearest replica (KIP-392): 1 = on.
        FollowerFetch,
        /// Partitions before replication, pinned; 0 = derived from throughput.
        Partitions,
        /// Hours the time-and-failure simulation covers.
        Window,
        /// Hours allowed to re-replicate a lost broker's data; 0 = no recovery row.
        Rto,
    }
);

keyed_enum!(
    /// A per-node capacity or planning assumption (`cap.<key>` in links).
    Cap {
        /// Broker messages per second.
        BrokerMsgs,
        /// Broker MB/s (disk write and network out, each).
        BrokerMbps,
        /// Produce MB/s one partition sustains.
        PartProduce,
        /// Consume MB/s one partition sustains.
        PartConsume,
        /// Write-primary writes per second.
        WritePrimary,
        /// Read-replica queries per second.
        ReadReplica,
        /// Cache operations per second.
        CacheOps,
        /// Share of reads served by the cache, %.
        CacheHit,
        /// Event-store node appends per second.
        EsWrites,
        /// Event-store node sequential read MB/s.
        EsReadMbps,
        /// Batched DB instance writes per second (message store).
        DbBatched,
        /// Connections per gateway server.
        GatewayConns,
        /// Events per second one replay worker applies.
        ReplayWorker,
        /// Messages per second one consumer instance processes.
        ConsumerMsgs,
        /// Seconds until a lost node is detected (fenced).
        DetectS,
        /// Milliseconds to elect a new leader, per partition.
        ElectionMs,
        /// Minutes until a replacement node joins.
        ReplaceMin,
        /// MB/s a replacement broker is re-replicated at (the throttle).
        RecoveryMbps,
        /// Seconds a database primary takes to fail over.
        DbFailoverS,
        /// Share of consumer groups reading history from disk, %.
        CatchupPct,
        /// Least regret's weight of a dollar of capacity short (× a dollar spent).
        RegretUnder,
        /// Round trip inside a region, ms.
        RttLocal,
        /// Round trip between regions, ms.
        RttCross,
        /// Broker disk write MB/s (the volume and the instance's EBS link).
        BrokerDiskMbps,
        /// Usable disk per broker, GB.
        BrokerDiskGb,
        /// Partition replicas one broker should hold.
        BrokerPartitions,
        /// Highest share of a disk that data may fill, %.
        DiskFill,
        /// Memory per cache node, GB.
        CacheMemGb,
        /// Hours of newest writes the cache keeps hot.
        HotHours,
        /// Disk per database instance (write DB, message DB), GB.
        DbDiskGb,
        /// Disk per event-store node, GB.
        EsDiskGb,
        /// Broker $/hour.
        PriceBroker,
        /// Write-DB instance $/hour.
        PriceWriteDb,
        /// Read-replica $/hour.
        PriceReadReplica,
        /// Cache node $/hour.
        PriceCache,
        /// Event-store node $/hour.
        PriceEventStore,
        /// Message-DB instance $/hour.
        PriceMessageDb,
        /// Gateway server $/hour.
        PriceGateway,
        /// Replay worker $/hour.
        PriceReplayWorker,
        /// Consumer instance $/hour.
        PriceConsumer,
        /// Block storage $/GB-month.
        PriceBlockGbMonth,
        /// Broker storage $/GB-month (MSK's own rate, or gp3 when self-managed).
        PriceBrokerGbMonth,
        /// Object storage $/GB-month (tiered storage).
        PriceObjectGbMonth,
        /// Cross-zone transfer $/GB, each way.
        PriceCrossAzGb,
        /// Cross-region transfer $/GB.
        PriceCrossRegionGb,
    }
);

/// Link prefix of per-node capacities.
pub const CAP_PREFIX: &str = "cap.";
/// Link prefix of unit prices.
pub const PRICE_PREFIX: &str = "price.";

impl Cap {
    /// Whether this row is a price (`price.<key>` in links) rather than a capacity (`cap.<key>`).
    pub fn is_price(self) -> bool {
        self.spec().unit == Unit::Dollars
    }

    /// The full link key: `cap.broker_msgs`, `price.broker`.
    pub fn link_key(self) -> String {
        let prefix = if self.is_price() {
            PRICE_PREFIX
        } else {
            CAP_PREFIX
        };
        format!("{prefix}{}", self.spec().key)
    }

    /// The row whose full link key is `key`.
    pub fn from_link_key(key: &str) -> Option<Cap> {
        Cap::ALL.iter().copied().find(|c| c.link_key() == key)
    }
}

// A table row: the argument list *is* the table's columns.
#[allow(clippy::too_many_arguments)]
pub(crate) const fn spec(
    key: &'static str,
    label: &'static str,
    unit: Unit,
    range: (f64, f64),
    slider: (f64, f64),
    default: f64,
    scale: Scale,
    integer: bool,
    help: &'static str,
    source: &'static str,
) -> Spec {
    Spec {
        key,
        label,
        unit,
        min: range.0,
        max: range.1,
        slider_min: slider.0,
        slider_max: slider.1,
        default,
        scale,
        integer,
        help,
        source,
    }
}

pub(crate) const SEED000: &str = "seed 000 worked example";
/// Capacities and prices that each component's instance profile sets.
pub const PROFILE_SOURCE: &str = "the component's instance profile (see model/src/inputs/profiles.rs for each profile's source and date)";

impl Param {
    /// This input's row in the table.
    pub fn spec(self) -> Spec {
        use Scale::*;
        use Unit::*;
        match self {
            Param::Users => spec("users", "Users", Count, (1.0, 1e10), (100.0, 1e8), 1e6, Log, true,
                "Total users of the system. Load scales linearly with this.", SEED000),
            Param::Rate => spec("rate", "Actions per user", PerUserSec, (1e-6, 1e4), (1e-4, 100.0), 10.0, Log, false,
                "Actions (messages, requests) each user makes per second, on average. 100 per day = 0.001157/s.",
                "seed 000: 10 messages per user per second"),
            Param::Size => spec("size", "Message size", Bytes, (1.0, 1e8), (100.0, 1e6), 1000.0, Log, true,
                "Bytes per message or event on the wire, before compression.", "seeds 000–004: 1 KB"),
            Param::Write => spec("write", "Write ratio", Percent, (0.0, 100.0), (0.0, 100.0), 100.0, Linear, false,
                "Share of actions that are writes: the events that go through the broker and event store. The rest are reads on the read side.",
                "seed 000: every message crosses the broker"),
            Param::Peak => spec("peak", "Peak factor", Factor, (1.0, 100.0), (1.0, 20.0), 1.0, Log, false,
                "Peak-to-average traffic ratio. Nodes are sized for the peak; storage grows with the average.",
                "seeds size for the average (1×)"),
            Param::Rf => spec("rf", "Replication factor", Count, (1.0, 7.0), (1.0, 7.0), 3.0, Linear, true,
                "Copies of each message the broker keeps. 3 is Kafka's usual production setting.",
                "Kafka documentation: replication factor 3 for production"),
            Param::Fanout => spec("fanout", "Fan-out", Count, (1.0, 1000.0), (1.0, 100.0), 1.0, Log, true,
                "Consumer groups (services or projections) that read every event.", "seed 000: one consumer"),
            Param::Retention => spec("retention", "Retention", Days, (0.01, 36500.0), (0.1, 3650.0), 7.0, Log, false,
                "Days events are kept before deletion or archival.", "Kafka default log.retention.hours = 168 (7 days)"),
            Param::Compress => spec("compress", "Compression", Factor, (1.0, 50.0), (1.0, 20.0), 1.0, Log, false,
                "Stored size = raw size ÷ this ratio. 1 means no compression.", "no compression"),
            Param::Util => spec("util", "Target utilisation", Percent, (10.0, 95.0), (10.0, 95.0), 70.0, Linear, false,
                "How full each node may run at peak. Lower means more headroom and lower queueing delay.",
                "common 70 % headroom rule; queueing delay rises sharply beyond it"),
            Param::Online => spec("online", "Online users", Percent, (0.01, 100.0), (0.1, 100.0), 10.0, Log, false,
                "Share of users holding a live connection at once (real-time messaging).",
                "planning assumption: 10 % concurrently connected"),
            Param::Snap => spec("snap", "Snapshot every", Count, (0.0, 1e7), (0.0, 1e5), 0.0, LogOrZero, true,
                "Events between aggregate snapshots. 0 turns snapshots off.", "off by default"),
            Param::Stream => spec("stream", "Events per stream", Count, (1.0, 1e8), (1.0, 1e6), 1000.0, Log, true,
                "Events in one aggregate's stream: what a replay reads without snapshots.",
                "seed 004: 1 MB replay of 1 KB events"),
            Param::Replays => spec("replays", "Replays", EventsPerSec, (0.0, 1e7), (0.0, 1e5), 10.0, LogOrZero, false,
                "Aggregate replays per second (each reads one stream).", "seed 004 uses 1K/s at 1M users"),
            Param::Rebuild => spec("rebuild", "Rebuild target", Hours, (0.01, 8760.0), (0.1, 720.0), 24.0, Log, false,
                "Hours allowed to rebuild a projection from the full retained history.", "planning assumption: one day"),
            Param::Slo => spec("slo", "Latency SLO", Millis, (1.0, 600_000.0), (10.0, 10_000.0), 200.0, Log, false,
                "p99 delivery and consistency-lag target in milliseconds.", "seed 003: < 200 ms at 1M users"),
            Param::Regions => spec("regions", "Regions", Count, (1.0, 20.0), (1.0, 10.0), 1.0, Linear, true,
                "Regions holding a full copy of the stream. Each extra region adds cross-region traffic and RTT.",
                "single region"),
            Param::Az => spec("az", "Availability zones", Count, (1.0, 6.0), (1.0, 6.0), 3.0, Linear, true,
                "Zones each region spreads its nodes over. Replicated tiers get a multiple of this count, and zone failure tolerance keeps peak on the other zones.",
                "AWS MSK: brokers spread evenly over 2 or 3 AZs; 3 is the production recommendation (MSK developer guide, 2026)"),
            Param::Horizon => spec("horizon", "Planning horizon", Months, (1.0, 120.0), (1.0, 60.0), 12.0, Linear, true,
                "Months of growth to size for in stores that keep every event: the event store, the write DB of commands and the message DB.",
                "planning assumption: one year, the usual budgeting period"),
            Param::Tiered => spec("tiered", "Tiered storage, local hours", Hours, (0.0, 87_600.0), (1.0, 8_760.0), 0.0, LogOrZero, false,
                "With tiered storage on, brokers keep this many hours on local disk and the rest of the retention in object storage. 0 = off, as in Kafka.",
                "Kafka KIP-405: remote.storage.enable=false by default; MSK tiered storage needs a topic retention of at least 3 days and local retention below it (MSK developer guide, tiered storage topic-level configuration, read 2026-12-01)"),
            Param::Partitions => spec("partitions", "Partitions", Count, (0.0, 1e6), (0.0, 1e5), 0.0, LogOrZero, true,
                "Partitions of the stream before replication, as you run them. 0 = derived from throughput (the larger of ingress ÷ produce MB/s and ingress ÷ consume MB/s per partition).",
                "0 = derived (Confluent, 'How to choose the number of partitions')"),
            Param::Window => spec("window", "Simulated window", Hours, (1.0, 168.0), (1.0, 168.0), 24.0, Log, false,
                "Hours of traffic the time-and-failure simulation covers, from minute 0: one day by default, up to 7 days.",
                "one day: the diurnal cycle (issue #18); 7 days is the longest window the simulation budget covers"),
            Param::Rto => spec("rto", "Recovery target", Hours, (0.0, 720.0), (0.1, 168.0), RTO_DEFAULT_H, LogOrZero, false,
                "Hours allowed to copy a lost broker's data to its replacement while peak traffic flows. Adds a 'recovery' row to the broker table. 0 = no recovery row.",
                RTO_SOURCE),
            Param::FollowerFetch => spec("ffetch", "Follower fetching", Toggle, (0.0, 1.0), (0.0, 1.0), 0.0, Linear, true,
                "Consumers read from a replica in their own zone (Kafka KIP-392, client.rack), which removes consumer cross-zone traffic. Off by default, as in Kafka.",
                "Kafka KIP-392: replica.selector.class defaults to leader-only fetching"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_defaults_in_range() {
        // Link keys: a price may share its short key with a capacity (`read_replica`).
        let mut keys: Vec<String> = Param::ALL
            .iter()
            .map(|p| p.spec().key.to_string())
            .collect();
        keys.extend(Cap::ALL.iter().map(|c| c.link_key()));
        let n = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), n, "duplicate key");
        for s in Param::ALL
            .iter()
            .map(|p| p.spec())
            .chain(Cap::ALL.iter().map(|c| c.spec()))
        {
            assert!(s.min <= s.default && s.default <= s.max, "{}", s.key);
            assert!(s.min <= s.slider_min && s.slider_max <= s.max, "{}", s.key);
            assert!(!s.help.is_empty() && !s.source.is_empty(), "{}", s.key);
        }
    }

    #[test]
    fn clamp_rules() {
        let rf = Param::Rf.spec();
        assert_eq!(rf.clamp(2.6), (3.0, true));
        assert_eq!(rf.clamp(99.0), (7.0, true));
        assert_eq!(rf.clamp(f64::NAN), (3.0, true));
        assert_eq!(rf.clamp(3.0), (3.0, false));
        assert_eq!(Param::Users.spec().clamp(f64::INFINITY), (1e10, true));
        assert_eq!(Param::Users.spec().clamp(f64::NEG_INFINITY), (1.0, true));
    }

    #[test]
    fn from_key_round_trips() {
        for p in Param::ALL {
            assert_eq!(Param::from_key(p.spec().key), Some(*p));
        }
        for c in Cap::ALL {
            assert_eq!(Cap::from_link_key(&c.link_key()), Some(*c));
        }
        assert_eq!(
            Cap::from_link_key("price.read_replica"),
            Some(Cap::PriceReadReplica)
        );
        assert_eq!(
            Cap::from_link_key("cap.read_replica"),
            Some(Cap::ReadReplica)
        );
        assert_eq!(Param::from_key("nope"), None);
    }
}
