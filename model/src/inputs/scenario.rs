//! Typed inputs: the [`Scenario`] a person describes, the per-node
//! [`Assumptions`] it is sized against, and the [`View`] (pattern) selected.

use crate::inputs::drill::Pins;
use crate::inputs::params::Param;
use serde::{Deserialize, Serialize};

/// The five patterns from the seeds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum View {
    /// Eventual consistency over a message broker (seed 000).
    #[default]
    Eventual,
    /// CQRS write and read models (seed 001).
    Cqrs,
    /// Event sourcing with snapshots (seed 002).
    Sourcing,
    /// Real-time messaging with latency targets (seed 003).
    Messaging,
    /// Event replay (seed 004).
    Replay,
}

impl View {
    /// All five, in tab order.
    pub const ALL: [View; 5] = [
        View::Eventual,
        View::Cqrs,
        View::Sourcing,
        View::Messaging,
        View::Replay,
    ];

    /// Name in links and on the CLI.
    pub fn key(self) -> &'static str {
        match self {
            View::Eventual => "eventual",
            View::Cqrs => "cqrs",
            View::Sourcing => "sourcing",
            View::Messaging => "messaging",
            View::Replay => "replay",
        }
    }

    /// The view named `key`.
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }

    /// Tab title.
    pub fn title(self) -> &'static str {
        match self {
            View::Eventual => "Eventual consistency",
            View::Cqrs => "CQRS",
            View::Sourcing => "Event sourcing",
            View::Messaging => "Real-time messaging",
            View::Replay => "Event replay",
        }
    }
}

/// What the design must survive while still carrying peak at the target
/// utilisation (link key `tolerate`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tolerate {
    /// No headroom for failure: counts carry peak only with every node up.
    None,
    /// Losing any one node.
    Node,
    /// Losing a whole availability zone (the default, as MSK and Netflix plan).
    #[default]
    Zone,
}

impl Tolerate {
    /// All three, in menu order.
    pub const ALL: [Tolerate; 3] = [Tolerate::None, Tolerate::Node, Tolerate::Zone];

    /// Name in links and on the CLI.
    pub fn key(self) -> &'static str {
        match self {
            Tolerate::None => "none",
            Tolerate::Node => "node",
            Tolerate::Zone => "zone",
        }
    }

    /// The value named `key`.
    pub fn from_key(key: &str) -> Option<Tolerate> {
        Tolerate::ALL.into_iter().find(|t| t.key() == key)
    }

    /// What it means, for menus.
    pub fn label(self) -> &'static str {
        match self {
            Tolerate::None => "nothing (every node up)",
            Tolerate::Node => "losing one node",
            Tolerate::Zone => "losing one zone",
        }
    }

    /// Where the default comes from, shown beside the menu.
    pub const SOURCE: &'static str = "planning default: keep peak with one zone lost. AWS MSK spreads brokers evenly over 3 AZs (MSK developer guide, 2026); Netflix service-capacity-modeling 0.3.212 sizes stateful clusters per zone";
}

