//! Time and failure (issue #18): a deterministic fluid simulation of the
//! tiers messages cross, over a window of traffic with bursts and one
//! failure drill.
//!
//! **Tiers.** The view's write path, in order ([`path`]): brokers then
//! consumers (eventual consistency), write DB → brokers → projectors (CQRS),
//! event store → brokers (sourcing, replay), brokers → message DB
//! (messaging). Tier `i` is offered what tier `i − 1` served.
//!
//! **Capacity.** A tier serves at its hard capacity, `nodes alive × per-node
//! msg/s`, where per-node msg/s is the tightest of its throughput rows at
//! 100 % (`per_node ÷ u × peak ÷ demand`, the same table that sizes it;
//! for brokers the least of msg/s, disk writes and network out). The
//! utilisation target is a planning margin, not a limit. A consumer group's
//! members beyond its partition count do no work.
//!
//! **Fluid queue** (per step `dt`, every tier): `available = inflow × dt +
//! backlog`; `served = min(available, capacity × dt)`; `backlog' =
//! available − served`. Messages are conserved at every step by
//! construction: in = served + Δbacklog. Lag, s = backlog ÷ service rate.
//! A backlog `B` under capacity `C` and inflow `λ` drains in `B ÷ (C − λ)`
//! (Pandey, "The Mathematics of Backlogs", InfoQ, 2026-05-13); the step that
//! empties a queue records that instant exactly.
//!
//! **Delay** at each moment: network RTTs + per tier (service time + the
//! M/M/c p99 wait at the moment's utilisation + the backlog's wait). The
//! p99 wait uses Sakasegawa's approximation of Erlang C, `C ≈ ρ^(√(2(c+1)) − 1)`,
//! with `W₉₉ = ln(C ÷ 0.01) ÷ (cμ − λ)` (Sakasegawa, Ann. Inst. Stat. Math.
//! 29, 1977; the static model's exact Erlang C is too slow for 10,000 steps).
//!
//! **Failure drill** (`fail=node@MIN` loses one broker, `zone@MIN` one zone
//! of every tier):
//! * the lost nodes' share of partitions takes nothing until detection
//!   (`cap.detect_s`) plus one leader election per partition they led
//!   (`cap.election_ms` each, one after another);
//! * then the survivors carry everything;
//! * a replacement joins after `cap.replace_min`; a broker's replacement
//!   copies its share of local data (`local bytes ÷ brokers` each) at
//!   `cap.recovery_mbps` each, never faster than the survivors' spare disk
//!   and network (Kafka: replication throttles; Redpanda's learner recovery
//!   rate), and serves again once whole. A consumer's replacement serves at once;
//! * a database primary in the lost zone takes nothing for `cap.db_failover_s`,
//!   then its standby serves (RDS Multi-AZ).

use crate::common::keymap::KeyMap;
use crate::inputs::component::Component;
use crate::inputs::drill::{diurnal_kappa, diurnal_peak, Drill, Fail, Shape};
use crate::inputs::params::Cap;
use crate::inputs::scenario::{Assumptions, Scenario, View};
use crate::sizing::constraint::Kind;
use crate::sizing::estimate::Estimate;
use crate::sizing::latency::network_ms;
use crate::sizing::tables::{each_table, Needs};
use serde::Serialize;

/// Longest step, seconds.
pub const STEP_S: f64 = 60.0;
/// The diurnal curve's highest minute: 15:00, the middle of Wikimedia's
/// daily peak "around 12:00 to 18:00 UTC" (wikien-l, 2007).
pub const DIURNAL_PEAK_MIN: f64 = 15.0 * 60.0;
/// Business hours: 09:00–17:00, Monday to Friday (AWS Instance Scheduler's
/// `office-hours` period).
pub const OFFICE_HOURS: (f64, f64) = (9.0, 17.0);
/// Business shape outside office hours, as a share of its peak: a quarter,
/// the upper end of the 3–4× daily min-to-max swing (Brazil, "Do you know
/// your peak-to-mean ratio?", Robust Perception, 2015).
pub const OFF_HOURS_SHARE: f64 = 0.25;

/// The tiers a view's messages cross, in order.
pub fn path(view: View) -> &'static [Component] {
    use Component::*;
    match view {
        View::Eventual => &[Broker, Consumer],
        View::Cqrs => &[WriteDb, Broker, Consumer],
        View::Sourcing | View::Replay => &[EventStore, Broker],
        View::Messaging => &[Broker, MessageDb],
    }
}

