//! Where to run the stream: the platform catalog (issue #17). One struct
//! literal per option, each figure with its source and the date it was read,
//! so a reviewer can check the table line by line against the vendor's page.
//! `docs/PLATFORMS.md` has the full source list and where sources disagree.
//!
//! A price that no public source gave is `None`; its dimension is one of the
//! option's `billed` list, so the planner says "not priced" rather than
//! invent a figure, and a person can fill it in (`price.<id>.<dim>`,
//! [`crate::inputs::option_prices`]). Gaps no price fills are in `missing`. Prices are us-east-1 (or the vendor's US list price),
//! on-demand, USD; sizes are decimal MB unless a field says MiB.
//!
//! What each option meters differs, and it decides the bill as much as the
//! prices do: [`Metered`] (wire bytes or uncompressed bytes), [`Copies`]
//! (stored once, or every replica) and [`CrossZone`] (which bytes crossing
//! zones are billed).

use crate::inputs::option_prices::Dim;

/// Which bytes a platform bills writes and storage on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Metered {
    /// Bytes as the client sends them: compressed when producers compress.
    Wire,
    /// Logical bytes before compression (WarpStream: "uncompressed GiB written").
    Uncompressed,
}

/// How many copies of the retained bytes are billed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copies {
    /// One logical copy (replication is the platform's own cost).
    One,
    /// Every replica: `rf` copies (provisioned broker disks, Confluent).
    Replicas,
}

/// Which bytes that cross availability zones the customer pays for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrossZone {
    /// None: the service's own replication and zone-local clients.
    None,
    /// Producers and consumers reaching brokers in other zones (MSK).
    Clients,
    /// Every byte, replication included (self-managed on EC2).
    All,
}

/// How an option's units are counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sizing {
    /// Kafka brokers sized by the model's own broker table (`sizing/tables.rs`)
    /// for each listed broker profile; the cheapest that fits is chosen.
    Brokers(&'static [&'static str]),
    /// Units of fixed capacity (brokers of a size, shards, TUs, vCPUs): the
    /// cheapest [`Size`] that fits is chosen.
    Units,
    /// Usage-billed: one cluster or stream, bytes and partitions metered.
    Usage,
}

/// One size of an option's unit, with what it carries and costs.
/// A capacity of 0 means "not a limit of this unit".
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Size {
    /// Name shown beside the count (`express.m7g.large`, `shard`).
    pub name: &'static str,
    /// Producer MB/s one unit sustains.
    pub in_mbps: f64,
    /// Consumer MB/s one unit sustains.
    pub out_mbps: f64,
    /// Records per second written per unit.
    pub in_records: f64,
    /// Records per second read per unit.
    pub out_records: f64,
    /// Partitions (leaders, before replication) per unit.
    pub partitions: f64,
    /// Retained GB (billed copies) one unit's price includes; beyond it,
    /// storage is billed per GB-month. Not a sizing limit.
    pub storage_gb: f64,
    /// USD per unit-hour; `None` where no public price was found.
    pub hour_usd: Option<f64>,
}

/// Capacity 0 everywhere: the base of every size literal below.
const NO_LIMITS: Size = Size {
    name: "",
    in_mbps: 0.0,
    out_mbps: 0.0,
    in_records: 0.0,
    out_records: 0.0,
    partitions: 0.0,
    storage_gb: 0.0,
    hour_usd: None,
};

/// Usage prices, each `None` where no public price was found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prices {
    /// Per cluster, stream or uptime hour.
    pub fixed_hour: Option<f64>,
    /// Per partition-hour.
    pub partition_hour: Option<f64>,
    /// Per GB written (metered bytes).
    pub in_gb: Option<f64>,
    /// Per GB read.
    pub out_gb: Option<f64>,
    /// Per GB-month retained (metered bytes × billed copies).
    pub stored_gb_month: Option<f64>,
    /// Per million billed records (PUT payload units, ingress events).
    pub per_million_records: Option<f64>,
    /// Bytes per billed record unit (25 KB PUT units, 64 KB events); 0 = per record.
    pub record_unit_bytes: f64,
    /// Per GB crossing zones, both sides together (EC2: $0.01 out + $0.01 in).
    pub cross_zone_gb: Option<f64>,
    /// Units that cost nothing (Confluent Basic: the first eCKU).
    pub free_units: f64,
    /// Retention the base price includes, days (Kinesis: 24 hours).
    pub included_days: f64,
    /// Per unit-hour for retention past `included_days`, up to `extended_days`.
    pub extended_unit_hour: Option<f64>,
    /// Longest retention `extended_unit_hour` covers, days (Kinesis: 7).
    pub extended_days: f64,
}

