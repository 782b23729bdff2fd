//! Presenter mode's slides: the seed's five-part walkthrough (trade-off,
//! numbers, bottleneck, scaling moves, trade-offs and costs) plus the
//! "traffic grows 10×" question, filled with this scenario's own numbers.
//! Every number comes from the same [`Estimate`] the KPI cards show.

use crate::common::explain::chain;
use crate::common::format::{bytes, count, int, millis, usd};
use crate::inputs::component::{shown, Component};
use crate::inputs::drill::Drill;
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::report::diagram::{diagram, sentence};
use crate::report::guide::guide;
use crate::report::kpi::kpis;
use crate::report::tenx::{seed_says, traffic_times};
use crate::report::timeline;
use crate::sizing::estimate::Estimate;
use crate::sizing::tier::Tier;
use serde::Serialize;

/// One slide.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Slide {
    /// Stable id (`trade-off`, `numbers`, …).
    pub key: &'static str,
    /// Heading.
    pub title: String,
    /// Body lines.
    pub lines: Vec<String>,
    /// Reveal the lines one at a time (the derivation).
    pub reveal: bool,
    /// Index of a line to emphasise (the current tier), if any.
    pub highlight: Option<usize>,
}

pub use crate::inputs::codec::SLIDES;

fn slide(key: &'static str, title: &str, lines: Vec<String>) -> Slide {
    Slide {
        key,
        title: title.to_string(),
        lines,
        reveal: false,
        highlight: None,
    }
}

/// The walkthrough for a scenario with no drill (a flat window, nothing
/// fails): see [`slides_with`].
pub fn slides(s: &Scenario, a: &Assumptions) -> Vec<Slide> {
    slides_with(s, a, &Drill::default())
}

/// "The bad hour": the drill's verdict and its KPIs, from the same
/// simulation the dashboard's timeline card shows.
fn bad_hour(s: &Scenario, a: &Assumptions, drill: &Drill, e: &Estimate) -> Slide {
    let r = timeline::report(s, a, drill, e);
    let mut lines = vec![r.verdict];
    lines.extend(
        timeline::kpis(drill, &r.sim)
            .into_iter()
            .map(|k| format!("{}: {} ({})", k.label, k.value, k.note)),
    );
    if drill.is_default() {
        lines.push(
            "No drill is set: add a burst or a failure under Time and failure to rehearse one."
                .to_string(),
        );
    }
    slide("bad-hour", "The bad hour", lines)
}

