//! Per-node capacities, prices and each component's instance profile.

use crate::inputs::component::Component;
use crate::inputs::option_prices::{Dim, OptionPrices, PriceError};
use crate::inputs::params::Cap;
use crate::inputs::platforms::{self, Platform, Sizing, PLATFORMS};
use crate::inputs::policy::Policy;
use crate::inputs::profiles::{self, Profile};
use serde::{Deserialize, Serialize};

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
    /// Where the broker tier runs: an index into [`PLATFORMS`].
    #[serde(default)]
    platform: usize,
    /// Whose planning assumptions size the broker tier.
    #[serde(default)]
    policy: Policy,
    /// The person's prices for platform options (`price.<id>.<dim>`).
    #[serde(default)]
    option_prices: OptionPrices,
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
            platform: default_platform(),
            policy: Policy::Default,
            option_prices: OptionPrices::default(),
            resolved: Vec::new(),
        };
        a.resolve();
        a
    }
}

/// Equal when they would give the same numbers: the cache is not compared.
impl PartialEq for Assumptions {
    fn eq(&self, other: &Self) -> bool {
        self.overrides == other.overrides
            && self.profiles == other.profiles
            && self.platform == other.platform
            && self.policy == other.policy
            && self.option_prices == other.option_prices
    }
}

/// The catalog index of [`platforms::DEFAULT`].
fn default_platform() -> usize {
    PLATFORMS
        .iter()
        .position(|p| p.id == platforms::DEFAULT)
        .unwrap_or(0)
}

/// The Kafka-broker option (`Sizing::Brokers`) whose profiles include `id`.
fn broker_platform_of(id: &str) -> Option<usize> {
    PLATFORMS
        .iter()
        .position(|p| matches!(p.sizing, Sizing::Brokers(list) if list.contains(&id)))
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
                // A broker profile of another Kafka option moves the tier there
                // (kafka.* is MSK, ec2.* self-managed); a non-Kafka platform
                // keeps its place, the profile waiting for a return to Kafka.
                if comp == Component::Broker && matches!(self.platform().sizing, Sizing::Brokers(_))
                {
                    if let Some(p) = broker_platform_of(id) {
                        self.platform = p;
                    }
                }
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

    /// Whose planning assumptions size the broker tier.
    pub fn policy(&self) -> Policy {
        self.policy
    }

    /// Sizes the broker tier under `p`'s assumptions.
    pub fn set_policy(&mut self, p: Policy) {
        self.policy = p;
    }

    /// Where the broker tier runs.
    pub fn platform(&self) -> &'static Platform {
        &PLATFORMS[self.platform.min(PLATFORMS.len() - 1)]
    }

    /// Runs the broker tier on the option named `id`; false (and no change)
    /// if the catalog has no such option. A Kafka-broker option keeps the
    /// broker profile when it is one of its own, else takes its first
    /// profile (the default size for MSK), so the profile and the platform
    /// never disagree.
    pub fn set_platform(&mut self, id: &str) -> bool {
        let Some(i) = PLATFORMS.iter().position(|p| p.id == id) else {
            return false;
        };
        self.platform = i;
        if let Sizing::Brokers(list) = PLATFORMS[i].sizing {
            let current = self.profile(Component::Broker).id;
            if !list.contains(&current) {
                let default = profiles::catalog(Component::Broker)
                    [profiles::default_index(Component::Broker)]
                .id;
                let pick = if list.contains(&default) {
                    default
                } else {
                    list[0]
                };
                self.set_profile(Component::Broker, pick);
                self.platform = i;
            }
        }
        true
    }

    /// The person's prices for platform options.
    pub fn option_prices(&self) -> &OptionPrices {
        &self.option_prices
    }

    /// Prices `dim` on option `id` at `usd` (clamped to `0..=max`; the
    /// catalog's own figure clears it). An unknown option, or a dimension
    /// the option does not bill, is an error and changes nothing.
    pub fn set_option_price(&mut self, id: &str, dim: Dim, usd: f64) -> Result<(), PriceError> {
        self.option_prices.set(id, dim, usd)
    }

    /// Back to the catalog's price of `dim` on option `id`.
    pub fn reset_option_price(&mut self, id: &str, dim: Dim) {
        self.option_prices.reset(id, dim);
    }

    /// Whether `comp` runs its catalog's default profile.
    pub fn is_default_profile(&self, comp: Component) -> bool {
        self.profile(comp).id == profiles::catalog(comp)[profiles::default_index(comp)].id
    }

    /// How many choices differ from the defaults: each overridden capacity or
    /// price (a platform option's too), each component on another profile, and the platform and policy
    /// when not the defaults. The drawer's "changed" count; zero exactly when
    /// the assumptions equal the defaults, so a link that only picks a profile
    /// still counts (and "Reset all" can undo it).
    pub fn changed(&self) -> usize {
        let caps = Cap::ALL.iter().filter(|c| self.is_set(**c)).count();
        let profiles = Component::ALL
            .iter()
            .filter(|c| !self.is_default_profile(**c))
            .count();
        let platform = usize::from(self.platform != default_platform());
        let policy = usize::from(self.policy != Policy::default());
        caps + profiles + platform + policy + self.option_prices.len()
    }

    /// A copy with every override inside its range (NaN → no override).
    pub fn clamped(&self) -> Assumptions {
        let mut a = self.clone();
        a.option_prices = self.option_prices.clamped();
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
    fn changed_counts_overrides_and_profiles_and_is_zero_only_at_the_defaults() {
        let mut a = Assumptions::default();
        assert_eq!(a.changed(), 0);
        assert!(Component::ALL.iter().all(|c| a.is_default_profile(*c)));
        // A profile alone is a change (a link with only `profile.broker=`).
        assert!(a.set_profile(Component::Broker, "kafka.m7g.4xlarge"));
        assert!(!a.is_default_profile(Component::Broker));
        assert_eq!(a.changed(), 1);
        assert!(a.set_profile(Component::Cache, "cache.r7g.xlarge"));
        a.set(Cap::BrokerMsgs, 2e5);
        assert_eq!(a.changed(), 3);
        // Back to the default profile: that one is no longer counted.
        assert!(a.set_profile(Component::Cache, "cache.r7g.large"));
        assert_eq!(a.changed(), 2);
        a.reset(Cap::BrokerMsgs);
        assert!(a.set_profile(Component::Broker, "kafka.m7g.xlarge"));
        assert_eq!(a.changed(), 0);
        assert_eq!(a, Assumptions::default());
    }
}
