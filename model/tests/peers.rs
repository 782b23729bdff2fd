//! Peers run beside ours, pinned as worked examples with their inputs.
//!
//! AWS's MSK sizing script, `msk_sizing.py` (aws/agent-toolkit-for-aws,
//! `skills/specialized-skills/analytics-skills/managing-amazon-msk/scripts/msk_sizing.py`,
//! commit d6e363b, 2026-06-23; a copy is in `shared/peers/`). Each case below
//! is the script's own output, run as
//! `python3 msk_sizing.py --avg-data-in-mbs A --peak-data-in-mbs P --avg-data-out-mbs O
//! --peak-data-out-mbs O --num-partitions R --replication-factor 3 --retention-hours H
//! --primary-retention-hours L`, for every `kafka.m7g` size: its broker count and its
//! monthly total (brokers + EBS + tiered storage + cross-AZ, USD). Under
//! `policy=aws-msk` our count must equal the script's and our broker tier's
//! monthly cost must be within 1 % (issue #17); it agrees to 1e-9, and the
//! test holds it there. Not covered: the script's m5 sizes, provisioned
//! storage throughput and `--no-rack-affined-consumers`.

use model::component::Component;
use model::{Assumptions, Estimate, Scenario};

/// One size's result: (size, brokers, monthly total USD).
type Row = (&'static str, u64, f64);

struct Case {
    name: &'static str,
    /// MiB/s.
    avg_in: f64,
    peak_in: f64,
    peak_out: f64,
    /// Partition replicas, as the script counts them.
    partition_replicas: u64,
    rf: u64,
    retention_h: u64,
    primary_h: u64,
    /// (size, brokers, monthly total USD) as the script printed them.
    sizes: &'static [Row],
}

const CASES: &[Case] = &[
    Case {
        name: "readme",
        avg_in: 100.0,
        peak_in: 100.0,
        peak_out: 300.0,
        partition_replicas: 3000,
        rf: 3,
        retention_h: 168,
        primary_h: 168,
        sizes: &[
            ("kafka.m7g.large", 24, 42433.455),
            ("kafka.m7g.xlarge", 24, 46007.535),
            ("kafka.m7g.2xlarge", 24, 53155.695),
            ("kafka.m7g.4xlarge", 24, 67452.015),
            ("kafka.m7g.8xlarge", 24, 96044.655),
            ("kafka.m7g.12xlarge", 24, 124637.295),
            ("kafka.m7g.16xlarge", 24, 153229.935),
        ],
    },
    Case {
        name: "small",
        avg_in: 1.0,
        peak_in: 1.0,
        peak_out: 1.0,
        partition_replicas: 100,
        rf: 3,
        retention_h: 24,
        primary_h: 24,
        sizes: &[
            ("kafka.m7g.large", 3, 531.60375),
            ("kafka.m7g.xlarge", 3, 978.36375),
            ("kafka.m7g.2xlarge", 3, 1871.88375),
            ("kafka.m7g.4xlarge", 3, 3658.92375),
            ("kafka.m7g.8xlarge", 3, 7233.00375),
            ("kafka.m7g.12xlarge", 3, 10807.08375),
            ("kafka.m7g.16xlarge", 3, 14381.16375),
        ],
    },
    Case {
        name: "big",
        avg_in: 1000.0,
        peak_in: 1000.0,
        peak_out: 3000.0,
        partition_replicas: 20000,
        rf: 3,
        retention_h: 168,
        primary_h: 168,
        sizes: &[
            ("kafka.m7g.large", 219, 421207.23),
            ("kafka.m7g.xlarge", 219, 453820.70999999996),
            ("kafka.m7g.2xlarge", 219, 519047.67),
            ("kafka.m7g.4xlarge", 219, 649501.59),
            ("kafka.m7g.8xlarge", 219, 910409.4299999999),
            ("kafka.m7g.12xlarge", 219, 1171317.27),
            ("kafka.m7g.16xlarge", 219, 1432225.1099999999),
        ],
    },
    Case {
        name: "storage",
        avg_in: 10.0,
        peak_in: 10.0,
        peak_out: 30.0,
        partition_replicas: 300,
        rf: 3,
        retention_h: 720,
        primary_h: 720,
        sizes: &[
            ("kafka.m7g.large", 12, 17316.7275),
            ("kafka.m7g.xlarge", 12, 19103.7675),
            ("kafka.m7g.2xlarge", 12, 22677.8475),
            ("kafka.m7g.4xlarge", 12, 29826.0075),
            ("kafka.m7g.8xlarge", 12, 44122.3275),
            ("kafka.m7g.12xlarge", 12, 58418.6475),
            ("kafka.m7g.16xlarge", 12, 72714.9675),
        ],
    },
    Case {
        name: "tiered",
        avg_in: 100.0,
        peak_in: 100.0,
        peak_out: 300.0,
        partition_replicas: 3000,
        rf: 3,
        retention_h: 720,
        primary_h: 24,
        sizes: &[
            ("kafka.m7g.large", 21, 17239.5075),
            ("kafka.m7g.xlarge", 12, 17686.2675),
            ("kafka.m7g.2xlarge", 6, 17686.2675),
            ("kafka.m7g.4xlarge", 6, 21260.3475),
            ("kafka.m7g.8xlarge", 6, 28408.5075),
            ("kafka.m7g.12xlarge", 6, 35556.6675),
            ("kafka.m7g.16xlarge", 6, 42704.8275),
        ],
    },
    Case {
        name: "fanout_half",
        avg_in: 200.0,
        peak_in: 200.0,
        peak_out: 100.0,
        partition_replicas: 1000,
        rf: 3,
        retention_h: 72,
        primary_h: 72,
        sizes: &[
            ("kafka.m7g.large", 36, 42579.87),
            ("kafka.m7g.xlarge", 21, 43473.39),
            ("kafka.m7g.2xlarge", 21, 49728.03),
            ("kafka.m7g.4xlarge", 21, 62237.31),
            ("kafka.m7g.8xlarge", 21, 87255.87),
            ("kafka.m7g.12xlarge", 21, 112274.43000000001),
            ("kafka.m7g.16xlarge", 21, 137292.99),
        ],
    },
    Case {
        name: "partition_heavy",
        avg_in: 10.0,
        peak_in: 10.0,
        peak_out: 20.0,
        partition_replicas: 50000,
        rf: 3,
        retention_h: 24,
        primary_h: 24,
        sizes: &[
            ("kafka.m7g.large", 51, 8443.3575),
            ("kafka.m7g.xlarge", 51, 16038.2775),
            ("kafka.m7g.2xlarge", 27, 16931.7975),
            ("kafka.m7g.4xlarge", 15, 18718.837499999998),
            ("kafka.m7g.8xlarge", 15, 36589.237499999996),
            ("kafka.m7g.12xlarge", 15, 54459.6375),
            ("kafka.m7g.16xlarge", 15, 72330.03749999999),
        ],
    },
];

/// The script's workload as a scenario: users × 1 action/s × 1 MiB = peak
/// MiB/s in; fan-out = out ÷ in; tiered storage when local hours < retention.
fn scenario(c: &Case) -> Scenario {
    Scenario {
        users: c.peak_in,
        rate_per_user_sec: 1.0,
        size_bytes: 1_048_576.0,
        write_pct: 100.0,
        peak_factor: c.peak_in / c.avg_in,
        fanout: c.peak_out / c.peak_in,
        rf: c.rf as f64,
        retention_days: c.retention_h as f64 / 24.0,
        tiered_local_hours: if c.primary_h < c.retention_h {
            c.primary_h as f64
        } else {
            0.0
        },
        partitions: (c.partition_replicas as f64 / c.rf as f64).ceil(),
        ..Scenario::default()
    }
}

#[test]
fn aws_msk_policy_reproduces_msk_sizing_py_for_every_m7g_size() {
    let mut checked = 0;
    for c in CASES {
        let s = scenario(c);
        for (size, brokers, total) in c.sizes {
            let mut a = Assumptions::default();
            a.set_policy(model::policy::Policy::AwsMsk);
            assert!(a.set_profile(Component::Broker, size), "{size}");
            let e = Estimate::numbers(&s, &a);
            assert_eq!(e.nodes.brokers, *brokers, "{} {size}: brokers", c.name);
            let ours = e.cost.by_component["brokers"].monthly_usd;
            assert!(
                (ours - total).abs() <= 1e-9 * total,
                "{} {size}: ${ours:.2} against the script's ${total:.2}",
                c.name
            );
            checked += 1;
        }
    }
    assert_eq!(checked, CASES.len() * 7);
}

/// Without the policy our own default differs from the script's (more
/// headroom for a lost zone, 80 % disk fill, rf-based I/O): the README case
/// (100 MiB/s in, 300 out, 3,000 replicas, 7 days) needs 24 brokers under
/// AWS's assumptions and a different count under ours; the docs say why.
#[test]
fn the_default_policy_is_not_the_scripts() {
    let s = scenario(&CASES[0]);
    let mut aws = Assumptions::default();
    aws.set_policy(model::policy::Policy::AwsMsk);
    let ours = Estimate::numbers(&s, &Assumptions::default()).nodes.brokers;
    let theirs = Estimate::numbers(&s, &aws).nodes.brokers;
    assert_eq!(theirs, 24);
    assert_ne!(ours, theirs);
}

/// The same runs' Express rows (the script names them `kafka.m7g.* (Express)`).
const EXPRESS: &[(&str, &[Row])] = &[
    (
        "readme",
        &[
            ("express.m7g.large", 9, 14575.09125),
            ("express.m7g.xlarge", 6, 15468.61125),
            ("express.m7g.2xlarge", 3, 15468.61125),
            ("express.m7g.4xlarge", 3, 19042.69125),
            ("express.m7g.8xlarge", 3, 26190.85125),
            ("express.m7g.12xlarge", 3, 33339.01125),
            ("express.m7g.16xlarge", 3, 40487.17125),
        ],
    ),
    (
        "small",
        &[
            ("express.m7g.large", 3, 961.8403125),
            ("express.m7g.xlarge", 3, 1855.3603125),
            ("express.m7g.2xlarge", 3, 3642.4003125),
            ("express.m7g.4xlarge", 3, 7216.4803125),
            ("express.m7g.8xlarge", 3, 14364.6403125),
            ("express.m7g.12xlarge", 3, 21512.8003125),
            ("express.m7g.16xlarge", 3, 28660.9603125),
        ],
    ),
    (
        "big",
        &[
            ("express.m7g.large", 87, 144857.39250000002),
            ("express.m7g.xlarge", 45, 145750.9125),
            ("express.m7g.2xlarge", 24, 147537.9525),
            ("express.m7g.4xlarge", 12, 147537.9525),
            ("express.m7g.8xlarge", 6, 147537.9525),
            ("express.m7g.12xlarge", 6, 161834.2725),
            ("express.m7g.16xlarge", 3, 147537.9525),
        ],
    ),
    (
        "storage",
        &[
            ("express.m7g.large", 3, 4023.598125),
            ("express.m7g.xlarge", 3, 4917.118125),
            ("express.m7g.2xlarge", 3, 6704.158125),
            ("express.m7g.4xlarge", 3, 10278.238125),
            ("express.m7g.8xlarge", 3, 17426.398125),
            ("express.m7g.12xlarge", 3, 24574.558125),
            ("express.m7g.16xlarge", 3, 31722.718125),
        ],
    ),
    (
        "tiered",
        &[
            ("express.m7g.large", 9, 33981.341250000005),
            ("express.m7g.xlarge", 6, 34874.86125),
            ("express.m7g.2xlarge", 3, 34874.86125),
            ("express.m7g.4xlarge", 3, 38448.94125),
            ("express.m7g.8xlarge", 3, 45597.10125),
            ("express.m7g.12xlarge", 3, 52745.261249999996),
            ("express.m7g.16xlarge", 3, 59893.42125),
        ],
    ),
    (
        "fanout_half",
        &[
            ("express.m7g.large", 18, 22400.1825),
            ("express.m7g.xlarge", 9, 22400.1825),
            ("express.m7g.2xlarge", 6, 24187.2225),
            ("express.m7g.4xlarge", 3, 24187.2225),
            ("express.m7g.8xlarge", 3, 31335.3825),
            ("express.m7g.12xlarge", 3, 38483.5425),
            ("express.m7g.16xlarge", 3, 45631.7025),
        ],
    ),
    (
        "partition_heavy",
        &[
            ("express.m7g.large", 51, 15873.043125),
            ("express.m7g.xlarge", 51, 31062.883125),
            ("express.m7g.2xlarge", 21, 25701.763124999998),
            ("express.m7g.4xlarge", 9, 22127.683125),
            ("express.m7g.8xlarge", 6, 29275.843125),
            ("express.m7g.12xlarge", 6, 43572.163125),
            ("express.m7g.16xlarge", 3, 29275.843125),
        ],
    ),
];

#[test]
fn aws_msk_policy_reproduces_msk_sizing_py_for_every_express_size() {
    let mut checked = 0;
    for (name, sizes) in EXPRESS {
        let c = CASES.iter().find(|c| c.name == *name).expect("case");
        let s = scenario(c);
        for (size, brokers, total) in *sizes {
            let mut a = Assumptions::default();
            a.set_policy(model::policy::Policy::AwsMsk);
            assert!(a.set_profile(Component::Broker, size), "{size}");
            let e = Estimate::numbers(&s, &a);
            assert_eq!(e.nodes.brokers, *brokers, "{name} {size}: brokers");
            let ours = e.cost.by_component["brokers"].monthly_usd;
            assert!(
                (ours - total).abs() <= 1e-9 * total,
                "{name} {size}: ${ours:.2} against the script's ${total:.2}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, EXPRESS.len() * 7);
}

/// Where we part from the script on purpose: at an exact integer boundary
/// (585 MiB/s in, 2,925 out, fan-out 5) its egress row computes
/// 132.00000000000003 brokers and rounds to 135 on m7g.large (69 on xlarge);
/// the exact count is 132 (66), which ours gives. docs/PLATFORMS.md says so.
#[test]
fn at_a_float_boundary_ours_is_the_exact_count() {
    let c = Case {
        name: "float_boundary",
        avg_in: 585.0,
        peak_in: 585.0,
        peak_out: 2925.0,
        partition_replicas: 100,
        rf: 3,
        retention_h: 1,
        primary_h: 1,
        sizes: &[],
    };
    let s = Scenario {
        retention_days: 1.0 / 24.0,
        ..scenario(&c)
    };
    for (size, exact) in [("kafka.m7g.large", 132), ("kafka.m7g.xlarge", 66)] {
        let mut a = Assumptions::default();
        a.set_policy(model::policy::Policy::AwsMsk);
        assert!(a.set_profile(Component::Broker, size));
        assert_eq!(Estimate::numbers(&s, &a).nodes.brokers, exact, "{size}");
    }
}
