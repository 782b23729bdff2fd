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

#[cfg(test)]
mod tests {
    use super::sort_small_by;

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
