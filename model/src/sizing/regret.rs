//! Least regret: which instance profile, and which platform, is the safe bet
//! when the inputs are ranges.
//!
//! The draws are the bands' ([`crate::sizing::draws`]): the same seed, the
//! same worlds. Regret is in USD a month, averaged over the draws.
//!
//! **A component with instance profiles** ([`crate::inputs::profiles`]). Each
//! profile `p` is a candidate plan: `N_p` nodes, the count the point estimate
//! (the ranges' mids) needs with that profile. In a drawn world `d` the
//! component needs `n_p(d)` nodes of `p` and its bill, sized exactly, is
//! `B_p(d)` (compute + storage + network, [`cost::component_monthly`]); the
//! cheapest exact plan of that world is `B*(d) = min_q B_q(d)`. A node of `p`
//! costs `u_p` = $/h × 730 a month. The plan spends
//! `S_p(d) = B_p(d) + (N_p − n_p(d)) × u_p` (idle nodes paid for, or missing
//! ones not paid for), and
//!
//! ```text
//! regret_p(d) = over  × max(0, S_p(d) − B*(d))          money beyond what the world needed
//!             + under × max(0, n_p(d) − N_p) × u_p       a penalty per node short
//! ```
//!
//! **The platform** ([`crate::sizing::options::options`]). Each priced option
//! is re-sized in every world (a managed service scales; a cluster is
//! resized), so its regret is spend only, as Netflix's is: `over × (C_o(d) −
//! C*(d))` with `C*(d)` the cheapest feasible option of that world; a world
//! where the option hits a hard limit costs `under × C*(d)` (it cannot carry
//! the load at all; the shortfall is the whole bill). That last rule is ours:
//! Netflix's planner drops such candidates.
//!
//! **Parameters** ([`RegretParams`]): `over = 1` per dollar spent beyond need
//! and `under = 1.25` per dollar short, after Netflix's default spend regret
//! (`CapacityRegretParameters.spend = Regret(over_provision_cost=1,
//! under_provision_cost=1.25, exponent=1.2)`,
//! `service_capacity_modeling/interface.py`, commit dc69307, 2026-08-21;
//! applied in `models/__init__.py`, `CapacityModel.regret`). Netflix raises
//! the weighted difference to the power 1.2 so big misses weigh more than in
//! proportion; here the exponent is 1, so the regret stays in dollars a month
//! and can be read beside the bill. Both weights are editable
//! (`--regret-under` on the CLI).

use crate::common::explain::Work;
use crate::common::keymap::KeyMap;
use crate::inputs::codec::State;
use crate::inputs::component::Component;
use crate::inputs::profiles;
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::sizing::cost::{self, HOURS_PER_MONTH};
use crate::sizing::draws::{clamp_draws, Sampler};
use crate::sizing::nodes::{self, Needs};
use crate::sizing::options;
use crate::sizing::{load, replay, storage};
use serde::Serialize;

/// How much a dollar of over- and of under-provisioning is regretted.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct RegretParams {
    /// Weight of each dollar spent beyond what a world needed.
    pub over: f64,
    /// Weight of each dollar of capacity a world needed and the plan lacked.
    pub under: f64,
}

/// Netflix's default spend regret, without its exponent (module docs).
pub const NETFLIX_SPEND: RegretParams = RegretParams {
    over: 1.0,
    under: crate::inputs::caps::REGRET_UNDER,
};

/// Where [`NETFLIX_SPEND`] comes from.
pub const SOURCE: &str = crate::inputs::caps::REGRET_SOURCE;

/// Largest weight `--regret-under` and `cap.regret_under` accept.
pub const WEIGHT_MAX: f64 = crate::inputs::caps::REGRET_WEIGHT_MAX;

impl Default for RegretParams {
    fn default() -> Self {
        NETFLIX_SPEND
    }
}

impl RegretParams {
    /// The weights a scenario asks for: `cap.regret_under` (default Netflix's
    /// 1.25), a dollar spent at face value; clamped.
    pub fn of(a: &crate::inputs::assumptions::Assumptions) -> RegretParams {
        RegretParams {
            under: a.get(crate::inputs::params::Cap::RegretUnder),
            ..NETFLIX_SPEND
        }
        .clamped()
    }

    /// A copy with each weight finite and in 0–[`WEIGHT_MAX`] (NaN → the default).
    pub fn clamped(&self) -> RegretParams {
        let fix = |v: f64, d: f64| {
            if v.is_nan() {
                d
            } else {
                v.clamp(0.0, WEIGHT_MAX)
            }
        };
        RegretParams {
            over: fix(self.over, NETFLIX_SPEND.over),
            under: fix(self.under, NETFLIX_SPEND.under),
        }
    }
}