/// Every usage price unknown, no record units, nothing free.
const NO_PRICES: Prices = Prices {
    fixed_hour: None,
    partition_hour: None,
    in_gb: None,
    out_gb: None,
    stored_gb_month: None,
    per_million_records: None,
    record_unit_bytes: 0.0,
    cross_zone_gb: None,
    free_units: 0.0,
    included_days: f64::INFINITY,
    extended_unit_hour: None,
    extended_days: f64::INFINITY,
};

/// Hard limits of one cluster, stream or namespace; `f64::INFINITY` = none.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    /// Most units, and whether that is a quota support can raise.
    pub max_units: f64,
    /// True when `max_units` is an adjustable quota rather than a hard limit.
    pub units_quota: bool,
    /// Producer MB/s per cluster.
    pub max_in_mbps: f64,
    /// Consumer MB/s per cluster.
    pub max_out_mbps: f64,
    /// Producer MB/s per partition (sets a floor on partitions).
    pub partition_in_mbps: f64,
    /// Partitions per cluster (leaders).
    pub max_partitions: f64,
    /// Longest retention, days.
    pub max_retention_days: f64,
    /// Largest record, bytes.
    pub max_record_bytes: f64,
    /// What the unit limit is per: `cluster`, `namespace`, `account`.
    pub scope: &'static str,
    /// Least units a cluster runs (3 brokers across 3 zones, 3 vCPUs).
    pub min_units: f64,
    /// Units come in multiples of this (brokers per zone × zones).
    pub unit_step: f64,
}

const UNLIMITED: Limits = Limits {
    max_units: f64::INFINITY,
    units_quota: false,
    max_in_mbps: f64::INFINITY,
    max_out_mbps: f64::INFINITY,
    partition_in_mbps: f64::INFINITY,
    max_partitions: f64::INFINITY,
    max_retention_days: f64::INFINITY,
    max_record_bytes: f64::INFINITY,
    scope: "cluster",
    min_units: 0.0,
    unit_step: 1.0,
};

/// One place to run the stream.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Platform {
    /// Link and JSON id (`platform=msk-standard`).
    pub id: &'static str,
    /// Name as the vendor writes it.
    pub name: &'static str,
    /// What one unit is (`broker`, `shard`, `TU`, `vCPU`, `cluster`).
    pub unit_label: &'static str,
    /// How units are counted.
    pub sizing: Sizing,
    /// The sizes to choose from (`Units`); one entry for the others.
    pub sizes: &'static [Size],
    /// Usage prices.
    pub prices: Prices,
    /// Hard limits.
    pub limits: Limits,
    /// Which bytes writes and storage are billed on.
    pub metered: Metered,
    /// Billed copies of retained bytes.
    pub copies: Copies,
    /// Billed cross-zone bytes.
    pub cross_zone: CrossZone,
    /// Whether the planning utilisation applies to unit capacity (provisioned
    /// units) or not (usage-billed or autoscaled: the vendor absorbs headroom).
    pub plan_headroom: bool,
    /// The billing dimensions the generic pricing reads, each editable as
    /// `price.<id>.<dim>` ([`crate::inputs::option_prices`]); a `None`
    /// price among them leaves the option unpriced until a person sets it.
    /// Empty for Kafka-broker options, which bill through their profile.
    pub billed: &'static [Dim],
    /// Gaps no unit price fills (capacity per unit not published, a bill
    /// that is the customer's own), named in the table.
    pub missing: &'static [&'static str],
    /// Where the figures come from.
    pub source: &'static str,
    /// When they were read.
    pub priced_on: &'static str,
}

