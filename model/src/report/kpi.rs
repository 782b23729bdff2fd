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
    /// The number as shown.
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
}

fn k(id: &'static str, label: &'static str, value: String, raw: f64, step_id: &'static str) -> Kpi {
    Kpi {
        id,
        label,
        value,
        raw,
        step_id,
        alert: false,
        note: None,
    }
}

/// A constraint key (`sizing.<component>.binding`) in words.
pub fn binding_label(key: &str) -> &'static str {
    match key {
        "msgs" => "message rate",
        "disk_write" => "disk writes",
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
fn nodes(e: &Estimate, c: Component, id: &'static str, label: &'static str) -> Kpi {
    let n = e.nodes.of(c);
    let z = e.sizing.of(c);
    Kpi {
        note: (n > 0).then(|| format!("bound by {}", binding_label(z.binding))),
        ..k(id, label, int(n), n as f64, step_id(c))
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
            usd(m),
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
            millis(e.latency.consistency_lag_p99_ms),
            e.latency.consistency_lag_p99_ms,
            "latency.consistency_lag_p99_ms",
        )
    };
    let delivery = Kpi {
        alert: e.latency.p99_delivery_ms > e.latency.slo_ms,
        ..k(
            "delivery",
            "Delivery p99",
            millis(e.latency.p99_delivery_ms),
            e.latency.p99_delivery_ms,
            "latency.p99_delivery_ms",
        )
    };
    let peak_msgs = k(
        "peak-msgs",
        "Peak writes",
        rate(l.peak_msgs_per_sec, "msg/s"),
        l.peak_msgs_per_sec,
        "load.peak_msgs_per_sec",
    );
    let ingress = k(
        "ingress",
        "Ingress",
        bytes_per_sec(l.ingress_bytes_per_sec),
        l.ingress_bytes_per_sec,
        "load.ingress_bytes_per_sec",
    );
    let per_day = k(
        "per-day",
        "Storage per day",
        bytes(e.storage.bytes_per_day),
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
            bytes(st.retained_bytes),
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
        num(e.replay.events_per_replay),
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
                int(n.partitions),
                n.partitions as f64,
                "nodes.partitions",
            ),
            peak_msgs,
            ingress,
            k(
                "egress",
                "Consumer egress",
                bytes_per_sec(l.egress_bytes_per_sec),
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
                rate(l.peak_reads_per_sec, "queries/s"),
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
                count(l.online_connections),
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
                bytes_per_sec(e.replay.replay_bytes_per_sec),
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
                duration(e.replay.rebuild_seconds),
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
