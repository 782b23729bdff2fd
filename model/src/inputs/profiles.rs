//! Instance profiles: a small catalog per component, in the vendors' own
//! names, each with the per-node capacities it sets and its on-demand price.
//!
//! A profile only supplies *defaults*: every capacity and price it sets is a
//! [`Cap`] row, so a `cap.`/`price.` key in a link still overrides it
//! ([`crate::inputs::scenario::Assumptions::get`]). Chosen per component by
//! the link key `profile.<component id>`.
//!
//! Prices are AWS on-demand, us-east-1, per hour, Linux, as published on the
//! AWS pricing pages for MSK, EC2, RDS for PostgreSQL and ElastiCache, read
//! 2026-11-24 (and cross-checked against public cost-estimation tables).
//! Network and disk MB/s are the EC2 *baseline* bandwidths of the m7g family
//! (EC2 user guide, general purpose instance network and EBS specifications):
//! burst figures ("up to 12.5 Gbps") are not sustainable and are not used.

use crate::inputs::component::Component;
use crate::inputs::params::Cap;

/// One instance profile.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Profile {
    /// Vendor name, also its link value: `kafka.m7g.xlarge`.
    pub id: &'static str,
    /// What it is, in a few words.
    pub label: &'static str,
    /// The capacities and prices it sets.
    pub sets: &'static [(Cap, f64)],
    /// Where the figures come from, with the date read.
    pub source: &'static str,
    /// Whether the platform bills the bytes brokers replicate to followers in
    /// other zones. MSK does not: only client traffic that crosses zones is
    /// billed (AWS MSK pricing, data transfer; AWS's own `msk_sizing.py`
    /// prices cross-AZ on producer bytes only). Self-managed Kafka on EC2 pays
    /// EC2's inter-AZ rate on every byte, replication included. Only broker
    /// profiles replicate; the others leave it false.
    pub bills_replication_cross_az: bool,
    /// An MSK Express broker: storage is billed on one copy with no fill
    /// headroom at `price.broker_gb_month`, plus [`EXPRESS_DATA_IN_USD_GB`] per
    /// GB written; its disk never fills (storage per broker is unlimited).
    pub express: bool,
}

/// MSK Express: USD per GB written to the brokers (AWS msk_sizing.py
/// `EXPRESS_DATA_IN_PER_GB = 0.01`, commit d6e363b, 2026-06-23; MSK pricing:
/// "billed at byte-level resolution").
pub const EXPRESS_DATA_IN_USD_GB: f64 = 0.01;

const MSK: &str = "AWS MSK pricing (Standard brokers, us-east-1, on-demand; storage $0.10/GB-month, as AWS's msk_sizing.py EBS_COST_PER_GB_MONTH, commit d6e363b 2026-06-23) and MSK best practices (partitions per broker); m7g baseline network and EBS bandwidth from the EC2 user guide; read 2026-11-24";
const MSK_LARGE: &str = "AWS msk_sizing.py (commit d6e363b, 2026-06-23): $/h and recommended partitions; disk MB/s capped at MSK's maximum provisioned storage throughput, 1,000 MiB/s (MSK developer guide, provisioned storage throughput); network = m7g baseline 15 / 22.5 / 30 Gbps × 125; read 2026-12-01";
const EXPRESS: &str = "AWS msk_sizing.py (commit d6e363b, 2026-06-23): express.m7g $/h (2× Standard), $0.10/GB-month on one copy, $0.01/GB written; MSK developer guide, Express brokers: sustained ingress and egress MBps and recommended partitions per size, rf 3 over 3 AZs, storage per broker unlimited; read 2026-12-01";
const EC2: &str = "AWS EC2 on-demand pricing (us-east-1, Linux) and m7g baseline bandwidth from the EC2 user guide; gp3 $0.08/GB-month (EBS pricing); read 2026-11-24";
const RDS: &str =
    "AWS RDS for PostgreSQL on-demand pricing (us-east-1, single-AZ); read 2026-11-24";
const CACHE: &str = "AWS ElastiCache on-demand pricing (us-east-1) and node memory (ElastiCache user guide, supported node types); read 2026-11-24";

