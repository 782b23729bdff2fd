//! Time and failure inputs (issue #18): the traffic's shape over the
//! simulated window, bursts, one failure drill, and tier counts pinned by
//! the person ("I run 6 brokers today"). Link keys `shape`, `burst`, `fail`
//! and `count.<nodes key>`; `window` and `rto` are ordinary numeric inputs in
//! the [`crate::inputs::params::Param`] table. The defaults of the failure
//! capacities (`cap.detect_s` and the rest) live here with their sources.
//!
//! Times are minutes from the window's start. Minute 0 is 00:00 on a Monday,
//! so `business` knows its weekdays.

use crate::common::units::MAX_NODES;
use crate::inputs::codec::{short, Correction};
use crate::inputs::component::Component;
use serde::{Deserialize, Serialize};

// ---- Defaults of the failure and consumer capacities, with their sources ----

/// Messages per second one consumer instance handles.
pub const CONSUMER_MSGS: f64 = 20_000.0;
/// Where [`CONSUMER_MSGS`] comes from.
pub const CONSUMER_MSGS_SOURCE: &str = "Confluent's per-partition consume figure (20 MB/s, the cap.part_consume default) at the seeds' 1 KB message. Jun Rao, Confluent blog 'How to choose the number of topics/partitions' (2015): consumer throughput 'is often application dependent … you really need to measure it'. Bounds: a bare consumer reads 940,521 msg/s of 100 B (Kreps, LinkedIn Engineering, 2014-04-27); a handler doing 1–5 ms of work per message reads ~253 msg/s per thread (sderosiaux parallel-consumer demo, Current 2025)";
/// Seconds until a lost broker is fenced.
pub const DETECT_S: f64 = 9.0;
/// Where [`DETECT_S`] comes from.
pub const DETECT_SOURCE: &str = "Apache Kafka KRaft: broker.session.timeout.ms default 9000 (broker.heartbeat.interval.ms 2000), apache/kafka KRaftConfigs.java, read 2026-12-02";
/// Milliseconds per partition leader moved off a lost broker.
pub const ELECTION_MS: f64 = 5.0;
/// Where [`ELECTION_MS`] comes from.
pub const ELECTION_SOURCE: &str = "Jun Rao, 'How to choose the number of topics/partitions in a Kafka cluster?', Confluent blog, 2015: 'Suppose that it takes 5 ms to elect a new leader for a single partition' (an illustration, not a measurement; no KRaft-era figure found)";
/// Minutes until a replacement node joins.
pub const REPLACE_MIN: f64 = 15.0;
/// Where [`REPLACE_MIN`] comes from.
pub const REPLACE_SOURCE: &str = "AWS agent-toolkit-for-aws, managing-amazon-msk skill: 'Typical timeline per broker: 5-15 minutes' (a broker restart; the upper end). No official MSK replacement or EC2 launch-to-ready time was found; Kubernetes reschedules a lost node's pods after ~6 min (node-monitor-grace-period 50 s + 300 s not-ready toleration)";
/// Re-replication throttle, MB/s: 100 MiB/s.
pub const RECOVERY_MBPS: f64 = 104.857_6;
/// Where [`RECOVERY_MBPS`] comes from.
pub const RECOVERY_SOURCE: &str = "Redpanda raft_learner_recovery_rate default 100 MiB/s per sending node (redpanda src/v/config/configuration.cc, read 2026-12-02). Kafka's docs throttle a migration at 50 MB/s in their example (Operations, 'Limiting bandwidth usage during data migration'); MSK volume throughput is 250 MiB/s by default (MSK developer guide)";
/// Seconds a database primary takes to fail over.
pub const DB_FAILOVER_S: f64 = 120.0;
/// Where [`DB_FAILOVER_S`] comes from.
pub const DB_FAILOVER_SOURCE: &str = "Amazon RDS user guide, failing over a Multi-AZ DB instance: 'Failover times are typically 60–120 seconds' (the upper end; a Multi-AZ DB cluster: under 35 s; Aurora with a replica: usually under 30 s)";
/// Share of consumer groups reading history from disk, %.
pub const CATCHUP_PCT: f64 = 25.0;
/// Where [`CATCHUP_PCT`] comes from.
pub const CATCHUP_SOURCE: &str = "AKalculator assumptions (Kozlovski, 2minutestreaming.com, 'Pagecache & historical reads'): '25% of consume traffic is historical' and hits the disk when tiered storage is off. Netflix service-capacity-modeling's Kafka model assumes 5 % of reads reach disk";
/// Default recovery target, hours: 0, no recovery row. Kafka sets no
/// target, and Netflix's one hour would multiply the default scenario's
/// storage-bound brokers (16 TiB each) about fortyfold; the simulation
/// still reports the recovery time.
pub const RTO_DEFAULT_H: f64 = 0.0;
/// Where [`RTO_DEFAULT_H`] comes from.
pub const RTO_SOURCE: &str = "off by default: Apache Kafka and MSK set no re-replication target. Netflix service-capacity-modeling's Kafka model plans to 'Recover the node in 60 minutes' with disks half full (models/org/netflix/kafka.py, recovery_seconds = 60 * 60): set rto=1 to plan as Netflix does";

