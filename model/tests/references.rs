//! Public reference cases.

use model::component::Component;
use model::scenario::Tolerate;
use model::{Assumptions, Cap, Estimate, Scenario};

/// Confluent, "How to choose the number of topics/partitions in a Kafka
/// cluster": target 250 MB/s, 50 MB/s produce and 25 MB/s consume per
/// partition → max(250/50, 250/25) = 10 partitions.
#[test]
fn confluent_partition_formula() {
    let s = Scenario {
        users: 250.0,
        rate_per_user_sec: 1000.0,
        size_bytes: 1000.0,
        ..Scenario::default()
    };
    let mut a = Assumptions::default();
    a.set(Cap::PartProduce, 50.0);
    a.set(Cap::PartConsume, 25.0);
    // One consumer group of 20K msg/s members needs ⌈250K ÷ (20K × 0.7)⌉ = 18
    // members, so 18 partitions: every member of a group needs its own.
    assert_eq!(Estimate::numbers(&s, &a).nodes.partitions, 18);
    // Fast consumers leave Confluent's throughput rule alone to decide.
    a.set(Cap::ConsumerMsgs, 1e6);
    let e = Estimate::explain(&s, &a);
    assert_eq!(e.load.ingress_bytes_per_sec, 250e6);
    assert_eq!(e.nodes.partitions, 10);
    // Producer-bound when consumers are faster: 250/50 = 5.
    a.set(Cap::PartConsume, 100.0);
    assert_eq!(Estimate::numbers(&s, &a).nodes.partitions, 5);
}

/// Erlang C textbook values: c = 2, a = 1 → C = 1/3; and the M/M/1 mean
/// wait ρ/(μ − λ).
#[test]
fn erlang_c_textbook() {
    let q = model::queue::mmc(1.0, 1.0, 2).expect("stable");
    assert!((q.p_wait - 1.0 / 3.0).abs() < 1e-12);
    assert!((q.mean_wait_s - (1.0 / 3.0) / (2.0 - 1.0)).abs() < 1e-12);
    let m1 = model::queue::mmc(50.0, 100.0, 1).expect("stable");
    assert!((m1.mean_wait_s - 0.5 / 50.0).abs() < 1e-12);
}

/// The seeds' world: no failure headroom, one zone (for public examples that
/// size for peak with every node up).
fn no_headroom(s: Scenario) -> Scenario {
    Scenario {
        tolerate: Tolerate::None,
        az: 1.0,
        ..s
    }
}

/// AWS MSK right-sizing (Hausmann, "Best practices for right-sizing your
/// Apache Kafka clusters", AWS Big Data blog, 2020): network out carries
/// ingress × (consumer groups + rf − 1). 100 MB/s in, 3 consumer groups,
/// rf 3 → 500 MB/s out; at 200 MB/s a broker and 70 % → ⌈3.57⌉ = 4 brokers.
#[test]
fn msk_network_out_bound() {
    let s = no_headroom(Scenario {
        users: 100.0,
        rate_per_user_sec: 1000.0,
        size_bytes: 1000.0,
        fanout: 3.0,
        rf: 3.0,
        retention_days: 0.01,
        ..Scenario::default()
    });
    let mut a = Assumptions::default();
    a.set(Cap::BrokerMbps, 200.0);
    a.set(Cap::BrokerDiskMbps, 200.0);
    let e = Estimate::explain(&s, &a);
    assert_eq!(e.nodes.brokers_by_bytes, 4);
    assert_eq!(e.nodes.brokers, 4);
    assert_eq!(e.sizing["brokers"].binding, "network_out");
    // With MSK's three zones and a zone's headroom: 4 × 3/2 = 6.
    let zoned = Estimate::numbers(
        &Scenario {
            az: 3.0,
            tolerate: Tolerate::Zone,
            ..s
        },
        &a,
    );
    assert_eq!(zoned.nodes.brokers, 6);
}

/// Amazon MSK best practices for Standard brokers: kafka.m7g.large should
/// hold at most 1,000 partition replicas (leaders and followers); the
/// 4xlarge 4,000. 20 MB/s at 0.01 MB/s a partition = 2,000 partitions; at
/// rf 3 that is 6,000 replicas → 6 large brokers, or 2 4xlarge (then rf 3
/// sets the floor: 3).
#[test]
fn msk_partitions_per_broker() {
    let s = no_headroom(Scenario {
        users: 20_000.0,
        rate_per_user_sec: 1.0,
        size_bytes: 1000.0,
        retention_days: 0.01,
        ..Scenario::default()
    });
    let mut a = Assumptions::default();
    a.set(Cap::PartProduce, 0.01);
    a.set(Cap::PartConsume, 0.01);
    assert!(a.set_profile(Component::Broker, "kafka.m7g.large"));
    let e = Estimate::numbers(&s, &a);
    assert_eq!(e.nodes.partitions, 2000);
    assert_eq!(e.nodes.brokers, 6);
    assert_eq!(e.sizing["brokers"].binding, "partitions");
    assert!(a.set_profile(Component::Broker, "kafka.m7g.4xlarge"));
    let big = Estimate::numbers(&s, &a);
    assert_eq!(
        (big.nodes.brokers, big.sizing["brokers"].binding),
        (3, "rf")
    );
}

