//! M/M/c queueing (Erlang C): the probability a request waits, the mean wait
//! and a wait percentile for a pool of `c` identical servers.
//!
//! Source: A. K. Erlang (1917); any queueing text, e.g. Kleinrock,
//! *Queueing Systems* vol. 1, §3.5. With offered load `a = λ/μ` (Erlangs) and
//! utilisation `ρ = a/c`:
//!
//! * Erlang B by the stable recursion `1/B(k) = 1 + (k/a)·1/B(k−1)`, `B(0) = 1`
//!   (no factorials, no overflow into NaN; O(c)), or, when `a > c/2`, by the
//!   same sum `1/B(c) = Σ_j c!/((c−j)!·aʲ)` taken from `j = 0` and stopped once
//!   what is left is under 10⁻¹⁷ of it (see [`erlang_b`]).
//! * Erlang C: `C = c·B / (c − a·(1 − B))`.
//! * Mean wait: `Wq = C / (cμ − λ)` seconds.
//! * Wait tail: `P(Wq > t) = C·e^{−(cμ−λ)t}`, so the q-quantile is
//!   `t_q = ln(C / (1 − q)) / (cμ − λ)` when `C > 1 − q`, else 0.
//!
//! For `c` above [`EXACT_MAX_SERVERS`] the Halfin–Whitt (1981) heavy-traffic
//! approximation `C ≈ 1 / (1 + β·Φ(β)/φ(β))`, `β = (c − a)/√a`, replaces the
//! O(c) recursion; its error is O(1/√c), under 1 % there.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Above this many servers the O(1) Halfin–Whitt form is used.
pub const EXACT_MAX_SERVERS: u64 = 5_000;

/// Why a queue cannot be evaluated.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum QueueError {
    /// The service rate or an input was zero, negative or not finite.
    BadInput(&'static str),
    /// No servers.
    NoServers,
    /// Arrivals meet or exceed capacity (ρ ≥ 1): the queue grows without bound.
    Unstable {
        /// λ / (cμ).
        utilisation: f64,
    },
}

impl fmt::Display for QueueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueueError::BadInput(what) => write!(f, "{what} must be a positive, finite number"),
            QueueError::NoServers => write!(f, "servers must be at least 1"),
            QueueError::Unstable { utilisation } => write!(
                f,
                "utilisation is {:.1} % (≥ 100 %): the queue grows without bound; add servers",
                utilisation * 100.0
            ),
        }
    }
}

impl std::error::Error for QueueError {}

/// The result of an M/M/c evaluation. Times are in seconds.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueStats {
    /// ρ = λ / (cμ), 0–1.
    pub utilisation: f64,
    /// Erlang C: probability an arrival waits.
    pub p_wait: f64,
    /// Mean time in queue, s.
    pub mean_wait_s: f64,
    /// 99th-percentile time in queue, s.
    pub p99_wait_s: f64,
    /// Mean service time 1/μ, s.
    pub service_s: f64,
}

/// Erlang C probability of waiting for `c` servers and offered load `a` (< c).
fn erlang_c(c: u64, a: f64) -> f64 {
    if a <= 0.0 {
        return 0.0;
    }
    let cf = c as f64;
    if c > EXACT_MAX_SERVERS {
        let beta = (cf - a) / a.sqrt();
        // Φ(β)/φ(β) via erfc keeps precision for large β (φ underflows first).
        let phi = (-0.5 * beta * beta).exp() / (2.0 * std::f64::consts::PI).sqrt();
        let cdf = 0.5 * libm::erfc(-beta / std::f64::consts::SQRT_2);
        if phi == 0.0 {
            return 0.0;
        }
        return (1.0 / (1.0 + beta * cdf / phi)).clamp(0.0, 1.0);
    }
    let b = erlang_b(c, a);
    (cf * b / (cf - a * (1.0 - b))).clamp(0.0, 1.0)
}

/// Relative size below which the rest of the Erlang B sum is dropped: under
/// half an f64 ulp, so the result is the full sum's to rounding.
const TAIL: f64 = 1e-17;
/// 1/B past this is B = 0 to every digit an f64 keeps next to 1.
const HUGE: f64 = 1e300;

