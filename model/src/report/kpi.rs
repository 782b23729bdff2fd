//! The headline figures each view shows, formatted, with the derivation step
//! that explains each. The dashboard, presenter mode and the CLI read this
//! list, so a view's KPIs are decided once.

use crate::common::format::{bytes, bytes_per_sec, count, duration, int, millis, num, rate, usd};
use crate::inputs::component::Component;
use crate::inputs::scenario::View;
use crate::sizing::estimate::Estimate;
use crate::sizing::nodes::step_id;
use serde::Serialize;

/// One headline figure.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Kpi {
    /// Short id, used in DOM ids (`kpi-<id>`).
    pub id: &'static str,
    /// Label under the number.
    pub label: &'static str,
    /// The number as shown ([`Unit::show`] of `raw`).
    pub value: String,
    /// The raw number (for deltas and comparisons).
    pub raw: f64,
    /// The step whose derivation explains it.
    pub step_id: &'static str,
    /// True when it breaks a target (e.g. latency over the SLO).
    pub alert: bool,
    /// A short note under the label: what binds a node count, the cost per
    /// 1K users.
    pub note: Option<String>,
    /// How `raw` is printed, so a change between two figures prints in the
    /// same unit as the figures ([`change`]).
    #[serde(skip)]
    pub unit: Unit,
}

/// How a KPI's number is printed: one of the model's formatters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A whole count with thousands separators (node counts): "1,290".
    Int,
    /// An SI count: "1.2M".
    Count,
    /// An SI rate with its unit: "10M msg/s".
    Rate(&'static str),
    /// Decimal bytes: "864 GB".
    Bytes,
    /// Decimal bytes per second: "10 GB/s".
    BytesPerSec,
    /// Milliseconds, shown in the largest sensible unit: "12.3 ms".
    Millis,
    /// Seconds, shown in the largest sensible unit: "2 h".
    Seconds,
    /// US dollars: "$3.95M".
    Usd,
    /// A plain number: "66.67".
    Num,
}

impl Unit {
    /// `v` printed in this unit; "—" when `v` is not finite.
    pub fn show(self, v: f64) -> String {
        match self {
            // A non-finite count must not become `u64::MAX` or 0 by a cast.
            Unit::Int if !v.is_finite() => num(v),
            Unit::Int => int(v.max(0.0).round() as u64),
            Unit::Count => count(v),
            Unit::Rate(u) => rate(v, u),
            Unit::Bytes => bytes(v),
            Unit::BytesPerSec => bytes_per_sec(v),
            Unit::Millis => millis(v),
            Unit::Seconds => duration(v),
            Unit::Usd => usd(v),
            Unit::Num => num(v),
        }
    }
}

fn k(id: &'static str, label: &'static str, unit: Unit, raw: f64, step_id: &'static str) -> Kpi {
    Kpi {
        id,
        label,
        value: unit.show(raw),
        raw,
        step_id,
        alert: false,
        note: None,
        unit,
    }
}

/// Which way a figure moved from A to B.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// B is larger.
    Up,
    /// B is smaller.
    Down,
    /// No change, or no number to compare.
    Same,
}

/// A figure of the pinned scenario A beside the same figure now (B).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KpiChange {
    /// A's figure, as its card would show it.
    pub a: String,
    /// The difference from A to B in the KPI's unit, with its sign: `+288`,
    /// `−1.2 GB/s`; `no change`, or `—` when either number is missing.
    pub by: String,
    /// The relative change, where it means something: `+200 %`, `−12 %`,
    /// `×25`, `<0.01 %`; `None` from a zero A or when nothing changed.
    pub relative: Option<String>,
    /// Which way it moved.
    pub direction: Direction,
}

impl KpiChange {
    /// The change in one string: `+288 (+200 %)`, `+5`, `no change`.
    pub fn delta(&self) -> String {
        match &self.relative {
            Some(r) => format!("{} ({r})", self.by),
            None => self.by.clone(),
        }
    }
}

