//! Cosine and sine of an angle given in turns (1 turn = 2π radians).
//!
//! Why not `f64::sin_cos`: the diurnal traffic curve is the only trigonometry
//! in the planner, and libm's `sin_cos` reduces any radian argument with
//! `rem_pio2`, whose Payne-Hanek path and table of 2/π's bits cost about
//! 1.5 KB of the wasm bundle after brotli (docs/PERFORMANCE.md, stop 24).
//! An angle in turns reduces exactly instead: subtracting the nearest
//! quarter turn is exact in binary, so only the final `2π r` rounds, and the
//! remainder `|2π r| ≤ π/4` goes to fdlibm's kernels (Sun Microsystems,
//! `k_sin.c` and `k_cos.c`, as in musl and the `libm` crate), which are
//! accurate to under 1 ulp there. Tests pin agreement with `f64::sin_cos`.

use std::f64::consts::TAU;

/// fdlibm's minimax coefficients for sin and cos on [-π/4, π/4], digit for
/// digit as published (more digits than an f64 keeps, so each can be checked
/// against the source).
#[allow(clippy::excessive_precision)]
mod coef {
    pub const S1: f64 = -1.666_666_666_666_663_24e-1;
    pub const S2: f64 = 8.333_333_333_322_489_46e-3;
    pub const S3: f64 = -1.984_126_982_985_794_93e-4;
    pub const S4: f64 = 2.755_731_370_707_006_77e-6;
    pub const S5: f64 = -2.505_076_025_340_686_34e-8;
    pub const S6: f64 = 1.589_690_995_211_550_10e-10;
    pub const C1: f64 = 4.166_666_666_666_660_19e-2;
    pub const C2: f64 = -1.388_888_888_887_410_96e-3;
    pub const C3: f64 = 2.480_158_728_947_672_94e-5;
    pub const C4: f64 = -2.755_731_435_139_066_33e-7;
    pub const C5: f64 = 2.087_572_321_298_174_83e-9;
    pub const C6: f64 = -1.135_964_755_778_819_48e-11;
}
use coef::*;

/// sin x for |x| ≤ π/4 (fdlibm `__kernel_sin` with no tail).
fn kernel_sin(x: f64) -> f64 {
    let z = x * x;
    let r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
    x + z * x * (S1 + z * r)
}

/// cos x for |x| ≤ π/4 (fdlibm `__kernel_cos` with no tail).
fn kernel_cos(x: f64) -> f64 {
    let z = x * x;
    let w = z * z;
    let r = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
    let hz = 0.5 * z;
    let one_minus = 1.0 - hz;
    one_minus + (((1.0 - one_minus) - hz) + z * r)
}

/// (cos, sin) of `turns` × 2π. Non-finite input gives (NaN, NaN).
pub fn cos_sin(turns: f64) -> (f64, f64) {
    if !turns.is_finite() {
        return (f64::NAN, f64::NAN);
    }
    // Whole turns off (exact), then the nearest quarter turn (exact: a
    // multiple of 1/4 in [-1/2, 1/2]), leaving |r| ≤ 1/8 turn.
    let f = turns - turns.round();
    let q = (f * 4.0).round();
    let x = (f - q * 0.25) * TAU;
    let (c, s) = (kernel_cos(x), kernel_sin(x));
    match q as i32 {
        0 => (c, s),
        1 => (-s, c),
        -1 => (s, -c),
        _ => (-c, -s), // ±2: half a turn
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn close(a: (f64, f64), b: (f64, f64), tol: f64) -> bool {
        (a.0 - b.0).abs() <= tol && (a.1 - b.1).abs() <= tol
    }

    #[test]
    fn quarter_turns_are_exact() {
        assert_eq!(cos_sin(0.0), (1.0, 0.0));
        assert_eq!(cos_sin(0.25), (-0.0, 1.0));
        assert_eq!(cos_sin(0.5), (-1.0, -0.0));
        assert_eq!(cos_sin(-0.25), (0.0, -1.0));
        assert_eq!(cos_sin(3.0), (1.0, 0.0));
    }

    #[test]
    fn an_eighth_turn_is_root_half() {
        let (c, s) = cos_sin(0.125);
        let h = std::f64::consts::FRAC_1_SQRT_2;
        assert!((c - h).abs() < 2e-16 && (s - h).abs() < 2e-16, "{c} {s}");
    }

    #[test]
    fn every_minute_of_a_week_matches_libm() {
        // What the simulation asks: minute m of up to 7 days, 15:00 peak.
        for m in 0..=7 * 1440 {
            let t = (m as f64 - 900.0) / 1440.0;
            let (s, c) = (t * TAU).sin_cos();
            // libm's argument t × 2π has already rounded (see the property below).
            let tol = 4e-15 + t.abs() * TAU * f64::EPSILON;
            assert!(close(cos_sin(t), (c, s), tol), "minute {m}");
        }
    }

    #[test]
    fn non_finite_turns_give_nan() {
        for t in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            let (c, s) = cos_sin(t);
            assert!(c.is_nan() && s.is_nan());
        }
    }

    proptest! {
        #[test]
        fn agrees_with_libm_and_stays_on_the_circle(t in -1.0e4f64..1.0e4) {
            let (s, c) = (t * TAU).sin_cos();
            let got = cos_sin(t);
            // libm's own argument t × 2π has rounded by up to |t × 2π| ulps of π,
            // so the tolerance grows with |t|; ours reduces t exactly.
            let tol = 4e-15 + t.abs() * TAU * f64::EPSILON;
            prop_assert!(close(got, (c, s), tol), "{t}: {got:?} vs {:?}", (c, s));
            prop_assert!((got.0 * got.0 + got.1 * got.1 - 1.0).abs() < 4e-16);
            prop_assert!(got.0.abs() <= 1.0 && got.1.abs() <= 1.0);
        }
    }
}