// ---- Limits on what a link may ask for ----

/// Longest window, minutes (7 days, the `window` input's maximum).
pub const MAX_MINUTE: f64 = 7.0 * 24.0 * 60.0;
/// Most custom shape points kept (an hourly week is 168; every 10 minutes, 1,008).
pub const MAX_POINTS: usize = 1_008;
/// Most bursts kept.
pub const MAX_BURSTS: usize = 20;
/// Largest multiplier a shape point or burst may give.
pub const MAX_MULT: f64 = 1_000.0;

/// Link key of the traffic shape.
pub const SHAPE_KEY: &str = "shape";
/// Link key of the bursts.
pub const BURST_KEY: &str = "burst";
/// Link key of the failure drill.
pub const FAIL_KEY: &str = "fail";
/// Link prefix of pinned counts.
pub const COUNT_PREFIX: &str = "count.";

/// One point of a custom shape: from `min`, the load is `mult` × the average.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    /// Minutes from the window's start.
    pub min: f64,
    /// Multiplier of users × rate × write % (the average write rate).
    pub mult: f64,
}

/// How offered load moves over the window, as a multiplier of the average
/// write rate (users × rate × write %).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Shape {
    /// The peak (`peak` × average) all window long: the static model's hour.
    #[default]
    Flat,
    /// A smooth daily curve with mean 1 and max ÷ mean = `peak`, highest at
    /// 15:00 (see [`diurnal_kappa`]).
    Diurnal,
    /// Weekday office hours (09:00–17:00, Monday to Friday) at `peak`,
    /// other hours at a quarter of it, one-hour ramps.
    Business,
    /// Custom points, linear between them and held after the last one.
    Points(Vec<Point>),
}

/// One burst: from `start` for `dur` minutes, load × `mult`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Burst {
    /// Start, minutes from the window's start.
    pub start: f64,
    /// Duration, minutes.
    pub dur: f64,
    /// Multiplier of the shape's load while it lasts.
    pub mult: f64,
}

/// What fails, and when.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub enum Fail {
    /// Nothing fails.
    #[default]
    None,
    /// One broker is lost at this minute.
    Node(f64),
    /// One availability zone is lost at this minute.
    Zone(f64),
}

impl Fail {
    /// Its link text: `none`, `node@1140`, `zone@1140`.
    pub fn text(self) -> String {
        match self {
            Fail::None => "none".into(),
            Fail::Node(m) => format!("node@{}", num(m)),
            Fail::Zone(m) => format!("zone@{}", num(m)),
        }
    }

    /// The minute it happens, if anything fails.
    pub fn at(self) -> Option<f64> {
        match self {
            Fail::None => None,
            Fail::Node(m) | Fail::Zone(m) => Some(m),
        }
    }
}

/// Counts a person pinned, per component (`count.brokers=6`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Pins([Option<u64>; 9]);

