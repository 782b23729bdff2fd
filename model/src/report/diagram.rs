//! The architecture diagram of each pattern, as data: boxes on a small grid
//! following the seed's own flow, each sized component with its live count,
//! zone spread, profile and what binds it, arrows labelled with their flow,
//! and a text alternative. The app only draws it (SVG).

use crate::common::format::{bytes_per_sec, count, int, percent, rate};
use crate::inputs::component::Component;
use crate::inputs::drill::{Drill, Fail};
use crate::inputs::scenario::{Assumptions, Scenario, View};
use crate::report::kpi::binding_label;
use crate::report::timeline::clock;
use crate::sizing::estimate::Estimate;
use serde::Serialize;

/// One box.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Box {
    /// Stable id (DOM id `dia-<id>`).
    pub id: &'static str,
    /// What it is.
    pub title: &'static str,
    /// The sized component behind it; `None` for an actor the model does not
    /// size (clients, consumers' own services).
    pub component: Option<Component>,
    /// Nodes (sized components only).
    pub count: Option<u64>,
    /// `3 zones × 430` for replicated tiers spread evenly over the zones.
    pub spread: Option<String>,
    /// Instance profile name.
    pub profile: Option<&'static str>,
    /// What binds the count, in words.
    pub binding: Option<&'static str>,
    /// The broker tier on a platform that is not Kafka brokers, in words
    /// (`143 shards on Amazon Kinesis Data Streams (provisioned)`); `count`
    /// is then that option's units.
    pub runs_on: Option<String>,
    /// The view's first bottleneck.
    pub bottleneck: bool,
    /// Share of the monthly cost, 0–100.
    pub cost_share_pct: Option<f64>,
    /// While a failure drill is on: what it loses here, and when
    /// (`1 of 3 zones lost at 19:10`); see [`mark_drill`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lost: Option<String>,
    /// Grid column (flow stage, left to right) and row.
    pub col: u8,
    /// Grid row.
    pub row: u8,
}

/// One arrow.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Arrow {
    /// Index of the box it leaves.
    pub from: usize,
    /// Index of the box it enters.
    pub to: usize,
    /// Its flow: `10M msg/s · 10 GB/s`.
    pub label: String,
    /// Off the critical path (asynchronous), drawn dashed.
    pub dashed: bool,
}

/// A pattern's diagram.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagram {
    /// Boxes.
    pub boxes: Vec<Box>,
    /// Arrows.
    pub arrows: Vec<Arrow>,
    /// Columns and rows of the grid.
    pub cols: u8,
    /// Rows of the grid.
    pub rows: u8,
    /// The whole diagram in words (its text alternative).
    pub text: String,
}

fn actor(id: &'static str, title: &'static str, col: u8, row: u8) -> Box {
    Box {
        id,
        title,
        component: None,
        count: None,
        spread: None,
        profile: None,
        binding: None,
        runs_on: None,
        bottleneck: false,
        cost_share_pct: None,
        lost: None,
        col,
        row,
    }
}

fn sized(e: &Estimate, s: &Scenario, a: &Assumptions, c: Component, col: u8, row: u8) -> Box {
    let runs_on = (c == Component::Broker)
        .then(|| crate::report::platforms::runs_on(e))
        .flatten();
    let n = if runs_on.is_some() {
        e.cost.platform.units
    } else {
        e.nodes.of(c)
    };
    let z = s.az.max(1.0) as u64;
    let share = e
        .cost
        .by_component
        .get(c.key())
        .filter(|_| e.cost.monthly_usd > 0.0)
        .map(|k| k.share_pct);
    if let Some(words) = runs_on {
        return Box {
            id: c.id(),
            title: c.label(),
            component: Some(c),
            count: Some(n),
            spread: None,
            profile: None,
            binding: None,
            runs_on: Some(words),
            bottleneck: e.bottleneck.component == c,
            cost_share_pct: share,
            lost: None,
            col,
            row,
        };
    }
    Box {
        id: c.id(),
        title: c.label(),
        component: Some(c),
        count: Some(n),
        spread: (c.replicated() && z > 1 && n > 0 && n % z == 0)
            .then(|| format!("{z} zones × {}", int(n / z))),
        profile: Some(a.profile(c).id),
        binding: (n > 0).then(|| binding_label(e.sizing.of(c).binding)),
        runs_on: None,
        bottleneck: e.bottleneck.component == c,
        cost_share_pct: share,
        lost: None,
        col,
        row,
    }
}

