//! Planning under uncertainty (#19): ranges in links round-trip, hostile
//! ranges never panic, and the bands and least-regret answers keep their
//! invariants (ordered, finite, seeded).

use model::codec::{decode, encode, State};
use model::draws::{bands, Bands, DRAWS};
use model::ranges::{Key, Range};
use model::regret::{least_regret, RegretParams, PLATFORM_KEY};
use model::{Cap, Estimate, Param};
use proptest::prelude::*;

/// The estimate's number at a dotted KPI path (`cost.by_component.brokers.monthly_usd`).
fn point(st: &State, path: &str) -> f64 {
    let e = serde_json::to_value(Estimate::numbers(&st.scenario, &st.assumptions)).expect("JSON");
    path.split('.')
        .fold(&e, |v, k| &v[k])
        .as_f64()
        .unwrap_or_else(|| panic!("{path} is not a number in the estimate"))
}

fn banded(link: &str) -> (State, Bands) {
    let (st, fixes) = decode(link);
    assert!(fixes.is_empty(), "{link}: {fixes:?}");
    let b = bands(&st, DRAWS);
    (st, b)
}

#[test]
fn a_degenerate_range_gives_the_point_estimate_in_every_band() {
    for link in [
        "users=1M..1M",
        "users=1M..1M&view=cqrs&write=10",
        "users=1M..1M&view=sourcing&rate=0.1",
        "users=1M..1M&view=messaging&ffetch=1",
        "users=1M..1M&view=replay&replays=1000",
    ] {
        let (st, b) = banded(link);
        assert_eq!(b.varying.len(), 1);
        for (path, band) in &b.kpis {
            let want = point(&st, path);
            for got in [band.p10, band.p50, band.p90] {
                assert!(
                    (got - want).abs() <= 1e-9 * want.abs().max(1.0),
                    "{link}: {path} band {band:?}, estimate {want}"
                );
            }
        }
    }
}

#[test]
fn bands_widen_with_the_range() {
    let (_, narrow) = banded("users=800K..1.25M&rate=1");
    let (_, wide) = banded("users=250K..4M&rate=1");
    for path in [
        "cost.monthly_usd",
        "nodes.brokers",
        "load.ingress_bytes_per_sec",
        "storage.retained_bytes",
    ] {
        let (n, w) = (narrow.get(path).expect(path), wide.get(path).expect(path));
        assert!(
            w.width() > n.width() && n.width() > 0.0,
            "{path}: narrow {n:?}, wide {w:?}"
        );
        assert!(
            w.p10 < n.p10 && w.p90 > n.p90,
            "{path}: narrow {n:?}, wide {w:?}"
        );
    }
}

#[test]
fn the_band_brackets_the_estimate_at_the_ranges_middle() {
    let load = [
        "cost.monthly_usd",
        "nodes.brokers",
        "load.egress_bytes_per_sec",
    ];
    let cases: &[(&str, &[&str])] = &[
        ("users=500K..2M&rate=1", &load),
        ("users=500K..2M&size=500..4KB&view=cqrs", &load),
        ("rate=0.5..2&retention=3..14&view=sourcing", &load),
        ("users=100K..10M&fanout=2..6&view=messaging", &load),
        // A capacity range moves the count and the bill, not the load.
        (
            "cap.broker_disk_gb=4000..16000&users=2M",
            &["cost.monthly_usd", "nodes.brokers"],
        ),
    ];
    for (link, paths) in cases {
        let (st, b) = banded(link);
        for path in *paths {
            let (band, mid) = (b.get(path).expect(path), point(&st, path));
            assert!(
                band.p10 <= mid && mid <= band.p90,
                "{link}: {path} {band:?} vs {mid}"
            );
            assert!(band.p10 < band.p90, "{link}: {path} {band:?} should vary");
        }
    }
}

#[test]
fn the_same_link_gives_the_same_bands() {
    let link = "users=500K..2M&size=1KB..4KB&view=cqrs";
    let (st, a) = banded(link);
    let (_, b) = banded(&encode(&st));
    assert_eq!(a, b);
    assert_eq!(a.step().substituted, b.step().substituted);
    // A single-number input does not reseed: only the ranges do.
    let (_, c) = banded("users=500K..2M&size=1KB..4KB&view=cqrs&rf=2");
    assert_eq!(a.seed, c.seed);
    let (_, d) = banded("users=500K..3M&size=1KB..4KB&view=cqrs");
    assert_ne!(a.seed, d.seed);
}

#[test]
fn show_work_names_the_draws_the_seed_and_what_varies() {
    let (_, b) = banded("users=500K..2M&util=50..80");
    let step = b.step();
    assert!(
        step.substituted.contains("1000 draws"),
        "{}",
        step.substituted
    );
    assert!(step.substituted.contains(&format!("{:#018x}", b.seed)));
    assert!(step.substituted.contains("users") && step.substituted.contains("util"));
    assert!(step.substituted.contains("(log scale)"));
}

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

