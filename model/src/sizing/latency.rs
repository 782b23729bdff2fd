//! Latency: each tier on a pattern's path is an M/M/c queue (see [`crate::sizing::queue`]);
//! delivery and consistency lag add the network round trips.
//!
//! * A tier contributes its p99 queue wait plus its mean service time 1/μ.
//! * Delivery p99 = Σ tier contributions on the path
//!   + in-region RTT (producer→broker and broker→consumer, half each)
//!   + one more in-region RTT when rf > 1 (the leader waits for followers, `acks=all`)
//!   + half an in-region RTT for the gateway hop (messaging)
//!   + half a cross-region RTT when regions > 1 (the farthest region's copy).
//! * Consistency lag p99 = delivery p99 + the apply tier's contribution (the
//!   consumer or projection writing its own store).
//!
//! Adding per-hop p99s over-states the p99 of the sum, so both figures are
//! upper bounds: the safe side for comparing with an SLO.
//! RTT defaults: Dean, "Latency numbers every programmer should know".

use crate::common::explain::Work;
use crate::common::format::{millis, num, percent};
use crate::inputs::component::Component;
use crate::inputs::params::Cap;
use crate::inputs::scenario::{Assumptions, Scenario, View};
use crate::sizing::load::Load;
use crate::sizing::nodes::{broker_msgs_by_bytes, Sized};
use crate::sizing::queue::{mmc, QueueStats};
use crate::sizing::replay::Replay;
use serde::{Deserialize, Serialize};

/// One queueing tier's figures, in milliseconds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TierLatency {
    /// Which component.
    pub component: Component,
    /// Servers (nodes) in the pool.
    pub servers: u64,
    /// ρ, 0–1.
    pub utilisation: f64,
    /// Probability a request waits (Erlang C).
    pub p_wait: f64,
    /// Mean queue wait, ms.
    pub mean_wait_ms: f64,
    /// p99 queue wait, ms.
    pub p99_wait_ms: f64,
    /// Mean service time, ms.
    pub service_ms: f64,
}

/// Latency figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Latency {
    /// p99 from write to delivery at every consumer, ms.
    pub p99_delivery_ms: f64,
    /// p99 from write to visible on the read side everywhere, ms.
    pub consistency_lag_p99_ms: f64,
    /// Network share of delivery, ms.
    pub network_ms: f64,
    /// The SLO compared against, ms.
    pub slo_ms: f64,
    /// Whether consistency lag (or delivery, for messaging) meets the SLO.
    pub meets_slo: bool,
    /// Tiers on the path, in order; the last one is the apply tier when there is one.
    pub tiers: Vec<TierLatency>,
}

/// A tier's queue: arrivals/s, per-node service rate/s, nodes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TierQueue {
    /// Which component.
    pub component: Component,
    /// λ, /s.
    pub lambda: f64,
    /// μ per node, /s.
    pub mu: f64,
    /// Nodes serving (per region for brokers).
    pub servers: u64,
}

/// The delivery path and the apply tier for a view.
pub fn path(view: View) -> (&'static [Component], Option<Component>) {
    use Component::*;
    match view {
        View::Eventual => (&[Broker, Consumer], Some(WriteDb)),
        View::Cqrs => (&[WriteDb, Broker, Consumer], Some(ReadReplica)),
        View::Sourcing | View::Replay => (&[EventStore, Broker], Some(ReadReplica)),
        View::Messaging => (&[Broker], None),
    }
}

