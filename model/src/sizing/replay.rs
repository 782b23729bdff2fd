//! Event replay: what loading one aggregate reads, with and without
//! snapshots, the bandwidth replays pull from the event store, and how long a
//! full projection rebuild takes.

use crate::common::explain::Work;
use crate::common::format::{bytes, bytes_per_sec, duration, num, rate};
use crate::common::units::SECONDS_PER_DAY;
use crate::inputs::scenario::Scenario;
use crate::sizing::load::Load;
use serde::{Deserialize, Serialize};

/// Replay figures.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Replay {
    /// Events read to load one aggregate with no snapshots (= stream length).
    pub events_per_replay_without_snapshots: f64,
    /// Events read to load one aggregate with the scenario's snapshot setting.
    pub events_per_replay: f64,
    /// Bytes one replay reads, B.
    pub bytes_per_replay: f64,
    /// Replay read bandwidth from the event store, B/s.
    pub replay_bytes_per_sec: f64,
    /// Events/s replays read.
    pub replay_events_per_sec: f64,
    /// Events in the retained history.
    pub history_events: f64,
    /// Events/s a rebuild must apply to finish within the target.
    pub rebuild_events_per_sec: f64,
    /// Time a full rebuild takes with the sized worker pool, s.
    pub rebuild_seconds: f64,
}

/// Events read to load one aggregate of `stream` events with a snapshot every
/// `snap` events (0 = off): the snapshot itself plus, on average, half an
/// interval of newer events, `1 + (snap − 1)/2`; never more than the stream.
///
/// Source: seed 002/004 ("snapshot streams to reduce replay size"); the
/// half-interval average assumes the aggregate's position is uniform within
/// the snapshot interval.
pub fn events_per_load(stream: f64, snap: f64) -> f64 {
    if snap <= 0.0 || snap >= stream {
        stream
    } else {
        (1.0 + (snap - 1.0) / 2.0).min(stream)
    }
}

/// Milliseconds one worker takes to load an aggregate: events read
/// ([`events_per_load`]) ÷ the worker's events/s × 1,000.
pub fn load_time_ms(stream: f64, snap: f64, worker_events_per_sec: f64) -> f64 {
    if worker_events_per_sec > 0.0 {
        events_per_load(stream, snap) / worker_events_per_sec * 1e3
    } else {
        0.0
    }
}

/// Derives [`Replay`] except the rebuild time, which needs the worker count
/// ([`finish`] fills it in).
///
/// * bytes per replay = events read × size     (seed 004: 1,000 × 1 KB = 1 MB)
/// * replay bandwidth = replays/s × bytes per replay  (seed 004: 1K/s × 1 MB = 1 GB/s)
/// * history = average writes × 86,400 × retention days
/// * rebuild rate = history ÷ (rebuild hours × 3,600)
pub fn derive(s: &Scenario, load: &Load, w: &mut Work) -> Replay {
    let without = s.stream_events;
    let with = events_per_load(s.stream_events, s.snap_every);
    w.step(
        "replay.events_per_replay",
        "Events read per aggregate load",
        "snapshot off: stream length; on: 1 + (snapshot interval − 1) ÷ 2, at most the stream",
        &[],
        || {
            let sub = if s.snap_every > 0.0 && s.snap_every < s.stream_events {
                format!(
                    "1 + ({} − 1) ÷ 2 (without snapshots: {})",
                    num(s.snap_every),
                    num(without)
                )
            } else {
                format!(
                    "stream of {} events (snapshots {})",
                    num(without),
                    if s.snap_every > 0.0 {
                        "longer than the stream"
                    } else {
                        "off"
                    }
                )
            };
            (sub, format!("{} events", num(with)))
        },
    );
    let per_replay = with * s.size_bytes;
    w.step(
        "replay.bytes_per_replay",
        "Bytes per replay",
        "events read × message size",
        &["replay.events_per_replay"],
        || {
            (
                format!("{} × {} B", num(with), num(s.size_bytes)),
                bytes(per_replay),
            )
        },
    );
    let bw = s.replays_per_sec * per_replay;
    w.step(
        "replay.replay_bytes_per_sec",
        "Replay bandwidth",
        "replays/s × bytes per replay",
        &["replay.bytes_per_replay"],
        || {
            (
                format!("{}/s × {}", num(s.replays_per_sec), bytes(per_replay)),
                bytes_per_sec(bw),
            )
        },
    );
    let history = load.avg_msgs_per_sec * SECONDS_PER_DAY * s.retention_days;
    w.step(
        "replay.history_events",
        "Events in retained history",
        "average writes × 86,400 s × retention days",
        &["load.avg_msgs_per_sec"],
        || {
            (
                format!(
                    "{} × 86,400 × {}",
                    num(load.avg_msgs_per_sec),
                    num(s.retention_days)
                ),
                format!("{} events", num(history)),
            )
        },
    );
    let rebuild_eps = history / (s.rebuild_hours * 3_600.0);
    w.step(
        "replay.rebuild_events_per_sec",
        "Rebuild rate needed",
        "history ÷ (rebuild target h × 3,600)",
        &["replay.history_events"],
        || {
            (
                format!("{} ÷ ({} × 3,600)", num(history), num(s.rebuild_hours)),
                rate(rebuild_eps, "events/s"),
            )
        },
    );
    Replay {
        events_per_replay_without_snapshots: without,
        events_per_replay: with,
        bytes_per_replay: per_replay,
        replay_bytes_per_sec: bw,
        replay_events_per_sec: s.replays_per_sec * with,
        history_events: history,
        rebuild_events_per_sec: rebuild_eps,
        rebuild_seconds: 0.0,
    }
}

/// Rebuild time = history ÷ (rebuild workers × events/s per worker).
pub fn finish(r: &mut Replay, rebuild_workers: u64, worker_eps: f64, w: &mut Work) {
    let pool = rebuild_workers as f64 * worker_eps;
    r.rebuild_seconds = if r.history_events > 0.0 && pool > 0.0 {
        r.history_events / pool
    } else {
        0.0
    };
    let (h, t) = (r.history_events, r.rebuild_seconds);
    w.step(
        "replay.rebuild_seconds",
        "Full rebuild time",
        "history ÷ (rebuild workers × events/s per worker)",
        &["replay.history_events", "nodes.replay_workers"],
        || {
            (
                format!("{} ÷ ({} × {})", num(h), rebuild_workers, num(worker_eps)),
                duration(t),
            )
        },
    );
}
