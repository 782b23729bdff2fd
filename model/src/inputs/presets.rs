//! Presets: one per seed that reproduces the seed's worked example (with the
//! seed's slips corrected and noted), and one per scale tier.

use crate::common::units::SECONDS_PER_DAY;
use crate::inputs::params::Param;
use crate::inputs::scenario::{Scenario, View};

/// A named starting point.
#[derive(Clone, Debug, PartialEq)]
pub struct Preset {
    /// Stable id, e.g. `seed-000` or `tier-1m`.
    pub id: &'static str,
    /// Menu label.
    pub name: &'static str,
    /// The inputs it sets; others stay at their defaults.
    pub sets: Vec<(Param, f64)>,
    /// The view it opens, or `None` to keep the current one (tier presets).
    pub view: Option<View>,
    /// Where the model's figures differ from the seed's, and why.
    pub notes: &'static [&'static str],
}

impl Preset {
    /// The scenario this preset describes, keeping `current_view` when the
    /// preset does not choose one.
    pub fn scenario(&self, current_view: View) -> Scenario {
        let mut s = Scenario {
            view: self.view.unwrap_or(current_view),
            ..Scenario::default()
        };
        for (p, v) in &self.sets {
            s.set(*p, *v);
        }
        s.clamped()
    }
}

/// Every preset, seeds first, then tiers.
pub fn all() -> Vec<Preset> {
    use Param::*;
    let seed = |id, name, view: View, sets: Vec<(Param, f64)>, notes| Preset {
        id,
        name,
        sets,
        view: Some(view),
        notes,
    };
    let tier = |id, name, users: f64, slo: f64, regions: f64| Preset {
        id,
        name,
        sets: vec![(Users, users), (Slo, slo), (Regions, regions)],
        view: None,
        notes: &[],
    };
    vec![
        // 1M users × 10 msg/s through the broker; the seed ignores replication.
        seed(
            "seed-000",
            "Seed 000 · 1M users × 10 msg/s (eventual)",
            View::Eventual,
            vec![
                (Users, 1e6),
                (Rate, 10.0),
                (Size, 1000.0),
                (Write, 100.0),
                (Rf, 1.0),
                (Fanout, 1.0),
            ],
            &[
                "Seed figure kept: at rf 1, 96 brokers carry 10M msg/s at 70 % (the seed's 50–100).",
                "Surviving a zone loss over 3 zones makes that 144, and 7 days of 864 TB/day need 432 brokers of 14 TB usable (16 TiB at 80 %): storage binds. Tiered storage (tiered=…) moves the old days to object storage.",
            ],
        ),
        // 10,000 RPS in total from 1M users, 10 % writes.
        seed(
            "seed-001",
            "Seed 001 · 1M users, 10K RPS, 10 % writes (CQRS)",
            View::Cqrs,
            vec![(Users, 1e6), (Rate, 0.01), (Size, 1000.0), (Write, 10.0)],
            &[
                "Seed figures kept: 2 write primaries for 1,000 writes/s at 70 %, 1 read replica behind an 80 % cache.",
                "With 3 zones and a zone's headroom: 3 write shards and 3 replicas (one per zone); a day of writes (86.4 GB) as the cache's hot set needs 9 cache.r7g.large nodes: memory binds.",
            ],
        ),
        // 10,000 events/s: 50K users × 0.2 events/s, snapshots on.
        seed(
            "seed-002",
            "Seed 002 · 10K events/s (event sourcing)",
            View::Sourcing,
            vec![
                (Users, 5e4),
                (Rate, 0.2),
                (Size, 1000.0),
                (Write, 100.0),
                (Snap, 100.0),
                (Replays, 0.0),
            ],
            &[
                "Seed figure kept: 3 event-store nodes carry 10K appends/s (5 with a zone's headroom).",
                "The event store keeps every event: a 12-month horizon at rf 3 is 946 TB, 69 nodes of 14 TB usable. Storage binds, not throughput.",
            ],
        ),
        // 1M users × 1 msg/s, < 200 ms.
        seed(
            "seed-003",
            "Seed 003 · 1M users × 1 msg/s (messaging)",
            View::Messaging,
            vec![
                (Users, 1e6),
                (Rate, 1.0),
                (Size, 1000.0),
                (Write, 100.0),
                (Slo, 200.0),
            ],
            &[
                "Seed figures kept: 15 batched message-DB instances and 2 gateways for 1M users at 1 msg/s.",
                "Seven days of 1 GB/s at rf 3 (1.8 PB) need 129 brokers: storage binds. The message DB keeps a year of messages (31.6 PB): 603 instances, bound by storage.",
            ],
        ),
        // 100M events/day from 1M users; 1K replays/s of 1 MB.
        seed(
            "seed-004",
            "Seed 004 · 100M events/day, 1K replays/s (replay)",
            View::Replay,
            vec![
                (Users, 1e6),
                (Rate, 100.0 / SECONDS_PER_DAY),
                (Size, 1000.0),
                (Write, 100.0),
                (Replays, 1000.0),
                (Stream, 1000.0),
                (Snap, 0.0),
            ],
            &[
                "Seed figure kept: 1 GB/s of replay reads needs 12 event-store nodes at 70 %.",
                "With a zone's headroom that is 18; a year of 100 GB/day at rf 3 fills 8 nodes' disks, so replay throughput still binds.",
            ],
        ),
        // Tiers: latency targets from seed 003's table; multi-region at 100M (all seeds).
        tier("tier-100", "Tier · 100 users", 100.0, 1000.0, 1.0),
        tier("tier-10k", "Tier · 10K users", 1e4, 500.0, 1.0),
        tier("tier-1m", "Tier · 1M users", 1e6, 200.0, 1.0),
        tier("tier-100m", "Tier · 100M users", 1e8, 100.0, 3.0),
    ]
}

/// The preset with this id.
pub fn find(id: &str) -> Option<Preset> {
    all().into_iter().find(|p| p.id == id)
}