/// The queue a component presents. Brokers serve at the binding one of their
/// two limits (msg/s, or MB/s over the bytes each message costs); event-store
/// nodes carry appends and replay reads, so μ is scaled to make λ/μ their
/// combined demand.
pub fn tier_queue(
    c: Component,
    s: &Scenario,
    a: &Assumptions,
    load: &Load,
    replay: &Replay,
    sized: &Sized,
) -> Option<TierQueue> {
    let n = &sized.nodes;
    let (lambda, mu, servers) = match c {
        Component::Broker => {
            let by_bytes = broker_msgs_by_bytes(s, a);
            let mu = a.get(Cap::BrokerMsgs).min(by_bytes);
            (
                load.peak_msgs_per_sec,
                mu,
                n.brokers / (s.regions.max(1.0) as u64).max(1),
            )
        }
        Component::WriteDb => (
            load.peak_msgs_per_sec,
            a.get(Cap::WritePrimary),
            n.write_shards,
        ),
        Component::ReadReplica => {
            let misses = load.peak_reads_per_sec * (1.0 - a.get(Cap::CacheHit) / 100.0);
            (misses, a.get(Cap::ReadReplica), n.read_replicas)
        }
        Component::Cache => (load.peak_reads_per_sec, a.get(Cap::CacheOps), n.cache_nodes),
        Component::EventStore => {
            // Appends and replay reads share the nodes: count both as events
            // served, with μ set so that λ/μ is their combined node demand.
            let units = sized
                .demand
                .iter()
                .find(|d| d.component == Component::EventStore)
                .map_or(0.0, |d| d.node_units);
            let lambda = load.peak_msgs_per_sec + replay.replay_events_per_sec;
            let mu = if units > 0.0 {
                lambda / units
            } else {
                a.get(Cap::EsWrites)
            };
            (lambda, mu, n.event_store_nodes)
        }
        Component::MessageDb => (
            load.peak_msgs_per_sec,
            a.get(Cap::DbBatched),
            n.message_db_nodes,
        ),
        Component::Consumer => {
            // One group's members (all groups are alike), each reading its
            // own partitions: at most one member per partition works.
            let groups = s.fanout.max(1.0) as u64;
            let members = (n.consumers / groups).min(n.partitions);
            (load.peak_msgs_per_sec, a.get(Cap::ConsumerMsgs), members)
        }
        Component::Gateway | Component::ReplayWorker => return None,
    };
    (lambda > 0.0 && servers > 0 && mu.is_finite() && mu > 0.0).then_some(TierQueue {
        component: c,
        lambda,
        mu,
        servers,
    })
}

fn stats_ms(q: &TierQueue, st: &QueueStats) -> TierLatency {
    TierLatency {
        component: q.component,
        servers: q.servers,
        utilisation: st.utilisation,
        p_wait: st.p_wait,
        mean_wait_ms: st.mean_wait_s * 1e3,
        p99_wait_ms: st.p99_wait_s * 1e3,
        service_ms: st.service_s * 1e3,
    }
}

/// Network milliseconds on the delivery path (see the module docs).
pub fn network_ms(s: &Scenario, a: &Assumptions) -> f64 {
    let local = a.get(Cap::RttLocal);
    let mut ms = local;
    if s.rf > 1.0 {
        ms += local;
    }
    if s.view == View::Messaging {
        ms += local / 2.0;
    }
    if s.regions > 1.0 {
        ms += a.get(Cap::RttCross) / 2.0;
    }
    ms
}