impl Pins {
    /// The pinned count of `c`, if any.
    pub fn get(&self, c: Component) -> Option<u64> {
        self.0[c as usize]
    }

    /// Pins `c` to `n`, or unpins it with `None`.
    pub fn set(&mut self, c: Component, n: Option<u64>) {
        self.0[c as usize] = n;
    }

    /// Each pin within 1–[`MAX_NODES`] (a pin of 0 means none).
    pub fn clamped(&self) -> Pins {
        Pins(
            self.0
                .map(|n| n.filter(|n| *n > 0).map(|n| n.min(MAX_NODES))),
        )
    }

    /// Whether any count is pinned.
    pub fn any(&self) -> bool {
        self.0.iter().any(Option::is_some)
    }
}

/// The simulation's inputs that are not numbers: shape, bursts, failure.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Drill {
    /// Traffic over the window.
    pub shape: Shape,
    /// Bursts, sorted by start.
    pub bursts: Vec<Burst>,
    /// The failure drill.
    pub fail: Fail,
}

impl Drill {
    /// Whether it asks for anything beyond a flat window with no failure.
    pub fn is_default(&self) -> bool {
        *self == Drill::default()
    }
}

/// Shortest text for a minute or multiplier (`1140`, `2.5`).
fn num(v: f64) -> String {
    format!("{v}")
}

/// A correction for `key`.
fn fix(key: &str, given: &str, used: impl Into<String>, reason: impl Into<String>) -> Correction {
    Correction {
        key: short(key),
        given: short(given),
        used: used.into(),
        reason: reason.into(),
    }
}

/// A number from a link, or `None` if it is not a finite number.
fn finite(t: &str) -> Option<f64> {
    crate::common::num::parse_f64(t.trim()).filter(|v| v.is_finite())
}

/// Clamps a minute into the longest window; says so when it had to.
fn minute(v: f64) -> (f64, bool) {
    let m = v.clamp(0.0, MAX_MINUTE);
    (m, m != v)
}

/// Clamps a multiplier into [0, [`MAX_MULT`]].
fn mult(v: f64) -> (f64, bool) {
    let m = v.clamp(0.0, MAX_MULT);
    (m, m != v)
}

impl Shape {
    /// Its link text: `flat`, `diurnal`, `business` or `0:1,60:2.5,…`.
    pub fn text(&self) -> String {
        match self {
            Shape::Flat => "flat".into(),
            Shape::Diurnal => "diurnal".into(),
            Shape::Business => "business".into(),
            Shape::Points(ps) => ps
                .iter()
                .map(|p| format!("{}:{}", num(p.min), num(p.mult)))
                .collect::<Vec<_>>()
                .join(","),
        }
    }