/// Amazon MSK: at most 16 TiB (17,592 GB) of storage per broker; MSK alerts
/// at 80 % use. 1 GB/s × 1 day × rf 3 = 259.2 TB ÷ (17,592 GB × 0.8) →
/// ⌈18.4⌉ = 19 kafka.m7g.4xlarge brokers, where throughput needs 7 (disk
/// writes: 3 GB/s ÷ (625 MB/s × 0.7)).
#[test]
fn msk_storage_per_broker() {
    let s = no_headroom(Scenario {
        users: 1e6,
        rate_per_user_sec: 1.0,
        size_bytes: 1000.0,
        retention_days: 1.0,
        ..Scenario::default()
    });
    let mut a = Assumptions::default();
    assert!(a.set_profile(Component::Broker, "kafka.m7g.4xlarge"));
    let e = Estimate::numbers(&s, &a);
    assert!((e.storage.broker_local_bytes - 259.2e12).abs() < 1.0);
    assert_eq!(e.nodes.brokers, 19);
    assert_eq!(e.sizing["brokers"].binding, "storage");
    assert_eq!(e.sizing["brokers"].by["disk_write"], 7);
    // Tiered storage keeping 6 hours local: 64.8 TB on disk (5 brokers' worth),
    // one copy of the other 18 hours (64.8 TB) in object storage; the message rate binds (1M ÷ 105K → 10).
    let tiered = Estimate::numbers(
        &Scenario {
            tiered_local_hours: 6.0,
            ..s
        },
        &a,
    );
    assert!((tiered.storage.broker_local_bytes - 64.8e12).abs() < 1.0);
    assert!((tiered.storage.object_bytes - 64.8e12).abs() < 1.0);
    assert_eq!(tiered.sizing["brokers"].by["storage"], 5);
    assert_eq!(
        (tiered.nodes.brokers, tiered.sizing["brokers"].binding),
        (10, "msgs")
    );
}

/// Redpanda sizing guidelines ("Sizing Guidelines", Redpanda self-managed
/// docs, 2026): bandwidth must cover writes and reads multiplied by the
/// replication factor, and nodes are added for fault tolerance so the
/// cluster runs at full throughput degraded. 300 MB/s produced, 2 consumer
/// groups, rf 3: writes 900 MB/s to disk, 1,200 MB/s out. On 937.5 MB/s
/// (m7g.4xlarge baseline) brokers at 70 %: ⌈1.83⌉ = 2 for network; losing a
/// node needs one more (3), losing one of three zones 2 × 3/2 = 3.
#[test]
fn redpanda_degraded_full_throughput() {
    let s = Scenario {
        users: 300.0,
        rate_per_user_sec: 1000.0,
        size_bytes: 1000.0,
        fanout: 2.0,
        rf: 3.0,
        retention_days: 0.01,
        ..Scenario::default()
    };
    let mut a = Assumptions::default();
    assert!(a.set_profile(Component::Broker, "kafka.m7g.4xlarge"));
    a.set(Cap::BrokerDiskMbps, 937.5); // local NVMe, as Redpanda recommends: network binds
    let none = Estimate::numbers(&no_headroom(s.clone()), &a);
    assert_eq!(none.sizing["brokers"].by["network_out"], 2);
    assert_eq!(none.nodes.brokers, 3, "rf 3 sets the floor");
    let node = Estimate::numbers(
        &Scenario {
            tolerate: Tolerate::Node,
            az: 1.0,
            ..s.clone()
        },
        &a,
    );
    assert_eq!(node.sizing["brokers"].by["network_out"], 3);
    let zone = Estimate::numbers(&s, &a);
    assert_eq!(zone.sizing["brokers"].by["network_out"], 3);
}

/// Netflix service-capacity-modeling 0.3.212 (`models/org/netflix/kafka.py`,
/// PyPI): a new cluster plans state at most 40 % of its disk (needed disk =
/// state × 2.5), and network at BW × 1.4 with BW_out = X × consumers +
/// X × (RF − 1). With `disk_fill` = 40 % and util = 1/1.4 this model gives
/// the same needs: 10 TB of state → 25 TB of disk → ⌈25 ÷ 17.592⌉ = 2 brokers.
#[test]
fn netflix_kafka_defaults() {
    let s = no_headroom(Scenario {
        users: 1e4,
        rate_per_user_sec: 1.0,
        size_bytes: 1000.0,
        rf: 2.0, // Netflix's HA default: copies_per_region = 2
        retention_days: 10e12 / (1e4 * 1000.0 * 86_400.0 * 2.0),
        util_pct: 100.0 / 1.4,
        ..Scenario::default()
    });
    let mut a = Assumptions::default();
    a.set(Cap::DiskFill, 40.0);
    let e = Estimate::numbers(&s, &a);
    assert!((e.storage.broker_local_bytes - 10e12).abs() < 1.0);
    assert_eq!(e.sizing["brokers"].by["storage"], 2);
    // Network: X = 10 MB/s, 1 consumer, RF 2 → out = 10 + 10 = 20 MB/s; × 1.4 = 28 MB/s.
    let need = e.load.ingress_bytes_per_sec * (s.fanout + s.rf - 1.0) / (s.util_pct / 100.0);
    assert!((need - 28e6).abs() < 1.0);
}