/// Evaluates the view's path. A tier that cannot be evaluated (it would be
/// unstable, which sizing at util < 100 % prevents) counts as saturated and is
/// left out rather than turned into an infinity.
pub fn derive(
    s: &Scenario,
    a: &Assumptions,
    load: &Load,
    replay: &Replay,
    sized: &Sized,
    w: &mut Work,
) -> Latency {
    let (delivery_path, apply) = path(s.view);
    let eval = |c: Component| -> Option<TierLatency> {
        let q = tier_queue(c, s, a, load, replay, sized)?;
        mmc(q.lambda, q.mu, q.servers)
            .ok()
            .map(|st| stats_ms(&q, &st))
    };
    let net = network_ms(s, a);
    let mut tiers: Vec<TierLatency> = delivery_path.iter().filter_map(|c| eval(*c)).collect();
    let delivery = net
        + tiers
            .iter()
            .map(|t| t.p99_wait_ms + t.service_ms)
            .sum::<f64>();
    for t in &tiers {
        let t = t.clone();
        let id = format!("latency.tier.{}", t.component.key());
        w.step(
            &id,
            &format!("{} queue (M/M/c)", t.component.label()),
            "ρ = λ ÷ (c·μ); p99 wait = ln(C ÷ 0.01) ÷ (c·μ − λ)",
            &[],
            || {
                (
                    format!(
                        "c = {}, ρ = {}, P(wait) = {}",
                        t.servers,
                        percent(t.utilisation * 100.0),
                        num(t.p_wait)
                    ),
                    format!(
                        "p99 wait {} + service {}",
                        millis(t.p99_wait_ms),
                        millis(t.service_ms)
                    ),
                )
            },
        );
    }
    w.step(
        "latency.p99_delivery_ms",
        "Delivery p99",
        "network + Σ (p99 wait + service) on the path",
        &["latency.network_ms"],
        || {
            let parts: Vec<String> = tiers
                .iter()
                .map(|t| millis(t.p99_wait_ms + t.service_ms))
                .collect();
            (
                format!(
                    "{} + {}",
                    millis(net),
                    if parts.is_empty() {
                        "0".into()
                    } else {
                        parts.join(" + ")
                    }
                ),
                millis(delivery),
            )
        },
    );
    let apply_tier = apply.and_then(eval);
    let lag = delivery
        + apply_tier
            .as_ref()
            .map_or(0.0, |t| t.p99_wait_ms + t.service_ms);
    w.step(
        "latency.consistency_lag_p99_ms",
        "Consistency lag p99",
        "delivery p99 + apply tier (p99 wait + service)",
        &["latency.p99_delivery_ms"],
        || {
            let extra = apply_tier
                .as_ref()
                .map_or("0 (no apply tier)".to_string(), |t| {
                    format!(
                        "{} ({})",
                        millis(t.p99_wait_ms + t.service_ms),
                        t.component.label()
                    )
                });
            (format!("{} + {}", millis(delivery), extra), millis(lag))
        },
    );
    w.step(
        "latency.network_ms",
        "Network on the path",
        "RTT + RTT if rf > 1 + ½ RTT gateway (messaging) + ½ cross-region RTT if regions > 1",
        &[],
        || {
            (
                format!(
                    "RTT {} ms, rf {}, regions {}, cross-region RTT {} ms",
                    num(a.get(Cap::RttLocal)),
                    num(s.rf),
                    num(s.regions),
                    num(a.get(Cap::RttCross))
                ),
                millis(net),
            )
        },
    );
    tiers.extend(apply_tier);
    let judged = if s.view == View::Messaging {
        delivery
    } else {
        lag
    };
    Latency {
        p99_delivery_ms: delivery,
        consistency_lag_p99_ms: lag,
        network_ms: net,
        slo_ms: s.slo_ms,
        meets_slo: judged <= s.slo_ms,
        tiers,
    }
}

/// Utilisation grid for the hockey stick: even steps to 90 %, then steps
/// that halve the distance to 100 % (the knee sits at ρ ≈ 1 − 1/√c, so a pool
/// of hundreds of nodes only bends past 90 %).
pub fn utilisation_grid(points: usize) -> Vec<f64> {
    let n = points.max(4);
    let low = n / 2;
    let high = n - low;
    let mut out: Vec<f64> = (0..low)
        .map(|i| 0.01 + 0.89 * i as f64 / low as f64)
        .collect();
    // 1 − ρ from 0.1 down to 0.001, evenly in log.
    out.extend(
        (0..high).map(|i| 1.0 - 10f64.powf(-1.0 - 2.0 * i as f64 / (high - 1).max(1) as f64)),
    );
    out
}

/// One point of the hockey stick.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CurvePoint {
    /// Utilisation of every path tier, 0–1.
    pub utilisation: f64,
    /// Delivery p99 = network + Σ (p99 wait + service), ms.
    pub delivery_ms: f64,
    /// Σ p99 queue wait alone, ms.
    pub queue_ms: f64,
}

/// Delivery p99 against utilisation for the current node counts: the
/// queueing "hockey stick". Every path tier's λ is set to ρ·c·μ over
/// [`utilisation_grid`]; tiers with no load keep their c and μ.
pub fn utilisation_curve(
    s: &Scenario,
    a: &Assumptions,
    load: &Load,
    replay: &Replay,
    sized: &Sized,
    points: usize,
) -> Vec<CurvePoint> {
    let (delivery_path, _) = path(s.view);
    let queues: Vec<TierQueue> = delivery_path
        .iter()
        .filter_map(|c| tier_queue(*c, s, a, load, replay, sized))
        .collect();
    let net = network_ms(s, a);
    utilisation_grid(points)
        .into_iter()
        .map(|rho| {
            let stats: Vec<QueueStats> = queues
                .iter()
                .filter_map(|q| mmc(rho * q.servers as f64 * q.mu, q.mu, q.servers).ok())
                .collect();
            let queue_ms = stats.iter().map(|st| st.p99_wait_s * 1e3).sum::<f64>();
            let service_ms = stats.iter().map(|st| st.service_s * 1e3).sum::<f64>();
            CurvePoint {
                utilisation: rho,
                delivery_ms: net + queue_ms + service_ms,
                queue_ms,
            }
        })
        .collect()
}