    /// Reads a `shape` value. Never fails: bad points are dropped or
    /// clamped, points are sorted by minute, and each fix is reported.
    pub fn parse(given: &str) -> (Shape, Vec<Correction>) {
        let t = given.trim();
        match t {
            "flat" => return (Shape::Flat, vec![]),
            "diurnal" => return (Shape::Diurnal, vec![]),
            "business" => return (Shape::Business, vec![]),
            _ => {}
        }
        let mut fixes = Vec::new();
        let mut pts: Vec<Point> = Vec::new();
        let (mut dropped, mut clamped, mut extra) = (0usize, 0usize, 0usize);
        for part in t.split(',').filter(|p| !p.trim().is_empty()) {
            let parsed = part
                .split_once(':')
                .and_then(|(m, x)| Some((finite(m)?, finite(x)?)));
            let Some((m, x)) = parsed else {
                dropped += 1;
                continue;
            };
            if pts.len() >= MAX_POINTS {
                extra += 1;
                continue;
            }
            let ((m, cm), (x, cx)) = (minute(m), mult(x));
            clamped += usize::from(cm || cx);
            pts.push(Point { min: m, mult: x });
        }
        if pts.is_empty() {
            fixes.push(fix(
                SHAPE_KEY,
                given,
                "flat",
                "expected flat, diurnal, business or minute:multiplier points such as 0:1,1140:3",
            ));
            return (Shape::Flat, fixes);
        }
        if dropped > 0 {
            fixes.push(fix(
                SHAPE_KEY,
                given,
                format!("{} points", pts.len()),
                format!("{dropped} point(s) were not minute:multiplier with finite numbers and were dropped"),
            ));
        }
        if extra > 0 {
            fixes.push(fix(
                SHAPE_KEY,
                given,
                format!("first {MAX_POINTS} points"),
                format!("more than {MAX_POINTS} points; {extra} were ignored"),
            ));
        }
        if clamped > 0 {
            fixes.push(fix(
                SHAPE_KEY,
                given,
                format!("{} points", pts.len()),
                format!(
                    "{clamped} point(s) clamped to minutes 0–{} and multipliers 0–{}",
                    num(MAX_MINUTE),
                    num(MAX_MULT)
                ),
            ));
        }
        if pts.windows(2).any(|w| w[1].min <= w[0].min) {
            // A stable sort keeps the later of two points at one minute last,
            // and the later one wins (it is the one that holds from there on).
            crate::common::order::sort_by_f64_key(&mut pts, |p| p.min);
            let before = pts.len();
            let mut kept: Vec<Point> = Vec::with_capacity(before);
            for p in pts {
                match kept.last_mut() {
                    Some(last) if last.min == p.min => *last = p,
                    _ => kept.push(p),
                }
            }
            fixes.push(fix(
                SHAPE_KEY,
                given,
                format!("{} points", kept.len()),
                "points were not in time order; sorted by minute (at a repeated minute the last is used)",
            ));
            pts = kept;
        }
        (Shape::Points(pts), fixes)
    }
}

/// The bursts' link text: `1140:20:5,600:10:2`.
pub fn bursts_text(bursts: &[Burst]) -> String {
    bursts
        .iter()
        .map(|b| format!("{}:{}:{}", num(b.start), num(b.dur), num(b.mult)))
        .collect::<Vec<_>>()
        .join(",")
}

/// Reads a `burst` value: `start:duration:multiplier`, comma-separated.
/// Bad bursts are dropped, values clamped, bursts sorted by start; an
/// overlap is reported (where bursts overlap, the larger multiplier applies).
pub fn parse_bursts(given: &str) -> (Vec<Burst>, Vec<Correction>) {
    let mut fixes = Vec::new();
    let mut out: Vec<Burst> = Vec::new();
    let (mut dropped, mut clamped, mut extra) = (0usize, 0usize, 0usize);
    for part in given.split(',').filter(|p| !p.trim().is_empty()) {
        let f: Vec<Option<f64>> = part.split(':').map(finite).collect();
        let [Some(s), Some(d), Some(x)] = f[..] else {
            dropped += 1;
            continue;
        };
        if out.len() >= MAX_BURSTS {
            extra += 1;
            continue;
        }
        let (s, cs) = minute(s);
        let d0 = d;
        let d = d.clamp(0.0, MAX_MINUTE - s);
        let (x, cx) = mult(x);
        if d <= 0.0 {
            dropped += 1;
            continue;
        }
        clamped += usize::from(cs || cx || d != d0);
        out.push(Burst {
            start: s,
            dur: d,
            mult: x,
        });
    }
    if dropped > 0 {
        fixes.push(fix(
            BURST_KEY,
            given,
            format!("{} burst(s)", out.len()),
            format!(
                "{dropped} burst(s) were not start:duration:multiplier with finite numbers and a positive duration, and were dropped"
            ),
        ));
    }
    if extra > 0 {
        fixes.push(fix(
            BURST_KEY,
            given,
            format!("first {MAX_BURSTS}"),
            format!("more than {MAX_BURSTS} bursts; {extra} were ignored"),
        ));
    }
    if clamped > 0 {
        fixes.push(fix(
            BURST_KEY,
            given,
            bursts_text(&out),
            format!(
                "{clamped} burst(s) clamped to minutes 0–{} and multipliers 0–{}",
                num(MAX_MINUTE),
                num(MAX_MULT)
            ),
        ));
    }
    crate::common::order::sort_by_f64_key(&mut out, |b| b.start);
    if out.windows(2).any(|w| w[1].start < w[0].start + w[0].dur) {
        fixes.push(fix(
            BURST_KEY,
            given,
            bursts_text(&out),
            "bursts overlap; where they do, the larger multiplier applies (they do not stack)",
        ));
    }
    (out, fixes)
}

