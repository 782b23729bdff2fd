//! Criterion benchmarks of the time-and-failure simulation (issue #18):
//! every tier of a view over 24 hours and over 7 days at one-minute steps,
//! with a burst and a zone loss (the costliest drill). Budgets: 24 h ≤ 100 µs,
//! 7 days ≤ 1 ms (docs/PERFORMANCE.md).
use criterion::{black_box, criterion_main, Criterion};
use model::codec::decode;
use model::{simulate::simulate, Estimate};

fn benches(c: &mut Criterion) {
    for (name, link) in [
        (
            "simulate_24h_cqrs",
            "view=cqrs&burst=1140:20:5&fail=zone@1150&shape=diurnal&peak=1.7",
        ),
        ("simulate_24h_eventual", "burst=1140:20:5&fail=zone@1150"),
        (
            "simulate_7d_cqrs",
            "view=cqrs&window=168&burst=1140:20:5&fail=zone@1150&shape=business&peak=3",
        ),
    ] {
        let (st, _) = decode(link);
        let e = Estimate::numbers(&st.scenario, &st.assumptions);
        c.bench_function(name, |b| {
            b.iter(|| {
                simulate(
                    black_box(&st.scenario),
                    black_box(&st.assumptions),
                    black_box(&st.drill),
                    black_box(&e),
                )
            })
        });
    }
}

// The macro generates an undocumented fn; nothing to document there.
#[allow(missing_docs)]
mod group {
    criterion::criterion_group!(simulate_benches, super::benches);
}
use group::simulate_benches;
criterion_main!(simulate_benches);