/// The diagram for the scenario's view, from its estimate.
pub fn diagram(s: &Scenario, a: &Assumptions, e: &Estimate) -> Diagram {
    use Component::*;
    let l = &e.load;
    let writes = format!(
        "{} · {}",
        rate(l.peak_msgs_per_sec, "msg/s"),
        bytes_per_sec(l.ingress_bytes_per_sec)
    );
    let out = format!(
        "{} · {}",
        rate(l.peak_msgs_per_sec * s.fanout, "msg/s"),
        bytes_per_sec(l.egress_bytes_per_sec)
    );
    let reads = rate(l.peak_reads_per_sec, "queries/s");
    let misses = rate(
        l.peak_reads_per_sec * (1.0 - a.get(crate::inputs::params::Cap::CacheHit) / 100.0),
        "queries/s",
    );
    let replay = bytes_per_sec(e.replay.replay_bytes_per_sec);
    let b = |c, col, row| sized(e, s, a, c, col, row);
    let arrow = |from, to, label: &str| Arrow {
        from,
        to,
        label: label.to_string(),
        dashed: false,
    };
    let dashed = |from, to, label: &str| Arrow {
        dashed: true,
        ..arrow(from, to, label)
    };
    let (boxes, arrows) = match s.view {
        View::Eventual => (
            vec![
                actor("clients", "Clients → services", 0, 0),
                b(Broker, 1, 0),
                b(Consumer, 2, 0),
                actor("service-dbs", "Service databases", 3, 0),
                b(Cache, 2, 1),
            ],
            vec![
                arrow(0, 1, &writes),
                arrow(1, 2, &out),
                arrow(2, 3, &rate(l.peak_msgs_per_sec * s.fanout, "writes/s")),
                dashed(2, 4, &reads),
            ],
        ),
        View::Cqrs => (
            vec![
                actor("commands", "Commands", 0, 0),
                b(WriteDb, 1, 0),
                b(Broker, 2, 0),
                b(Consumer, 3, 0),
                b(ReadReplica, 3, 1),
                b(Cache, 2, 1),
                actor("queries", "Queries", 1, 1),
            ],
            vec![
                arrow(0, 1, &writes),
                arrow(1, 2, &writes),
                arrow(2, 3, &out),
                arrow(3, 4, &rate(l.peak_msgs_per_sec * s.fanout, "writes/s")),
                arrow(6, 5, &reads),
                arrow(5, 4, &misses),
            ],
        ),
        View::Sourcing => (
            vec![
                actor("commands", "Commands", 0, 0),
                b(EventStore, 1, 0),
                b(Broker, 2, 0),
                b(ReadReplica, 3, 0),
                b(ReplayWorker, 2, 1),
            ],
            vec![
                arrow(0, 1, &writes),
                arrow(1, 2, &writes),
                arrow(2, 3, &out),
                dashed(1, 4, &replay),
            ],
        ),
        View::Messaging => (
            vec![
                actor("connections", "Connections", 0, 0),
                b(Gateway, 1, 0),
                b(Broker, 2, 0),
                actor("delivery", "Delivery (gateways)", 3, 0),
                b(MessageDb, 2, 1),
            ],
            vec![
                arrow(0, 1, &count(l.online_connections)),
                arrow(1, 2, &writes),
                arrow(2, 3, &out),
                dashed(2, 4, &rate(l.peak_msgs_per_sec, "writes/s")),
            ],
        ),
        View::Replay => (
            vec![
                b(EventStore, 0, 0),
                b(ReplayWorker, 1, 0),
                b(ReadReplica, 2, 0),
                b(Broker, 1, 1),
            ],
            vec![
                arrow(0, 1, &replay),
                arrow(
                    1,
                    2,
                    &rate(
                        e.replay.replay_events_per_sec + e.replay.rebuild_events_per_sec,
                        "events/s",
                    ),
                ),
                dashed(0, 3, &writes),
            ],
        ),
    };
    let cols = boxes.iter().map(|b| b.col).max().unwrap_or(0) + 1;
    let rows = boxes.iter().map(|b| b.row).max().unwrap_or(0) + 1;
    let text = describe(&boxes, &arrows);
    Diagram {
        boxes,
        arrows,
        cols,
        rows,
        text,
    }
}