/// Reads a `fail` value: `none`, `node@MIN` or `zone@MIN`.
pub fn parse_fail(given: &str) -> (Fail, Option<Correction>) {
    let t = given.trim();
    if t == "none" {
        return (Fail::None, None);
    }
    let bad = || {
        (
            Fail::None,
            Some(fix(
                FAIL_KEY,
                given,
                "none",
                "expected none, node@MINUTE or zone@MINUTE (e.g. zone@1140)",
            )),
        )
    };
    let Some((kind, at)) = t.split_once('@') else {
        return bad();
    };
    let Some(at) = finite(at) else {
        return bad();
    };
    let (m, changed) = minute(at);
    let f = match kind.trim() {
        "node" => Fail::Node(m),
        "zone" => Fail::Zone(m),
        _ => return bad(),
    };
    let c = changed.then(|| {
        fix(
            FAIL_KEY,
            given,
            f.text(),
            format!("minute out of range 0–{}; clamped", num(MAX_MINUTE)),
        )
    });
    (f, c)
}

/// The component a `count.<key>` link key pins, by its nodes key.
pub fn count_component(key: &str) -> Option<Component> {
    let k = key.strip_prefix(COUNT_PREFIX)?;
    Component::ALL.into_iter().find(|c| c.key() == k)
}