// Source keys, written out in full in docs/PLATFORMS.md.
const MSK_SCRIPT: &str = "AWS msk_sizing.py (aws/agent-toolkit-for-aws, managing-amazon-msk, commit d6e363b, 2026-06-23): broker $/h, EBS $0.10/GB-month, cross-AZ $0.02/GB on client bytes; MSK pricing page: replication between brokers not charged; MSK quotas: 60 brokers per KRaft cluster (adjustable), 16 TiB per broker";
const EXPRESS: &str = "AWS msk_sizing.py (commit d6e363b, 2026-06-23): express.m7g $/h, $0.01/GB written, $0.10/GB-month on one copy, sustained ingress per size; MSK developer guide, Express brokers: sustained egress and partitions per size, rf 3 over 3 AZs";
const SERVERLESS: &str = "MSK Serverless quotas (MSK developer guide, limits): 200 MB/s in, 400 MB/s out, 5 MB/s in per partition, 2,400 partitions; prices $0.75/cluster-h, $0.0015/partition-h, $0.10/GB in, $0.05/GB out, $0.10/GB-month (third-party transcription of the MSK pricing page, Gilgamech/OfferingOverview notes/MSK.md)";
const EC2_KAFKA: &str = "Self-managed Kafka on EC2 m7g + gp3: the model's ec2.m7g.xlarge broker profile (EC2 $0.1632/h, gp3 $0.08/GB-month); EC2 data transfer $0.01/GB each way between AZs, replication included";
const CONFLUENT: &str = "Confluent Cloud cluster types (docs.confluent.io, cluster limits: Basic/Standard 250 MB/s in, 750 out, 4,096 partitions; Enterprise 600/1,800, 30,000); Basic prices (first eCKU free, $0.14/eCKU-h, $0.05/GB in and out, $0.08/GB-month after replication) from a 2026-09-05 transcription of confluent.io/pricing (api-evangelist); capacity per eCKU not published in any copy found";
const WARPSTREAM: &str = "WarpStream billing docs (docs.warpstream.com/warpstream/reference/billing): BYOC bills cluster-minutes, uncompressed GiB written and uncompressed GiB stored, reads free; agents never replicate across zones. Unit prices (Dev $0.0345 per 15 min, $0.01/GiB written and $0.01/GiB-month for the first 50 TiB) from a self-flagged unverified compilation (api-evangelist/warpstream finops, 2026-10-07); agent VMs and S3 are the customer's own bill";
const REDPANDA: &str = "Redpanda Cloud docs (cluster types, Serverless; changed 2026-07-10): 100 MB/s in, 300 MB/s out, 5,000 partitions, single zone; billing meters uptime, GB in, GB out, partitions, GB stored (billing page, 2026-05-22). No unit price in any public copy found";
const AIVEN: &str = "Aiven docs, Kafka pricing (2026-08-18): compute plan + storage GB-month + network in/out with separate rates for classic and diskless topics; replication between brokers not billed. No plan or per-GB price in any public copy found";
const KINESIS: &str = "Kinesis Data Streams developer guide, quotas: a shard takes 1 MB/s or 1,000 records/s in and 2 MB/s out; 20,000 shards per account in us-east-1 (adjustable); records up to 10 MiB. Prices $0.015/shard-h, $0.014 per million 25 KB PUT payload units, extended retention (to 7 days) $0.020/shard-h (third-party transcriptions of the Kinesis pricing page)";
const KINESIS_OD: &str = "Kinesis Data Streams: on-demand streams scale to 10 GB/s in and 20 GB/s out in us-east-1 (developer guide, quotas); records rounded up to 1 KB (pricing page); $0.04/stream-h, $0.08/GB in, $0.04/GB out (third-party fetch of the pricing page)";
const GCP: &str = "Google Cloud Managed Service for Apache Kafka pricing: $0.09 per DCU-h in us-central1, 1 vCPU = 0.6 DCU, 1 GiB = 0.1 DCU; sizing guide: 1 vCPU handles 20 MiB/s of publish traffic, minimum 3 vCPU; persistent storage billed on one replica; inter-zone replication transfer billed. Storage and inter-zone $/GiB not in any copy found";
const EVENT_HUBS: &str = "Azure Event Hubs scalability and quotas (learn.microsoft.com): 1 TU = 1 MB/s or 1,000 events/s in, 2 MB/s or 4,096 events/s out; 40 TUs per namespace; 7 days; 32 partitions per event hub; 84 GB per TU (azure.cn). USD prices not in any copy found (China list: ¥0.19/TU-h, ¥0.18 per million 64 KB events)";
const EVENT_HUBS_PREMIUM: &str = "Azure Event Hubs Premium overview and quotas: 1, 2, 4, 8 or 16 PUs per namespace; no fixed MB/s per PU; 1 TB storage and 200 partitions per PU; 90 days; ingress included. USD price not in any copy found (China list: ¥10.45/PU-h)";
const READ: &str = "2026-12-01";