/// One thing that happens in the window.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    /// `burst`, `node`, `zone`, `replacement`, `replicated` or `data_lost`.
    pub kind: &'static str,
    /// When it starts, s from the window's start.
    pub at_s: f64,
    /// When it ends, s; `None` while it outlasts the window.
    pub until_s: Option<f64>,
    /// What it is, in words.
    pub label: String,
}

/// One tier's worst moments.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct TierSummary {
    /// Largest backlog, messages.
    pub max_backlog_msgs: f64,
    /// When it was largest, s.
    pub max_backlog_at_s: f64,
    /// When the backlog was gone again: 0 if nothing queued, `None` if it
    /// outlasts the window.
    pub drained_at_s: Option<f64>,
    /// Largest lag, s (backlog ÷ service rate).
    pub max_lag_s: f64,
}

/// One tier over time, one value per step (at the step's end).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct TierSeries {
    /// Which tier.
    pub component: Option<Component>,
    /// Offered msg/s (what the tier before it served).
    pub offered: Vec<f64>,
    /// Hard capacity, msg/s.
    pub capacity: Vec<f64>,
    /// Served msg/s.
    pub served: Vec<f64>,
    /// Backlog, messages.
    pub backlog: Vec<f64>,
    /// Lag, s.
    pub lag_s: Vec<f64>,
}

/// The worst tier's series, as `envelope simulate --json` prints it:
/// borrowed from [`Simulation::timeline`], so a run never copies it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Series<'a> {
    /// Step ends, s.
    pub t_s: &'a [f64],
    /// Offered msg/s.
    pub offered_msgs_per_sec: &'a [f64],
    /// Served msg/s.
    pub served_msgs_per_sec: &'a [f64],
    /// Backlog, messages.
    pub backlog_msgs: &'a [f64],
    /// Lag, s.
    pub lag_s: &'a [f64],
}

/// What the simulation found. Field names are the JSON schema of
/// `envelope simulate --json` (its `simulation` object, with the worst
/// tier's `series` and the verdict the report layer adds).
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Simulation {
    /// Window, s.
    pub window_s: f64,
    /// Longest step, s.
    pub step_s: f64,
    /// Bursts, the failure and recovery milestones.
    pub events: Vec<Event>,
    /// The worst tier's largest backlog, messages.
    pub max_backlog_msgs: f64,
    /// When, s.
    pub max_backlog_at_s: f64,
    /// When the worst tier's backlog was gone (0: nothing queued; `None`: outlasts the window).
    pub drained_at_s: Option<f64>,
    /// The worst tier's largest lag, s.
    pub max_lag_s: f64,
    /// Seconds the end-to-end delay was over the SLO.
    pub seconds_over_slo: f64,
    /// Largest end-to-end delay, ms.
    pub max_delay_ms: f64,
    /// Seconds partitions were under-replicated after a broker loss (0: no
    /// broker lost; `None`: not whole again within the window).
    pub under_replicated_s: Option<f64>,
    /// Seconds from the failure until every node serves again and every
    /// backlog is gone (0: nothing failed; `None`: not within the window).
    pub recovery_s: Option<f64>,
    /// Per tier, by nodes key.
    pub tiers: KeyMap<TierSummary>,
    /// Which tier is the worst (nodes key).
    pub worst: &'static str,
    /// Its index in [`Simulation::timeline`].
    #[serde(skip)]
    pub worst_index: Option<usize>,
    /// Every tier over time, for the timeline chart (not in the JSON).
    #[serde(skip)]
    pub timeline: Vec<TierSeries>,
    /// Step ends, s, for [`Simulation::timeline`] (not in the JSON).
    #[serde(skip)]
    pub t_s: Vec<f64>,
    /// End-to-end delay per step, ms (not in the JSON).
    #[serde(skip)]
    pub delay_ms: Vec<f64>,
}

