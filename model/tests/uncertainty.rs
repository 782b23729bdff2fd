//! Planning under uncertainty (#19): ranges in links round-trip, hostile
//! ranges never panic, and the bands and least-regret answers keep their
//! invariants (ordered, finite, seeded).

use model::codec::{decode, encode, State};
use model::ranges::{Key, Range};
use model::{Cap, Param};
use proptest::prelude::*;

/// A value inside `key`'s range at fraction `f`, log-spread where the range is wide.
fn at(key: Key, f: f64) -> f64 {
    let sp = key.spec();
    if sp.min > 0.0 && sp.max / sp.min > 100.0 {
        10f64.powf(sp.min.log10() + f * (sp.max.log10() - sp.min.log10()))
    } else {
        sp.min + f * (sp.max - sp.min)
    }
}

fn key() -> impl Strategy<Value = Key> {
    prop_oneof![
        prop::sample::select(Param::ALL.to_vec()).prop_map(Key::Param),
        prop::sample::select(Cap::ALL.to_vec()).prop_map(Key::Cap),
    ]
}

/// A state with a few valid ranges, some with an explicit mid.
fn ranged_state() -> impl Strategy<Value = State> {
    prop::collection::vec(
        (
            key(),
            0.0..=1.0f64,
            0.0..=1.0f64,
            prop::option::of(0.0..=1.0f64),
        ),
        0..6,
    )
    .prop_map(|rows| {
        let mut st = State::default();
        for (k, a, b, mid) in rows {
            let r = Range::new(k, at(k, a), at(k, b));
            let r = match mid {
                Some(m) => Range::with_mid(k, r.low, r.low + m * (r.high - r.low), r.high),
                None => r,
            };
            st.set_range(k, r);
        }
        st
    })
}

/// Range texts no field accepts as they stand.
fn hostile_range() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        Just("NaN".to_string()),
        Just("inf".to_string()),
        Just("-1e999".to_string()),
        Just("1e308".to_string()),
        Just("-5".to_string()),
        Just(String::new()),
        Just("💥".to_string()),
        "[0-9.]{1,6}[KMB]?".prop_map(|s| s),
        (-1e12..1e12f64).prop_map(|v| v.to_string()),
    ];
    prop::collection::vec(part, 1..6).prop_map(|parts| parts.join(".."))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn ranged_links_round_trip(st in ranged_state()) {
        let q = encode(&st);
        let (back, fixes) = decode(&q);
        prop_assert!(fixes.is_empty(), "{:?} from {}", fixes, q);
        prop_assert_eq!(back, st);
    }

    #[test]
    fn hostile_ranges_never_panic_and_stay_ordered_in_range(k in key(), v in hostile_range(), users in 1u32..1_000_000_000) {
        let q = format!(
            "users={users}&{}={}",
            k.link_key(),
            form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()
        );
        let (st, fixes) = decode(&q);
        let sp = k.spec();
        if let Some(r) = st.ranges.get(k) {
            prop_assert!(r.low.is_finite() && r.mid.is_finite() && r.high.is_finite());
            prop_assert!(sp.min <= r.low && r.low <= r.mid && r.mid <= r.high && r.high <= sp.max, "{:?}", r);
        }
        // Every correction names the key it fixed; the other key is kept.
        prop_assert!(fixes.iter().all(|f| f.key == k.link_key()), "{:?}", fixes);
        if k != Key::Param(Param::Users) {
            prop_assert_eq!(st.scenario.users, f64::from(users));
        }
    }
}