#[test]
fn the_chosen_candidate_has_the_least_regret_in_its_list() {
    for link in [
        "users=500K..2M&rate=1",
        "users=250K..4M&view=cqrs&write=10",
        "users=100K..10M&view=messaging",
        "rate=0.5..2&view=sourcing",
    ] {
        let (st, _) = decode(link);
        let lr = least_regret(&st, 200, &RegretParams::default());
        assert!(lr.get(PLATFORM_KEY).is_some(), "{link}: no platform choice");
        assert!(lr.get("brokers").is_some(), "{link}: no broker choice");
        for (key, c) in &lr.0 {
            let least = c.regret_usd.values().copied().fold(f64::INFINITY, f64::min);
            assert_eq!(c.regret_usd[c.choice], least, "{link}: {key} {c:?}");
            assert!(
                c.regret_usd.contains_key(c.point),
                "{link}: {key} point {}",
                c.point
            );
            for (id, r) in &c.regret_usd {
                assert!(r.is_finite() && *r >= 0.0, "{link}: {key}.{id} = {r}");
                assert!((c.over_usd[id] + c.under_usd[id] - r).abs() < 1e-6 * r.max(1.0));
            }
        }
    }
}

#[test]
fn regret_weighs_shortfall_more_as_the_under_weight_grows() {
    let (st, _) = decode("users=250K..4M&rate=1");
    let soft = least_regret(
        &st,
        200,
        &RegretParams {
            over: 1.0,
            under: 0.0,
        },
    );
    let hard = least_regret(
        &st,
        200,
        &RegretParams {
            over: 1.0,
            under: 10.0,
        },
    );
    let (s, h) = (&soft.0["brokers"], &hard.0["brokers"]);
    assert!(s.under_usd.values().all(|u| *u == 0.0));
    assert!(h.under_usd.values().any(|u| *u > 0.0));
    // The over part does not depend on the under weight, so the heavy
    // penalty's choice is short no more than the no-penalty choice is.
    assert_eq!(s.over_usd, h.over_usd);
    assert!(
        h.under_usd[h.choice] <= h.under_usd[s.choice],
        "{h:?} vs {s:?}"
    );
    // The same link gives the same regret.
    assert_eq!(
        least_regret(&st, 200, &RegretParams::default()),
        least_regret(&st, 200, &RegretParams::default())
    );
}

#[test]
fn the_link_sets_the_under_weight_clamped_and_kept() {
    let (st, fixes) = decode("users=250K..4M&rate=1&cap.regret_under=10");
    assert!(fixes.is_empty(), "{fixes:?}");
    let p = RegretParams::of(&st.assumptions);
    assert_eq!((p.over, p.under), (1.0, 10.0));
    // It is what least regret weighs: the same answer as the weight given directly.
    assert_eq!(
        least_regret(&st, 200, &p),
        least_regret(
            &st,
            200,
            &RegretParams {
                over: 1.0,
                under: 10.0
            }
        )
    );
    assert!(encode(&st).contains("cap.regret_under=10"));
    // Absent, Netflix's 1.25; out of range, clamped and said so; NaN, ignored.
    let (plain, _) = decode("users=250K..4M");
    assert_eq!(
        RegretParams::of(&plain.assumptions),
        RegretParams::default()
    );
    let (big, fixes) = decode("users=250K..4M&cap.regret_under=500");
    assert_eq!(RegretParams::of(&big.assumptions).under, 100.0);
    assert!(
        fixes.iter().any(|f| f.key == "cap.regret_under"),
        "{fixes:?}"
    );
    let (nan, fixes) = decode("users=250K..4M&cap.regret_under=NaN");
    assert_eq!(RegretParams::of(&nan.assumptions).under, 1.25);
    assert!(
        fixes.iter().any(|f| f.key == "cap.regret_under"),
        "{fixes:?}"
    );
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
    fn percentiles_are_ordered_and_finite_under_hostile_ranges(
        ks in prop::collection::vec((key(), hostile_range()), 1..4),
        view in prop::sample::select(model::View::ALL.to_vec()),
    ) {
        let mut q = format!("view={}", view.key());
        for (k, v) in ks {
            q.push_str(&format!("&{}={}", k.link_key(), form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>()));
        }
        let (st, _) = decode(&q);
        let b = bands(&st, 50);
        let json = serde_json::to_value(b.map()).expect("JSON");
        for (path, band) in &b.kpis {
            prop_assert!(band.p10.is_finite() && band.p50.is_finite() && band.p90.is_finite(), "{} {:?}", path, band);
            prop_assert!(band.p10 >= 0.0 && band.p10 <= band.p50 && band.p50 <= band.p90, "{} {:?}", path, band);
            prop_assert!(json[path.as_str()]["p90"].is_number());
        }
    }

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
        // What was kept re-encodes to itself (the fuzz target's rule).
        let (again, more) = decode(&encode(&st));
        prop_assert!(more.is_empty(), "{:?}", more);
        prop_assert_eq!(again, st);
    }
}