/// The change from `a` to `b` (the same KPI in scenarios A and B): the
/// difference in the KPI's own unit with its sign, and the relative change
/// where it means something. A percentage of zero means nothing, so from a
/// zero A only the difference is given; a rise of 10× or more reads as a
/// factor (`×25`), not as `+2,400 %`. Never prints NaN or inf.
pub fn change(a: &Kpi, b: &Kpi) -> KpiChange {
    let unit = b.unit;
    let (x, y) = (a.raw, b.raw);
    let d = y - x;
    let (by, relative, direction) = if !d.is_finite() {
        ("—".to_string(), None, Direction::Same)
    } else if d == 0.0 {
        ("no change".to_string(), None, Direction::Same)
    } else {
        let (sign, direction) = if d > 0.0 {
            ("+", Direction::Up)
        } else {
            ("−", Direction::Down)
        };
        // Whole-count KPIs only ever differ by whole counts; a sub-unit
        // difference (never expected) still prints as a number, not "+0".
        let abs = if unit == Unit::Int && d.abs() < 0.5 {
            num(d.abs())
        } else {
            unit.show(d.abs())
        };
        let relative = (x > 0.0).then(|| {
            let p = d.abs() / x * 100.0;
            if d > 0.0 && p >= 900.0 {
                format!("×{}", count(y / x))
            } else if p < 0.01 {
                "<0.01 %".to_string()
            } else {
                format!("{sign}{}", crate::common::format::percent(p))
            }
        });
        (format!("{sign}{abs}"), relative, direction)
    };
    KpiChange {
        a: a.value.clone(),
        by,
        relative,
        direction,
    }
}

/// A constraint key (`sizing.<component>.binding`) in words.
pub fn binding_label(key: &str) -> &'static str {
    match key {
        "msgs" => "message rate",
        "disk_write" => "disk writes",
        "catchup" => "disk with catch-up reads",
        "recovery" => "recovery target",
        "network_out" => "network out",
        "storage" => "storage",
        "partitions" => "partitions",
        "rf" => "replication factor",
        "writes" => "write rate",
        "reads" => "read rate",
        "ops" => "cache operations",
        "memory" => "memory",
        "work" => "appends and replay reads",
        "connections" => "connections",
        "events" => "replay events",
        "per_region" => "one per region",
        _ => "load",
    }
}

/// A node count, with what binds it (from the estimate's sizing).
///
/// On a platform that is not Kafka brokers (Kinesis, Confluent …) the broker
/// card counts that option's units and says them in its note: `143 shards on
/// Amazon Kinesis Data Streams (provisioned)`.
fn nodes(e: &Estimate, c: Component, id: &'static str, label: &'static str) -> Kpi {
    if c == Component::Broker {
        if let Some(words) = crate::report::platforms::runs_on(e) {
            return Kpi {
                note: Some(words),
                ..k(
                    id,
                    label,
                    Unit::Int,
                    e.cost.platform.units as f64,
                    "cost.brokers",
                )
            };
        }
    }
    let n = e.nodes.of(c);
    let z = e.sizing.of(c);
    Kpi {
        note: (n > 0).then(|| format!("bound by {}", binding_label(z.binding))),
        ..k(id, label, Unit::Int, n as f64, step_id(c))
    }
}

/// The monthly cost of the view's components, with the cost per 1K users.
fn cost(e: &Estimate) -> Kpi {
    let m = e.cost.monthly_usd;
    Kpi {
        note: Some(format!("{} per 1K users", usd(e.cost.per_1k_users_usd))),
        ..k(
            "cost",
            "Monthly cost (on-demand)",
            Unit::Usd,
            m,
            "cost.monthly_usd",
        )
    }
}

/// The change from `a` to `b` as people read it: `+12 %`, `−3 %`, `=`, or an
/// absolute `+5` when `a` is zero (a percentage of nothing means nothing).
pub fn delta(a: f64, b: f64) -> String {
    let d = b - a;
    if d == 0.0 || !d.is_finite() {
        return "=".into();
    }
    let sign = if d > 0.0 { "+" } else { "−" };
    if a > 0.0 {
        format!(
            "{sign}{}",
            crate::common::format::percent((d / a).abs() * 100.0)
        )
    } else {
        format!("{sign}{}", num(d.abs()))
    }
}

