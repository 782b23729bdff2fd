//! Property tests of the time-and-failure simulation (issue #18): backlog is
//! never negative, messages are conserved, more capacity never means more
//! lag, a bigger burst never means less, no overload means no queue, and
//! hostile drill values are corrected, reported and never fail.

use model::codec::decode;
use model::simulate::{simulate, Simulation};
use model::{Estimate, View};
use proptest::prelude::*;

fn run(link: &str) -> Simulation {
    let (st, _) = decode(link);
    let e = Estimate::numbers(&st.scenario, &st.assumptions);
    simulate(&st.scenario, &st.assumptions, &st.drill, &e)
}

fn view() -> impl Strategy<Value = &'static str> {
    prop::sample::select(View::ALL.iter().map(|v| v.key()).collect::<Vec<_>>())
}

/// A drill link: view, load, one burst, a failure, a shape and pinned counts.
fn drill() -> impl Strategy<Value = String> {
    (
        view(),
        1.0..1e8f64,
        (0.0..1440.0f64, 1.0..240.0f64, 0.0..20.0f64),
        prop::sample::select(vec!["none", "node@600", "zone@1100", "zone@0"]),
        prop::sample::select(vec!["flat", "diurnal", "business", "0:1,600:4,900:0.5"]),
        1.0..5.0f64,
        prop::option::of(1u64..50),
    )
        .prop_map(|(v, users, (st, d, m), fail, shape, peak, pin)| {
            let pin = pin.map_or(String::new(), |n| format!("&count.brokers={n}&count.consumers={n}"));
            format!(
                "view={v}&users={users}&burst={st}:{d}:{m}&fail={fail}&shape={shape}&peak={peak}&az=3{pin}"
            )
        })
}

