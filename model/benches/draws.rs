//! Criterion benchmarks for planning under uncertainty (#19): 1,000 draws of
//! a view's lean estimate (the bands; budget ≤ 5 ms natively) and the
//! least-regret choice over the same draws.
use criterion::{black_box, criterion_main, Criterion};
use model::codec::decode;
use model::draws::{bands, DRAWS};
use model::regret::{least_regret, RegretParams};

fn benches(c: &mut Criterion) {
    for (name, link) in [
        ("bands_1000_eventual", "users=500K..2M&size=1KB..4KB"),
        ("bands_1000_cqrs", "users=500K..2M&view=cqrs&write=10"),
        (
            "bands_1000_replay",
            "users=500K..2M&view=replay&replays=1000",
        ),
        (
            "bands_1000_cap_range",
            "users=500K..2M&cap.broker_mbps=100..300",
        ),
    ] {
        let (st, _) = decode(link);
        c.bench_function(name, |b| b.iter(|| bands(black_box(&st), DRAWS)));
    }
    // Least regret: every broker and cache profile and every platform option
    // re-sized in each of the 1,000 worlds (off the input path in the app).
    let (st, _) = decode("users=500K..2M&size=1KB..4KB");
    let p = RegretParams::default();
    c.bench_function("least_regret_1000_eventual", |b| {
        b.iter(|| least_regret(black_box(&st), DRAWS, &p))
    });
}

fn group() {
    let mut c = Criterion::default().configure_from_args();
    benches(&mut c);
}

criterion_main!(group);