// Brokers: network MB/s = baseline Gbps × 125; disk MB/s = EBS baseline Mbps ÷ 8.
// m7g.large 0.937 Gbps / 630 Mbps; xlarge 1.876 / 1,250; 2xlarge 3.75 / 2,500; 4xlarge 7.5 / 5,000.
const BROKERS: &[Profile] = &[
    Profile {
        id: "kafka.m7g.large",
        label: "MSK Standard, 2 vCPU, 8 GiB",
        sets: &[
            (Cap::BrokerMbps, 117.0),
            (Cap::BrokerDiskMbps, 78.75),
            (Cap::BrokerPartitions, 1000.0),
            (Cap::PriceBroker, 0.204),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: MSK,
        bills_replication_cross_az: false,
        express: false,
    },
    Profile {
        id: "kafka.m7g.xlarge",
        label: "MSK Standard, 4 vCPU, 16 GiB",
        sets: &[
            (Cap::BrokerMbps, 234.5),
            (Cap::BrokerDiskMbps, 156.25),
            (Cap::BrokerPartitions, 1000.0),
            (Cap::PriceBroker, 0.408),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: MSK,
        bills_replication_cross_az: false,
        express: false,
    },
    Profile {
        id: "kafka.m7g.2xlarge",
        label: "MSK Standard, 8 vCPU, 32 GiB",
        sets: &[
            (Cap::BrokerMbps, 468.75),
            (Cap::BrokerDiskMbps, 312.5),
            (Cap::BrokerPartitions, 2000.0),
            (Cap::PriceBroker, 0.816),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: MSK,
        bills_replication_cross_az: false,
        express: false,
    },
    Profile {
        id: "kafka.m7g.4xlarge",
        label: "MSK Standard, 16 vCPU, 64 GiB",
        sets: &[
            (Cap::BrokerMbps, 937.5),
            (Cap::BrokerDiskMbps, 625.0),
            (Cap::BrokerPartitions, 4000.0),
            (Cap::PriceBroker, 1.632),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: MSK,
        bills_replication_cross_az: false,
        express: false,
    },
    Profile {
        id: "kafka.m7g.8xlarge",
        label: "MSK Standard, 32 vCPU, 128 GiB",
        sets: &[
            (Cap::BrokerMbps, 1875.0),
            (Cap::BrokerDiskMbps, 1000.0),
            (Cap::BrokerPartitions, 4000.0),
            (Cap::PriceBroker, 3.264),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: MSK_LARGE,
        bills_replication_cross_az: false,
        express: false,
    },
    Profile {
        id: "kafka.m7g.12xlarge",
        label: "MSK Standard, 48 vCPU, 192 GiB",
        sets: &[
            (Cap::BrokerMbps, 2812.5),
            (Cap::BrokerDiskMbps, 1000.0),
            (Cap::BrokerPartitions, 4000.0),
            (Cap::PriceBroker, 4.896),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: MSK_LARGE,
        bills_replication_cross_az: false,
        express: false,
    },
    Profile {
        id: "kafka.m7g.16xlarge",
        label: "MSK Standard, 64 vCPU, 256 GiB",
        sets: &[
            (Cap::BrokerMbps, 3750.0),
            (Cap::BrokerDiskMbps, 1000.0),
            (Cap::BrokerPartitions, 4000.0),
            (Cap::PriceBroker, 6.528),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: MSK_LARGE,
        bills_replication_cross_az: false,
        express: false,
    },
    Profile {
        id: "express.m7g.large",
        label: "MSK Express, 2 vCPU",
        sets: &[
            // Sustained ingress × 3 replicas on disk; consumers' egress plus two follower copies out.
            (Cap::BrokerDiskMbps, 15.6 * 3.0),
            (Cap::BrokerMbps, 31.2 + 2.0 * 15.6),
            (Cap::BrokerDiskGb, 1e6),
            (Cap::BrokerPartitions, 1000.0),
            (Cap::PriceBroker, 0.408),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: EXPRESS,
        bills_replication_cross_az: false,
        express: true,
    },
    Profile {
        id: "express.m7g.xlarge",
        label: "MSK Express, 4 vCPU",
        sets: &[
            // Sustained ingress × 3 replicas on disk; consumers' egress plus two follower copies out.
            (Cap::BrokerDiskMbps, 31.2 * 3.0),
            (Cap::BrokerMbps, 62.5 + 2.0 * 31.2),
            (Cap::BrokerDiskGb, 1e6),
            (Cap::BrokerPartitions, 1000.0),
            (Cap::PriceBroker, 0.816),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: EXPRESS,
        bills_replication_cross_az: false,
        express: true,
    },
    Profile {
        id: "express.m7g.2xlarge",
        label: "MSK Express, 8 vCPU",
        sets: &[
            // Sustained ingress × 3 replicas on disk; consumers' egress plus two follower copies out.
            (Cap::BrokerDiskMbps, 62.5 * 3.0),
            (Cap::BrokerMbps, 125.0 + 2.0 * 62.5),
            (Cap::BrokerDiskGb, 1e6),
            (Cap::BrokerPartitions, 2500.0),
            (Cap::PriceBroker, 1.632),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: EXPRESS,
        bills_replication_cross_az: false,
        express: true,
    },
    Profile {
        id: "express.m7g.4xlarge",
        label: "MSK Express, 16 vCPU",
        sets: &[
            // Sustained ingress × 3 replicas on disk; consumers' egress plus two follower copies out.
            (Cap::BrokerDiskMbps, 124.9 * 3.0),
            (Cap::BrokerMbps, 249.8 + 2.0 * 124.9),
            (Cap::BrokerDiskGb, 1e6),
            (Cap::BrokerPartitions, 6000.0),
            (Cap::PriceBroker, 3.264),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: EXPRESS,
        bills_replication_cross_az: false,
        express: true,
    },
    Profile {
        id: "express.m7g.8xlarge",
        label: "MSK Express, 32 vCPU",
        sets: &[
            // Sustained ingress × 3 replicas on disk; consumers' egress plus two follower copies out.
            (Cap::BrokerDiskMbps, 250.0 * 3.0),
            (Cap::BrokerMbps, 500.0 + 2.0 * 250.0),
            (Cap::BrokerDiskGb, 1e6),
            (Cap::BrokerPartitions, 12000.0),
            (Cap::PriceBroker, 6.528),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: EXPRESS,
        bills_replication_cross_az: false,
        express: true,
    },
    Profile {
        id: "express.m7g.12xlarge",
        label: "MSK Express, 48 vCPU",
        sets: &[
            // Sustained ingress × 3 replicas on disk; consumers' egress plus two follower copies out.
            (Cap::BrokerDiskMbps, 375.0 * 3.0),
            (Cap::BrokerMbps, 750.0 + 2.0 * 375.0),
            (Cap::BrokerDiskGb, 1e6),
            (Cap::BrokerPartitions, 16000.0),
            (Cap::PriceBroker, 9.792),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: EXPRESS,
        bills_replication_cross_az: false,
        express: true,
    },
    Profile {
        id: "express.m7g.16xlarge",
        label: "MSK Express, 64 vCPU",
        sets: &[
            // Sustained ingress × 3 replicas on disk; consumers' egress plus two follower copies out.
            (Cap::BrokerDiskMbps, 500.0 * 3.0),
            (Cap::BrokerMbps, 1000.0 + 2.0 * 500.0),
            (Cap::BrokerDiskGb, 1e6),
            (Cap::BrokerPartitions, 20000.0),
            (Cap::PriceBroker, 13.056),
            (Cap::PriceBrokerGbMonth, 0.10),
        ],
        source: EXPRESS,
        bills_replication_cross_az: false,
        express: true,
    },
    Profile {
        id: "ec2.m7g.xlarge",
        label: "Self-managed Kafka on EC2 + gp3, 4 vCPU",
        sets: &[
            (Cap::BrokerMbps, 234.5),
            (Cap::BrokerDiskMbps, 156.25),
            (Cap::BrokerPartitions, 1000.0),
            (Cap::PriceBroker, 0.1632),
            (Cap::PriceBrokerGbMonth, 0.08),
        ],
        source: EC2,
        bills_replication_cross_az: true,
        express: false,
    },
];

/// The RDS classes, with the price row of the role they fill.
macro_rules! rds {
    ($price:expr) => {
        &[
            Profile {
                id: "db.r6g.large",
                label: "RDS PostgreSQL, 2 vCPU, 16 GiB",
                sets: &[($price, 0.218)],
                source: RDS,
                bills_replication_cross_az: false,
                express: false,
            },
            Profile {
                id: "db.r6g.xlarge",
                label: "RDS PostgreSQL, 4 vCPU, 32 GiB",
                sets: &[($price, 0.437)],
                source: RDS,
                bills_replication_cross_az: false,
                express: false,
            },
            Profile {
                id: "db.r6g.2xlarge",
                label: "RDS PostgreSQL, 8 vCPU, 64 GiB",
                sets: &[($price, 0.874)],
                source: RDS,
                bills_replication_cross_az: false,
                express: false,
            },
            Profile {
                id: "db.r6g.4xlarge",
                label: "RDS PostgreSQL, 16 vCPU, 128 GiB",
                sets: &[($price, 1.748)],
                source: RDS,
                bills_replication_cross_az: false,
                express: false,
            },
        ]
    };
}

/// EC2 m7g sizes, with the price row of the role they fill.
macro_rules! ec2 {
    ($price:expr, $what:literal) => {
        &[
            Profile {
                id: "m7g.large",
                label: concat!($what, ", 2 vCPU, 8 GiB"),
                sets: &[($price, 0.0816)],
                source: EC2,
                bills_replication_cross_az: false,
                express: false,
            },
            Profile {
                id: "m7g.xlarge",
                label: concat!($what, ", 4 vCPU, 16 GiB"),
                sets: &[($price, 0.1632)],
                source: EC2,
                bills_replication_cross_az: false,
                express: false,
            },
            Profile {
                id: "m7g.2xlarge",
                label: concat!($what, ", 8 vCPU, 32 GiB"),
                sets: &[($price, 0.3264)],
                source: EC2,
                bills_replication_cross_az: false,
                express: false,
            },
            Profile {
                id: "m7g.4xlarge",
                label: concat!($what, ", 16 vCPU, 64 GiB"),
                sets: &[($price, 0.6528)],
                source: EC2,
                bills_replication_cross_az: false,
                express: false,
            },
        ]
    };
}

const WRITE_DB: &[Profile] = rds!(Cap::PriceWriteDb);
const READ_REPLICA: &[Profile] = rds!(Cap::PriceReadReplica);
const MESSAGE_DB: &[Profile] = rds!(Cap::PriceMessageDb);
const EVENT_STORE: &[Profile] = ec2!(Cap::PriceEventStore, "Event store on EC2 + gp3");
const GATEWAY: &[Profile] = ec2!(Cap::PriceGateway, "WebSocket gateway on EC2");
const REPLAY_WORKER: &[Profile] = ec2!(Cap::PriceReplayWorker, "Replay worker on EC2");
const CONSUMER: &[Profile] = ec2!(Cap::PriceConsumer, "Consumer service on EC2");

// ElastiCache memory: r7g.large 13.07 GiB, xlarge 26.32, 2xlarge 52.82, 4xlarge 105.81 (× 1.0737 GB/GiB).
const CACHES: &[Profile] = &[
    Profile {
        id: "cache.r7g.large",
        label: "ElastiCache (Valkey/Redis OSS), 13.07 GiB",
        sets: &[(Cap::CacheMemGb, 14.03), (Cap::PriceCache, 0.219)],
        source: CACHE,
        bills_replication_cross_az: false,
        express: false,
    },
    Profile {
        id: "cache.r7g.xlarge",
        label: "ElastiCache (Valkey/Redis OSS), 26.32 GiB",
        sets: &[(Cap::CacheMemGb, 28.26), (Cap::PriceCache, 0.437)],
        source: CACHE,
        bills_replication_cross_az: false,
        express: false,
    },
    Profile {
        id: "cache.r7g.2xlarge",
        label: "ElastiCache (Valkey/Redis OSS), 52.82 GiB",
        sets: &[(Cap::CacheMemGb, 56.72), (Cap::PriceCache, 0.873)],
        source: CACHE,
        bills_replication_cross_az: false,
        express: false,
    },
    Profile {
        id: "cache.r7g.4xlarge",
        label: "ElastiCache (Valkey/Redis OSS), 105.81 GiB",
        sets: &[(Cap::CacheMemGb, 113.61), (Cap::PriceCache, 1.745)],
        source: CACHE,
        bills_replication_cross_az: false,
        express: false,
    },
];

/// Link prefix of profile choices.
pub const PROFILE_PREFIX: &str = "profile.";

/// The catalog for a component, smallest first.
pub fn catalog(c: Component) -> &'static [Profile] {
    match c {
        Component::Broker => BROKERS,
        Component::WriteDb => WRITE_DB,
        Component::ReadReplica => READ_REPLICA,
        Component::Cache => CACHES,
        Component::EventStore => EVENT_STORE,
        Component::MessageDb => MESSAGE_DB,
        Component::Gateway => GATEWAY,
        Component::ReplayWorker => REPLAY_WORKER,
        Component::Consumer => CONSUMER,
    }
}

/// Index of the default profile in [`catalog`]: a mid-size production node,
/// except the cache, whose smallest node already holds a day of most hot sets.
pub fn default_index(c: Component) -> usize {
    match c {
        Component::Cache => 0,
        Component::EventStore => 2,
        _ => 1,
    }
}

/// The index of the profile named `id` for `c`.
pub fn find(c: Component, id: &str) -> Option<usize> {
    catalog(c).iter().position(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalog_sets_its_own_price_and_defaults_match_the_table() {
        for c in Component::ALL {
            let cat = catalog(c);
            assert!(!cat.is_empty());
            let d = &cat[default_index(c)];
            // The Cap table's default is the default profile's value, so a
            // reader of either sees the same number.
            for (cap, v) in d.sets {
                assert_eq!(cap.spec().default, *v, "{} {:?}", d.id, cap);
            }
            for p in cat {
                assert!(
                    p.sets.iter().any(|(cap, _)| cap.is_price()),
                    "{} has no price",
                    p.id
                );
                assert!(!p.source.is_empty());
                for (cap, v) in p.sets {
                    let s = cap.spec();
                    assert!(s.min <= *v && *v <= s.max, "{} {:?}", p.id, cap);
                }
            }
            assert_eq!(find(c, d.id), Some(default_index(c)));
        }
        assert_eq!(find(Component::Broker, "nope"), None);
    }
}