/// The KPIs for `view`, most important first.
pub fn kpis(view: View, e: &Estimate) -> Vec<Kpi> {
    let l = &e.load;
    let n = &e.nodes;
    let lag = Kpi {
        alert: e.latency.consistency_lag_p99_ms > e.latency.slo_ms,
        ..k(
            "lag",
            "Consistency lag p99",
            Unit::Millis,
            e.latency.consistency_lag_p99_ms,
            "latency.consistency_lag_p99_ms",
        )
    };
    let delivery = Kpi {
        alert: e.latency.p99_delivery_ms > e.latency.slo_ms,
        ..k(
            "delivery",
            "Delivery p99",
            Unit::Millis,
            e.latency.p99_delivery_ms,
            "latency.p99_delivery_ms",
        )
    };
    let peak_msgs = k(
        "peak-msgs",
        "Peak writes",
        Unit::Rate("msg/s"),
        l.peak_msgs_per_sec,
        "load.peak_msgs_per_sec",
    );
    let ingress = k(
        "ingress",
        "Ingress",
        Unit::BytesPerSec,
        l.ingress_bytes_per_sec,
        "load.ingress_bytes_per_sec",
    );
    let per_day = k(
        "per-day",
        "Storage per day",
        Unit::Bytes,
        e.storage.bytes_per_day,
        "storage.bytes_per_day",
    );
    // With tiered storage part of the retention sits in object storage, so
    // the label says "retained" and the note splits disk from object.
    let st = &e.storage;
    let retained = Kpi {
        note: Some(if st.object_bytes > 0.0 {
            format!(
                "{} on broker disks, {} tiered to object storage",
                bytes(st.broker_local_bytes),
                bytes(st.object_bytes)
            )
        } else {
            "all on broker disks".to_string()
        }),
        ..k(
            "retained",
            "Retained by brokers",
            Unit::Bytes,
            st.retained_bytes,
            "storage.retained_bytes",
        )
    };
    let brokers = nodes(e, Component::Broker, "brokers", "Brokers");
    let es = nodes(e, Component::EventStore, "event-store", "Event-store nodes");
    let cost = cost(e);
    let per_load = k(
        "per-load",
        "Events per aggregate load",
        Unit::Num,
        e.replay.events_per_replay,
        "replay.events_per_replay",
    );
    match view {
        View::Eventual => vec![
            brokers,
            cost,
            k(
                "partitions",
                "Partitions",
                Unit::Int,
                n.partitions as f64,
                "nodes.partitions",
            ),
            peak_msgs,
            ingress,
            k(
                "egress",
                "Consumer egress",
                Unit::BytesPerSec,
                l.egress_bytes_per_sec,
                "load.egress_bytes_per_sec",
            ),
            lag,
            per_day,
            retained,
        ],
        View::Cqrs => vec![
            nodes(e, Component::WriteDb, "write-shards", "Write DB shards"),
            cost,
            nodes(e, Component::ReadReplica, "read-replicas", "Read replicas"),
            nodes(e, Component::Cache, "cache", "Cache nodes"),
            peak_msgs,
            k(
                "peak-reads",
                "Peak reads",
                Unit::Rate("queries/s"),
                l.peak_reads_per_sec,
                "load.peak_reads_per_sec",
            ),
            brokers,
            lag,
            per_day,
        ],
        View::Sourcing => vec![
            es, cost, peak_msgs, per_day, retained, per_load, ingress, brokers, lag,
        ],
        View::Messaging => vec![
            brokers,
            cost,
            nodes(e, Component::Gateway, "gateways", "Gateway servers"),
            nodes(
                e,
                Component::MessageDb,
                "message-db",
                "Message DB instances",
            ),
            delivery,
            peak_msgs,
            ingress,
            k(
                "connections",
                "Concurrent connections",
                Unit::Count,
                l.online_connections,
                "load.online_connections",
            ),
            per_day,
        ],
        View::Replay => vec![
            es,
            cost,
            k(
                "replay-bw",
                "Replay bandwidth",
                Unit::BytesPerSec,
                e.replay.replay_bytes_per_sec,
                "replay.replay_bytes_per_sec",
            ),
            nodes(
                e,
                Component::ReplayWorker,
                "replay-workers",
                "Replay workers",
            ),
            k(
                "rebuild",
                "Full rebuild",
                Unit::Seconds,
                e.replay.rebuild_seconds,
                "replay.rebuild_seconds",
            ),
            per_load,
            peak_msgs,
            per_day,
            retained,
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::explain::chain;
    use crate::{Assumptions, Scenario};

    #[test]
    fn deltas() {
        assert_eq!(delta(215.0, 2143.0), "+897 %");
        assert_eq!(delta(10.0, 5.0), "−50 %");
        assert_eq!(delta(3.0, 3.0), "=");
        assert_eq!(delta(0.0, 5.0), "+5");
    }

    fn fig(unit: Unit, raw: f64) -> Kpi {
        k("x", "X", unit, raw, "x")
    }

    #[test]
    fn changes_print_in_the_kpis_unit_with_a_sign_and_a_percentage() {
        let cases: &[(Unit, f64, f64, &str, Direction)] = &[
            (Unit::Int, 144.0, 432.0, "+288 (+200 %)", Direction::Up),
            (
                Unit::Int,
                1290.0,
                12894.0,
                "+11,604 (+900 %)",
                Direction::Up,
            ),
            (Unit::Int, 10.0, 5.0, "−5 (−50 %)", Direction::Down),
            (Unit::Int, 3.0, 3.0, "no change", Direction::Same),
            (
                Unit::BytesPerSec,
                1e9,
                1.1e9,
                "+100 MB/s (+10 %)",
                Direction::Up,
            ),
            (
                Unit::Bytes,
                8.64e11,
                4.32e11,
                "−432 GB (−50 %)",
                Direction::Down,
            ),
            (
                Unit::Rate("msg/s"),
                1e6,
                1e7,
                "+9M msg/s (×10)",
                Direction::Up,
            ),
            (
                Unit::Usd,
                3_950_613.0,
                395_061.3,
                "−$3.56M (−90 %)",
                Direction::Down,
            ),
            (Unit::Usd, 50.0, 25.0, "−$25.00 (−50 %)", Direction::Down),
            (Unit::Millis, 12.0, 6.0, "−6 ms (−50 %)", Direction::Down),
            (
                Unit::Seconds,
                3600.0,
                7200.0,
                "+60 min (+100 %)",
                Direction::Up,
            ),
            (Unit::Count, 1e6, 1e6 + 1.0, "+1 (<0.01 %)", Direction::Up),
            (Unit::Num, 2.0, 3.5, "+1.5 (+75 %)", Direction::Up),
            // From zero a percentage means nothing: the difference alone.
            (Unit::Int, 0.0, 5.0, "+5", Direction::Up),
            (Unit::Bytes, 0.0, 2e9, "+2 GB", Direction::Up),
            (Unit::Usd, 0.0, 0.0, "no change", Direction::Same),
            (Unit::Int, 5.0, 0.0, "−5 (−100 %)", Direction::Down),
            // A huge rise reads as a factor.
            (Unit::Count, 1.0, 1e8, "+100M (×100M)", Direction::Up),
            (
                Unit::Usd,
                3_950_613.0,
                1.16e9,
                "+$1.16B (×294)",
                Direction::Up,
            ),
        ];
        for &(unit, a, b, want, dir) in cases {
            let c = change(&fig(unit, a), &fig(unit, b));
            assert_eq!(
                (c.delta().as_str(), c.direction),
                (want, dir),
                "{unit:?} {a} → {b}"
            );
            assert_eq!(c.a, unit.show(a));
        }
    }

    #[test]
    fn changes_never_print_nan_or_inf() {
        let odd = [0.0, -0.0, 1e-300, f64::MAX, f64::NAN, f64::INFINITY, -1.0];
        let units = [
            Unit::Int,
            Unit::Count,
            Unit::Rate("msg/s"),
            Unit::Bytes,
            Unit::BytesPerSec,
            Unit::Millis,
            Unit::Seconds,
            Unit::Usd,
            Unit::Num,
        ];
        for unit in units {
            for a in odd {
                for b in odd {
                    let c = change(&fig(unit, a), &fig(unit, b));
                    for text in [&c.a, &c.delta()] {
                        let t = text.to_lowercase();
                        assert!(
                            !t.contains("nan") && !t.contains("inf") && !t.is_empty(),
                            "{unit:?} {a} → {b}: {text}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_kpi_prints_through_its_unit() {
        for v in View::ALL {
            let e = Estimate::numbers(
                &Scenario {
                    view: v,
                    ..Scenario::default()
                },
                &Assumptions::default(),
            );
            for kpi in kpis(v, &e) {
                assert_eq!(kpi.value, kpi.unit.show(kpi.raw), "{v:?} {}", kpi.id);
            }
        }
    }

    #[test]
    fn every_kpi_has_a_derivation_and_a_unique_id() {
        for v in View::ALL {
            let e = Estimate::explain(
                &Scenario {
                    view: v,
                    ..Scenario::default()
                },
                &Assumptions::default(),
            );
            let list = kpis(v, &e);
            let mut ids: Vec<_> = list.iter().map(|k| k.id).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), list.len(), "{v:?}");
            for kpi in &list {
                assert!(
                    !chain(&e.steps, kpi.step_id).is_empty(),
                    "{v:?} {}",
                    kpi.step_id
                );
                assert!(kpi.raw.is_finite() && kpi.raw >= 0.0);
            }
        }
    }
}