/// `d` with the failure drill marked: a lost broker on the broker box, a
/// lost zone on every tier the simulation runs (they all lose that zone's
/// share of nodes; `sizing::simulate::path`). The text alternative says so
/// too. With no failure, `d` is returned as it was.
pub fn mark_drill(mut d: Diagram, s: &Scenario, drill: &Drill) -> Diagram {
    let Some(at) = drill.fail.at() else {
        return d;
    };
    let when = clock(at * 60.0);
    let zones = s.az.max(1.0).round();
    let path = crate::sizing::simulate::path(s.view);
    for bx in d.boxes.iter_mut() {
        let Some(c) = bx.component else { continue };
        bx.lost = match drill.fail {
            Fail::Node(_) if c == Component::Broker => Some(format!("1 broker lost at {when}")),
            Fail::Zone(_) if path.contains(&c) => Some(format!(
                "1 of {} zone{} lost at {when}",
                int(zones as u64),
                if zones == 1.0 { "" } else { "s" }
            )),
            _ => None,
        };
    }
    let what = match drill.fail {
        Fail::Node(_) => "one broker",
        _ => "one zone",
    };
    d.text
        .push_str(&format!(" Failure drill: {what} lost at {when}."));
    d
}

pub use crate::report::diagram_layout::{layout, Layout, Point, BOX_H, BOX_W, GAP_X, GAP_Y};

/// One box in a sentence: `Brokers: 1,290 × kafka.m7g.xlarge (3 zones ×
/// 430), bound by storage, 62 % of the cost, the first bottleneck`.
pub fn sentence(b: &Box) -> String {
    if let Some(words) = &b.runs_on {
        let mut t = format!("{}: {words}", b.title);
        if let Some(c) = b.cost_share_pct {
            t += &format!(", {} of the cost", percent(c));
        }
        return t;
    }
    match (b.count, b.profile) {
        (Some(0), _) => format!("{}: none needed at this load", b.title),
        (Some(n), Some(p)) => {
            let mut t = format!("{}: {} × {}", b.title, int(n), p);
            if let Some(sp) = &b.spread {
                t += &format!(" ({sp})");
            }
            if let Some(bind) = b.binding {
                t += &format!(", bound by {bind}");
            }
            if let Some(c) = b.cost_share_pct {
                t += &format!(", {} of the cost", percent(c));
            }
            if b.bottleneck {
                t += ", the first bottleneck";
            }
            t
        }
        _ => b.title.to_string(),
    }
}

/// A box's three text lines when its tier runs on a platform that is not
/// Kafka brokers: the units, then `on <name>` wrapped to fit the box
/// (`143 shards` · `on Amazon Kinesis Data` · `Streams (provisioned)`).
pub fn platform_lines(b: &Box) -> Option<[String; 3]> {
    let words = b.runs_on.as_deref()?;
    let (units, name) = words.split_once(" on ").unwrap_or((words, ""));
    let mut lines = [units.to_string(), String::new(), String::new()];
    let mut i = 1;
    for w in std::iter::once("on").chain(name.split_whitespace()) {
        if i == 1 && !lines[1].is_empty() && lines[1].len() + 1 + w.len() > BOX_CHARS {
            i = 2;
        }
        if !lines[i].is_empty() {
            lines[i].push(' ');
        }
        lines[i].push_str(w);
    }
    Some(lines)
}

/// Characters of a box's small note line that fit its width.
const BOX_CHARS: usize = 24;

