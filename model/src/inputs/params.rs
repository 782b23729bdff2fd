//! The one table of every input's name, range, default, unit and help text.
//!
//! Share links, the CLI, the sliders and the README all read their keys from
//! here, so a parameter can never be spelt two ways.

use crate::common::format;
use serde::{Deserialize, Serialize};

/// How a value is shown to people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    /// A plain count with an SI suffix (users, events).
    Count,
    /// Per second, per user.
    PerUserSec,
    /// Bytes.
    Bytes,
    /// Percent, 0–100.
    Percent,
    /// A multiplier (×).
    Factor,
    /// Days.
    Days,
    /// Hours.
    Hours,
    /// Milliseconds.
    Millis,
    /// Messages or operations per second.
    OpsPerSec,
    /// Megabytes per second.
    MegabytesPerSec,
    /// Events per second.
    EventsPerSec,
    /// Months (planning horizon).
    Months,
    /// Decimal gigabytes (disk, memory).
    Gigabytes,
    /// US dollars (a unit price).
    Dollars,
    /// Off (0) or on (1).
    Toggle,
}

impl Unit {
    /// The value as a person reads it: `1.2M`, `1 KB`, `35 %`.
    pub fn show(self, v: f64) -> String {
        match self {
            Unit::Count => format::count(v),
            Unit::PerUserSec => format!("{}/s", format::num(v)),
            Unit::Bytes => format::bytes(v),
            Unit::Percent => format::percent(v),
            Unit::Factor => format!("{}×", format::num(v)),
            Unit::Days => format!("{} d", format::num(v)),
            Unit::Hours => format!("{} h", format::num(v)),
            Unit::Millis => format::millis(v),
            Unit::OpsPerSec => format::rate(v, "ops/s"),
            Unit::MegabytesPerSec => format!("{} MB/s", format::num(v)),
            Unit::EventsPerSec => format::rate(v, "events/s"),
            Unit::Months => format!("{} mo", format::num(v)),
            Unit::Gigabytes => format::bytes(v * 1e9),
            Unit::Dollars => format!("${}", format::num(v)),
            Unit::Toggle => if v >= 0.5 { "on" } else { "off" }.to_string(),
        }
    }
}

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
        /// Block storage $/GB-month.
        PriceBlockGbMonth,
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
const fn spec(
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

const SEED000: &str = "seed 000 worked example";
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
                "Kafka KIP-405: remote.storage.enable=false by default; MSK tiered storage needs > 3 days local retention (MSK developer guide)"),
            Param::FollowerFetch => spec("ffetch", "Follower fetching", Toggle, (0.0, 1.0), (0.0, 1.0), 0.0, Linear, true,
                "Consumers read from a replica in their own zone (Kafka KIP-392, client.rack), which removes consumer cross-zone traffic. Off by default, as in Kafka.",
                "Kafka KIP-392: replica.selector.class defaults to leader-only fetching"),
        }
    }
}

