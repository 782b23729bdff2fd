//! Public reference cases.

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

/// AWS MSK right-sizing: network out carries ingress × (consumer groups + rf − 1).
#[test]
fn msk_network_out_bound() {
    // 100 MB/s in, 3 consumer groups, rf 3 → 500 MB/s out; at 200 MB/s × 70 % → 4 brokers.
    let s = Scenario {
        users: 100.0,
        rate_per_user_sec: 1000.0,
        size_bytes: 1000.0,
        fanout: 3.0,
        rf: 3.0,
        ..Scenario::default()
    };
    let e = Estimate::explain(&s, &Assumptions::default());
    assert_eq!(e.nodes.brokers_by_bytes, 4);
    assert_eq!(e.nodes.brokers, 4);
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
        Some("215 brokers")
    );
}
