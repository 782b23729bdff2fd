//! Sizing policies: whose planning assumptions size the Kafka broker tier.
//!
//! `policy=default` is this model's own (rows in `sizing/tables.rs`: message
//! rate, disk writes = ingress × rf, network out = ingress × (fan-out + rf − 1),
//! storage at 80 % fill, partition replicas; failure headroom per `tolerate`).
//!
//! `policy=aws-msk` applies the planning assumptions of AWS's own MSK sizing
//! script, each named and sourced below, through the same constraint fold:
//! AWS `msk_sizing.py` (aws/agent-toolkit-for-aws,
//! `skills/specialized-skills/analytics-skills/managing-amazon-msk/scripts/msk_sizing.py`,
//! commit d6e363b, 2026-06-23, Apache-2.0; a copy is in `shared/peers/`).
//! docs/PLATFORMS.md lists, factor by factor, where the default differs and why.

use serde::{Deserialize, Serialize};

/// Whose planning assumptions size the broker tier (`policy` link key).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Policy {
    /// This model's own assumptions.
    #[default]
    Default,
    /// AWS's MSK sizing script's assumptions (Standard brokers).
    AwsMsk,
}

impl Policy {
    /// Both, in menu order.
    pub const ALL: [Policy; 2] = [Policy::Default, Policy::AwsMsk];

    /// Name in links and on the CLI.
    pub fn key(self) -> &'static str {
        match self {
            Policy::Default => "default",
            Policy::AwsMsk => "aws-msk",
        }
    }

    /// The policy named `key`.
    pub fn from_key(key: &str) -> Option<Policy> {
        Policy::ALL.into_iter().find(|p| p.key() == key)
    }

    /// In words, for menus.
    pub fn label(self) -> &'static str {
        match self {
            Policy::Default => "This model's assumptions",
            Policy::AwsMsk => "AWS's MSK sizing script (msk_sizing.py)",
        }
    }
}

/// AWS's planning target utilisation for Standard brokers: 50 % of the
/// binding per-broker limit (`--utilization-standard` default, L717).
pub const UTIL_STANDARD: f64 = 0.5;
/// Disk I/O per byte of ingress: 1.5 ingress + 1.5 replication in + 0.5
/// lagging consumers + 3.0 rebalancing (`STORAGE_IO_FACTOR_BASE`, L245).
pub const DISK_IO: f64 = 6.5;
/// Extra disk I/O per byte with tiered storage on: staging remote writes
/// (`STORAGE_IO_FACTOR_TS_ADD`, L246).
pub const DISK_IO_TIERED: f64 = 1.5;
/// Network out per byte of ingress: 2.2 replication out + 0.5 lagging +
/// 3.0 rebalancing (`NETWORK_IO_BASE`, L247).
pub const NET_IO: f64 = 5.7;
/// Extra network per byte with tiered storage on (`NETWORK_IO_TS_ADD`, L248).
pub const NET_IO_TIERED: f64 = 1.5;
/// Network per unit of fan-out: consumer traffic when one of three zones is
/// down, 3 ÷ (3 − 1) (`AZ_SCALE_FACTOR`, L249).
pub const NET_PER_FANOUT: f64 = 1.5;
/// EBS provisioned at twice the data (`EBS_HEADROOM_FACTOR`, L208): a 50 %
/// fill target.
pub const EBS_HEADROOM: f64 = 2.0;
/// Largest EBS volume per broker, GiB (`MAX_EBS_GB_PER_BROKER`, L214; MSK
/// quotas: 16 TiB).
pub const MAX_EBS_GIB: f64 = 16_384.0;
/// Zones the script spreads every cluster over (`NUM_AZS`, L212); counts
/// are multiples of it and carry no failure headroom beyond utilisation.
pub const ZONES: f64 = 3.0;
/// MSK broker storage, $/GiB-month (`EBS_COST_PER_GB_MONTH`, L199: AWS's
/// "GB" is a GiB).
pub const EBS_USD_GIB_MONTH: f64 = 0.10;
/// Tiered storage, $/GiB-month (`TIERED_STORAGE_COST_PER_GB_MONTH`, L200;
/// third-party captures of AWS's price list give $0.06: see docs/PLATFORMS.md).
pub const TIERED_USD_GIB_MONTH: f64 = 0.023;
/// Cross-zone transfer, $/GiB: $0.01 out + $0.01 in (`CROSS_AZ_COST_PER_GB`,
/// L202), on producer bytes only (consumers fetch from their own zone).
pub const CROSS_AZ_USD_GIB: f64 = 0.02;

/// AWS's planning target utilisation for Express brokers' ingress
/// (`--utilization-express` default, L723).
pub const UTIL_EXPRESS: f64 = 0.75;
/// Express egress per broker as a multiple of its ingress, with no
/// utilisation margin (`EXPRESS_EGRESS_FACTOR`, L250; the script cites no
/// source, and AWS's Express guide lists about 2×: see docs/PLATFORMS.md).
pub const EXPRESS_EGRESS: f64 = 2.5;
/// MSK Express data written, $/GiB (`EXPRESS_DATA_IN_PER_GB`, L201).
pub const EXPRESS_DATA_IN_USD_GIB: f64 = 0.01;

/// AWS's per-size Express ingress MiB/s (`ingress_mbs`, L141–182).
pub fn express_ingress_mibs(profile: &str) -> Option<f64> {
    Some(match profile {
        "express.m7g.large" => 15.625,
        "express.m7g.xlarge" => 31.25,
        "express.m7g.2xlarge" => 62.5,
        "express.m7g.4xlarge" => 125.0,
        "express.m7g.8xlarge" => 250.0,
        "express.m7g.12xlarge" => 375.0,
        "express.m7g.16xlarge" => 500.0,
        _ => return None,
    })
}

/// AWS's per-size network MiB/s for Standard brokers (`network_throughput_mbs`,
/// L92–140): EC2 baseline Gbps × 125, made whole. Our own profiles keep the
/// unrounded figure (234.5 for xlarge); under this policy the script's wins.
pub fn network_mibs(profile: &str) -> Option<f64> {
    Some(match profile {
        "kafka.m7g.large" => 117.0,
        "kafka.m7g.xlarge" => 234.0,
        "kafka.m7g.2xlarge" => 469.0,
        "kafka.m7g.4xlarge" => 937.0,
        "kafka.m7g.8xlarge" => 1875.0,
        "kafka.m7g.12xlarge" => 2812.0,
        "kafka.m7g.16xlarge" => 3750.0,
        _ => return None,
    })
}
