//! Bands: a seeded Monte Carlo over the link's ranges.
//!
//! Each **draw** is one possible world: every input given as a range
//! ([`crate::inputs::ranges`]) takes a value drawn from its distribution, the
//! rest keep their point value, and the view's components are sized and priced
//! on the lean path the chart sweep uses (no derivation text, no queueing).
//! Each KPI's p10, p50 and p90 over the draws is its **band**.
//!
//! * **Distribution**: PERT, a beta distribution on `[low, high]` whose mode
//!   is the range's mid, with shape λ = [`PERT_SHAPE`] (4, the classic PERT
//!   weight: mean = (low + 4·mid + high) ÷ 6). Log-scaled inputs (counts,
//!   rates, sizes: [`Key::is_log`]) are drawn on a log scale, i.e. PERT over
//!   `[ln low, ln high]` with mode `ln mid`, so `500K..1M..2M` is as likely to
//!   land at half the mid as at double it; linear inputs (percentages, rf)
//!   are drawn as they are. Whole-number inputs are rounded.
//!   Why a bounded beta: a range is what a person can defend, and a beta
//!   never draws outside it (a lognormal or normal would, without limit),
//!   while its mode sits where they said "most likely". Netflix's
//!   service-capacity-modeling models every desire as an interval drawn from
//!   a fitted beta by default (`service_capacity_modeling/stats.py`,
//!   `_beta_dist_from_interval`; `interface.py`, `Interval.model_with =
//!   IntervalModel.beta`; commit dc69307, 2026-08-21). Netflix fits the beta
//!   so that `[low, high]` holds a stated *confidence* and the tails run to
//!   `[low ÷ 2, high × 2]`; here `[low, high]` is the whole support (a
//!   confidence of 100 %), which keeps the link short and the bands inside
//!   what the person wrote.
//! * **Draw count**: [`DRAWS`] = 1,000. The p10 and p90 of 1,000 draws have a
//!   standard error of √(0.1 × 0.9 ÷ 1000) ≈ 0.95 percentile points, which
//!   is finer than a band drawn on a chart can show, and 1,000 lean
//!   estimates fit the 5 ms budget natively (docs/PERFORMANCE.md). Netflix
//!   draws 1,028 samples for an interval's percentiles (`stats.py`,
//!   `interval_percentile`). `--draws N` overrides it within
//!   [`DRAWS_MIN`]–[`DRAWS_MAX`].
//! * **Seed**: FNV-1a (64-bit) of the ranges as the link writes them
//!   (`users=500000..2000000&…`), so the same link always gives the same
//!   bands. Inputs that are single numbers do not enter the seed: moving one
//!   of them reuses the same random numbers (common random numbers), so the
//!   bands move smoothly with it instead of reshuffling. The generator is
//!   PCG-64 (`rand_pcg::Pcg64Mcg`), chosen in one place ([`Rng`]).
//! * **Percentiles**: nearest rank over the sorted draws (the ⌈p·n⌉-th
//!   value), so every band edge is an outcome some draw had: node counts stay
//!   whole and `p10 ≤ p50 ≤ p90` always holds.

use crate::common::explain::Step;
use crate::common::format::num;
use crate::inputs::codec::State;
use crate::inputs::component::shown;
use crate::inputs::ranges::{self, Key, Ranges};
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::cost;
use crate::sizing::estimate::{size, Sizing};
use rand::SeedableRng;
use rand_distr::{Distribution, Pert};
use serde::Serialize;

/// Draws per band: see the module docs for why 1,000.
pub const DRAWS: usize = 1_000;
/// Fewest draws `--draws` accepts (fewer cannot place a p10 and a p90).
pub const DRAWS_MIN: usize = 10;
/// Most draws `--draws` accepts (100× the default: seconds natively).
pub const DRAWS_MAX: usize = 100_000;
/// PERT's shape λ: the weight of the mode (4 is the classic PERT value and
/// `rand_distr`'s default).
pub const PERT_SHAPE: f64 = 4.0;

/// The random number generator, chosen in one place.
pub type Rng = rand_pcg::Pcg64Mcg;

/// The draw count to use for a requested one, and whether it had to change.
pub fn clamp_draws(n: usize) -> (usize, bool) {
    let used = n.clamp(DRAWS_MIN, DRAWS_MAX);
    (used, used != n)
}