impl Cap {
    /// This assumption's row in the table.
    pub fn spec(self) -> Spec {
        use Scale::*;
        use Unit::*;
        match self {
            Cap::BrokerMsgs => spec("broker_msgs", "Broker msg/s", OpsPerSec, (1.0, 1e8), (1e3, 1e7), 150_000.0, Log, false,
                "Messages per second one broker sustains.",
                "seed 000: a Kafka broker handles ~100K–200K msg/s; midpoint"),
            Cap::BrokerMbps => spec("broker_mbps", "Broker network MB/s", MegabytesPerSec, (0.1, 1e5), (1.0, 1e4), 234.5, Log, false,
                "MB/s one broker sends to consumers and followers. Set by the broker profile: the instance's baseline network bandwidth.",
                PROFILE_SOURCE),
            Cap::PartProduce => spec("part_produce", "Partition produce MB/s", MegabytesPerSec, (0.01, 1e4), (0.1, 1e3), 10.0, Log, false,
                "MB/s a producer can write into one partition.",
                "Confluent, 'How to choose the number of partitions': 10s of MB/s per partition"),
            Cap::PartConsume => spec("part_consume", "Partition consume MB/s", MegabytesPerSec, (0.01, 1e4), (0.1, 1e3), 20.0, Log, false,
                "MB/s one consumer can read and process from one partition.",
                "Confluent partition sizing; consumer speed is application-bound"),
            Cap::WritePrimary => spec("write_primary", "Write primary writes/s", OpsPerSec, (1.0, 1e8), (10.0, 1e6), 1000.0, Log, false,
                "Transactions per second one write-DB primary sustains.",
                "seeds 000/001: 'your database handles 1000 QPS'"),
            Cap::ReadReplica => spec("read_replica", "Read replica QPS", OpsPerSec, (1.0, 1e8), (10.0, 1e6), 5000.0, Log, false,
                "Queries per second one read replica serves.", "seed 001: ~5000 QPS per replica"),
            Cap::CacheOps => spec("cache_ops", "Cache ops/s", OpsPerSec, (1.0, 1e9), (1e3, 1e7), 100_000.0, Log, false,
                "Operations per second one cache node (Redis) serves.", "seed 001: Redis ~100K ops/s"),
            Cap::CacheHit => spec("cache_hit", "Cache hit ratio", Percent, (0.0, 99.9), (0.0, 99.0), 80.0, Linear, false,
                "Share of reads the cache answers; the rest reach read replicas.",
                "80/20 rule of thumb for hot data"),
            Cap::EsWrites => spec("es_writes", "Event store appends/s", OpsPerSec, (1.0, 1e8), (10.0, 1e6), 5000.0, Log, false,
                "Events per second one event-store node appends.", "seed 002: a single node handles ~5K QPS"),
            Cap::EsReadMbps => spec("es_read_mbps", "Event store read MB/s", MegabytesPerSec, (0.1, 1e5), (1.0, 1e4), 125.0, Log, false,
                "Sequential read MB/s one event-store node gives replays.",
                "AWS EBS gp3 baseline throughput, 125 MB/s"),
            Cap::DbBatched => spec("db_batched", "Message DB writes/s", OpsPerSec, (1.0, 1e9), (1e3, 1e7), 100_000.0, Log, false,
                "Writes per second one message-store DB instance takes with batching.",
                "seed 003: ~100K QPS per instance with batching"),
            Cap::GatewayConns => spec("gateway_conns", "Gateway connections", Count, (1.0, 1e8), (1e3, 1e7), 100_000.0, Log, false,
                "Concurrent connections one gateway (WebSocket) server holds.",
                "planning assumption: 100K (C100K); WhatsApp reported 2M on one tuned server (2012)"),
            Cap::ReplayWorker => spec("replay_worker", "Replay worker events/s", EventsPerSec, (1.0, 1e9), (100.0, 1e7), 10_000.0, Log, false,
                "Events per second one replay or projection worker applies.",
                "planning assumption: 10K events/s per worker (100 µs per event)"),
            Cap::RttLocal => spec("rtt_local", "RTT in region", Millis, (0.001, 1000.0), (0.01, 100.0), 0.5, Log, false,
                "Network round trip between nodes in one region.",
                "'Latency numbers every programmer should know' (Dean): same datacenter 0.5 ms"),
            Cap::RttCross => spec("rtt_cross", "RTT across regions", Millis, (0.1, 10_000.0), (1.0, 1000.0), 150.0, Log, false,
                "Network round trip between regions.",
                "'Latency numbers every programmer should know' (Dean): CA→Netherlands→CA 150 ms"),
            Cap::BrokerDiskMbps => spec("broker_disk_mbps", "Broker disk MB/s", MegabytesPerSec, (0.1, 1e5), (1.0, 1e4), 156.25, Log, false,
                "MB/s one broker writes to disk (its share of ingress × rf). Set by the broker profile: the instance's baseline EBS bandwidth.",
                PROFILE_SOURCE),
            Cap::BrokerDiskGb => spec("broker_disk_gb", "Broker disk GB", Gigabytes, (1.0, 1e6), (10.0, 1e5), 17_592.0, Log, false,
                "Usable disk per broker, GB. MSK caps a broker's EBS volume at 16 TiB (17,592 GB).",
                "Amazon MSK: maximum storage 16 TiB per broker (MSK developer guide, auto-scaling and quotas, 2026)"),
            Cap::BrokerPartitions => spec("broker_partitions", "Partitions per broker", Count, (1.0, 1e6), (100.0, 1e5), 1000.0, Log, true,
                "Partition replicas (leaders and followers) one broker should hold. Set by the broker profile.",
                "Amazon MSK best practices for Standard brokers: recommended partitions per broker by size (2026)"),
            Cap::DiskFill => spec("disk_fill", "Max disk fill", Percent, (10.0, 100.0), (10.0, 100.0), 80.0, Linear, false,
                "Highest share of each disk that data may use; the rest is headroom for growth and recovery.",
                "Amazon MSK sends a storage alert at 80 % disk use (MSK developer guide, storage capacity alerts); Netflix's Kafka model plans 40 %"),
            Cap::CacheMemGb => spec("cache_mem_gb", "Cache memory GB", Gigabytes, (0.1, 1e5), (1.0, 1e4), 14.03, Log, false,
                "Memory per cache node for data, GB. Set by the cache profile.",
                PROFILE_SOURCE),
            Cap::HotHours => spec("hot_hours", "Hot window", Hours, (0.01, 8760.0), (0.1, 720.0), 24.0, Log, false,
                "Hours of the newest writes the cache keeps in memory (its working set), while the cache serves reads.",
                "planning assumption: the last day is hot; Netflix's Kafka model keeps the last 10 minutes in page cache"),
            Cap::DbDiskGb => spec("db_disk_gb", "Database disk GB", Gigabytes, (1.0, 1e6), (10.0, 1e5), 65_536.0, Log, false,
                "Storage per database instance (write DB shard, message DB), GB. RDS allows up to 64 TiB.",
                "Amazon RDS: up to 64 TiB of storage per instance (RDS user guide, DB instance storage, 2026)"),
            Cap::EsDiskGb => spec("es_disk_gb", "Event-store disk GB", Gigabytes, (1.0, 1e6), (10.0, 1e5), 17_592.0, Log, false,
                "Disk per event-store node, GB: one gp3 volume holds up to 16 TiB.",
                "Amazon EBS: gp3 volumes up to 16 TiB (EBS user guide, volume types, 2026)"),
            Cap::PriceBroker => spec("broker", "Broker $/hour", Dollars, (0.0, 1e4), (0.01, 100.0), 0.408, Log, false,
                "On-demand price of one broker per hour. Set by the broker profile.", PROFILE_SOURCE),
            Cap::PriceWriteDb => spec("write_db", "Write DB $/hour", Dollars, (0.0, 1e4), (0.01, 100.0), 0.437, Log, false,
                "On-demand price of one write-DB instance per hour. Set by the DB profile.", PROFILE_SOURCE),
            Cap::PriceReadReplica => spec("read_replica", "Read replica $/hour", Dollars, (0.0, 1e4), (0.01, 100.0), 0.437, Log, false,
                "On-demand price of one read replica per hour. Set by the replica profile.", PROFILE_SOURCE),
            Cap::PriceCache => spec("cache", "Cache node $/hour", Dollars, (0.0, 1e4), (0.01, 100.0), 0.219, Log, false,
                "On-demand price of one cache node per hour. Set by the cache profile.", PROFILE_SOURCE),
            Cap::PriceEventStore => spec("event_store", "Event-store $/hour", Dollars, (0.0, 1e4), (0.01, 100.0), 0.3264, Log, false,
                "On-demand price of one event-store node per hour. Set by its profile.", PROFILE_SOURCE),
            Cap::PriceMessageDb => spec("message_db", "Message DB $/hour", Dollars, (0.0, 1e4), (0.01, 100.0), 0.437, Log, false,
                "On-demand price of one message-DB instance per hour. Set by its profile.", PROFILE_SOURCE),
            Cap::PriceGateway => spec("gateway", "Gateway $/hour", Dollars, (0.0, 1e4), (0.01, 100.0), 0.1632, Log, false,
                "On-demand price of one gateway server per hour. Set by its profile.", PROFILE_SOURCE),
            Cap::PriceReplayWorker => spec("replay_worker", "Replay worker $/hour", Dollars, (0.0, 1e4), (0.01, 100.0), 0.1632, Log, false,
                "On-demand price of one replay worker per hour. Set by its profile.", PROFILE_SOURCE),
            Cap::PriceBlockGbMonth => spec("block_gb_month", "Block storage $/GB-month", Dollars, (0.0, 100.0), (0.01, 1.0), 0.08, Log, false,
                "Provisioned block storage (EBS gp3) per GB-month; brokers, event store and DB disks.",
                "AWS EBS gp3 us-east-1 $0.08/GB-month; Netflix service-capacity-modeling 0.3.212 prices gp3 at $0.96/GiB-year (as of 2026-09-24)"),
            Cap::PriceObjectGbMonth => spec("object_gb_month", "Object storage $/GB-month", Dollars, (0.0, 100.0), (0.001, 1.0), 0.023, Log, false,
                "Object storage (S3 Standard) per GB-month, for the tiered part of broker retention.",
                "AWS S3 Standard us-east-1, first 50 TB: $0.023/GB-month (S3 pricing, 2026)"),
            Cap::PriceCrossAzGb => spec("cross_az_gb", "Cross-zone $/GB each way", Dollars, (0.0, 10.0), (0.001, 1.0), 0.01, Log, false,
                "Transfer between zones of one region, charged on each side: a GB that crosses costs twice this.",
                "AWS EC2 data transfer: $0.01/GB in each direction between AZs; Netflix service-capacity-modeling 0.3.212 net.intra.region $0.02/GiB"),
            Cap::PriceCrossRegionGb => spec("cross_region_gb", "Cross-region $/GB", Dollars, (0.0, 10.0), (0.001, 1.0), 0.02, Log, false,
                "Transfer between regions, per GB sent.",
                "AWS inter-region transfer between US regions $0.02/GB; Netflix service-capacity-modeling 0.3.212 net.inter.region $0.02/GiB"),
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