/// A tier's fixed facts, worked out once before stepping.
#[derive(Clone, Copy, Debug)]
struct TierFacts {
    component: Component,
    /// Nodes serving when all are up (consumers: one group's members).
    nodes: f64,
    /// Most nodes that can work (a group's members: the partition count).
    useful: f64,
    /// Hard msg/s per node.
    per_node: f64,
    /// Service time of one message, s (1 ÷ per-node msg/s).
    service_s: f64,
    /// Nodes the drill takes away.
    lost: f64,
    /// Share of traffic with no leader or primary during the outage.
    blocked: f64,
    /// Outage (no leader or primary) from the failure, s.
    outage_s: f64,
    /// Replacement joins after, s from the failure (`INFINITY`: never needed).
    replace_s: f64,
    /// Bytes the replacements copy before they serve (brokers).
    copy_bytes: f64,
    /// Most B/s the replacements copy at (throttle × replacements).
    copy_max: f64,
    /// One node's spare disk/network B/s per unit of spare msg/s share.
    node_bytes: f64,
}

/// The load multiplier of the traffic shape at minute `m`.
struct ShapeFn<'a> {
    shape: &'a Shape,
    peak: f64,
    kappa: f64,
    top: f64,
    /// The diurnal angle's last minute and (cos, sin): most steps are one
    /// minute apart, so the next cosine is a rotation by one minute's angle
    /// (two multiply-adds) rather than a `cos` call.
    last: (f64, f64, f64),
    /// cos and sin of one minute's angle, 2π ÷ 1,440.
    minute: (f64, f64),
}

impl<'a> ShapeFn<'a> {
    fn new(shape: &'a Shape, peak: f64) -> Self {
        let kappa = diurnal_kappa(peak);
        let minute = crate::common::turns::cos_sin(1.0 / 1440.0);
        ShapeFn {
            shape,
            peak,
            kappa,
            top: diurnal_peak(kappa),
            last: (f64::NAN, 1.0, 0.0),
            minute,
        }
    }

    /// cos θ at minute `m`, θ = 2π (m − peak minute) ÷ 1,440.
    fn cos_at(&mut self, m: f64) -> f64 {
        let (lm, c, s) = self.last;
        let (cos, sin) = if m - lm == 1.0 {
            let (dc, ds) = self.minute;
            (c * dc - s * ds, s * dc + c * ds)
        } else {
            // In turns, so the angle reduces exactly (`common::turns`).
            crate::common::turns::cos_sin((m - DIURNAL_PEAK_MIN) / 1440.0)
        };
        self.last = (m, cos, sin);
        cos
    }

    fn at(&mut self, m: f64) -> f64 {
        match self.shape {
            Shape::Flat => self.peak,
            Shape::Diurnal => {
                let cos = self.cos_at(m);
                self.top * (self.kappa * (cos - 1.0)).exp()
            }
            Shape::Business => {
                let day = (m / 1440.0).floor() as i64;
                let h = (m - day as f64 * 1440.0) / 60.0;
                let low = self.peak * OFF_HOURS_SHARE;
                if day.rem_euclid(7) >= 5 {
                    return low;
                }
                let (open, close) = OFFICE_HOURS;
                let up = (h - (open - 1.0)).clamp(0.0, 1.0); // ramps up 08:00–09:00
                let down = ((close + 1.0) - h).clamp(0.0, 1.0); // down 17:00–18:00
                low + (self.peak - low) * up.min(down)
            }
            // Points are sorted by minute (the decoder sorts them).
            Shape::Points(ps) => match ps.partition_point(|p| p.min <= m) {
                i if i == ps.len() => ps.last().map_or(1.0, |p| p.mult),
                0 => ps[0].mult,
                i => {
                    let (a, b) = (ps[i - 1], ps[i]);
                    a.mult + (b.mult - a.mult) * (m - a.min) / (b.min - a.min)
                }
            },
        }
    }
}

/// The largest burst multiplier active at minute `m` (1 with none: bursts
/// overlap by the larger, they do not stack).
fn burst_at(d: &Drill, m: f64) -> f64 {
    d.bursts
        .iter()
        .filter(|b| m >= b.start && m < b.start + b.dur)
        .map(|b| b.mult)
        .fold(None, |acc: Option<f64>, x| {
            Some(acc.map_or(x, |a| a.max(x)))
        })
        .unwrap_or(1.0)
}