/// The seed of a link's draws: FNV-1a 64 of its ranges as the link writes
/// them (module docs). No ranges gives FNV's offset basis.
pub fn seed(r: &Ranges) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    for (k, range) in r.iter() {
        let text = format!("{}={}&", k.link_key(), ranges::text(*k, range));
        for b in text.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(PRIME);
        }
    }
    h
}

/// How one ranged input is drawn.
#[derive(Clone, Debug)]
enum Dist {
    /// A degenerate range: always this value.
    Fixed(f64),
    /// PERT on the value (`log = false`) or on its natural log.
    Pert {
        pert: Pert<f64>,
        log: bool,
        low: f64,
        high: f64,
        integer: bool,
    },
}

impl Dist {
    fn of(key: Key, low: f64, mid: f64, high: f64) -> Dist {
        let log = key.is_log(low);
        let f = |v: f64| if log { v.ln() } else { v };
        // `Pert` refuses an empty range; a degenerate one is simply fixed.
        match Pert::new(f(low), f(high))
            .with_shape(PERT_SHAPE)
            .with_mode(f(mid).clamp(f(low), f(high)))
        {
            Ok(pert) if low < high => Dist::Pert {
                pert,
                log,
                low,
                high,
                integer: key.spec().integer,
            },
            _ => Dist::Fixed(mid),
        }
    }

    fn sample(&self, rng: &mut Rng) -> f64 {
        match self {
            Dist::Fixed(v) => *v,
            Dist::Pert {
                pert,
                log,
                low,
                high,
                integer,
            } => {
                let x = pert.sample(rng);
                let v = if *log { x.exp() } else { x };
                let v = if *integer { v.round() } else { v };
                // exp(ln x) can miss an end by an ulp; a draw never leaves the range.
                if v.is_finite() {
                    v.clamp(*low, *high)
                } else {
                    *low
                }
            }
        }
    }
}

/// Draws worlds: one value per ranged input per draw, in key order.
pub struct Sampler {
    dists: Vec<(Key, Dist)>,
    rng: Rng,
}

impl Sampler {
    /// A sampler over `r`'s ranges, seeded with [`seed`]`(r)`.
    pub fn new(r: &Ranges) -> Sampler {
        Sampler {
            dists: r
                .iter()
                .map(|(k, x)| (*k, Dist::of(*k, x.low, x.mid, x.high)))
                .collect(),
            rng: Rng::seed_from_u64(seed(r)),
        }
    }

    /// The next world, written into `s` and `a` (already clamped copies of
    /// the link's point values). Only the ranged inputs change.
    pub fn next_into(&mut self, s: &mut Scenario, a: &mut Assumptions) {
        for (k, d) in &self.dists {
            let v = d.sample(&mut self.rng);
            match k {
                Key::Param(p) => s.set(*p, v),
                Key::Cap(c) => a.set(*c, v),
            }
        }
    }
}

/// p10, p50 and p90 of one KPI over the draws.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Band {
    /// One draw in ten came out at or below this.
    pub p10: f64,
    /// The median draw.
    pub p50: f64,
    /// Nine draws in ten came out at or below this.
    pub p90: f64,
}

impl Band {
    /// The band of `xs` (sorted in place); all zeros when empty. Non-finite
    /// values cannot occur (every output is clamped), but sort last if they did.
    pub fn of(xs: &mut [f64]) -> Band {
        if xs.is_empty() {
            return Band {
                p10: 0.0,
                p50: 0.0,
                p90: 0.0,
            };
        }
        crate::common::order::sort_f64(xs);
        let at = |p: f64| {
            let rank = (p * xs.len() as f64).ceil() as usize;
            let v = xs[rank.clamp(1, xs.len()) - 1];
            if v.is_finite() {
                v
            } else {
                0.0
            }
        };
        Band {
            p10: at(0.1),
            p50: at(0.5),
            p90: at(0.9),
        }
    }

    /// Width of the band, p90 − p10.
    pub fn width(&self) -> f64 {
        self.p90 - self.p10
    }
}