/// The candidates of one choice and their expected regret.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Choice {
    /// The candidate with least expected regret (ties: catalog order).
    pub choice: &'static str,
    /// The point estimate's choice: the profile (or platform) in use.
    pub point: &'static str,
    /// Expected regret per candidate, USD a month.
    pub regret_usd: KeyMap<f64>,
    /// Its over-provisioning part (weighted), USD a month.
    pub over_usd: KeyMap<f64>,
    /// Its under-provisioning part (weighted), USD a month.
    pub under_usd: KeyMap<f64>,
    /// Nodes (or units) each candidate plans at the point estimate.
    pub planned: KeyMap<u64>,
}

impl Choice {
    fn new(point: &'static str, rows: Vec<(&'static str, u64, f64, f64)>) -> Choice {
        let mut best: Option<(&'static str, f64)> = None;
        let mut c = Choice {
            choice: point,
            point,
            regret_usd: KeyMap::new(),
            over_usd: KeyMap::new(),
            under_usd: KeyMap::new(),
            planned: KeyMap::new(),
        };
        for (id, n, over, under) in rows {
            let total = over + under;
            if best.is_none_or(|(_, b)| total < b) {
                best = Some((id, total));
            }
            c.regret_usd.insert(id, total);
            c.over_usd.insert(id, over);
            c.under_usd.insert(id, under);
            c.planned.insert(id, n);
        }
        if let Some((id, _)) = best {
            c.choice = id;
        }
        c
    }
}

/// Key of the platform's choice in [`LeastRegret`] (the others are `nodes` keys).
pub const PLATFORM_KEY: &str = "platform";

/// Least regret per component (`nodes` key) and for the platform
/// ([`PLATFORM_KEY`]). Serialises as that map.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[serde(transparent)]
pub struct LeastRegret(pub KeyMap<Choice>);

impl LeastRegret {
    /// The choice for a `nodes` key or [`PLATFORM_KEY`].
    pub fn get(&self, key: &str) -> Option<&Choice> {
        self.0.get(key)
    }
}

/// One candidate profile of one component, with its plan.
struct Candidate {
    comp: Component,
    id: &'static str,
    a: Assumptions,
    planned: u64,
    unit_usd: f64,
    over: f64,
    under: f64,
}

/// Need and exact bill of `c` under `a` in world `s` (one component sized).
fn need(
    c: Component,
    s: &Scenario,
    a: &Assumptions,
    l: &load::Load,
    r: &replay::Replay,
    w: &mut Work,
) -> (u64, f64) {
    let st = storage::derive(s, a, l, w);
    let needs = Needs {
        load: l,
        replay: r,
        storage: &st,
    };
    let n = nodes::derive(s, &nodes::Rates::new(s, a), &needs, |x| x == c, None, w);
    (n.of(c), cost::component_monthly(c, s, a, l, &n, &st))
}

/// Components of the view that have more than one profile to choose from.
/// The broker tier counts only while it runs on Kafka brokers.
fn choosable(s: &Scenario, a: &Assumptions) -> Vec<Component> {
    crate::inputs::component::shown(s.view)
        .iter()
        .copied()
        .filter(|c| profiles::catalog(*c).len() > 1)
        .filter(|c| {
            *c != Component::Broker
                || matches!(
                    a.platform().sizing,
                    crate::inputs::platforms::Sizing::Brokers(_)
                )
        })
        .collect()
}