/// The diagram in sentences: every box with its numbers, then every flow.
fn describe(boxes: &[Box], arrows: &[Arrow]) -> String {
    let mut parts: Vec<String> = boxes.iter().map(sentence).collect();
    parts.extend(arrows.iter().map(|a| {
        format!(
            "{} → {}: {}{}",
            boxes[a.from].title,
            boxes[a.to].title,
            a.label,
            if a.dashed { " (asynchronous)" } else { "" }
        )
    }));
    parts.join(". ") + "."
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::presets;

    #[test]
    fn a_kinesis_broker_box_counts_shards() {
        let s = Scenario::hundred_mbps();
        let mut a = Assumptions::default();
        let b = |a: &Assumptions| {
            let e = Estimate::numbers(&s, a);
            diagram(&s, a, &e)
                .boxes
                .into_iter()
                .find(|b| b.component == Some(Component::Broker))
                .expect("broker box")
        };
        let kafka = b(&a);
        assert_eq!(kafka.runs_on, None);
        assert_eq!(platform_lines(&kafka), None);
        assert!(a.set_platform("kinesis-provisioned"));
        let k = b(&a);
        assert_eq!(k.count, Some(143));
        assert_eq!(
            platform_lines(&k),
            Some([
                "143 shards".to_string(),
                "on Amazon Kinesis Data".to_string(),
                "Streams (provisioned)".to_string()
            ])
        );
        assert!(sentence(&k)
            .starts_with("Brokers: 143 shards on Amazon Kinesis Data Streams (provisioned)"));
    }

    #[test]
    fn every_preset_draws_its_estimates_counts() {
        for p in presets::all() {
            for view in View::ALL {
                let s = p.scenario(view);
                let a = Assumptions::default();
                let e = Estimate::numbers(&s, &a);
                let d = diagram(&s, &a, &e);
                assert!(
                    d.boxes.iter().any(|b| b.component.is_some()),
                    "{} {view:?}",
                    p.id
                );
                for b in &d.boxes {
                    if let Some(c) = b.component {
                        assert_eq!(b.count, Some(e.nodes.of(c)), "{} {view:?} {}", p.id, b.id);
                    }
                }
                for a in &d.arrows {
                    assert!(a.from < d.boxes.len() && a.to < d.boxes.len());
                    assert!(!a.label.is_empty());
                }
                assert_eq!(
                    d.boxes.iter().filter(|b| b.bottleneck).count(),
                    1,
                    "{} {view:?}",
                    p.id
                );
                assert!(!d.text.contains("NaN") && !d.text.contains("inf"));
            }
        }
    }

    #[test]
    fn the_default_reads_as_a_sentence() {
        let s = Scenario::default();
        let a = Assumptions::default();
        let d = diagram(&s, &a, &Estimate::numbers(&s, &a));
        assert!(
            d.text
                .contains("Brokers: 1,290 × kafka.m7g.xlarge (3 zones × 430), bound by storage"),
            "{}",
            d.text
        );
        assert!(
            d.text
                .contains("Clients → services → Brokers: 10M msg/s · 10 GB/s"),
            "{}",
            d.text
        );
    }

    #[test]
    fn consumers_are_a_sized_box_in_the_views_that_have_them() {
        let a = Assumptions::default();
        for view in [View::Eventual, View::Cqrs] {
            let s = Scenario {
                view,
                ..Scenario::default()
            };
            let e = Estimate::numbers(&s, &a);
            let d = diagram(&s, &a, &e);
            let c = d
                .boxes
                .iter()
                .find(|b| b.component == Some(Component::Consumer))
                .expect("a consumer box");
            assert_eq!(c.count, Some(e.nodes.of(Component::Consumer)));
            assert!(c.count.is_some_and(|n| n > 0), "{view:?}");
            assert!(c.profile.is_some(), "{view:?}");
            assert!(d.text.contains("Consumers: "), "{}", d.text);
        }
    }

    #[test]
    fn a_drill_marks_what_it_loses() {
        let s = Scenario::default();
        let a = Assumptions::default();
        let d = diagram(&s, &a, &Estimate::numbers(&s, &a));
        let lost = |d: &Diagram| {
            d.boxes
                .iter()
                .filter_map(|b| b.lost.clone().map(|l| (b.id, l)))
                .collect::<Vec<_>>()
        };
        let none = mark_drill(d.clone(), &s, &Drill::default());
        assert_eq!(none, d, "no failure, no mark");
        let node = mark_drill(
            d.clone(),
            &s,
            &Drill {
                fail: Fail::Node(1150.0),
                ..Drill::default()
            },
        );
        assert_eq!(
            lost(&node),
            vec![("broker", "1 broker lost at 19:10".to_string())]
        );
        assert!(node
            .text
            .ends_with("Failure drill: one broker lost at 19:10."));
        let zone = mark_drill(
            d,
            &s,
            &Drill {
                fail: Fail::Zone(60.0),
                ..Drill::default()
            },
        );
        let marked = lost(&zone);
        assert!(marked.len() >= 2, "every tier on the path: {marked:?}");
        assert!(marked
            .iter()
            .all(|(_, l)| l == "1 of 3 zones lost at 01:00"));
        assert!(zone
            .boxes
            .iter()
            .all(|b| b.component.is_some() || b.lost.is_none()));
    }
}