/// One input that varies across the draws, for "show work" and the UI.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Varying {
    /// Link key (`users`, `cap.broker_msgs`).
    pub key: String,
    /// Lowest value drawn from.
    pub low: f64,
    /// Most likely value (the distribution's mode, the point estimate's input).
    pub mid: f64,
    /// Highest value drawn from.
    pub high: f64,
    /// Drawn on a log scale.
    pub log: bool,
}

/// Every KPI's band for a link, with how it was drawn.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bands {
    /// Draws made.
    pub draws: usize,
    /// Seed of the draws ([`seed`]).
    pub seed: u64,
    /// The inputs that vary.
    pub varying: Vec<Varying>,
    /// KPI path (`cost.monthly_usd`, `nodes.brokers`) → band, in [`paths`] order.
    pub kpis: Vec<(String, Band)>,
}

impl Bands {
    /// The band of the KPI at `path` (`cost.monthly_usd`, `nodes.brokers`).
    pub fn get(&self, path: &str) -> Option<&Band> {
        self.kpis.iter().find(|(p, _)| p == path).map(|(_, b)| b)
    }

    /// "Show work": how many draws, the seed, and which inputs vary.
    pub fn step(&self) -> Step {
        let inputs: Vec<String> = self
            .varying
            .iter()
            .map(|v| {
                format!(
                    "{} {}..{}..{}{}",
                    v.key,
                    num(v.low),
                    num(v.mid),
                    num(v.high),
                    if v.log { " (log scale)" } else { "" }
                )
            })
            .collect();
        Step {
            id: "bands".into(),
            label: "Bands: p10, p50 and p90 over seeded draws".into(),
            formula: format!(
                "each ranged input ~ PERT(low, mid, high; λ = {PERT_SHAPE}), on a log scale for log-scaled inputs; size and price the view per draw; nearest-rank p10/p50/p90"
            ),
            substituted: format!(
                "{} draws, seed {:#018x}; varying: {}",
                self.draws,
                self.seed,
                if inputs.is_empty() {
                    "none".to_string()
                } else {
                    inputs.join(", ")
                }
            ),
            result: format!("{} KPIs banded", self.kpis.len()),
            uses: vec![],
        }
    }

    /// The JSON of `envelope estimate --json`: `{ "<path>": {p10, p50, p90} }`.
    pub fn map(&self) -> std::collections::BTreeMap<&str, Band> {
        self.kpis.iter().map(|(p, b)| (p.as_str(), *b)).collect()
    }
}

/// What one draw measures, in [`paths`] order.
fn measure(s: &Scenario, a: &Assumptions, sz: &Sizing, out: &mut Vec<f64>) {
    out.clear();
    let view = shown(s.view);
    out.push(sz.nodes.partitions as f64);
    for c in view {
        out.push(sz.nodes.of(*c) as f64);
    }
    let (mut total, mut compute, mut storage, mut network) = (0.0, 0.0, 0.0, 0.0);
    let first_cost = out.len();
    for c in view {
        let k = cost::component_cost(*c, s, a, &sz.load, &sz.nodes, &sz.storage);
        out.push(k.monthly_usd);
        total += k.monthly_usd;
        compute += k.compute_usd;
        storage += k.storage_usd;
        network += k.network_usd;
    }
    debug_assert_eq!(out.len() - first_cost, view.len());
    out.extend([
        total,
        compute,
        storage,
        network,
        sz.load.peak_msgs_per_sec,
        sz.load.peak_reads_per_sec,
        sz.load.ingress_bytes_per_sec,
        sz.load.egress_bytes_per_sec,
        sz.storage.bytes_per_day,
        sz.storage.retained_bytes,
    ]);
}