/// Hard msg/s per node of `c`: the tightest throughput row at 100 %.
fn per_node_msgs(c: Component, s: &Scenario, a: &Assumptions, e: &Estimate) -> f64 {
    if c == Component::Consumer {
        return a.get(Cap::ConsumerMsgs);
    }
    let needs = Needs {
        load: &e.load,
        replay: &e.replay,
        storage: &e.storage,
    };
    let u = s.util_pct / 100.0;
    let peak = e.load.peak_msgs_per_sec;
    let mut best = f64::INFINITY;
    each_table(
        s,
        &crate::sizing::tables::Rates::new(s, a),
        &needs,
        e.nodes.partitions,
        crate::sizing::nodes::consumers_per_group(s, &e.load, a),
        |x| x == c,
        |_, rows| {
            for r in rows.iter().filter(|r| r.kind == Kind::Throughput) {
                if r.demand > 0.0 && r.per_node > 0.0 {
                    best = best.min(r.per_node / u * peak / r.demand);
                }
            }
        },
    );
    if best.is_finite() {
        best
    } else {
        0.0
    }
}

/// The fixed facts of every tier on the path with load and nodes.
fn facts(s: &Scenario, a: &Assumptions, e: &Estimate, d: &Drill) -> Vec<TierFacts> {
    let regions = s.regions.max(1.0);
    let zones = s.az.max(1.0);
    let detect = a.get(Cap::DetectS);
    let replace = a.get(Cap::ReplaceMin) * 60.0;
    path(s.view)
        .iter()
        .filter_map(|&c| {
            let total = e.nodes.of(c) as f64;
            let (nodes, useful) = match c {
                Component::Broker => ((total / regions).floor(), f64::INFINITY),
                Component::Consumer => (
                    (total / s.fanout.max(1.0)).floor(),
                    e.nodes.partitions as f64,
                ),
                _ => (total, f64::INFINITY),
            };
            let per_node = per_node_msgs(c, s, a, e);
            if nodes < 1.0 || per_node <= 0.0 || e.load.peak_msgs_per_sec <= 0.0 {
                return None;
            }
            let lost = match (d.fail, c) {
                (Fail::Node(_), Component::Broker) => 1.0,
                (Fail::Zone(_), _) => (nodes / zones).ceil().min(nodes),
                _ => 0.0,
            };
            let blocked = lost / nodes;
            let mut f = TierFacts {
                component: c,
                nodes,
                useful,
                per_node,
                service_s: 1.0 / per_node,
                lost,
                blocked,
                outage_s: 0.0,
                replace_s: f64::INFINITY,
                copy_bytes: 0.0,
                copy_max: 0.0,
                node_bytes: 0.0,
            };
            if lost == 0.0 {
                return Some(f);
            }
            match c {
                Component::Broker => {
                    let led = e.nodes.partitions as f64 * blocked;
                    f.outage_s = detect + led * a.get(Cap::ElectionMs) / 1000.0;
                    f.replace_s = replace.max(f.outage_s);
                    // With no survivor there is nothing to copy from: the
                    // replacements start empty (the data is lost).
                    f.copy_bytes = if lost < nodes {
                        e.storage.broker_local_bytes / regions * blocked
                    } else {
                        0.0
                    };
                    let disk = a.get(Cap::BrokerDiskMbps) * 1e6;
                    let net = a.get(Cap::BrokerMbps) * 1e6;
                    f.copy_max = lost * (a.get(Cap::RecoveryMbps) * 1e6).min(disk);
                    f.node_bytes = disk.min(net);
                }
                Component::Consumer => {
                    f.outage_s = detect;
                    f.replace_s = replace.max(detect);
                }
                _ => {
                    // A standby in another zone takes over after failover.
                    f.outage_s = a.get(Cap::DbFailoverS);
                    f.replace_s = f.outage_s;
                    f.lost = 0.0;
                }
            }
            Some(f)
        })
        .collect()
}