/// Erlang B, the blocking probability of `c` servers under `a` Erlangs
/// (0 < a < c), as the stable recursion computes it, with the work it
/// cannot change skipped.
///
/// Why not just the recursion: the latency chart evaluates M/M/c at 80
/// utilisations for every tier on every slider input, and with ~1,300
/// brokers that O(c) loop was ~0.6 ms of native time per input
/// (docs/PERFORMANCE.md, stop 11). Both branches below sum the same series,
/// `1/B(c) = Σ_{j=0..c} t_j` with `t_0 = 1` and `t_j = t_{j−1}·(c−j+1)/a`:
/// * `a ≤ c/2`: the recursion, which builds the sum from its smallest terms
///   up (`1/B(k) = 1 + (k/a)·1/B(k−1)`), stopped once `1/B(k)` passes 10¹⁸
///   with k > a: every later step only grows it, so B < 10⁻¹⁸ and
///   `C = cB/(c − a(1−B)) < 2·10⁻¹⁸` (c − a ≥ c/2) — zero to the queue.
/// * `a > c/2`: the terms from `t_0` down. Their ratio `(c−j+1)/a` falls as j
///   grows, so once it is below 1 the remainder is at most `t_j/(1 − ratio)`;
///   the loop stops when that is under [`TAIL`] of the sum. Near ρ = 1 this
///   takes about `(c − a) + √(80a)` steps instead of c.
///
/// Agreement with the plain recursion to 1e-12 relative, for c up to
/// [`EXACT_MAX_SERVERS`] and ρ over (0, 1), is a test below.
fn erlang_b(c: u64, a: f64) -> f64 {
    let cf = c as f64;
    let inv_a = 1.0 / a;
    if a <= cf / 2.0 {
        let mut inv_b = 1.0_f64;
        for k in 1..=c {
            inv_b = 1.0 + inv_b * (k as f64) * inv_a;
            if inv_b > 1e18 && k as f64 > a {
                break;
            }
        }
        return 1.0 / inv_b;
    }
    let (mut term, mut sum) = (1.0_f64, 1.0_f64);
    for j in 1..=c {
        let ratio = (cf - j as f64 + 1.0) * inv_a;
        term *= ratio;
        sum += term;
        if sum > HUGE {
            return 0.0;
        }
        let next = (cf - j as f64) * inv_a;
        if next < 1.0 && term * next / (1.0 - next) < TAIL * sum {
            break;
        }
    }
    1.0 / sum
}

/// The q-quantile (0 < q < 1) of the wait, given C and the drain rate cμ − λ.
fn wait_quantile(p_wait: f64, drain_per_sec: f64, q: f64) -> f64 {
    let tail = 1.0 - q;
    if p_wait <= tail {
        0.0
    } else {
        (p_wait / tail).ln() / drain_per_sec
    }
}