/// MSK Standard broker profiles the options table chooses among.
const MSK_BROKERS: &[&str] = &[
    "kafka.m7g.large",
    "kafka.m7g.xlarge",
    "kafka.m7g.2xlarge",
    "kafka.m7g.4xlarge",
    "kafka.m7g.8xlarge",
    "kafka.m7g.12xlarge",
    "kafka.m7g.16xlarge",
];

/// MSK Express broker profiles (`inputs/profiles.rs`).
const EXPRESS_BROKERS: &[&str] = &[
    "express.m7g.large",
    "express.m7g.xlarge",
    "express.m7g.2xlarge",
    "express.m7g.4xlarge",
    "express.m7g.8xlarge",
    "express.m7g.12xlarge",
    "express.m7g.16xlarge",
];

/// The catalog, in the issue's order.
pub const PLATFORMS: &[Platform] = &[
    Platform {
        id: "msk-standard",
        name: "Amazon MSK Provisioned (Standard brokers)",
        unit_label: "broker",
        sizing: Sizing::Brokers(MSK_BROKERS),
        sizes: &[],
        prices: Prices {
            cross_zone_gb: Some(0.02),
            ..NO_PRICES
        },
        limits: Limits {
            max_units: 60.0,
            units_quota: true,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::Replicas,
        cross_zone: CrossZone::Clients,
        plan_headroom: true,
        billed: &[],
        missing: &[],
        source: MSK_SCRIPT,
        priced_on: READ,
    },
    Platform {
        id: "msk-express",
        name: "Amazon MSK Provisioned (Express brokers)",
        unit_label: "broker",
        sizing: Sizing::Brokers(EXPRESS_BROKERS),
        sizes: &[],
        prices: NO_PRICES,
        limits: Limits {
            max_units: 60.0,
            units_quota: true,
            min_units: 3.0,
            unit_step: 3.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::One,
        cross_zone: CrossZone::Clients,
        plan_headroom: true,
        billed: &[],
        missing: &[],
        source: EXPRESS,
        priced_on: READ,
    },
    Platform {
        id: "msk-serverless",
        name: "Amazon MSK Serverless",
        unit_label: "cluster",
        sizing: Sizing::Usage,
        sizes: &[],
        prices: Prices {
            fixed_hour: Some(0.75),
            partition_hour: Some(0.0015),
            in_gb: Some(0.10),
            out_gb: Some(0.05),
            stored_gb_month: Some(0.10),
            ..NO_PRICES
        },
        limits: Limits {
            max_in_mbps: 200.0,
            max_out_mbps: 400.0,
            partition_in_mbps: 5.0,
            max_partitions: 2400.0,
            max_record_bytes: 8.0 * 1_048_576.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::One,
        cross_zone: CrossZone::None,
        plan_headroom: false,
        billed: &[
            Dim::FixedHour,
            Dim::PartitionHour,
            Dim::InGb,
            Dim::OutGb,
            Dim::StoredGbMonth,
        ],
        missing: &[],
        source: SERVERLESS,
        priced_on: READ,
    },
    Platform {
        id: "ec2-kafka",
        name: "Self-managed Kafka on EC2 (m7g + gp3)",
        unit_label: "broker",
        sizing: Sizing::Brokers(&["ec2.m7g.xlarge"]),
        sizes: &[],
        prices: Prices {
            cross_zone_gb: Some(0.02),
            ..NO_PRICES
        },
        limits: UNLIMITED,
        metered: Metered::Wire,
        copies: Copies::Replicas,
        cross_zone: CrossZone::All,
        plan_headroom: true,
        billed: &[],
        missing: &[],
        source: EC2_KAFKA,
        priced_on: READ,
    },
    Platform {
        id: "confluent-basic",
        name: "Confluent Cloud Basic",
        unit_label: "eCKU",
        sizing: Sizing::Usage,
        sizes: &[],
        prices: Prices {
            in_gb: Some(0.05),
            out_gb: Some(0.05),
            stored_gb_month: Some(0.08),
            free_units: 1.0,
            ..NO_PRICES
        },
        limits: Limits {
            max_in_mbps: 250.0,
            max_out_mbps: 750.0,
            max_partitions: 4096.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::Replicas,
        cross_zone: CrossZone::None,
        plan_headroom: false,
        billed: &[Dim::InGb, Dim::OutGb, Dim::StoredGbMonth],
        missing: &["eCKU-hours (capacity per eCKU not published)"],
        source: CONFLUENT,
        priced_on: READ,
    },
    Platform {
        id: "confluent-standard",
        name: "Confluent Cloud Standard",
        unit_label: "eCKU",
        sizing: Sizing::Usage,
        sizes: &[],
        prices: NO_PRICES,
        limits: Limits {
            max_in_mbps: 250.0,
            max_out_mbps: 750.0,
            max_partitions: 4096.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::Replicas,
        cross_zone: CrossZone::None,
        plan_headroom: false,
        billed: &[Dim::InGb, Dim::OutGb, Dim::StoredGbMonth],
        missing: &["eCKU-hours (capacity per eCKU not published)"],
        source: CONFLUENT,
        priced_on: READ,
    },
    Platform {
        id: "confluent-enterprise",
        name: "Confluent Cloud Enterprise",
        unit_label: "eCKU",
        sizing: Sizing::Usage,
        sizes: &[],
        prices: NO_PRICES,
        limits: Limits {
            max_in_mbps: 600.0,
            max_out_mbps: 1800.0,
            max_partitions: 30_000.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::Replicas,
        cross_zone: CrossZone::None,
        plan_headroom: false,
        billed: &[Dim::InGb, Dim::OutGb, Dim::StoredGbMonth],
        missing: &["eCKU-hours (capacity per eCKU not published)"],
        source: CONFLUENT,
        priced_on: READ,
    },
    Platform {
        id: "warpstream",
        name: "WarpStream BYOC (diskless, on S3)",
        unit_label: "cluster",
        sizing: Sizing::Usage,
        sizes: &[],
        prices: Prices {
            // Dev tier: $0.0345 per 15 minutes = $0.138 an hour.
            fixed_hour: Some(0.138),
            // First tier of each (0–50 TiB); per GiB in the source, so per GB × 1e9/2^30.
            in_gb: Some(0.01 * 1e9 / 1_073_741_824.0),
            stored_gb_month: Some(0.01 * 1e9 / 1_073_741_824.0),
            ..NO_PRICES
        },
        limits: UNLIMITED,
        metered: Metered::Uncompressed,
        copies: Copies::One,
        cross_zone: CrossZone::None,
        plan_headroom: false,
        billed: &[Dim::FixedHour, Dim::InGb, Dim::StoredGbMonth],
        missing: &[
            "agent VMs (throughput per vCPU not published)",
            "S3 storage and requests (your own bill)",
        ],
        source: WARPSTREAM,
        priced_on: READ,
    },
    Platform {
        id: "redpanda-serverless",
        name: "Redpanda Serverless",
        unit_label: "cluster",
        sizing: Sizing::Usage,
        sizes: &[],
        prices: NO_PRICES,
        limits: Limits {
            max_in_mbps: 100.0,
            max_out_mbps: 300.0,
            max_partitions: 5000.0,
            max_record_bytes: 20.0 * 1_048_576.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::One,
        cross_zone: CrossZone::None,
        plan_headroom: false,
        billed: &[
            Dim::FixedHour,
            Dim::PartitionHour,
            Dim::InGb,
            Dim::OutGb,
            Dim::StoredGbMonth,
        ],
        missing: &[],
        source: REDPANDA,
        priced_on: READ,
    },
    Platform {
        id: "aiven",
        name: "Aiven for Apache Kafka",
        unit_label: "plan",
        sizing: Sizing::Usage,
        sizes: &[],
        prices: NO_PRICES,
        limits: UNLIMITED,
        metered: Metered::Wire,
        copies: Copies::One,
        cross_zone: CrossZone::None,
        plan_headroom: false,
        billed: &[Dim::FixedHour, Dim::InGb, Dim::OutGb, Dim::StoredGbMonth],
        missing: &[],
        source: AIVEN,
        priced_on: READ,
    },
    Platform {
        id: "kinesis-provisioned",
        name: "Amazon Kinesis Data Streams (provisioned)",
        unit_label: "shard",
        sizing: Sizing::Units,
        sizes: &[Size {
            name: "shard",
            in_mbps: 1.0,
            out_mbps: 2.0,
            in_records: 1000.0,
            hour_usd: Some(0.015),
            ..NO_LIMITS
        }],
        prices: Prices {
            per_million_records: Some(0.014),
            record_unit_bytes: 25_000.0,
            included_days: 1.0,
            extended_unit_hour: Some(0.020),
            extended_days: 7.0,
            ..NO_PRICES
        },
        limits: Limits {
            max_units: 20_000.0,
            units_quota: true,
            scope: "account",
            max_retention_days: 365.0,
            max_record_bytes: 10.0 * 1_048_576.0,
            min_units: 1.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::One,
        cross_zone: CrossZone::None,
        plan_headroom: true,
        billed: &[Dim::UnitHour, Dim::MillionRecords, Dim::ExtendedUnitHour],
        missing: &[],
        source: KINESIS,
        priced_on: READ,
    },
    Platform {
        id: "kinesis-ondemand",
        name: "Amazon Kinesis Data Streams (on-demand)",
        unit_label: "stream",
        sizing: Sizing::Usage,
        sizes: &[],
        prices: Prices {
            fixed_hour: Some(0.04),
            in_gb: Some(0.08),
            out_gb: Some(0.04),
            // Retention past 24 hours is billed; no public price was found for it.
            included_days: 1.0,
            ..NO_PRICES
        },
        limits: Limits {
            max_in_mbps: 10_000.0,
            max_out_mbps: 20_000.0,
            max_retention_days: 365.0,
            max_record_bytes: 10.0 * 1_048_576.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::One,
        cross_zone: CrossZone::None,
        plan_headroom: false,
        billed: &[Dim::FixedHour, Dim::InGb, Dim::OutGb],
        missing: &[],
        source: KINESIS_OD,
        priced_on: READ,
    },
    Platform {
        id: "gcp-kafka",
        name: "Google Cloud Managed Service for Apache Kafka",
        unit_label: "vCPU",
        sizing: Sizing::Units,
        sizes: &[Size {
            name: "vCPU + 4 GiB",
            // 20 MiB/s of publish traffic per vCPU, in MB/s.
            in_mbps: 20.0 * 1.048_576,
            // 0.6 DCU + 4 × 0.1 DCU = 1 DCU at $0.09.
            hour_usd: Some(0.09),
            ..NO_LIMITS
        }],
        prices: NO_PRICES,
        limits: Limits {
            min_units: 3.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::One,
        cross_zone: CrossZone::All,
        plan_headroom: true,
        billed: &[Dim::UnitHour, Dim::StoredGbMonth, Dim::CrossZoneGb],
        missing: &[],
        source: GCP,
        priced_on: READ,
    },
    Platform {
        id: "event-hubs-standard",
        name: "Azure Event Hubs Standard",
        unit_label: "TU",
        sizing: Sizing::Units,
        sizes: &[Size {
            name: "throughput unit",
            in_mbps: 1.0,
            out_mbps: 2.0,
            in_records: 1000.0,
            out_records: 4096.0,
            storage_gb: 84.0,
            hour_usd: None,
            ..NO_LIMITS
        }],
        prices: Prices {
            record_unit_bytes: 64_000.0,
            ..NO_PRICES
        },
        limits: Limits {
            max_units: 40.0,
            scope: "namespace",
            max_partitions: 32.0,
            max_retention_days: 7.0,
            max_record_bytes: 1_000_000.0,
            min_units: 1.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::One,
        cross_zone: CrossZone::None,
        plan_headroom: true,
        billed: &[Dim::UnitHour, Dim::MillionRecords, Dim::StoredGbMonth],
        missing: &[],
        source: EVENT_HUBS,
        priced_on: READ,
    },
    Platform {
        id: "event-hubs-premium",
        name: "Azure Event Hubs Premium",
        unit_label: "PU",
        sizing: Sizing::Units,
        sizes: &[Size {
            name: "processing unit",
            partitions: 200.0,
            storage_gb: 1000.0,
            hour_usd: None,
            ..NO_LIMITS
        }],
        prices: NO_PRICES,
        limits: Limits {
            max_units: 16.0,
            scope: "namespace",
            max_partitions: 100.0,
            max_retention_days: 90.0,
            min_units: 1.0,
            ..UNLIMITED
        },
        metered: Metered::Wire,
        copies: Copies::One,
        cross_zone: CrossZone::None,
        plan_headroom: true,
        billed: &[Dim::UnitHour, Dim::StoredGbMonth],
        missing: &["throughput per PU (not published)"],
        source: EVENT_HUBS_PREMIUM,
        priced_on: READ,
    },
];

/// The option named `id`.
pub fn find(id: &str) -> Option<&'static Platform> {
    PLATFORMS.iter().find(|p| p.id == id)
}

/// The default option: where the model's own broker tier runs today.
pub const DEFAULT: &str = "msk-standard";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_the_issue_names_is_in_the_catalog_once() {
        let ids = [
            "msk-standard",
            "msk-express",
            "msk-serverless",
            "ec2-kafka",
            "confluent-basic",
            "confluent-standard",
            "confluent-enterprise",
            "warpstream",
            "redpanda-serverless",
            "aiven",
            "kinesis-provisioned",
            "kinesis-ondemand",
            "gcp-kafka",
            "event-hubs-standard",
            "event-hubs-premium",
        ];
        assert_eq!(PLATFORMS.len(), ids.len());
        for id in ids {
            assert_eq!(PLATFORMS.iter().filter(|p| p.id == id).count(), 1, "{id}");
        }
    }

    #[test]
    fn every_option_has_a_source_a_date_and_a_way_to_size() {
        for p in PLATFORMS {
            assert!(!p.source.is_empty() && p.priced_on == READ, "{}", p.id);
            match p.sizing {
                Sizing::Units => assert!(!p.sizes.is_empty(), "{}", p.id),
                Sizing::Brokers(profiles) => {
                    for id in profiles {
                        assert!(
                            crate::inputs::profiles::find(
                                crate::inputs::component::Component::Broker,
                                id
                            )
                            .is_some(),
                            "{id}"
                        );
                    }
                }
                Sizing::Usage => {}
            }
            // An unpriced size must be a dimension a person can price.
            if p.sizes.iter().any(|s| s.hour_usd.is_none()) {
                assert!(p.billed.contains(&Dim::UnitHour), "{}", p.id);
            }
            // No dimension is listed twice.
            for d in p.billed {
                assert_eq!(p.billed.iter().filter(|x| *x == d).count(), 1, "{}", p.id);
            }
        }
    }
}
