//! Slider maths: position (0–1) ↔ value for linear and log sliders, "nice"
//! snapping, and keyboard steps. Pure, so it is tested natively.

use crate::inputs::params::{Scale, Spec};

/// Positions per slider track.
pub const STEPS: f64 = 1000.0;

/// Rounds to two significant figures (1.2M, 35K, 4.7): values people say aloud.
pub fn nice(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return 0.0;
    }
    // Rounding through decimal text gives the double nearest the two-digit
    // decimal; `(v / mag).round() * mag` gave 8.700000000000001 for 8.7.
    crate::common::num::parse_f64(&format!("{v:.1e}")).unwrap_or(0.0)
}

fn log_bounds(spec: &Spec) -> (f64, f64) {
    let lo = if spec.scale == Scale::LogOrZero {
        spec.slider_min.max(1.0)
    } else {
        spec.slider_min.max(f64::MIN_POSITIVE)
    };
    (lo.log10(), spec.slider_max.max(lo).log10())
}

/// Where `v` sits on the track, 0–1 (clamped to the slider's ends).
pub fn to_position(spec: &Spec, v: f64) -> f64 {
    if !v.is_finite() {
        return 0.0;
    }
    let p = match spec.scale {
        Scale::Linear => (v - spec.slider_min) / (spec.slider_max - spec.slider_min),
        Scale::Log | Scale::LogOrZero => {
            if spec.scale == Scale::LogOrZero && v <= 0.0 {
                return 0.0;
            }
            let (lo, hi) = log_bounds(spec);
            let x = (v.max(f64::MIN_POSITIVE).log10() - lo) / (hi - lo);
            if spec.scale == Scale::LogOrZero {
                // Position 0 is "off"; the log range starts one step in.
                (1.0 + x * (STEPS - 1.0)) / STEPS
            } else {
                x
            }
        }
    };
    if p.is_finite() {
        p.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The value at track position `pos` (0–1), snapped to a nice value.
pub fn from_position(spec: &Spec, pos: f64) -> f64 {
    let pos = if pos.is_finite() {
        pos.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let raw = match spec.scale {
        Scale::Linear => spec.slider_min + pos * (spec.slider_max - spec.slider_min),
        Scale::Log => {
            let (lo, hi) = log_bounds(spec);
            10f64.powf(lo + pos * (hi - lo))
        }
        Scale::LogOrZero => {
            if pos < 0.5 / STEPS {
                return 0.0;
            }
            let (lo, hi) = log_bounds(spec);
            let x = ((pos * STEPS - 1.0) / (STEPS - 1.0)).max(0.0);
            10f64.powf(lo + x * (hi - lo))
        }
    };
    let v = if spec.integer {
        raw.round()
    } else if spec.scale == Scale::Linear {
        // One decimal on linear tracks (e.g. 35.5 %).
        (raw * 10.0).round() / 10.0
    } else {
        nice(raw)
    };
    let v = if spec.integer && spec.scale != Scale::Linear {
        nice(v).round()
    } else {
        v
    };
    v.clamp(spec.min, spec.max)
}

/// One keyboard step from `v`: `steps` positions along the track (negative = left).
pub fn step(spec: &Spec, v: f64, steps: f64) -> f64 {
    let here = to_position(spec, v);
    let unit = if spec.integer && spec.scale == Scale::Linear {
        1.0 / (spec.slider_max - spec.slider_min).max(1.0)
    } else {
        10.0 / STEPS
    };
    let next = from_position(spec, here + steps * unit);
    if next == v && steps != 0.0 {
        // Snapping can swallow a small step; take one more so a key press always moves.
        from_position(spec, here + 2.0 * steps * unit)
    } else {
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::params::Param;

    #[test]
    fn nice_values() {
        assert_eq!(nice(1_234_567.0), 1_200_000.0);
        assert_eq!(nice(96.4), 96.0);
        assert_eq!(nice(0.0), 0.0);
        assert!((nice(0.001157) - 0.0012).abs() < 1e-12);
        // Issue #20, defect 1: no float noise in the values sliders produce.
        assert_eq!(nice(8.66), 8.7);
        assert_eq!(format!("{}", nice(0.001157)), "0.0012");
    }

    /// Issue #20, defect 1: one ArrowLeft on the rate slider gave
    /// `8.700000000000001`. Every keyboard step of every slider lands on a value
    /// whose shortest decimal has at most six significant digits.
    #[test]
    fn keyboard_steps_give_readable_values() {
        for p in Param::ALL {
            let s = p.spec();
            let mut v = s.default;
            for dir in [-1.0, 1.0] {
                for _ in 0..40 {
                    v = step(&s, v, dir);
                    let t = format!("{v}");
                    let digits = t
                        .chars()
                        .filter(char::is_ascii_digit)
                        .collect::<String>()
                        .trim_matches('0')
                        .len();
                    assert!(digits <= 6, "{}: {t}", s.key);
                }
            }
        }
        assert_eq!(step(&Param::Rate.spec(), 10.0, -1.0), 8.7);
    }

    #[test]
    fn users_track_ends_and_middle() {
        let s = Param::Users.spec();
        assert_eq!(from_position(&s, 0.0), 100.0);
        assert_eq!(from_position(&s, 1.0), 1e8);
        assert_eq!(from_position(&s, 0.5), 100_000.0);
        assert!((to_position(&s, 1e4) - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(to_position(&s, 1e10), 1.0);
        assert_eq!(to_position(&s, f64::NAN), 0.0);
    }

    #[test]
    fn off_position_for_snapshots() {
        let s = Param::Snap.spec();
        assert_eq!(from_position(&s, 0.0), 0.0);
        assert_eq!(to_position(&s, 0.0), 0.0);
        assert_eq!(from_position(&s, 1.0 / STEPS), 1.0);
        assert_eq!(from_position(&s, 1.0), 1e5);
    }

    #[test]
    fn keyboard_steps_move_both_ways() {
        for p in Param::ALL {
            let s = p.spec();
            if s.unit == crate::inputs::params::Unit::Toggle {
                continue; // two positions, no middle: the app shows a checkbox
            }
            let mid = from_position(&s, 0.5);
            let up = step(&s, mid, 1.0);
            let down = step(&s, mid, -1.0);
            assert!(up > mid, "{} up: {mid} → {up}", s.key);
            assert!(down < mid, "{} down: {mid} → {down}", s.key);
        }
    }
}