/// The walkthrough for a scenario and its failure drill (inputs are
/// clamped first).
pub fn slides_with(s: &Scenario, a: &Assumptions, drill: &Drill) -> Vec<Slide> {
    let s = s.clamped();
    let a = a.clamped();
    let e = Estimate::explain(&s, &a);
    let g = guide(s.view);
    let list = kpis(s.view, &e);
    let headline = &list[0];

    let trade = slide(
        "trade-off",
        &format!("{}: the trade-off", s.view.title()),
        vec![
            g.trade_off.to_string(),
            format!(
                "Here that costs a consistency lag of {} at p99 (SLO {}).",
                millis(e.latency.consistency_lag_p99_ms),
                millis(e.latency.slo_ms)
            ),
        ],
    );

    let mut steps: Vec<String> = chain(&e.steps, headline.step_id)
        .into_iter()
        .map(|st| format!("{}: {} = {}", st.label, st.substituted, st.result))
        .collect();
    steps.push(format!("⇒ {}: {}", headline.label, headline.value));
    let numbers = Slide {
        reveal: true,
        ..slide(
            "numbers",
            &format!(
                "The numbers: {} at {} users",
                headline.label.to_ascii_lowercase(),
                count(s.users)
            ),
            steps,
        )
    };

    let d = diagram(&s, &a, &e);
    // The drawing carries the flows; the slide's lines are the sized tiers.
    let design = slide(
        "design",
        &format!("The design at {} users", count(s.users)),
        d.boxes
            .iter()
            .filter(|b| b.count.is_some())
            .map(|b| format!("{}.", sentence(b)))
            .collect(),
    );

    let mut bn = vec![
        format!(
            "{} break first. {}",
            e.bottleneck.label, e.bottleneck.reason
        ),
        g.bottleneck.to_string(),
    ];
    bn.extend(e.bottleneck.ranking.iter().map(|p| p.standing()));
    let bottleneck = slide("bottleneck", "The first bottleneck", bn);

    let mut tiers: Vec<String> = (0..4)
        .map(|i| format!("{}: {}", Tier::at(i).label, g.rows[i].join(" · ")))
        .collect();
    let now = e.tier.index;
    let mut when: Vec<(f64, String)> = e
        .bottleneck
        .ranking
        .iter()
        .filter_map(|p| {
            p.outgrows_one_node_at_users.map(|u| {
                (
                    u,
                    format!(
                        "From ~{} users: {}",
                        count(u),
                        match p.component {
                            Component::Broker =>
                                crate::sizing::bottleneck::broker_move(&e.cost.platform)
                                    .unwrap_or_else(|| p.component.first_move().to_string()),
                            c => c.first_move().to_string(),
                        }
                    ),
                )
            })
        })
        .collect();
    crate::common::order::sort_small_by(&mut when, |x, y| x.0 < y.0);
    tiers.extend(when.into_iter().map(|w| w.1));
    let moves = Slide {
        highlight: Some(now),
        ..slide("moves", "Scaling moves, tier by tier", tiers)
    };

    let total: u64 = shown(s.view)
        .iter()
        .map(|c| e.nodes.of(*c))
        .fold(0u64, |acc, n| acc.saturating_add(n));
    let costs = slide(
        "costs",
        "Trade-offs and costs",
        vec![
            format!(
                "Consistency lag p99 {} against an SLO of {}: {}.",
                millis(e.latency.consistency_lag_p99_ms),
                millis(e.latency.slo_ms),
                if e.latency.consistency_lag_p99_ms <= e.latency.slo_ms { "met" } else { "missed" }
            ),
            format!("Delivery p99 {} ({} of it network).", millis(e.latency.p99_delivery_ms), millis(e.latency.network_ms)),
            format!(
                "{} nodes in this view ({}); {} retained by brokers ({} on their disks), growing {} a day.",
                int(total),
                shown(s.view).iter().map(|c| format!("{} {}", int(e.nodes.of(*c)), c.label().to_ascii_lowercase())).collect::<Vec<_>>().join(", "),
                bytes(e.storage.retained_bytes),
                bytes(e.storage.broker_local_bytes),
                bytes(e.storage.bytes_per_day)
            ),
            format!(
                "{} a month on demand ({} compute, {} storage, {} network): {} per 1K users.",
                usd(e.cost.monthly_usd),
                usd(e.cost.compute_usd),
                usd(e.cost.storage_usd),
                usd(e.cost.network_usd),
                usd(e.cost.per_1k_users_usd)
            ),
            "Every scaling move adds moving parts: partitions to rebalance, shards to route, replicas to keep in step, and a wider window of eventual consistency.".to_string(),
        ],
    );

    let (after, tenx) = traffic_times(&s, &a, 10.0);
    let mut ten = vec![format!(
        "Users {} → {} · {}: {} → {}.",
        count(tenx.users_before),
        count(tenx.users_after),
        headline.label,
        headline.value,
        kpis(s.view, &after)[0].value
    )];
    // The headline's own count is already in the line above.
    ten.extend(
        tenx.crossed
            .iter()
            .filter(|c| c.component.label() != headline.label)
            .map(|c| {
                format!(
                    "{}: {} → {}",
                    c.component.label(),
                    int(c.before),
                    int(c.after)
                )
            }),
    );
    ten.push(format!("Do first: {}", tenx.first_move));
    ten.extend(seed_says(s.view));
    let tenx_slide = slide("ten-x", "Traffic grows 10×: what first?", ten);

    let mut run = vec![
        "The five cheapest priced options that carry this stream, monthly on demand:".to_string(),
    ];
    run.extend(crate::report::platforms::summary(&s, &a, &e, 5));
    let platforms = slide("platforms", "Where to run it", run);

    let bad = bad_hour(&s, &a, drill, &e);
    vec![
        trade, numbers, design, bottleneck, moves, costs, tenx_slide, platforms, bad,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inputs::scenario::View;

    #[test]
    fn six_slides_whose_numbers_match_the_kpis() {
        for v in View::ALL {
            let s = Scenario {
                view: v,
                ..Scenario::default()
            };
            let a = Assumptions::default();
            let deck = slides(&s, &a);
            assert_eq!(deck.len(), SLIDES);
            let e = Estimate::explain(&s, &a);
            let headline = &kpis(v, &e)[0];
            let numbers = &deck[1];
            assert!(numbers.reveal);
            assert_eq!(
                numbers.lines.last(),
                Some(&format!("⇒ {}: {}", headline.label, headline.value))
            );
            assert_eq!(deck[2].key, "design");
            assert!(deck[3].lines[0].starts_with(&e.bottleneck.label));
            assert_eq!(deck[4].highlight, Some(e.tier.index));
        }
    }

    #[test]
    fn the_bad_hour_slide_words_the_drill() {
        let s = Scenario::default();
        let a = Assumptions::default();
        let calm = slides(&s, &a);
        let last = calm.last().expect("slides");
        assert_eq!(
            (last.key, last.title.as_str()),
            ("bad-hour", "The bad hour")
        );
        assert!(
            last.lines[0].contains("nothing queues"),
            "{}",
            last.lines[0]
        );
        assert!(
            last.lines.iter().any(|l| l.starts_with("Max lag: 0 s")),
            "{:?}",
            last.lines
        );
        let (link, _) = crate::inputs::codec::decode_link("v=1&burst=1140:20:5&fail=zone@1150");
        let deck = slides_with(&s, &a, &link.state.drill);
        let bad = deck.last().expect("slides");
        assert!(
            bad.lines[0].contains("a zone loss at 19:10"),
            "{}",
            bad.lines[0]
        );
        assert!(bad
            .lines
            .iter()
            .any(|l| l.starts_with("Under-replicated: ")));
        assert!(!bad.lines.iter().any(|l| l.starts_with("Max lag: 0 s")));
    }

    #[test]
    fn the_platforms_slide_says_where_to_run_it() {
        let s = Scenario::hundred_mbps();
        let mut a = Assumptions::default();
        a.set_platform("kinesis-provisioned");
        let deck = slides(&s, &a);
        let last = deck.iter().find(|d| d.key == "platforms").expect("slides");
        assert_eq!(
            (last.key, last.title.as_str()),
            ("platforms", "Where to run it")
        );
        assert!(last.lines[1].starts_with("Amazon Kinesis Data Streams (provisioned): $7,333"));
        let chosen = last.lines.last().expect("chosen");
        assert!(
            chosen.contains("143 shards on Amazon Kinesis Data Streams (provisioned)"),
            "{chosen}"
        );
    }

    #[test]
    fn the_seed_000_derivation_reads_like_the_issue_example() {
        let s = crate::inputs::presets::find("seed-000")
            .expect("preset")
            .scenario(View::Eventual);
        let deck = slides(&s, &Assumptions::default());
        let text = deck[1].lines.join("\n");
        assert!(
            text.contains("1M × 10/s") && text.contains("10M actions/s"),
            "{text}"
        );
        assert!(text.contains("⌈10M msg/s ÷ 105K msg/s⌉ = 96"), "{text}");
    }
}
