//! Property tests: outputs are finite and non-negative for any input, node
//! counts and bandwidth never fall as users grow, and links round-trip.

use model::codec::{decode, encode, State};
use model::component::{shown, Component};
use model::scenario::Tolerate;
use model::{Assumptions, Cap, Estimate, Param, Scenario, View};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_json::Value;

/// Any f64 at all, including NaN, infinities and extremes.
fn wild() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        -1e12..1e12f64,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(0.0)
    ]
}

fn in_range(p: Param) -> impl Strategy<Value = f64> {
    let s = p.spec();
    (s.min..=s.max).prop_map(move |v| if s.integer { v.round() } else { v })
}

fn view() -> impl Strategy<Value = View> {
    prop::sample::select(View::ALL.to_vec())
}

fn valid_scenario() -> impl Strategy<Value = Scenario> {
    (
        prop::collection::vec(0.0..=1.0f64, Param::ALL.len()),
        view(),
        prop::sample::select(Tolerate::ALL.to_vec()),
    )
        .prop_map(|(fracs, view, tolerate)| {
            let mut s = Scenario {
                view,
                tolerate,
                ..Scenario::default()
            };
            for (p, f) in Param::ALL.iter().zip(fracs) {
                let sp = p.spec();
                // Log-spread where the range is wide, so small values get tested too.
                let v = if sp.min > 0.0 && sp.max / sp.min > 100.0 {
                    10f64.powf(sp.min.log10() + f * (sp.max.log10() - sp.min.log10()))
                } else {
                    sp.min + f * (sp.max - sp.min)
                };
                s.set(*p, if sp.integer { v.round() } else { v });
            }
            s.clamped()
        })
}

fn valid_assumptions() -> impl Strategy<Value = Assumptions> {
    (
        prop::collection::vec(0.0..=1.0f64, Cap::ALL.len()),
        prop::collection::vec(0usize..8, Component::ALL.len()),
        any::<bool>(),
        (
            0usize..32,
            prop::collection::vec((0usize..64, 0.0..=1.0f64), 0..4),
        ),
    )
        .prop_map(|(fracs, picks, override_caps, (platform, prices))| {
            let mut a = Assumptions::default();
            for (c, i) in Component::ALL.iter().zip(picks) {
                let cat = model::profiles::catalog(*c);
                a.set_profile(*c, cat[i % cat.len()].id);
            }
            // Half the cases run the broker tier on another platform.
            let all = model::platforms::PLATFORMS;
            if platform < all.len() {
                a.set_platform(all[platform].id);
            }
            // A few platform prices of a person's own (#17), anywhere in range.
            let rows = price_rows();
            for (i, f) in prices {
                let (id, d) = rows[i % rows.len()];
                a.set_option_price(id, d, f * d.max())
                    .expect("a billed dimension");
            }
            if !override_caps {
                return a;
            }
            for (c, f) in Cap::ALL.iter().zip(fracs) {
                let sp = c.spec();
                let v = if sp.min > 0.0 {
                    10f64.powf(sp.min.log10() + f * (sp.max.log10() - sp.min.log10()))
                } else {
                    sp.min + f * (sp.max - sp.min)
                };
                a.set(*c, v);
            }
            a.clamped()
        })
}

/// Every (option, dimension) a person can price.
fn price_rows() -> Vec<(&'static str, model::option_prices::Dim)> {
    model::option_prices::groups()
        .into_iter()
        .flat_map(|g| g.rows.into_iter().map(|r| (r.option, r.dim)))
        .collect()
}

/// Link keys added for storage, failure and cost sizing.
const NEW_KEYS: [&str; 5] = ["az", "tolerate", "horizon", "tiered", "ffetch"];

/// Values no field accepts as they stand.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("NaN".to_string()),
        Just("inf".to_string()),
        Just("-1e999".to_string()),
        Just("1e308".to_string()),
        Just("-5".to_string()),
        Just("💥".to_string()),
        Just("<script>".to_string()),
        "[a-z]{1,8}x".prop_map(|s| s),
        Just("9".repeat(400)),
    ]
}