/// The step ends: every minute, plus every event's instant.
fn grid(window_s: f64, d: &Drill, tiers: &[TierFacts]) -> Vec<f64> {
    let mut t: Vec<f64> = Vec::with_capacity((window_s / STEP_S) as usize + 16);
    let mut x = STEP_S;
    while x < window_s {
        t.push(x);
        x += STEP_S;
    }
    t.push(window_s);
    let mut extra: Vec<f64> = Vec::new();
    for b in &d.bursts {
        extra.push(b.start * 60.0);
        extra.push((b.start + b.dur) * 60.0);
    }
    if let Shape::Points(ps) = &d.shape {
        extra.extend(ps.iter().map(|p| p.min * 60.0));
    }
    if let Some(at) = d.fail.at() {
        let at = at * 60.0;
        extra.push(at);
        for f in tiers.iter().filter(|f| f.lost > 0.0 || f.outage_s > 0.0) {
            extra.push(at + f.outage_s);
            if f.replace_s.is_finite() {
                extra.push(at + f.replace_s);
            }
        }
    }
    extra.retain(|x| *x > 0.0 && *x < window_s);
    if extra.is_empty() {
        return t;
    }
    // A handful of instants merged into the sorted minutes.
    crate::common::order::sort_f64(&mut extra);
    let mut out = Vec::with_capacity(t.len() + extra.len());
    let mut e = extra.into_iter().peekable();
    for x in t {
        while let Some(v) = e.next_if(|v| *v < x) {
            out.push(v);
        }
        out.push(x);
    }
    out.dedup_by(|a, b| (*a - *b).abs() < 1e-6);
    out
}

/// p99 queueing wait, s, of `c` servers of `mu` msg/s each at `lambda`
/// (Sakasegawa's approximation of Erlang C, `C ≈ ρ^(√(2(c+1)) − 1)`; 0 at or
/// past saturation, where the backlog term takes over). Worked in logs so a
/// step costs one `ln`: `ln(C ÷ 0.01) = (√(2(c+1)) − 1) ln ρ + ln 100`.
fn p99_wait(lambda: f64, mu: f64, c: f64) -> f64 {
    let cap = mu * c;
    if lambda <= 0.0 || cap <= lambda || c < 1.0 {
        return 0.0;
    }
    // The stationary formula means nothing as ρ → 1 in a transient; past
    // ρ = 0.99 the backlog term carries the wait.
    let rho = (lambda / cap).min(0.99);
    let log_ratio = ((2.0 * (c + 1.0)).sqrt() - 1.0) * rho.ln() + std::f64::consts::LN_10 * 2.0;
    if log_ratio <= 0.0 {
        0.0
    } else {
        log_ratio / (cap * (1.0 - rho))
    }
}

/// ρ* for `c` servers, cached while `c` stays the same (it changes only at
/// a failure's milestones).
fn quiet_rho(cache: &mut (f64, f64), c: f64) -> f64 {
    if cache.0 != c {
        let e = (2.0 * (c + 1.0)).sqrt() - 1.0;
        *cache = (c, if e > 0.0 { 0.01_f64.powf(1.0 / e) } else { 0.0 });
    }
    cache.1
}

/// The lesser of two numbers that are never NaN here (node counts, rates
/// and message counts of a clamped scenario): one compare and select, where
/// `f64::min` adds the instructions that handle a NaN; a step makes four.
#[inline(always)]
fn lesser(a: f64, b: f64) -> f64 {
    if a < b {
        a
    } else {
        b
    }
}

/// The greater of two numbers that are never NaN here (see [`lesser`]).
#[inline(always)]
fn greater(a: f64, b: f64) -> f64 {
    if a > b {
        a
    } else {
        b
    }
}

/// One tier's run through the window.
struct TierRun {
    series: TierSeries,
    sum: TierSummary,
    /// When every node served again (`Some(0.0)`: nothing failed).
    whole_at: Option<f64>,
    /// When its last queue emptied (or the last step with a queue), s.
    last_queue_end: f64,
}