/// What a person describes: load, shape and targets. Units are in the names
/// of the [`Param`] table; every field is within its spec's range once
/// [`Scenario::clamped`] has run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Total users.
    pub users: f64,
    /// Actions per user per second.
    pub rate_per_user_sec: f64,
    /// Bytes per message.
    pub size_bytes: f64,
    /// Writes as % of actions.
    pub write_pct: f64,
    /// Peak-to-average factor.
    pub peak_factor: f64,
    /// Replication factor.
    pub rf: f64,
    /// Consumer groups per event.
    pub fanout: f64,
    /// Retention, days.
    pub retention_days: f64,
    /// Compression ratio.
    pub compression: f64,
    /// Target utilisation, %.
    pub util_pct: f64,
    /// Users online at once, %.
    pub online_pct: f64,
    /// Events per snapshot, 0 = off.
    pub snap_every: f64,
    /// Events per aggregate stream.
    pub stream_events: f64,
    /// Replays per second.
    pub replays_per_sec: f64,
    /// Rebuild target, hours.
    pub rebuild_hours: f64,
    /// Latency SLO, ms.
    pub slo_ms: f64,
    /// Regions.
    pub regions: f64,
    /// Availability zones per region.
    pub az: f64,
    /// Planning horizon, months.
    pub horizon_months: f64,
    /// Hours kept locally with tiered storage; 0 = off.
    pub tiered_local_hours: f64,
    /// Follower fetching on (1) or off (0).
    pub follower_fetch: f64,
    /// Partitions pinned by the user, before replication; 0 = derived from
    /// throughput (Confluent's partition sizing).
    pub partitions: f64,
    /// Hours the time-and-failure simulation covers.
    pub window_h: f64,
    /// Hours allowed to re-replicate a lost broker; 0 = no recovery row.
    pub rto_h: f64,
    /// Counts pinned by the person (`count.<nodes key>`).
    #[serde(default)]
    pub pins: Pins,
    /// Failure the design tolerates.
    pub tolerate: Tolerate,
    /// Selected pattern.
    pub view: View,
}

impl Default for Scenario {
    fn default() -> Self {
        let mut s = Scenario {
            users: 0.0,
            rate_per_user_sec: 0.0,
            size_bytes: 0.0,
            write_pct: 0.0,
            peak_factor: 0.0,
            rf: 0.0,
            fanout: 0.0,
            retention_days: 0.0,
            compression: 0.0,
            util_pct: 0.0,
            online_pct: 0.0,
            snap_every: 0.0,
            stream_events: 0.0,
            replays_per_sec: 0.0,
            rebuild_hours: 0.0,
            slo_ms: 0.0,
            regions: 0.0,
            az: 0.0,
            horizon_months: 0.0,
            tiered_local_hours: 0.0,
            follower_fetch: 0.0,
            partitions: 0.0,
            window_h: 0.0,
            rto_h: 0.0,
            pins: Pins::default(),
            tolerate: Tolerate::default(),
            view: View::default(),
        };
        for p in Param::ALL {
            s.set(*p, p.spec().default);
        }
        s
    }
}

impl Scenario {
    /// 100 MB/s into the broker: 100 users × 1,000 actions/s × 1 KB, the
    /// workload the platform and policy tests size (tests only).
    #[cfg(test)]
    pub(crate) fn hundred_mbps() -> Scenario {
        Scenario {
            users: 100.0,
            rate_per_user_sec: 1000.0,
            size_bytes: 1000.0,
            ..Scenario::default()
        }
    }

    /// The value of `p`.
    pub fn get(&self, p: Param) -> f64 {
        *self.slot(p)
    }

    /// Sets `p` to `v` as given (use [`Scenario::clamped`] to enforce ranges).
    pub fn set(&mut self, p: Param, v: f64) {
        *self.slot_mut(p) = v;
    }

    fn slot(&self, p: Param) -> &f64 {
        match p {
            Param::Users => &self.users,
            Param::Rate => &self.rate_per_user_sec,
            Param::Size => &self.size_bytes,
            Param::Write => &self.write_pct,
            Param::Peak => &self.peak_factor,
            Param::Rf => &self.rf,
            Param::Fanout => &self.fanout,
            Param::Retention => &self.retention_days,
            Param::Compress => &self.compression,
            Param::Util => &self.util_pct,
            Param::Online => &self.online_pct,
            Param::Snap => &self.snap_every,
            Param::Stream => &self.stream_events,
            Param::Replays => &self.replays_per_sec,
            Param::Rebuild => &self.rebuild_hours,
            Param::Slo => &self.slo_ms,
            Param::Regions => &self.regions,
            Param::Az => &self.az,
            Param::Horizon => &self.horizon_months,
            Param::Tiered => &self.tiered_local_hours,
            Param::FollowerFetch => &self.follower_fetch,
            Param::Partitions => &self.partitions,
            Param::Window => &self.window_h,
            Param::Rto => &self.rto_h,
        }
    }