/// Every number in the JSON is finite (NaN and ±inf serialise as null) and ≥ 0.
fn check_numbers(v: &Value, path: &str) -> Result<(), TestCaseError> {
    match v {
        Value::Null => Err(TestCaseError::fail(format!("{path} is NaN or infinite"))),
        Value::Number(n) => {
            let x = n.as_f64().unwrap_or(f64::NAN);
            prop_assert!(x.is_finite() && x >= 0.0, "{} = {}", path, x);
            Ok(())
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .try_for_each(|(i, x)| check_numbers(x, &format!("{path}[{i}]"))),
        Value::Object(map) => map
            .iter()
            .try_for_each(|(k, x)| check_numbers(x, &format!("{path}.{k}"))),
        _ => Ok(()),
    }
}

proptest! {
    // 256 cases by default; PROPTEST_CASES=20000 for a deeper run.
    #![proptest_config(ProptestConfig::default())]

    #[test]
    fn outputs_are_finite_and_non_negative(raw in prop::collection::vec(wild(), Param::ALL.len()), caps in prop::collection::vec(wild(), Cap::ALL.len()), v in view()) {
        let mut s = Scenario { view: v, ..Scenario::default() };
        for (p, x) in Param::ALL.iter().zip(raw) { s.set(*p, x); }
        let mut a = Assumptions::default();
        for (c, x) in Cap::ALL.iter().zip(caps) { a.set(*c, x); }
        let e = Estimate::explain(&s, &a);
        let json = serde_json::to_value(&e).expect("serialise");
        check_numbers(&json, "estimate")?;
        for step in &e.steps {
            prop_assert!(!step.result.contains("NaN") && !step.result.contains("inf"), "{:?}", step);
        }
    }

    #[test]
    fn nodes_and_bandwidth_never_fall_as_users_grow(s in valid_scenario(), a in valid_assumptions(), k in 1.0..1000.0f64) {
        let lo = Estimate::numbers(&s, &a);
        let hi = Estimate::numbers(&s.scaled_users(k), &a);
        let (n0, n1) = (&lo.nodes, &hi.nodes);
        for (name, x, y) in [
            ("brokers", n0.brokers, n1.brokers), ("partitions", n0.partitions, n1.partitions),
            ("write_shards", n0.write_shards, n1.write_shards), ("read_replicas", n0.read_replicas, n1.read_replicas),
            ("cache_nodes", n0.cache_nodes, n1.cache_nodes), ("event_store_nodes", n0.event_store_nodes, n1.event_store_nodes),
            ("message_db_nodes", n0.message_db_nodes, n1.message_db_nodes), ("gateway_servers", n0.gateway_servers, n1.gateway_servers),
            ("replay_workers", n0.replay_workers, n1.replay_workers),
        ] {
            prop_assert!(y >= x, "{} fell from {} to {} at ×{}", name, x, y, k);
        }
        for (name, x, y) in [
            ("cost", lo.cost.monthly_usd, hi.cost.monthly_usd),
            ("compute", lo.cost.compute_usd, hi.cost.compute_usd),
            ("storage cost", lo.cost.storage_usd, hi.cost.storage_usd),
            ("network cost", lo.cost.network_usd, hi.cost.network_usd),
            ("cross_az", lo.load.cross_az_bytes_per_sec, hi.load.cross_az_bytes_per_sec),
            ("ingress", lo.load.ingress_bytes_per_sec, hi.load.ingress_bytes_per_sec),
            ("egress", lo.load.egress_bytes_per_sec, hi.load.egress_bytes_per_sec),
            ("replication", lo.load.replication_bytes_per_sec, hi.load.replication_bytes_per_sec),
            ("cross_region", lo.load.cross_region_bytes_per_sec, hi.load.cross_region_bytes_per_sec),
            ("bytes_per_day", lo.storage.bytes_per_day, hi.storage.bytes_per_day),
            ("retained", lo.storage.retained_bytes, hi.storage.retained_bytes),
        ] {
            prop_assert!(y >= x, "{} fell from {} to {}", name, x, y);
        }
    }

    #[test]
    fn every_count_covers_each_constraint_and_spreads_over_the_zones(s in valid_scenario(), a in valid_assumptions()) {
        let e = Estimate::numbers(&s, &a);
        let zones = s.az as u64;
        for c in Component::ALL {
            let z = &e.sizing[c.key()];
            prop_assert_eq!(z.count, e.nodes.of(c));
            for (k, n) in z.by.iter() {
                prop_assert!(z.count >= n, "{} {} = {} > count {}", c.key(), k, n, z.count);
            }
            prop_assert!(z.by.contains_key(z.binding), "{} binds on {}", c.key(), z.binding);
            if c.replicated() {
                prop_assert_eq!(z.count % zones, 0, "{} = {} over {} zones", c.key(), z.count, zones);
            }
        }
        // Only the view's components are priced, and the parts add up.
        let keys: Vec<&str> = shown(s.view).iter().map(|c| c.key()).collect();
        prop_assert!(e.cost.by_component.keys().all(|k| keys.contains(k)));
        let sum = e.cost.compute_usd + e.cost.storage_usd + e.cost.network_usd;
        prop_assert!((sum - e.cost.monthly_usd).abs() <= 1e-9 * sum.max(1.0));
    }

    #[test]
    fn the_counts_only_sweep_agrees_with_the_estimate(s in valid_scenario(), a in valid_assumptions()) {
        let p = &model::sweep(&s, &a, s.users, s.users, 2)[0];
        prop_assert_eq!(p.users, s.users);
        let e = Estimate::numbers(&s, &a);
        for c in shown(s.view) {
            prop_assert_eq!(p.nodes.of(*c), e.nodes.of(*c), "{}", c.key());
        }
        prop_assert!((p.cost_usd - e.cost.monthly_usd).abs() <= 1e-9 * e.cost.monthly_usd.max(1.0));
    }

    /// A sweep works the per-node side of the tables out once (`nodes::Rates`)
    /// and reuses one scenario for every point: each point must still be the
    /// estimate at its user count, bit for bit in load, storage and counts,
    /// under either policy and on any platform. Building the rates from the
    /// point's users, or a rate that read `users`, would make this fail.
    #[test]
    fn every_sweep_point_is_the_estimate_at_its_users(
        s in valid_scenario(),
        a in valid_assumptions(),
        aws in any::<bool>(),
        platform in 0usize..64,
        from in 1.0..1e6f64,
        span in 1.0..1e4f64,
    ) {
        let mut a = a;
        if aws {
            a.set_policy(model::policy::Policy::AwsMsk);
        }
        let all = model::platforms::PLATFORMS;
        prop_assert!(a.set_platform(all[platform % all.len()].id));
        let points = model::sweep(&s, &a, from, from * span, 7);
        prop_assert_eq!(points.len(), 7);
        for p in &points {
            let at = Scenario { users: p.users, ..s.clone() };
            let e = Estimate::numbers(&at, &a);
            prop_assert_eq!(&p.load, &e.load, "load at {} users", p.users);
            prop_assert_eq!(&p.storage, &e.storage, "storage at {} users", p.users);
            prop_assert_eq!(p.nodes.partitions, e.nodes.partitions);
            for c in shown(s.view) {
                prop_assert_eq!(p.nodes.of(*c), e.nodes.of(*c), "{} at {} users", c.key(), p.users);
            }
            prop_assert!((p.cost_usd - e.cost.monthly_usd).abs() <= 1e-9 * e.cost.monthly_usd.max(1.0),
                "cost at {} users: {} vs {}", p.users, p.cost_usd, e.cost.monthly_usd);
        }
    }

    /// `constraint::count` applies failure headroom once, to the largest
    /// throughput row, not to each row: the same count as the full fold for
    /// any rows, layout and zone rounding.
    #[test]
    fn counts_only_fold_matches_the_full_fold(
        rows in prop::collection::vec((0usize..3, prop_oneof![Just(0.0), 0.0..1e7f64, 1e15..1e19f64], prop_oneof![1e-3..1e6f64, Just(1.0)]), 0..7),
        zones in 1u64..7,
        tolerate in prop::sample::select(Tolerate::ALL.to_vec()),
        replicated in any::<bool>(),
    ) {
        use model::constraint::{count, fold, Constraint, Spread, Words};
        let rows: Vec<Constraint> = rows
            .into_iter()
            .map(|(k, d, p)| match k {
                0 => Constraint::throughput(&Words { key: "t", label: "T", unit: "x" }, d, p),
                1 => Constraint::capacity(&Words { key: "c", label: "C", unit: "x" }, d, p),
                _ => Constraint::floor(&Words { key: "f", label: "F", unit: "nodes" }, d.min(1e3)),
            })
            .collect();
        let sp = Spread { zones, tolerate };
        prop_assert_eq!(count(&rows, &sp, replicated), fold(&rows, &sp, replicated).count);
    }

    #[test]
    fn whole_nodes_fast_path_keeps_the_rounding_rule(d in 0.0..1e18f64, p in 1e-6..1e9f64) {
        // The reference: nearest whole when within 1e-9 relative, else up.
        let exact = d / p;
        let rounded = exact.round();
        let want = if d <= 0.0 { 0.0 } else if (exact - rounded).abs() <= 1e-9 * exact.max(1.0) { rounded } else { exact.ceil() };
        prop_assert_eq!(model::units::whole_nodes(d, p), want.min(model::units::MAX_NODES as f64) as u64, "{} / {}", d, p);
    }

    #[test]
    fn hostile_values_of_every_new_key_are_reported(v in hostile(), i in 0usize..128) {
        let mut keys: Vec<String> = NEW_KEYS.iter().map(|k| k.to_string()).collect();
        keys.extend(Component::ALL.iter().map(|c| format!("profile.{}", c.id())));
        keys.extend(Cap::ALL.iter().filter(|c| c.is_price()).map(|c| c.link_key()));
        keys.extend(["cap.broker_disk_gb", "cap.disk_fill", "cap.cache_mem_gb", "cap.hot_hours", "cap.broker_partitions"].map(String::from));
        // Where to run it (#17): the policy, the pinned partitions, the option and its prices.
        keys.extend(["policy", "partitions", "platform"].map(String::from));
        keys.extend(price_rows().into_iter().map(|(id, d)| model::option_prices::link_key(id, d)));
        let key = &keys[i % keys.len()];
        let q = format!("{key}={}", form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>());
        let (st, fixes) = decode(&q);
        prop_assert!(fixes.iter().any(|f| &f.key == key), "{} = {:?} not reported: {:?}", key, v, fixes);
        let e = Estimate::numbers(&st.scenario, &st.assumptions);
        prop_assert!(e.cost.monthly_usd.is_finite() && e.cost.monthly_usd >= 0.0);
        for o in model::options::options(&st.scenario, &st.assumptions) {
            let m = o.monthly_usd.unwrap_or(0.0);
            prop_assert!(m.is_finite() && m >= 0.0, "{} = {} after {}={:?}", o.id, m, key, v);
        }
    }

    /// An option price, hostile or not, never leaves the option's bill NaN,
    /// infinite or negative, and the link says what it did with it.
    #[test]
    fn hostile_option_prices_are_corrected_and_bills_stay_finite(v in prop_oneof![hostile(), (-1e6..1e6f64).prop_map(|x| x.to_string())], i in 0usize..64, users in 1u64..10_000_000) {
        let rows = price_rows();
        let (id, d) = rows[i % rows.len()];
        let key = model::option_prices::link_key(id, d);
        let q = format!("users={users}&platform={id}&{key}={}", form_urlencoded::byte_serialize(v.as_bytes()).collect::<String>());
        let (st, fixes) = decode(&q);
        let parsed: Option<f64> = v.parse().ok().filter(|x: &f64| x.is_finite());
        let in_range = parsed.is_some_and(|x| (0.0..=d.max()).contains(&x));
        prop_assert_eq!(fixes.iter().any(|f| f.key == key), !in_range, "{}={:?}: {:?}", key, v, fixes);
        prop_assert!(fixes.iter().all(|f| f.key == key), "{:?}", fixes);
        let e = Estimate::numbers(&st.scenario, &st.assumptions);
        prop_assert!(e.cost.monthly_usd.is_finite() && e.cost.monthly_usd >= 0.0);
        for o in model::options::options(&st.scenario, &st.assumptions) {
            for x in [o.compute_usd, o.storage_usd, o.network_usd, o.other_usd, o.monthly_usd.unwrap_or(0.0)] {
                prop_assert!(x.is_finite() && x >= 0.0, "{}: {}", o.id, x);
            }
        }
    }

    #[test]
    fn links_round_trip(s in valid_scenario(), a in valid_assumptions(), title in "[a-zA-Z0-9 <>&;=?#%+/'\"-]{0,40}") {
        let st = State { scenario: s, assumptions: a, title: title.trim().to_string(), ..State::default() };
        let q = encode(&st);
        let (back, fixes) = decode(&q);
        prop_assert!(fixes.is_empty(), "{:?} from {}", fixes, q);
        prop_assert_eq!(back, st);
    }

    #[test]
    fn full_links_round_trip(b in valid_scenario(), a in valid_scenario(), step in prop::option::of(1u32..=6), pinned in any::<bool>()) {
        use model::codec::{decode_link, encode_link, Link};
        let link = Link {
            state: State { scenario: b, ..State::default() },
            compare: pinned.then(|| State { scenario: a, ..State::default() }),
            step,
        };
        let (back, fixes) = decode_link(&encode_link(&link));
        prop_assert!(fixes.is_empty(), "{:?}", fixes);
        prop_assert_eq!(back, link);
    }

    #[test]
    fn any_string_decodes_without_panic_into_range(text in ".{0,300}", pairs in prop::collection::vec(("[a-z._]{0,12}", ".{0,20}"), 0..20)) {
        let mut q = text;
        for (k, v) in pairs { q.push('&'); q.push_str(&k); q.push('='); q.push_str(&v); }
        let (st, _) = decode(&q);
        for p in Param::ALL {
            let (v, sp) = (st.scenario.get(*p), p.spec());
            prop_assert!(v.is_finite() && v >= sp.min && v <= sp.max, "{} = {}", sp.key, v);
        }
        let e = Estimate::numbers(&st.scenario, &st.assumptions);
        prop_assert!(e.latency.p99_delivery_ms.is_finite());
    }

    #[test]
    fn in_range_values_need_no_correction(p in prop::sample::select(Param::ALL.to_vec()), f in 0.0..=1.0f64) {
        let sp = p.spec();
        let v = in_range_value(sp.min, sp.max, f, sp.integer);
        let (_, fixes) = decode(&format!("{}={}", sp.key, model::codec::number(v)));
        prop_assert!(fixes.is_empty(), "{:?}", fixes);
    }
}

fn in_range_value(min: f64, max: f64, f: f64, integer: bool) -> f64 {
    let v = min + f * (max - min);
    if integer {
        v.round().clamp(min, max)
    } else {
        v
    }
}

#[test]
fn in_range_strategy_is_used() {
    // Keeps the helper honest: a value drawn in range passes the spec's clamp unchanged.
    let runner = &mut proptest::test_runner::TestRunner::default();
    let v = in_range(Param::Users)
        .new_tree(runner)
        .expect("tree")
        .current();
    assert_eq!(Param::Users.spec().clamp(v), (v, false));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Where to run it (#17): every option's cost is finite and non-negative,
    /// an infeasible option names its limit, an unpriced one names what is
    /// missing, and no option gets cheaper as users grow.
    #[test]
    fn every_platform_option_is_finite_and_monotone_in_users(
        s in valid_scenario(),
        a in valid_assumptions(),
        k in 1.5..20.0f64,
    ) {
        let now = model::options::options(&s, &a);
        let more = model::options::options(&s.scaled_users(k), &a);
        prop_assert_eq!(now.len(), model::platforms::PLATFORMS.len());
        for o in &now {
            for (what, v) in [("compute", o.compute_usd), ("storage", o.storage_usd), ("network", o.network_usd), ("other", o.other_usd)] {
                prop_assert!(v.is_finite() && v >= 0.0, "{} {} = {}", o.id, what, v);
            }
            if let Some(m) = o.monthly_usd {
                prop_assert!(m.is_finite() && m >= 0.0, "{} monthly {}", o.id, m);
            } else {
                prop_assert!(!o.missing.is_empty(), "{} unpriced without a reason", o.id);
            }
            prop_assert!(o.feasible || !o.limit.is_empty(), "{} infeasible without a limit", o.id);
            let after = more.iter().find(|x| x.id == o.id).expect("same options");
            let total = |x: &model::options::OptionCost| x.compute_usd + x.storage_usd + x.network_usd + x.other_usd;
            // Broker options choose their cheapest size at each load, so compare within 1e-9.
            prop_assert!(total(after) >= total(o) * (1.0 - 1e-9) - 1e-6,
                "{}: {} users ${} → {} users ${}", o.id, s.users, total(o), s.scaled_users(k).users, total(after));
        }
    }
}