/// Expected regret of every profile of every choosable component and of every
/// priced platform option, over `draws` draws of the link's ranges
/// (clamped like the bands'). With no ranges every world is the point
/// estimate: regret is then the premium over the cheapest candidate.
pub fn least_regret(state: &State, draws: usize, params: &RegretParams) -> LeastRegret {
    let (n, _) = clamp_draws(draws);
    let k = params.clamped();
    let base_s = state.scenario.clamped();
    let base_a = state.assumptions.clamped();
    let mut w = Work::new(false);
    let l0 = load::derive(&base_s, &mut w);
    let r0 = replay::derive(&base_s, &l0, &mut w);
    let mut cands: Vec<Candidate> = Vec::new();
    for c in choosable(&base_s, &base_a) {
        for p in profiles::catalog(c) {
            let mut a = base_a.clone();
            a.set_profile(c, p.id);
            let (planned, _) = need(c, &base_s, &a, &l0, &r0, &mut w);
            let unit_usd = a.get(cost::price_cap(c)) * HOURS_PER_MONTH;
            cands.push(Candidate {
                comp: c,
                id: p.id,
                a,
                planned,
                unit_usd,
                over: 0.0,
                under: 0.0,
            });
        }
    }
    let opts_at_mid = options::options(&base_s, &base_a);
    let platforms: Vec<&'static str> = opts_at_mid
        .iter()
        .filter(|o| o.monthly_usd.is_some())
        .map(|o| o.id)
        .collect();
    let mut plat_over = vec![0.0; platforms.len()];
    let mut plat_under = vec![0.0; platforms.len()];

    let ranges = state.ranges_in_use();
    let mut sampler = Sampler::new(&ranges);
    let (mut s, mut a) = (base_s.clone(), base_a.clone());
    let mut world: Vec<(u64, f64)> = Vec::with_capacity(cands.len());
    for _ in 0..n {
        sampler.next_into(&mut s, &mut a);
        let l = load::derive(&s, &mut w);
        let r = replay::derive(&s, &l, &mut w);
        world.clear();
        for cand in &mut cands {
            // A drawn capacity or price overrides every profile alike.
            for (key, _) in ranges.iter() {
                if let crate::inputs::ranges::Key::Cap(cap) = key {
                    cand.a.set(*cap, a.get(*cap));
                }
            }
            world.push(need(cand.comp, &s, &cand.a, &l, &r, &mut w));
        }
        for comp in choosable(&base_s, &base_a) {
            let best = cands
                .iter()
                .zip(&world)
                .filter(|(c, _)| c.comp == comp)
                .map(|(_, (_, bill))| *bill)
                .fold(f64::INFINITY, f64::min);
            for (cand, (need_n, bill)) in
                cands.iter_mut().zip(&world).filter(|(c, _)| c.comp == comp)
            {
                let spend = bill + (cand.planned as f64 - *need_n as f64) * cand.unit_usd;
                cand.over += k.over * (spend - best).max(0.0);
                cand.under += k.under * need_n.saturating_sub(cand.planned) as f64 * cand.unit_usd;
            }
        }
        if !platforms.is_empty() {
            let opts = options::options(&s, &a);
            let bill = |id: &str| {
                opts.iter()
                    .find(|o| o.id == id)
                    .and_then(|o| o.monthly_usd.map(|m| (m, o.feasible)))
            };
            let best = platforms
                .iter()
                .filter_map(|id| bill(id))
                .filter(|(_, ok)| *ok)
                .map(|(m, _)| m)
                .fold(f64::INFINITY, f64::min);
            if best.is_finite() {
                for (i, id) in platforms.iter().enumerate() {
                    match bill(id) {
                        Some((m, true)) => plat_over[i] += k.over * (m - best).max(0.0),
                        _ => plat_under[i] += k.under * best,
                    }
                }
            }
        }
    }
    let per = |v: f64| v / n as f64;
    let mut out = KeyMap::new();
    for comp in choosable(&base_s, &base_a) {
        let rows = cands
            .iter()
            .filter(|c| c.comp == comp)
            .map(|c| (c.id, c.planned, per(c.over), per(c.under)))
            .collect();
        let choice = Choice::new(base_a.profile(comp).id, rows);
        // A component the view sizes at 0 in every world (a cache with no
        // reads) has nothing to choose.
        let idle = choice.planned.values().all(|n| *n == 0)
            && choice.regret_usd.values().all(|r| *r == 0.0);
        if !idle {
            out.insert(comp.key(), choice);
        }
    }
    if !platforms.is_empty() {
        let rows = platforms
            .iter()
            .enumerate()
            .map(|(i, id)| {
                let units = opts_at_mid
                    .iter()
                    .find(|o| o.id == *id)
                    .map_or(0, |o| o.units);
                (*id, units, per(plat_over[i]), per(plat_under[i]))
            })
            .collect();
        out.insert(PLATFORM_KEY, Choice::new(base_a.platform().id, rows));
    }
    LeastRegret(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_are_clamped() {
        let p = RegretParams {
            over: f64::NAN,
            under: 1e9,
        }
        .clamped();
        assert_eq!(
            p,
            RegretParams {
                over: 1.0,
                under: WEIGHT_MAX
            }
        );
        assert_eq!(RegretParams::default(), NETFLIX_SPEND);
    }

    #[test]
    fn the_least_regret_is_the_smallest_and_ties_keep_catalog_order() {
        let c = Choice::new(
            "b",
            vec![("a", 1, 5.0, 0.0), ("b", 1, 2.0, 3.0), ("c", 2, 1.0, 1.0)],
        );
        assert_eq!((c.choice, c.point), ("c", "b"));
        assert_eq!(c.regret_usd["b"], 5.0);
        let tie = Choice::new("b", vec![("a", 1, 1.0, 0.0), ("b", 1, 1.0, 0.0)]);
        assert_eq!(tie.choice, "a");
    }
}