/// The daily curve's concentration κ for a peak-to-mean ratio `peak`: the
/// von Mises curve `e^{κ cos θ} ÷ I₀(κ)` has mean 1 and max
/// [`diurnal_peak`]`(κ)`, which rises monotonically from 1 at κ = 0, so κ is
/// found by bisection.
pub fn diurnal_kappa(peak: f64) -> f64 {
    if peak.is_nan() || peak <= 1.0 || !peak.is_finite() {
        return 0.0;
    }
    let (mut lo, mut hi) = (0.0_f64, 1.0_f64);
    while diurnal_peak(hi) < peak && hi < 1e9 {
        hi *= 2.0;
    }
    for _ in 0..80 {
        let mid = 0.5 * (lo + hi);
        if diurnal_peak(mid) < peak {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

/// Max ÷ mean of the von Mises day: `e^κ ÷ I₀(κ)`, worked out without
/// overflow for any κ ≥ 0 (for κ ≥ 3.75 as `√κ ÷ P(3.75/κ)`, where
/// `I₀(κ) = e^κ P ÷ √κ`).
pub fn diurnal_peak(k: f64) -> f64 {
    if k < 3.75 {
        k.exp() / bessel_i0_small(k)
    } else {
        k.sqrt() / bessel_i0_tail(3.75 / k)
    }
}

/// I₀(x) for |x| < 3.75 (Abramowitz & Stegun 9.8.1, |ε| < 1.6 × 10⁻⁷).
fn bessel_i0_small(x: f64) -> f64 {
    let y = (x / 3.75).powi(2);
    1.0 + y
        * (3.515_622_9
            + y * (3.089_942_4
                + y * (1.206_749_2 + y * (0.265_973_2 + y * (0.036_076_8 + y * 0.004_581_3)))))
}

/// √x e^{−x} I₀(x) for x ≥ 3.75 as a polynomial in y = 3.75/x
/// (Abramowitz & Stegun 9.8.2, |ε| < 1.9 × 10⁻⁷).
fn bessel_i0_tail(y: f64) -> f64 {
    0.398_942_28
        + y * (0.013_285_92
            + y * (0.002_253_19
                + y * (-0.001_575_65
                    + y * (0.009_162_81
                        + y * (-0.020_577_06
                            + y * (0.026_355_37 + y * (-0.016_476_33 + y * 0.003_923_77)))))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_parse_and_print_back() {
        for t in ["flat", "diurnal", "business", "0:1,60:2.5,1440:1"] {
            let (s, f) = Shape::parse(t);
            assert!(f.is_empty(), "{t}: {f:?}");
            assert_eq!(s.text(), t);
        }
    }

    #[test]
    fn hostile_shapes_are_corrected_and_reported() {
        let (s, f) = Shape::parse("60:2,0:1,nan:3,30:-4,x");
        assert_eq!(
            s,
            Shape::Points(vec![
                Point {
                    min: 0.0,
                    mult: 1.0
                },
                Point {
                    min: 30.0,
                    mult: 0.0
                },
                Point {
                    min: 60.0,
                    mult: 2.0
                },
            ])
        );
        assert_eq!(f.len(), 3, "{f:?}"); // dropped, clamped, sorted
        let huge: String = (0..10_000).map(|i| format!("{i}:1,")).collect();
        let (s, f) = Shape::parse(&huge);
        assert!(matches!(s, Shape::Points(ref p) if p.len() == MAX_POINTS));
        assert!(f.iter().any(|c| c.reason.contains("ignored")));
        let (s, f) = Shape::parse("sawtooth");
        assert_eq!((s, f.len()), (Shape::Flat, 1));
    }

    #[test]
    fn bursts_parse_sort_and_report_overlaps() {
        let (b, f) = parse_bursts("1140:20:5");
        assert!(f.is_empty());
        assert_eq!(
            b,
            vec![Burst {
                start: 1140.0,
                dur: 20.0,
                mult: 5.0
            }]
        );
        assert_eq!(bursts_text(&b), "1140:20:5");
        let (b, f) = parse_bursts("600:60:2,590:20:3,1:2,5:0:2,7:inf:2");
        assert_eq!(b.len(), 2);
        assert_eq!(b[0].start, 590.0);
        assert!(f.iter().any(|c| c.reason.contains("overlap")));
        assert!(f.iter().any(|c| c.reason.contains("dropped")));
        let (b, f) = parse_bursts("-5:99999:1e9");
        assert_eq!(
            b,
            vec![Burst {
                start: 0.0,
                dur: MAX_MINUTE,
                mult: MAX_MULT
            }]
        );
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn failures_parse() {
        assert_eq!(parse_fail("zone@1140"), (Fail::Zone(1140.0), None));
        assert_eq!(parse_fail("node@0"), (Fail::Node(0.0), None));
        assert_eq!(parse_fail("none"), (Fail::None, None));
        let (f, c) = parse_fail("node@99999");
        assert_eq!(f, Fail::Node(MAX_MINUTE));
        assert!(c.is_some());
        for bad in ["rack@5", "zone@", "zone@nan", "", "zone"] {
            let (f, c) = parse_fail(bad);
            assert_eq!(f, Fail::None);
            assert!(c.is_some(), "{bad}");
        }
        assert_eq!(Fail::Zone(1140.0).text(), "zone@1140");
    }

    #[test]
    fn diurnal_kappa_gives_the_asked_peak() {
        for peak in [1.0, 1.1, 1.65, 3.0, 10.0, 100.0] {
            let k = diurnal_kappa(peak);
            let got = diurnal_peak(k);
            assert!((got - peak).abs() < 1e-6 * peak, "{peak}: {got}");
        }
        // Robust Perception's typical 1.6–1.7 peak-to-mean gives a 3–4× daily swing.
        let k = diurnal_kappa(1.65);
        assert!((3.0..4.0).contains(&(2.0 * k).exp()));
        assert_eq!(diurnal_kappa(f64::NAN), 0.0);
    }

    #[test]
    fn count_keys_name_components() {
        assert_eq!(count_component("count.brokers"), Some(Component::Broker));
        assert_eq!(
            count_component("count.consumers"),
            Some(Component::Consumer)
        );
        assert_eq!(count_component("count.nope"), None);
        assert_eq!(count_component("brokers"), None);
    }
}
