//! Criterion benchmarks: the chart sweep (200 points), the latency chart's
//! hockey stick (80 M/M/c evaluations per tier), one full estimate, and
//! the platform options at one point and across the 200-point sweep.
use criterion::{black_box, criterion_main, Criterion};
use model::{sweep, Assumptions, Estimate, Scenario, View};

fn benches(c: &mut Criterion) {
    let a = Assumptions::default();
    for view in [View::Eventual, View::Replay] {
        let s = Scenario {
            view,
            ..Scenario::default()
        };
        c.bench_function(&format!("sweep_200_{}", view.key()), |b| {
            b.iter(|| sweep(black_box(&s), black_box(&a), 100.0, 1e8, 200))
        });
    }
    let s = Scenario::default();
    // Recomputed on every slider input: the latency chart of the default
    // scenario (~1,300 brokers, so each M/M/c is an O(c) Erlang B at most).
    c.bench_function("hockey_stick_80", |b| {
        b.iter(|| model::sweep::hockey_stick(black_box(&s), black_box(&a), 80))
    });
    // Where to run it (#17): every option at one point, and the chart's sweep.
    c.bench_function("options_15", |b| {
        b.iter(|| model::options::options(black_box(&s), black_box(&a)))
    });
    c.bench_function("options_sweep_200", |b| {
        b.iter(|| model::options::sweep(black_box(&s), black_box(&a), 100.0, 1e8, 200))
    });
    c.bench_function("estimate_explain", |b| {
        b.iter(|| Estimate::explain(black_box(&s), black_box(&a)))
    });
    let big = Scenario {
        users: 1e8,
        ..Scenario::default()
    };
    c.bench_function("estimate_explain_100m", |b| {
        b.iter(|| Estimate::explain(black_box(&big), black_box(&a)))
    });
}

// The macro generates an undocumented fn; nothing to document there.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(model_benches, super::benches);
}
use group::model_benches;
criterion_main!(model_benches);
