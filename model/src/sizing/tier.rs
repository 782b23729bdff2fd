//! Scale tiers: the seeds' 100 / 10K / 1M / 100M users rows.

use serde::Serialize;

/// User counts of the four tiers.
pub const TIER_USERS: [f64; 4] = [100.0, 1e4, 1e6, 1e8];

/// A tier.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Tier {
    /// 0–3, the row in every seed's table.
    pub index: usize,
    /// The tier's user count.
    pub users: f64,
    /// "100 users", "10K users", …
    pub label: &'static str,
}

const LABELS: [&str; 4] = ["100 users", "10K users", "1M users", "100M users"];

impl Tier {
    /// The tier at `index` (0–3, saturating).
    pub fn at(index: usize) -> Tier {
        let i = index.min(3);
        Tier {
            index: i,
            users: TIER_USERS[i],
            label: LABELS[i],
        }
    }

    /// The nearest tier by log distance: |log10 users − log10 tier|. A tie
    /// (exactly halfway, e.g. 1,000 users) goes to the smaller tier.
    pub fn nearest(users: f64) -> Tier {
        let lu = if users.is_finite() && users > 0.0 {
            users.log10()
        } else {
            0.0
        };
        let dist = |i: usize| (lu - TIER_USERS[i].log10()).abs();
        let best = (1..4).fold(0, |best, i| {
            if dist(i) < dist(best) - 1e-12 {
                i
            } else {
                best
            }
        });
        Tier::at(best)
    }

    /// Tier boundaries on a log axis, for shading charts: (from, to) users.
    pub fn band(self) -> (f64, f64) {
        let lo = if self.index == 0 {
            1.0
        } else {
            (TIER_USERS[self.index - 1] * TIER_USERS[self.index]).sqrt()
        };
        let hi = if self.index == 3 {
            1e10
        } else {
            (TIER_USERS[self.index] * TIER_USERS[self.index + 1]).sqrt()
        };
        (lo, hi)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_table() {
        for (users, want) in [
            (1.0, 0),
            (100.0, 0),
            (999.0, 0),
            (1000.0, 0),
            (1001.0, 1),
            (5e4, 1),
            (2e5, 2),
            (1e6, 2),
            (3e7, 3),
            (1e10, 3),
            (f64::NAN, 0),
        ] {
            assert_eq!(Tier::nearest(users).index, want, "users {users}");
        }
    }

    #[test]
    fn bands_tile_the_axis() {
        for i in 0..3 {
            assert_eq!(Tier::at(i).band().1, Tier::at(i + 1).band().0);
        }
    }
}
