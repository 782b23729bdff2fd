//! Unit constants and the one safe "round a demand up to whole nodes" helper.
//!
//! All sizes are decimal SI (1 KB = 1,000 B), as in the seeds' own arithmetic
//! ("10 million messages × 1 KB = ~10 GB/s").

/// Seconds in one day: 24 × 60 × 60.
pub const SECONDS_PER_DAY: f64 = 86_400.0;
/// Seconds in one hour.
pub const SECONDS_PER_HOUR: f64 = 3_600.0;
/// Bytes in one decimal megabyte (capacities are quoted in MB/s).
pub const BYTES_PER_MB: f64 = 1_000_000.0;

/// Whole nodes needed to carry `demand` units when each node carries `per_node`:
/// `ceil(demand / per_node)`, never negative, never NaN.
///
/// A tiny relative tolerance stops float noise (e.g. 2.0000000000000004)
/// from adding a node the exact arithmetic would not.
#[inline]
pub fn whole_nodes(demand: f64, per_node: f64) -> u64 {
    whole_of(node_ratio(demand, per_node))
}

/// `demand ÷ per_node` when both are in (0, f64::MAX], else 0 (so a NaN,
/// negative or infinite input needs no node): the exact nodes
/// [`whole_nodes`] rounds up, and a ratio [`whole_of`] accepts.
#[inline]
pub fn node_ratio(demand: f64, per_node: f64) -> f64 {
    // In (0, f64::MAX] exactly when the bits less one are below MAX's
    // bits: 0 wraps to u64::MAX, and negatives, infinities and NaNs have
    // larger bits. One subtract and one compare a value.
    let ok = |x: f64| x.to_bits().wrapping_sub(1) < f64::MAX.to_bits();
    if ok(demand) & ok(per_node) {
        demand / per_node
    } else {
        0.0
    }
}

/// `exact` nodes (a [`node_ratio`]: 0 to +∞) rounded up to whole nodes, a
/// fraction within the tolerance rounded to nearest instead.
///
/// Non-decreasing in `exact`: if `x < y` have the same whole part, `y`'s
/// fraction exceeds `x`'s by `y − x`, more than its tolerance grows
/// (`1e-9 × (y − x)`). So the largest of several rows' counts is the count
/// of the largest ratio, which [`crate::sizing::constraint::count`] uses to
/// round once a kind instead of once a row.
#[inline]
pub fn whole_of(exact: f64) -> u64 {
    // Below 2^52 the whole part is exact in an integer, so this is integer work
    // (f64::round/ceil are library calls on baseline x86-64, and a sweep
    // makes thousands of these): a fraction within the tolerance is noise.
    // `exact` is in [0, 2^52) here, so the signed conversions are exact and
    // cheaper than unsigned ones on x86-64 (one instruction each way).
    if exact < 4_503_599_627_370_496.0 {
        let tol = 1e-9 * exact.max(1.0);
        let whole = exact as i64;
        let frac = exact - whole as f64;
        // Same rule as below: round to nearest when within the tolerance,
        // else up (a fraction of ½ or more always goes up either way).
        return if frac < 0.5 && frac <= tol {
            whole as u64
        } else {
            whole as u64 + 1
        };
    }
    whole_nodes_huge(exact)
}

/// [`whole_nodes`] past 2^52 (hostile scenarios only), kept out of line so
/// the common path inlines into the sizing loops.
#[cold]
#[inline(never)]
fn whole_nodes_huge(exact: f64) -> u64 {
    let tol = 1e-9 * exact.max(1.0);
    let rounded = exact.round();
    let n = if (exact - rounded).abs() <= tol {
        rounded
    } else {
        exact.ceil()
    };
    n.min(MAX_NODES as f64) as u64
}

/// Most nodes any count reaches: 2^53, far past any real system. Capping
/// here keeps every later step exact: zone headroom (× 6/5 at most), zone
/// multiples and × 20 regions stay far inside u64, so a count of a hostile
/// scenario still spreads evenly over its zones.
pub const MAX_NODES: u64 = 1 << 53;

/// `x` if it is finite and non-negative, else 0: the last guard before a number leaves the model.
pub fn finite_or_zero(x: f64) -> f64 {
    if x.is_finite() && x > 0.0 {
        x
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_nodes_table() {
        let cases: &[(f64, f64, u64)] = &[
            (0.0, 100.0, 0),
            (1.0, 100.0, 1),
            (100.0, 100.0, 1),
            (100.0001, 100.0, 2),
            (10_000_000.0, 105_000.0, 96),
            (0.7 * 3.0 / 0.7, 1.0, 3),
            (f64::NAN, 1.0, 0),
            (1.0, 0.0, 0),
            (f64::INFINITY, 1.0, 0),
            (-5.0, 1.0, 0),
            (1e30, 1.0, MAX_NODES),
        ];
        for &(d, p, want) in cases {
            assert_eq!(whole_nodes(d, p), want, "whole_nodes({d}, {p})");
        }
    }

    use proptest::prelude::*;

    proptest! {
        /// The monotonicity `constraint::count` relies on, across both
        /// paths (below and past 2^52) and at whole numbers ± noise.
        #[test]
        fn whole_of_never_decreases(
            x in prop_oneof![0.0..1e3_f64, 0.0..1e18_f64, (0u32..1000).prop_map(f64::from)],
            step in prop_oneof![0.0..1e-6_f64, 0.0..10.0_f64, 0.0..1e17_f64],
        ) {
            let y = x + step;
            prop_assert!(whole_of(x) <= whole_of(y), "{} -> {}, {} -> {}", x, whole_of(x), y, whole_of(y));
        }
    }
}