/// Steps tier `f` through the step ends `t`, offered `offered` msg/s in each
/// step, adding its service time and wait to `delay_ms`.
fn run_tier(
    f: &TierFacts,
    t: &[f64],
    fail_at: Option<f64>,
    offered: Vec<f64>,
    delay_ms: &mut [f64],
) -> TierRun {
    let n = t.len();
    let mut capacity = vec![0.0_f64; n];
    let mut served_v = vec![0.0_f64; n];
    let mut backlog_v = vec![0.0_f64; n];
    let mut lag_v = vec![0.0_f64; n];
    // Every slice cut to `n`, so the loop's indexing needs no bounds checks.
    let (off, cap_v, srv_v, bl_v, lg_v, dl_v) = (
        &offered[..n],
        &mut capacity[..n],
        &mut served_v[..n],
        &mut backlog_v[..n],
        &mut lag_v[..n],
        &mut delay_ms[..n],
    );
    let mut sum = TierSummary::default();
    let mut backlog = 0.0_f64;
    // Bytes the broker replacements still have to copy; when they are done.
    let mut to_copy = f.copy_bytes;
    let mut whole_at = (f.lost == 0.0 && f.outage_s == 0.0).then_some(0.0);
    // (servers, ρ*) of the last step, where ρ* = 0.01^(1/(√(2(c+1)) − 1))
    // is the utilisation below which Sakasegawa's P(wait) is under 1 %.
    let mut quiet = (f64::NAN, 0.0_f64);
    let mut last_queue_end = 0.0_f64;
    let mut prev = 0.0_f64;
    for k in 0..n {
        let end = t[k];
        let dt = end - prev;
        let inflow = off[k];
        // Time since the failure at the step's middle: every milestone is
        // a step boundary, so the middle says which phase the step is in
        // without rounding trouble at the boundary itself.
        let since = fail_at
            .map(|at| (prev + end) / 2.0 - at)
            .filter(|x| *x >= 0.0);
        // Nodes serving, and the share of traffic with nowhere to go.
        let (alive, blocked, replacing) = match since {
            Some(x) if f.lost > 0.0 || f.outage_s > 0.0 => {
                let done = whole_at.is_some();
                if x < f.outage_s {
                    (f.nodes - f.lost, f.blocked, false)
                } else if done || (x >= f.replace_s && f.copy_bytes == 0.0) {
                    (f.nodes, 0.0, false)
                } else {
                    (f.nodes - f.lost, 0.0, x >= f.replace_s)
                }
            }
            _ => (f.nodes, 0.0, false),
        };
        let servers = lesser(alive, f.useful);
        let cap = servers * f.per_node;
        let avail = inflow * dt + backlog;
        let mut can = cap * dt;
        if blocked > 0.0 {
            can = lesser(can, (1.0 - blocked) * avail);
        }
        let served = lesser(avail, can);
        let before = backlog;
        let after = greater(avail - served, 0.0);
        backlog = after;
        let served_rate = served / dt;
        // Re-replication uses what the survivors have spare.
        if replacing && to_copy > 0.0 {
            let spare = (1.0 - served_rate / cap.max(f64::MIN_POSITIVE)).max(0.0);
            let rate = f.copy_max.min(spare * alive * f.node_bytes);
            if rate > 0.0 {
                let copied = rate * dt;
                if copied >= to_copy {
                    whole_at = Some(prev + to_copy / rate);
                    to_copy = 0.0;
                } else {
                    to_copy -= copied;
                }
            }
        } else if f.copy_bytes == 0.0 && whole_at.is_none() {
            if let (Some(x), Some(at)) = (since, fail_at) {
                if x >= f.replace_s {
                    whole_at = Some(at + f.replace_s);
                }
            }
        }
        let lag = if after > 0.0 {
            // With nothing left serving, the lag is what the full tier
            // will need once it is back.
            let rate = if cap > 0.0 {
                cap
            } else {
                f.nodes.min(f.useful) * f.per_node
            };
            let lag = after / rate;
            if after > sum.max_backlog_msgs {
                sum.max_backlog_msgs = after;
                sum.max_backlog_at_s = end;
            }
            if lag > sum.max_lag_s {
                sum.max_lag_s = lag;
            }
            lag
        } else {
            0.0
        };
        if before > 0.0 && after == 0.0 {
            // Emptied inside this step: B ÷ (C − λ) after its start.
            let drain = cap - inflow;
            let at = if drain > 0.0 {
                (prev + before / drain).min(end)
            } else {
                end
            };
            last_queue_end = last_queue_end.max(at);
            sum.drained_at_s = Some(at);
        } else if after > 0.0 {
            sum.drained_at_s = None;
            last_queue_end = last_queue_end.max(end);
        }
        // With a queue in the step, the fluid backlog is the wait.
        let queued = before > 0.0 || after > 0.0;
        let wait = if queued {
            lag
        } else if served_rate <= cap * quiet_rho(&mut quiet, servers) {
            0.0 // below ρ*, P(wait) ≤ 1 %: no p99 wait
        } else {
            p99_wait(served_rate, f.per_node, servers)
        };
        dl_v[k] += 1000.0 * (f.service_s + wait);
        cap_v[k] = cap;
        srv_v[k] = served_rate;
        bl_v[k] = after;
        lg_v[k] = lag;
        prev = end;
    }
    TierRun {
        series: TierSeries {
            component: Some(f.component),
            offered,
            capacity,
            served: served_v,
            backlog: backlog_v,
            lag_s: lag_v,
        },
        sum,
        whole_at,
        last_queue_end,
    }
}

