//! Typed inputs: the [`Scenario`] a person describes, the per-node
//! [`Assumptions`] it is sized against, and the [`View`] (pattern) selected.

use crate::inputs::component::Component;
use crate::inputs::params::{Cap, Param};
use crate::inputs::profiles::{self, Profile};
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
        }
    }

    /// A copy with every field inside its range (NaN becomes the default).
    pub fn clamped(&self) -> Scenario {
        let mut s = self.clone();
        for p in Param::ALL {
            let (v, _) = p.spec().clamp(s.get(*p));
            s.set(*p, v);
        }
        s
    }

    /// The same scenario with `users` multiplied by `k` (clamped): "traffic × k".
    pub fn scaled_users(&self, k: f64) -> Scenario {
        let mut s = self.clone();
        s.users *= k;
        s.clamped()
    }
}

/// Per-node capacities, prices and the instance profile of each component.
///
/// A capacity's value is, in order: the person's override (a `cap.`/`price.`
/// link key), else what the component's profile sets, else the [`Cap`]
/// table's default. Setting a value equal to that base clears the override,
/// so equal states compare equal and encode to the same link.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Assumptions {
    overrides: Vec<Option<f64>>,
    profiles: Vec<usize>,
    /// Every value in use, resolved after each change: `get` sits on the
    /// sweep's hot path (hundreds of points, dozens of reads each).
    #[serde(skip)]
    resolved: Vec<f64>,
}

impl Default for Assumptions {
    fn default() -> Self {
        let mut a = Assumptions {
            overrides: vec![None; Cap::ALL.len()],
            profiles: Component::ALL
                .iter()
                .map(|c| profiles::default_index(*c))
                .collect(),
            resolved: Vec::new(),
        };
        a.resolve();
        a
    }
}

/// Equal when they would give the same numbers: the cache is not compared.
impl PartialEq for Assumptions {
    fn eq(&self, other: &Self) -> bool {
        self.overrides == other.overrides && self.profiles == other.profiles
    }
}

impl Assumptions {
    /// The value of `c` in use.
    pub fn get(&self, c: Cap) -> f64 {
        match self.resolved.get(c as usize) {
            Some(v) => *v,
            // Only a deserialised value has no cache; resolve on the slow path.
            None => self.lookup(c),
        }
    }

    fn lookup(&self, c: Cap) -> f64 {
        self.overrides
            .get(c as usize)
            .copied()
            .flatten()
            .unwrap_or_else(|| self.base(c))
    }

    fn resolve(&mut self) {
        self.resolved = Vec::new();
        self.resolved = Cap::ALL.iter().map(|c| self.lookup(*c)).collect();
    }

    /// The value `c` has without an override: its profile's, else the table default.
    pub fn base(&self, c: Cap) -> f64 {
        Component::ALL
            .iter()
            .find_map(|comp| {
                self.profile(*comp)
                    .sets
                    .iter()
                    .find(|(cap, _)| *cap == c)
                    .map(|(_, v)| *v)
            })
            .unwrap_or(c.spec().default)
    }

    /// Whether `c` is overridden (shown as "changed", carried in links).
    pub fn is_set(&self, c: Cap) -> bool {
        self.overrides.get(c as usize).is_some_and(|o| o.is_some())
    }

    /// Overrides `c` with `v` as given (use [`Assumptions::clamped`] to
    /// enforce ranges); a value equal to the base clears the override.
    pub fn set(&mut self, c: Cap, v: f64) {
        let base = self.base(c);
        if let Some(slot) = self.overrides.get_mut(c as usize) {
            *slot = (v != base).then_some(v);
        }
        self.resolve();
    }

    /// Drops the override of `c`.
    pub fn reset(&mut self, c: Cap) {
        if let Some(slot) = self.overrides.get_mut(c as usize) {
            *slot = None;
        }
        self.resolve();
    }

    /// The profile chosen for `comp`.
    pub fn profile(&self, comp: Component) -> &'static Profile {
        let cat = profiles::catalog(comp);
        let i = self
            .profiles
            .get(comp as usize)
            .copied()
            .unwrap_or(profiles::default_index(comp));
        &cat[i.min(cat.len() - 1)]
    }

    /// Chooses the profile named `id` for `comp`; false (and no change) if
    /// the catalog has no such profile. Overrides of what it sets are kept.
    pub fn set_profile(&mut self, comp: Component, id: &str) -> bool {
        match (
            profiles::find(comp, id),
            self.profiles.get_mut(comp as usize),
        ) {
            (Some(i), Some(slot)) => {
                *slot = i;
                // An override that now equals the new base is no override.
                for c in Cap::ALL {
                    if self.overrides[*c as usize] == Some(self.base(*c)) {
                        self.overrides[*c as usize] = None;
                    }
                }
                self.resolve();
                true
            }
            _ => false,
        }
    }

    /// A copy with every override inside its range (NaN → no override).
    pub fn clamped(&self) -> Assumptions {
        let mut a = self.clone();
        for c in Cap::ALL {
            if let Some(v) = self.overrides.get(*c as usize).copied().flatten() {
                if v.is_nan() {
                    a.reset(*c);
                } else {
                    a.set(*c, c.spec().clamp(v).0);
                }
            }
        }
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
