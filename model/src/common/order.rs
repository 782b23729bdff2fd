//! Ordering for the model's short lists (a ranking of at most ~10 components,
//! a handful of "from N users" moves).
//!
//! Why not `slice::sort_by`: every call site monomorphises the standard
//! library's driftsort, about 4 KB of wasm per element type, and the
//! dashboard's bundle has a size budget. For lists this short an insertion
//! sort is as fast and costs a few dozen bytes.

/// Sorts `v` so that `less(a, b)` never holds for a later `a` and an earlier
/// `b`. Stable: equal items keep their order (the bottleneck rule relies on
/// this for ties). O(n²); meant for n below ~50.
pub fn sort_small_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Sorts `v` ascending by `key` in `f64::total_cmp` order. Stable: items
/// with equal keys keep their order, exactly as `v.sort_by(|a, b|
/// key(a).total_cmp(&key(b)))` would leave them.
///
/// Why not `sort_by`: that instantiates driftsort (~5 KB of wasm) per element
/// type. Here every caller shares one sort of `(key, position)` pairs, and
/// only the move back into place is per type. O(n log n), for the longer
/// lists (a drill's up to 1 008 points, a simulation's events).
pub fn sort_by_f64_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> f64) {
    let mut keyed: Vec<(f64, usize)> = v.iter().map(&key).zip(0..).collect();
    sort_keyed(&mut keyed);
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(keyed.iter().filter_map(|&(_, i)| slots[i].take()));
}

/// Sorts `v` ascending in `f64::total_cmp` order; the same result as
/// `v.sort_by(f64::total_cmp)` (equal keys are equal bits), through the one
/// shared sort.
pub fn sort_f64(v: &mut [f64]) {
    let mut keyed: Vec<(f64, usize)> = v.iter().copied().zip(0..).collect();
    sort_keyed(&mut keyed);
    for (x, (k, _)) in v.iter_mut().zip(keyed) {
        *x = k;
    }
}

/// The one sort instantiation behind [`sort_by_f64_key`] and [`sort_f64`]:
/// key in total order, then position, so the unstable sort is stable.
#[inline(never)]
fn sort_keyed(v: &mut [(f64, usize)]) {
    v.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
}

#[cfg(test)]
mod tests {
    use super::{sort_by_f64_key, sort_f64, sort_small_by};
    use proptest::prelude::*;

    proptest! {
        /// Same order as the standard stable sort, ties and NaN included.
        #[test]
        fn by_f64_key_matches_the_standard_stable_sort(
            keys in prop::collection::vec(prop_oneof![
                Just(f64::NAN), Just(-0.0), Just(0.0), Just(f64::INFINITY), -3.0..3.0f64, (0u8..4).prop_map(f64::from)
            ], 0..60)
        ) {
            let items: Vec<(f64, usize)> = keys.iter().copied().zip(0..).collect();
            let mut ours = items.clone();
            let mut std = items;
            sort_by_f64_key(&mut ours, |x| x.0);
            std.sort_by(|a, b| a.0.total_cmp(&b.0));
            let bits = |v: &[(f64, usize)]| v.iter().map(|x| (x.0.to_bits(), x.1)).collect::<Vec<_>>();
            prop_assert_eq!(bits(&ours), bits(&std));
            let mut xs = keys.clone();
            let mut std_xs = keys;
            sort_f64(&mut xs);
            std_xs.sort_by(f64::total_cmp);
            prop_assert_eq!(
                xs.iter().map(|x| x.to_bits()).collect::<Vec<_>>(),
                std_xs.iter().map(|x| x.to_bits()).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn matches_the_standard_stable_sort() {
        // (key, original position): equal keys must keep their positions' order.
        let cases: [&[u8]; 5] = [
            &[],
            &[1],
            &[3, 1, 2],
            &[2, 2, 1, 1, 3, 0, 2],
            &[9, 8, 7, 6, 5, 4],
        ];
        for keys in cases {
            let mut ours: Vec<(u8, usize)> = keys.iter().copied().zip(0..).collect();
            let mut std = ours.clone();
            sort_small_by(&mut ours, |a, b| a.0 < b.0);
            std.sort_by_key(|x| x.0);
            assert_eq!(ours, std, "{keys:?}");
        }
    }

    #[test]
    fn descending_with_a_greater_than() {
        let mut v = [1.0, 5.0, 3.0];
        sort_small_by(&mut v, |a, b| a > b);
        assert_eq!(v, [5.0, 3.0, 1.0]);
    }
}