/// Every series value and summary figure is finite and non-negative.
fn sane(sim: &Simulation) -> Result<(), TestCaseError> {
    for ts in &sim.timeline {
        for v in ts
            .offered
            .iter()
            .chain(&ts.capacity)
            .chain(&ts.served)
            .chain(&ts.backlog)
            .chain(&ts.lag_s)
        {
            prop_assert!(v.is_finite() && *v >= 0.0, "{v}");
        }
    }
    for v in [
        sim.max_backlog_msgs,
        sim.max_lag_s,
        sim.seconds_over_slo,
        sim.max_delay_ms,
        sim.window_s,
    ] {
        prop_assert!(v.is_finite() && v >= 0.0, "{v}");
    }
    for v in [sim.drained_at_s, sim.under_replicated_s, sim.recovery_s]
        .into_iter()
        .flatten()
    {
        prop_assert!(v.is_finite() && v >= 0.0, "{v}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Backlog ≥ 0, and in every tier what came in is what was served plus
    /// what is still queued (summed over the window).
    #[test]
    fn messages_are_conserved(link in drill()) {
        let sim = run(&link);
        sane(&sim)?;
        let mut prev = 0.0;
        let dts: Vec<f64> = sim.t_s.iter().map(|t| { let d = t - prev; prev = *t; d }).collect();
        for ts in &sim.timeline {
            let offered: f64 = ts.offered.iter().zip(&dts).map(|(o, d)| o * d).sum();
            let served: f64 = ts.served.iter().zip(&dts).map(|(s, d)| s * d).sum();
            let left = ts.backlog.last().copied().unwrap_or(0.0);
            prop_assert!((offered - served - left).abs() <= 1e-9 * offered.max(1.0),
                "{link}: in {offered} served {served} left {left}");
        }
    }

    /// More nodes in every tier never mean more messages waiting anywhere
    /// in the system, at any moment. (A single tier's lag can grow when the
    /// tier before it gets faster and hands it more: the backlog moves
    /// downstream, it does not grow. In a fluid tandem of queues the last
    /// tier's departures never fall as any rate rises.)
    #[test]
    fn more_capacity_never_more_waiting(link in drill(), extra in 1u64..20) {
        let (st, _) = decode(&link);
        let e = Estimate::numbers(&st.scenario, &st.assumptions);
        let base = simulate(&st.scenario, &st.assumptions, &st.drill, &e);
        let mut more = st.clone();
        for c in model::component::Component::ALL {
            let n = e.nodes.of(c);
            more.scenario.pins.set(c, Some(n + extra * st.scenario.az as u64));
        }
        let e2 = Estimate::numbers(&more.scenario, &more.assumptions);
        let sim = simulate(&more.scenario, &more.assumptions, &more.drill, &e2);
        // Grids differ when a failure's milestones move with the counts, so
        // compare the worst moment and the message-seconds spent waiting.
        let waiting = |x: &Simulation| {
            let mut prev = 0.0;
            let (mut most, mut area) = (0.0_f64, 0.0_f64);
            for (i, t) in x.t_s.iter().enumerate() {
                let total: f64 = x.timeline.iter().map(|ts| ts.backlog[i]).sum();
                most = most.max(total);
                area += total * (t - prev);
                prev = *t;
            }
            (most, area)
        };
        let ((m1, a1), (m0, a0)) = (waiting(&sim), waiting(&base));
        prop_assert!(m1 <= m0 * (1.0 + 1e-9) + 1e-6, "{}: most {} > {}", link, m1, m0);
        prop_assert!(a1 <= a0 * (1.0 + 1e-9) + 1e-3, "{}: area {} > {}", link, a1, a0);
    }

    /// A bigger burst never means less lag or backlog.
    #[test]
    fn bigger_burst_never_less_lag(v in view(), users in 1.0..1e7f64, m in 1.0..10.0f64, k in 1.0..5.0f64) {
        let small = run(&format!("view={v}&users={users}&burst=600:30:{m}&count.consumers=3&count.brokers=3"));
        let big = run(&format!("view={v}&users={users}&burst=600:30:{}&count.consumers=3&count.brokers=3", m * k));
        prop_assert!(big.max_backlog_msgs >= small.max_backlog_msgs * (1.0 - 1e-12));
        prop_assert!(big.max_lag_s >= small.max_lag_s * (1.0 - 1e-12));
    }

    /// Any text in the drill keys decodes without failing, is corrected or
    /// kept, and the simulation stays finite.
    #[test]
    fn hostile_drill_values_never_fail(shape in ".{0,80}", burst in ".{0,80}", fail in ".{0,30}", window in ".{0,10}") {
        let q = form_urlencoded::Serializer::new(String::new())
            .append_pair("shape", &shape)
            .append_pair("burst", &burst)
            .append_pair("fail", &fail)
            .append_pair("window", &window)
            .finish();
        let sim = run(&q);
        sane(&sim)?;
    }
}

/// The hostile cases the issue names: a 10,000-point shape, NaN and
/// negative multipliers, overlapping bursts, a failure outside the window.
#[test]
fn named_hostile_drills_are_corrected_and_reported() {
    let huge: String = (0..10_000).map(|i| format!("{i}:{},", 1 + i % 3)).collect();
    let cases = [
        (format!("shape={huge}"), "shape"),
        ("shape=0:NaN,60:-3,120:2".to_string(), "shape"),
        ("burst=600:60:5,620:10:9".to_string(), "burst"),
        ("burst=600:60:-5".to_string(), "burst"),
        ("fail=zone@5000".to_string(), "fail"),
        ("fail=zone@-1".to_string(), "fail"),
        ("count.brokers=-4".to_string(), "count.brokers"),
        ("count.nope=4".to_string(), "count.nope"),
        ("window=1e9".to_string(), "window"),
        ("rto=NaN".to_string(), "rto"),
    ];
    for (link, key) in cases {
        let (st, fixes) = decode(&link);
        assert!(
            fixes.iter().any(|f| f.key == key),
            "{link:.60}: no correction for {key}: {fixes:?}"
        );
        let e = Estimate::numbers(&st.scenario, &st.assumptions);
        let sim = simulate(&st.scenario, &st.assumptions, &st.drill, &e);
        assert!(sim.max_lag_s.is_finite() && sim.max_delay_ms.is_finite());
    }
}