/// Cross-zone transfer on AWS: $0.01/GB each way between AZs (EC2 pricing,
/// data transfer; Netflix's model prices intra-region transfer at $0.02/GiB).
/// 100 MB/s in, rf 3, 3 zones, 1 consumer group, leader fetching:
/// 100 × 2/3 (producers) + 100 × 2 (followers) + 100 × 2/3 (consumers) =
/// 333.3 MB/s cross zones.
/// * Self-managed Kafka on EC2 pays for all of it: × 2,628,000 s = 876,000 GB
///   a month × $0.02 = $17,520; follower fetching drops the consumer part:
///   266.7 MB/s → $14,016.
/// * MSK does not bill replication between brokers (issue #17; AWS's
///   msk_sizing.py prices cross-AZ on client bytes only): 133.3 MB/s → $7,008;
///   with follower fetching 66.7 MB/s → $3,504.
#[test]
fn cross_zone_traffic_cost() {
    let s = Scenario {
        users: 100.0,
        rate_per_user_sec: 1000.0,
        size_bytes: 1000.0,
        ..Scenario::default()
    };
    let ff = Scenario {
        follower_fetch: 1.0,
        ..s.clone()
    };
    let msk = Assumptions::default();
    let mut ec2 = Assumptions::default();
    assert!(ec2.set_profile(model::component::Component::Broker, "ec2.m7g.xlarge"));
    let net = |s: &Scenario, a: &Assumptions| {
        Estimate::numbers(s, a).cost.by_component["brokers"].network_usd
    };
    let e = Estimate::numbers(&s, &msk);
    assert!((e.load.cross_az_bytes_per_sec - 1e9 / 3.0).abs() < 1.0);
    assert!((e.load.cross_az_replication_bytes_per_sec - 2e8).abs() < 1.0);
    assert!((net(&s, &ec2) - 17_520.0).abs() < 0.01);
    assert!((net(&ff, &ec2) - 14_016.0).abs() < 0.01);
    assert!((net(&s, &msk) - 7_008.0).abs() < 0.01);
    assert!((net(&ff, &msk) - 3_504.0).abs() < 0.01);
}

/// Broker storage is billed at the platform's own rate: MSK $0.10/GB-month
/// (AWS MSK pricing; msk_sizing.py `EBS_COST_PER_GB_MONTH = 0.10`), gp3
/// $0.08 when self-managed. 100 MB/s for 7 days at rf 3 = 181.44 TB on
/// disks, ÷ 0.8 fill = 226,800 GB provisioned.
#[test]
fn broker_storage_price_follows_the_platform() {
    let s = Scenario {
        users: 100.0,
        rate_per_user_sec: 1000.0,
        size_bytes: 1000.0,
        ..Scenario::default()
    };
    let msk = Estimate::numbers(&s, &Assumptions::default());
    assert!((msk.cost.by_component["brokers"].storage_usd - 22_680.0).abs() < 0.01);
    let mut ec2 = Assumptions::default();
    assert!(ec2.set_profile(model::component::Component::Broker, "ec2.m7g.xlarge"));
    let self_managed = Estimate::numbers(&s, &ec2);
    assert!((self_managed.cost.by_component["brokers"].storage_usd - 18_144.0).abs() < 0.01);
}

/// Every step renders a formula, its substitution and a result, and the
/// CLI/UI can follow any output back to its inputs.
#[test]
fn every_output_explains_itself() {
    let e = Estimate::explain(&Scenario::default(), &Assumptions::default());
    for id in [
        "nodes.brokers",
        "nodes.partitions",
        "nodes.read_replicas",
        "nodes.write_shards",
        "nodes.cache_nodes",
        "nodes.event_store_nodes",
        "nodes.gateway_servers",
        "nodes.replay_workers",
        "storage.bytes_per_day",
        "storage.retained_bytes",
        "replay.rebuild_seconds",
        "replay.replay_bytes_per_sec",
        "latency.p99_delivery_ms",
        "latency.consistency_lag_p99_ms",
        "load.egress_bytes_per_sec",
    ] {
        let chain = model::explain::chain(&e.steps, id);
        assert!(!chain.is_empty(), "{id} has no derivation");
        for s in chain {
            assert!(
                !s.formula.is_empty() && !s.substituted.is_empty() && !s.result.is_empty(),
                "{id}: {s:?}"
            );
        }
    }
    let brokers = model::explain::chain(&e.steps, "nodes.brokers");
    assert_eq!(
        brokers.first().map(|s| s.id.as_str()),
        Some("load.avg_actions_per_sec")
    );
    assert_eq!(
        brokers.last().map(|s| s.result.as_str()),
        Some("1,290 nodes, bound by storage (local retained bytes)")
    );
}