/// The KPI paths banded for a view, in the order [`Bands::kpis`] lists them:
/// `nodes.partitions`, `nodes.<key>` of each component the view shows,
/// `cost.by_component.<key>.monthly_usd` of each, `cost.monthly_usd`,
/// `cost.compute_usd`, `cost.storage_usd`, `cost.network_usd`,
/// `load.peak_msgs_per_sec`, `load.peak_reads_per_sec`,
/// `load.ingress_bytes_per_sec`, `load.egress_bytes_per_sec`,
/// `storage.bytes_per_day`, `storage.retained_bytes`. Each is the
/// estimate's JSON path of the same number.
pub fn paths(view: crate::inputs::scenario::View) -> Vec<String> {
    let comps = shown(view);
    let mut out = vec!["nodes.partitions".to_string()];
    out.extend(comps.iter().map(|c| format!("nodes.{}", c.key())));
    out.extend(
        comps
            .iter()
            .map(|c| format!("cost.by_component.{}.monthly_usd", c.key())),
    );
    out.extend(
        [
            "cost.monthly_usd",
            "cost.compute_usd",
            "cost.storage_usd",
            "cost.network_usd",
            "load.peak_msgs_per_sec",
            "load.peak_reads_per_sec",
            "load.ingress_bytes_per_sec",
            "load.egress_bytes_per_sec",
            "storage.bytes_per_day",
            "storage.retained_bytes",
        ]
        .map(String::from),
    );
    out
}

/// The bands of every KPI for a link's state over `draws` draws (clamped to
/// [`DRAWS_MIN`]–[`DRAWS_MAX`]). With no ranges every band is the point
/// estimate. Pure and deterministic: the same state gives the same bands.
pub fn bands(state: &State, draws: usize) -> Bands {
    let (n, _) = clamp_draws(draws);
    let base_s = state.scenario.clamped();
    let base_a = state.assumptions.clamped();
    let names = paths(base_s.view);
    let mut cols: Vec<Vec<f64>> = vec![Vec::with_capacity(n); names.len()];
    let mut row = Vec::with_capacity(names.len());
    let ranges = state.ranges_in_use();
    let mut sampler = Sampler::new(&ranges);
    let (mut s, mut a) = (base_s.clone(), base_a.clone());
    let mut w = crate::common::explain::Work::new(false);
    for _ in 0..n {
        sampler.next_into(&mut s, &mut a);
        // The rates follow the drawn capacities, so they are made per draw.
        let rates = crate::sizing::nodes::Rates::new(&s, &a);
        let sz = size(&s, &rates, false, None, &mut w);
        measure(&s, &a, &sz, &mut row);
        for (col, v) in cols.iter_mut().zip(&row) {
            col.push(*v);
        }
    }
    Bands {
        draws: n,
        seed: seed(&ranges),
        varying: ranges
            .iter()
            .map(|(k, r)| Varying {
                key: k.link_key(),
                low: r.low,
                mid: r.mid,
                high: r.high,
                log: k.is_log(r.low),
            })
            .collect(),
        kpis: names
            .into_iter()
            .zip(cols.iter_mut())
            .map(|(p, col)| (p, Band::of(col)))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let mut xs: Vec<f64> = (1..=10).rev().map(f64::from).collect();
        assert_eq!(
            Band::of(&mut xs),
            Band {
                p10: 1.0,
                p50: 5.0,
                p90: 9.0
            }
        );
        assert_eq!(
            Band::of(&mut [7.0]),
            Band {
                p10: 7.0,
                p50: 7.0,
                p90: 7.0
            }
        );
        assert_eq!(
            Band::of(&mut []),
            Band {
                p10: 0.0,
                p50: 0.0,
                p90: 0.0
            }
        );
    }

    #[test]
    fn draws_stay_in_range_and_centre_on_the_mid_in_log_space() {
        let k = Key::Param(crate::inputs::params::Param::Users);
        let d = Dist::of(k, 5e5, 1e6, 2e6);
        let mut rng = Rng::seed_from_u64(7);
        let mut xs: Vec<f64> = (0..4000).map(|_| d.sample(&mut rng)).collect();
        assert!(xs
            .iter()
            .all(|x| (5e5..=2e6).contains(x) && x.fract() == 0.0));
        let b = Band::of(&mut xs);
        // Symmetric on a log scale: the median sits near the geometric mid.
        assert!((b.p50 / 1e6 - 1.0).abs() < 0.05, "{b:?}");
        assert!((b.p10 * b.p90).sqrt() / 1e6 - 1.0 < 0.05, "{b:?}");
    }

    #[test]
    fn draw_count_is_clamped() {
        assert_eq!(clamp_draws(DRAWS), (DRAWS, false));
        assert_eq!(clamp_draws(0), (DRAWS_MIN, true));
        assert_eq!(clamp_draws(usize::MAX), (DRAWS_MAX, true));
    }
}