/// Evaluates M/M/c with arrival rate `lambda` (/s), per-server service rate
/// `mu` (/s) and `c` servers.
pub fn mmc(lambda: f64, mu: f64, c: u64) -> Result<QueueStats, QueueError> {
    if !(lambda.is_finite() && lambda >= 0.0) {
        return Err(QueueError::BadInput("arrival rate"));
    }
    if !(mu.is_finite() && mu > 0.0) {
        return Err(QueueError::BadInput("service rate"));
    }
    if c == 0 {
        return Err(QueueError::NoServers);
    }
    let capacity = c as f64 * mu;
    let rho = lambda / capacity;
    if rho >= 1.0 {
        return Err(QueueError::Unstable { utilisation: rho });
    }
    let p_wait = erlang_c(c, lambda / mu);
    let drain = capacity - lambda;
    Ok(QueueStats {
        utilisation: rho,
        p_wait,
        mean_wait_s: p_wait / drain,
        p99_wait_s: wait_quantile(p_wait, drain, 0.99),
        service_s: 1.0 / mu,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Erlang C by the textbook closed form, for small c only.
    fn closed_form(c: u64, a: f64) -> f64 {
        let mut term = 1.0;
        let mut sum = 1.0; // k = 0
        for k in 1..c {
            term *= a / k as f64;
            sum += term;
        }
        let last = term * a / c as f64 * (c as f64 / (c as f64 - a));
        last / (sum + last)
    }

    #[test]
    fn textbook_cases() {
        // c = 2, a = 1: C = 1/3.  c = 3, a = 2: C = 4/9.
        assert!((erlang_c(2, 1.0) - 1.0 / 3.0).abs() < 1e-12);
        assert!((erlang_c(3, 2.0) - 4.0 / 9.0).abs() < 1e-12);
        // M/M/1: C = ρ and Wq = ρ / (μ − λ).
        let q = mmc(8.0, 10.0, 1).expect("stable");
        assert!((q.p_wait - 0.8).abs() < 1e-12);
        assert!((q.mean_wait_s - 0.8 / 2.0).abs() < 1e-12);
        // p99: ln(0.8 / 0.01) / 2 = 2.191 s.
        assert!((q.p99_wait_s - (80.0_f64).ln() / 2.0).abs() < 1e-12);
    }

    #[test]
    fn matches_closed_form() {
        for (c, a) in [(1, 0.5), (5, 3.7), (10, 8.0), (30, 25.0), (60, 59.0)] {
            let want = closed_form(c, a);
            assert!((erlang_c(c, a) - want).abs() < 1e-9, "c={c} a={a}");
        }
    }

    /// The plain O(c) recursion, as it was before [`erlang_b`] learnt to stop early.
    fn erlang_b_reference(c: u64, a: f64) -> f64 {
        let mut inv_b = 1.0_f64;
        for k in 1..=c {
            inv_b = 1.0 + inv_b * (k as f64) / a;
        }
        1.0 / inv_b
    }

    #[test]
    fn erlang_b_matches_the_full_recursion() {
        let mut worst = 0.0_f64;
        for c in [
            1,
            2,
            3,
            7,
            10,
            31,
            100,
            333,
            1_000,
            1_290,
            2_500,
            EXACT_MAX_SERVERS,
        ] {
            for i in 1..400 {
                let rho = i as f64 / 400.0;
                let a = rho * c as f64;
                let (fast, full) = (erlang_b(c, a), erlang_b_reference(c, a));
                // Relative where B is a number the queue can see, absolute below that.
                let err = if full > 1e-200 {
                    (fast - full).abs() / full
                } else {
                    fast
                };
                assert!(
                    err < 1e-12 || fast < 1e-17,
                    "c={c} ρ={rho}: {fast} vs {full}"
                );
                if full > 1e-15 {
                    worst = worst.max(err);
                }
                let (cf, ca) = (c as f64, a);
                let c_fast = cf * fast / (cf - ca * (1.0 - fast));
                let c_full = cf * full / (cf - ca * (1.0 - full));
                assert!((c_fast - c_full).abs() < 1e-12, "C at c={c} ρ={rho}");
            }
        }
        assert!(worst < 1e-12, "worst relative error {worst}");
    }

    #[test]
    fn halfin_whitt_agrees_near_the_switch() {
        let c = EXACT_MAX_SERVERS;
        for rho in [0.95, 0.98, 0.99, 0.995] {
            let a = rho * c as f64;
            let exact = erlang_c(c, a);
            let approx = erlang_c(c + 1, a * (c + 1) as f64 / c as f64);
            assert!(
                (exact - approx).abs() < 0.02,
                "ρ={rho}: exact {exact} vs HW {approx}"
            );
        }
    }

    #[test]
    fn thousands_of_servers_stay_finite() {
        for c in [1_000, 4_999, 5_001, 100_000, 10_000_000] {
            for rho in [0.0, 0.5, 0.9, 0.999] {
                let q = mmc(rho * c as f64 * 100.0, 100.0, c).expect("stable");
                for v in [q.p_wait, q.mean_wait_s, q.p99_wait_s] {
                    assert!(v.is_finite() && v >= 0.0, "c={c} ρ={rho}: {q:?}");
                }
            }
        }
    }

    #[test]
    fn errors() {
        assert_eq!(mmc(1.0, 0.0, 1), Err(QueueError::BadInput("service rate")));
        assert_eq!(
            mmc(f64::NAN, 1.0, 1),
            Err(QueueError::BadInput("arrival rate"))
        );
        assert_eq!(mmc(1.0, 1.0, 0), Err(QueueError::NoServers));
        assert!(matches!(mmc(2.0, 1.0, 2), Err(QueueError::Unstable { .. })));
        assert!(mmc(2.0, 1.0, 2)
            .unwrap_err()
            .to_string()
            .contains("100.0 %"));
    }

    #[test]
    fn zero_load_never_waits() {
        let q = mmc(0.0, 5.0, 3).expect("stable");
        assert_eq!((q.p_wait, q.mean_wait_s, q.p99_wait_s), (0.0, 0.0, 0.0));
    }
}