impl Simulation {
    /// The worst tier over time (empty when no tier carries load).
    pub fn series(&self) -> Series<'_> {
        match self.worst_index.and_then(|w| self.timeline.get(w)) {
            Some(ts) => Series {
                t_s: &self.t_s,
                offered_msgs_per_sec: &ts.offered,
                served_msgs_per_sec: &ts.served,
                backlog_msgs: &ts.backlog,
                lag_s: &ts.lag_s,
            },
            None => Series::default(),
        }
    }
}

/// Runs the drill on the estimate's counts. `e` must be the estimate of
/// `s` and `a` (pins applied); inputs are clamped first.
pub fn simulate(s: &Scenario, a: &Assumptions, d: &Drill, e: &Estimate) -> Simulation {
    let s = &s.clamped();
    let a = &a.clamped();
    let window_s = s.window_h * 3600.0;
    let tiers = facts(s, a, e, d);
    let t = grid(window_s, d, &tiers);
    let n = t.len();
    let mut shape = ShapeFn::new(&d.shape, s.peak_factor);
    let avg = e.load.avg_msgs_per_sec;
    let fail_at = d.fail.at().map(|m| m * 60.0).filter(|x| *x < window_s);
    let net_ms = network_ms(s, a);
    let slo_ms = s.slo_ms;

    // What the first tier is offered, step by step. The tiers form a chain
    // (each is offered what the one before it served in the same step), so
    // each runs through the whole window in turn, its state in locals: about
    // half the instructions of stepping every tier inside each step
    // (docs/PERFORMANCE.md, stop 28), with the same results bit for bit.
    let mut offered = Vec::with_capacity(n);
    let mut prev = 0.0_f64;
    for &end in &t {
        let mid_min = (prev + end) / 120.0;
        offered.push(avg * shape.at(mid_min) * burst_at(d, mid_min));
        prev = end;
    }
    // End-to-end delay per step: the network, then each tier's part in order.
    let mut delay_ms = vec![net_ms; n];
    let mut last_queue_end = 0.0_f64;
    let mut series = Vec::with_capacity(tiers.len());
    let mut sums = Vec::with_capacity(tiers.len());
    let mut whole_at = Vec::with_capacity(tiers.len());
    for f in &tiers {
        let run = run_tier(f, &t, fail_at, offered, &mut delay_ms);
        // The next tier is offered what this one served.
        offered = run.series.served.clone();
        last_queue_end = last_queue_end.max(run.last_queue_end);
        series.push(run.series);
        sums.push(run.sum);
        whole_at.push(run.whole_at);
    }
    let (mut over_slo, mut max_delay) = (0.0_f64, 0.0_f64);
    let mut prev = 0.0_f64;
    for (&end, &delay) in t.iter().zip(&delay_ms) {
        if delay > slo_ms {
            over_slo += end - prev;
        }
        max_delay = max_delay.max(delay);
        prev = end;
    }
    finish(
        d,
        tiers,
        sums,
        series,
        whole_at,
        fail_at,
        last_queue_end,
        window_s,
        t,
        delay_ms,
        over_slo,
        max_delay,
    )
}

