//! M/M/c queueing (Erlang C): the probability a request waits, the mean wait
//! and a wait percentile for a pool of `c` identical servers.
//!
//! Source: A. K. Erlang (1917); any queueing text, e.g. Kleinrock,
//! *Queueing Systems* vol. 1, §3.5. With offered load `a = λ/μ` (Erlangs) and
//! utilisation `ρ = a/c`:
//!
//! * Erlang B by the stable recursion `1/B(k) = 1 + (k/a)·1/B(k−1)`, `B(0) = 1`
//!   (no factorials, no overflow into NaN; O(c)).
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
    let mut inv_b = 1.0_f64;
    for k in 1..=c {
        inv_b = 1.0 + inv_b * (k as f64) / a;
    }
    let b = 1.0 / inv_b; // inv_b may be +inf for c ≫ a: then B = 0 and C = 0.
    (cf * b / (cf - a * (1.0 - b))).clamp(0.0, 1.0)
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
