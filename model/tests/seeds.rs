//! The seeds' worked examples, pinned. Where a seed's arithmetic slips, the
//! test pins the correct figure and says what the seed printed.

use model::component::Component;
use model::presets::find;
use model::scenario::Tolerate;
use model::{Assumptions, Cap, Estimate, Scenario, View};

fn preset(id: &str) -> Scenario {
    find(id)
        .unwrap_or_else(|| panic!("preset {id}"))
        .scenario(View::Eventual)
}

/// The seeds' own world: every node up (no failure headroom) in one zone.
/// The seeds' worked examples are pinned here; what zones, failure and
/// storage change is pinned in `defaults_change_counts_as_the_notes_say`.
fn seed_world(s: &Scenario) -> Scenario {
    Scenario {
        tolerate: Tolerate::None,
        az: 1.0,
        ..s.clone()
    }
}

fn est(s: &Scenario) -> Estimate {
    Estimate::explain(&seed_world(s), &Assumptions::default())
}

/// A constraint's own count: what that need alone asks for.
fn by(e: &Estimate, comp: &str, key: &str) -> u64 {
    e.sizing[comp].by[key]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

#[test]
fn seed_000_eventual_consistency() {
    let s = preset("seed-000");
    let e = est(&s);
    assert!(
        close(e.load.avg_msgs_per_sec, 10e6),
        "10 million messages/sec"
    );
    assert!(close(e.load.ingress_bytes_per_sec, 10e9), "10 GB/s inflow");
    assert!(
        close(e.load.egress_bytes_per_sec, 10e9),
        "10M × 1 KB = 10 GB/s network"
    );
    // 10M ÷ (150K × 0.7) = 95.2 → 96, inside the seed's 50–100.
    assert_eq!(by(&e, "brokers", "msgs"), 96);
    assert_eq!(e.nodes.brokers_by_msgs, 96);
    assert_eq!(e.bottleneck.component, Component::Broker);
    // The seed's range is the raw 10M ÷ 200K … 10M ÷ 100K at full utilisation.
    for (cap, want) in [(200_000.0, 50), (100_000.0, 100)] {
        let mut a = Assumptions::default();
        a.set(Cap::BrokerMsgs, cap);
        let full = Scenario {
            util_pct: 95.0,
            ..s.clone()
        };
        let n = Estimate::numbers(&full, &a).nodes.brokers_by_msgs;
        assert!(
            n >= want * 95 / 100 && n <= want * 100 / 95 + 1,
            "cap {cap}: {n} vs seed {want}"
        );
    }
    // Storage the seed leaves out: 864 TB per day.
    assert!(close(e.storage.bytes_per_day, 864e12));
    // With the default rf = 3, bytes outgrow messages: 10 GB/s × 3 to disk on
    // kafka.m7g.xlarge (1,250 Mbps of EBS = 156.25 MB/s) at 70 % = 274.3 → 275.
    let rf3 = est(&Scenario { rf: 3.0, ..s });
    assert_eq!(rf3.nodes.brokers_by_bytes, 275);
    assert_eq!(by(&rf3, "brokers", "disk_write"), 275);
    // …and seven days of it at rf 3 (18.1 PB) need 1,290 brokers of 14 TB usable.
    let default = Estimate::numbers(&Scenario::default(), &Assumptions::default());
    assert_eq!(
        default.nodes.brokers, 1290,
        "the default scenario is seed 000 at rf 3"
    );
    assert_eq!(default.sizing["brokers"].binding, "storage");
}

#[test]
fn seed_001_cqrs() {
    let s = preset("seed-001");
    let e = est(&s);
    assert!(
        close(e.load.avg_actions_per_sec, 10_000.0),
        "10,000 RPS total"
    );
    assert!(close(e.load.avg_msgs_per_sec, 1_000.0), "~1000 write QPS");
    assert!(close(e.load.peak_reads_per_sec, 9_000.0), "~9000 read QPS");
    assert_eq!(
        e.nodes.write_shards, 2,
        "1000 writes/s on 1000-QPS primaries at 70 %: shard"
    );
    assert_eq!(
        e.nodes.read_replicas, 1,
        "80 % cache hits leave 1,800 reads/s for replicas"
    );
    assert_eq!(
        by(&e, "cache_nodes", "ops"),
        1,
        "Redis 100K ops/s is enough"
    );
    // …but a day of writes (86.4 GB) is the hot set: 8 cache.r7g.large nodes.
    assert_eq!(
        (e.nodes.cache_nodes, e.sizing["cache_nodes"].binding),
        (8, "memory")
    );
    assert_eq!(
        e.bottleneck.component,
        Component::WriteDb,
        "seed: the write DB is the first bottleneck"
    );
    // The seed's own replica sum: 9,000 ÷ 5,000 with no cache and full load = 2.
    let mut a = Assumptions::default();
    a.set(Cap::CacheHit, 0.0);
    let raw = Estimate::numbers(
        &Scenario {
            util_pct: 95.0,
            ..seed_world(&s)
        },
        &a,
    );
    assert_eq!(raw.nodes.read_replicas, 2);
    // 1 KB per write → 1 MB/s of write storage growth.
    assert!(close(e.load.ingress_bytes_per_sec, 1e6));
    assert!(close(e.storage.bytes_per_day, 86.4e9));
}

#[test]
fn seed_002_event_sourcing() {
    let s = preset("seed-002");
    let e = est(&s);
    assert!(close(e.load.avg_msgs_per_sec, 10_000.0), "10,000 EPS");
    assert_eq!(by(&e, "event_store_nodes", "work"), 3, "at least 3 nodes");
    assert!(
        close(e.load.ingress_bytes_per_sec, 10e6),
        "~10 MB/s write bandwidth"
    );
    // The seed prints ~864 MB/day; 10K × 1 KB × 86,400 s is 864 GB/day.
    assert!(close(e.storage.bytes_per_day, 864e9));
    assert_eq!(e.bottleneck.component, Component::EventStore);
    // Snapshots every 100 events: 1 + 99/2 = 50.5 events per load instead of 1,000.
    assert!(close(e.replay.events_per_replay, 50.5));
    assert!(close(e.replay.events_per_replay_without_snapshots, 1000.0));
}

#[test]
fn seed_003_messaging() {
    let s = preset("seed-003");
    let e = est(&s);
    assert!(close(e.load.avg_msgs_per_sec, 1e6), "~1M messages/sec");
    assert!(close(e.load.ingress_bytes_per_sec, 1e9), "1 GB/s");
    assert_eq!(
        by(&e, "message_db_nodes", "writes"),
        15,
        "1M ÷ (100K × 0.7) batched DB instances"
    );
    assert_eq!(e.nodes.brokers_by_msgs, 10);
    assert_eq!(
        e.nodes.brokers_by_bytes, 28,
        "rf 3 makes bytes bind: 3 GB/s ÷ (156.25 MB/s × 0.7)"
    );
    assert_eq!(e.nodes.gateway_servers, 2, "100K online ÷ (100K × 0.7)");
    assert_eq!(
        e.bottleneck.component,
        Component::Broker,
        "seed: broker/delivery first"
    );
    assert!(
        e.latency.meets_slo,
        "{} ms vs 200 ms",
        e.latency.p99_delivery_ms
    );
}

#[test]
fn seed_004_replay() {
    let s = preset("seed-004");
    let e = est(&s);
    assert!(
        (e.load.avg_msgs_per_sec - 1157.4).abs() < 0.1,
        "~1157 events/sec"
    );
    assert!(close(e.storage.bytes_per_day, 100e9), "~100 GB/day");
    assert!(close(e.replay.bytes_per_replay, 1e6), "1 MB replay");
    assert!(
        close(e.replay.replay_bytes_per_sec, 1e9),
        "1K replays/s × 1 MB = 1 GB/s"
    );
    assert_eq!(
        e.nodes.event_store_nodes, 12,
        "(1157 ÷ 5K + 1 GB/s ÷ 125 MB/s) ÷ 0.7"
    );
    assert_eq!(e.bottleneck.component, Component::EventStore);
}

#[test]
fn presets_cover_every_seed_and_tier() {
    let ids: Vec<&str> = model::presets::all().iter().map(|p| p.id).collect();
    for id in [
        "seed-000",
        "seed-001",
        "seed-002",
        "seed-003",
        "seed-004",
        "tier-100",
        "tier-10k",
        "tier-1m",
        "tier-100m",
    ] {
        assert!(ids.contains(&id), "{id}");
    }
    for (id, tier) in [
        ("tier-100", 0),
        ("tier-10k", 1),
        ("tier-1m", 2),
        ("tier-100m", 3),
    ] {
        let s = find(id).expect("tier preset").scenario(View::Cqrs);
        assert_eq!(s.view, View::Cqrs, "tier presets keep the view");
        assert_eq!(est(&s).tier.index, tier);
    }
}

#[test]
fn ten_x_names_what_crosses_and_what_first() {
    let s = preset("seed-001");
    let (after, tenx) = model::tenx::traffic_times(&seed_world(&s), &Assumptions::default(), 10.0);
    assert_eq!(tenx.users_after, 1e7);
    assert_eq!(tenx.first, Component::WriteDb);
    let write = tenx
        .crossed
        .iter()
        .find(|c| c.component == Component::WriteDb)
        .expect("write DB crosses");
    assert_eq!((write.before, write.after), (2, 15));
    assert_eq!(after.nodes.write_shards, 15);
    assert!(tenx.seed_answer.contains("sharding"));
}

/// Zones (3), a zone's failure headroom and storage by each tier's semantics
/// change the seeds' counts; each preset's notes say how (presets.rs).
#[test]
fn defaults_change_counts_as_the_notes_say() {
    let real = |id: &str| Estimate::numbers(&preset(id), &Assumptions::default());
    let bound = |e: &Estimate, c: &str| (e.sizing[c].count, e.sizing[c].binding);
    let e = real("seed-000");
    assert_eq!(by(&e, "brokers", "msgs"), 144, "96 × 3/2 for a zone");
    assert_eq!(bound(&e, "brokers"), (432, "storage"));
    let e = real("seed-001");
    assert_eq!(bound(&e, "write_shards"), (3, "writes"));
    assert_eq!(bound(&e, "read_replicas"), (3, "reads"));
    assert_eq!(bound(&e, "cache_nodes"), (9, "memory"));
    let e = real("seed-002");
    assert_eq!(bound(&e, "event_store_nodes"), (69, "storage"));
    assert!(
        (e.storage.event_store_bytes - 946.728e12).abs() < 1e9,
        "a year of 864 GB/day at rf 3"
    );
    let e = real("seed-003");
    assert_eq!(bound(&e, "brokers"), (129, "storage"));
    assert_eq!(bound(&e, "message_db_nodes"), (603, "storage"));
    let e = real("seed-004");
    assert_eq!(bound(&e, "event_store_nodes"), (18, "work"));
    for p in model::presets::all()
        .iter()
        .filter(|p| p.id.starts_with("seed"))
    {
        assert!(!p.notes.is_empty(), "{} has no notes", p.id);
    }
}