/// Summaries, events and the worst tier, once the steps are done.
#[allow(clippy::too_many_arguments)]
fn finish(
    d: &Drill,
    tiers: Vec<TierFacts>,
    mut sums: Vec<TierSummary>,
    series: Vec<TierSeries>,
    whole_at: Vec<Option<f64>>,
    fail_at: Option<f64>,
    last_queue_end: f64,
    window_s: f64,
    t: Vec<f64>,
    delay_ms: Vec<f64>,
    over_slo: f64,
    max_delay: f64,
) -> Simulation {
    for sum in &mut sums {
        if sum.max_backlog_msgs == 0.0 {
            sum.drained_at_s = Some(0.0);
        }
    }
    let worst = (0..sums.len()).fold(None, |best: Option<usize>, i| match best {
        Some(b) if sums[b].max_lag_s >= sums[i].max_lag_s => Some(b),
        _ => Some(i),
    });
    let mut events: Vec<Event> = d
        .bursts
        .iter()
        .filter(|b| b.start * 60.0 < window_s)
        .map(|b| Event {
            kind: "burst",
            at_s: b.start * 60.0,
            until_s: Some(((b.start + b.dur) * 60.0).min(window_s)),
            label: format!("burst ×{} for {} min", b.mult, b.dur),
        })
        .collect();
    let (mut under, mut recovery) = (Some(0.0), Some(0.0));
    if let Some(at) = fail_at {
        let broker = tiers
            .iter()
            .position(|f| f.component == crate::inputs::component::Component::Broker);
        let broker_whole = broker.and_then(|i| whole_at[i]);
        under = match broker {
            Some(i) if tiers[i].lost > 0.0 => broker_whole.map(|w| w - at),
            _ => Some(0.0),
        };
        let all_whole = whole_at.iter().try_fold(at, |acc, w| w.map(|w| acc.max(w)));
        let queues_done = sums.iter().all(|x| x.drained_at_s.is_some());
        recovery = match all_whole {
            Some(w) if queues_done => Some(w.max(last_queue_end).max(at) - at),
            _ => None,
        };
        let (kind, what) = match d.fail {
            Fail::Zone(_) => ("zone", "one zone lost"),
            _ => ("node", "one broker lost"),
        };
        events.push(Event {
            kind,
            at_s: at,
            until_s: recovery.map(|r| at + r),
            label: what.into(),
        });
        if let Some(f) = tiers.iter().find(|f| f.replace_s.is_finite()) {
            if at + f.replace_s < window_s {
                events.push(Event {
                    kind: "replacement",
                    at_s: at + f.replace_s,
                    until_s: None,
                    label: "replacement joins".into(),
                });
            }
        }
        if let Some(i) = broker.filter(|i| tiers[*i].lost >= tiers[*i].nodes) {
            events.push(Event {
                kind: "data_lost",
                at_s: at,
                until_s: None,
                label: format!(
                    "every broker lost: no replica survives, {} empty replacements",
                    tiers[i].nodes
                ),
            });
        }
        if let (Some(i), Some(w)) = (broker, broker_whole) {
            if tiers[i].copy_bytes > 0.0 {
                events.push(Event {
                    kind: "replicated",
                    at_s: w,
                    until_s: None,
                    label: "fully replicated again".into(),
                });
            }
        }
    }
    crate::common::order::sort_by_f64_key(&mut events, |e| e.at_s);
    let mut sim = Simulation {
        window_s,
        step_s: STEP_S,
        events,
        seconds_over_slo: over_slo,
        max_delay_ms: max_delay,
        under_replicated_s: under,
        recovery_s: recovery,
        drained_at_s: Some(0.0),
        ..Simulation::default()
    };
    if let Some(w) = worst {
        let sum = sums[w];
        sim.max_backlog_msgs = sum.max_backlog_msgs;
        sim.max_backlog_at_s = sum.max_backlog_at_s;
        sim.drained_at_s = sum.drained_at_s;
        sim.max_lag_s = sum.max_lag_s;
        sim.worst = tiers[w].component.key();
        sim.worst_index = Some(w);
    }
    // A repeated key keeps the last.
    for (f, x) in tiers.iter().zip(&sums) {
        sim.tiers.insert(f.component.key(), *x);
    }
    sim.timeline = series;
    sim.t_s = t;
    sim.delay_ms = delay_ms;
    sim
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The log form equals Sakasegawa's formula written out.
    #[test]
    fn p99_wait_matches_the_formula() {
        for (lambda, mu, c) in [(80.0, 10.0, 10.0), (5.0, 10.0, 1.0), (950.0, 1.0, 1000.0)] {
            let rho: f64 = lambda / (mu * c);
            let p = rho.powf((2.0 * (c + 1.0)).sqrt() - 1.0);
            let want = if p <= 0.01 {
                0.0
            } else {
                (p / 0.01).ln() / (mu * c - lambda)
            };
            let got = p99_wait(lambda, mu, c);
            assert!(
                (got - want).abs() <= 1e-9 * want.max(1.0),
                "{lambda} {mu} {c}: {got} vs {want}"
            );
        }
        assert_eq!(p99_wait(10.0, 1.0, 5.0), 0.0); // saturated: the backlog carries it
        assert_eq!(p99_wait(0.0, 1.0, 5.0), 0.0);
    }
}