    fn slot_mut(&mut self, p: Param) -> &mut f64 {
        match p {
            Param::Users => &mut self.users,
            Param::Rate => &mut self.rate_per_user_sec,
            Param::Size => &mut self.size_bytes,
            Param::Write => &mut self.write_pct,
            Param::Peak => &mut self.peak_factor,
            Param::Rf => &mut self.rf,
            Param::Fanout => &mut self.fanout,
            Param::Retention => &mut self.retention_days,
            Param::Compress => &mut self.compression,
            Param::Util => &mut self.util_pct,
            Param::Online => &mut self.online_pct,
            Param::Snap => &mut self.snap_every,
            Param::Stream => &mut self.stream_events,
            Param::Replays => &mut self.replays_per_sec,
            Param::Rebuild => &mut self.rebuild_hours,
            Param::Slo => &mut self.slo_ms,
            Param::Regions => &mut self.regions,
            Param::Az => &mut self.az,
            Param::Horizon => &mut self.horizon_months,
            Param::Tiered => &mut self.tiered_local_hours,
            Param::FollowerFetch => &mut self.follower_fetch,
            Param::Partitions => &mut self.partitions,
            Param::Window => &mut self.window_h,
            Param::Rto => &mut self.rto_h,
        }
    }

    /// A copy with every field inside its range (NaN becomes the default).
    pub fn clamped(&self) -> Scenario {
        let mut s = self.clone();
        for p in Param::ALL {
            let (v, _) = p.spec().clamp(s.get(*p));
            s.set(*p, v);
        }
        s.pins = s.pins.clamped();
        s
    }

    /// The same scenario with `users` multiplied by `k` (clamped): "traffic × k".
    pub fn scaled_users(&self, k: f64) -> Scenario {
        let mut s = self.clone();
        s.users *= k;
        s.clamped()
    }
}

pub use crate::inputs::assumptions::Assumptions;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::component::Component;
    use crate::inputs::params::Cap;

    #[test]
    fn defaults_come_from_the_table() {
        let s = Scenario::default();
        assert_eq!(s.users, 1e6);
        assert_eq!(s.rate_per_user_sec, 10.0);
        assert_eq!(s.view, View::Eventual);
        let a = Assumptions::default();
        assert_eq!(a.get(Cap::BrokerMsgs), 150_000.0);
        assert_eq!(a.get(Cap::RttCross), 150.0);
    }

    #[test]
    fn overrides_beat_profiles_beat_the_table() {
        let mut a = Assumptions::default();
        assert_eq!(a.profile(Component::Broker).id, "kafka.m7g.xlarge");
        assert_eq!(a.get(Cap::BrokerMbps), 234.5);
        assert!(a.set_profile(Component::Broker, "kafka.m7g.4xlarge"));
        assert_eq!(a.get(Cap::BrokerMbps), 937.5);
        assert_eq!(a.get(Cap::PriceBroker), 1.632);
        a.set(Cap::BrokerMbps, 500.0);
        assert!(a.is_set(Cap::BrokerMbps));
        assert_eq!(a.get(Cap::BrokerMbps), 500.0);
        a.set(Cap::BrokerMbps, 937.5);
        assert!(
            !a.is_set(Cap::BrokerMbps),
            "equal to the base is no override"
        );
        assert!(!a.set_profile(Component::Broker, "kafka.x99.huge"));
        assert_eq!(a.profile(Component::Broker).id, "kafka.m7g.4xlarge");
        a.set(Cap::BrokerMsgs, f64::NAN);
        assert_eq!(a.clamped().get(Cap::BrokerMsgs), 150_000.0);
    }

    #[test]
    fn clamped_fixes_every_field() {
        let mut s = Scenario::default();
        for p in Param::ALL {
            s.set(*p, f64::NAN);
        }
        assert_eq!(s.clamped(), Scenario::default());
        s.users = 1e300;
        assert_eq!(s.clamped().users, 1e10);
    }

    #[test]
    fn view_keys_round_trip() {
        for v in View::ALL {
            assert_eq!(View::from_key(v.key()), Some(v));
        }
    }
}
