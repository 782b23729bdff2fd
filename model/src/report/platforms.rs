//! "Where to run it" in words: the options table's cells and sort, the
//! broker tier's units on a non-Kafka platform (`143 shards on Amazon
//! Kinesis Data Streams (provisioned)`), what the bill leaves out, and the
//! short list the Markdown summary and the presenter slide print. The
//! numbers are [`crate::sizing::options`]'s; nothing is worked out here.

use crate::common::format::{int, usd};
use crate::common::order::sort_small_by;
use crate::inputs::scenario::{Assumptions, Scenario};
use crate::report::kpi::binding_label;
use crate::sizing::estimate::Estimate;
use crate::sizing::options::{options, OptionCost};

/// `n` units of `label`, the first word pluralised: `143 shards`,
/// `15 brokers (kafka.m7g.large)`, `1 plan (business-8)`, `7 vCPUs`.
pub fn units_phrase(n: u64, label: &str) -> String {
    let (head, tail) = match label.find(' ') {
        Some(i) => label.split_at(i),
        None => (label, ""),
    };
    let s = if n == 1 || head.is_empty() { "" } else { "s" };
    format!("{} {head}{s}{tail}", int(n))
}

/// The broker tier's units on the chosen platform when it is not Kafka
/// brokers sized by the model: `143 shards on Amazon Kinesis Data Streams
/// (provisioned)`. `None` on a Kafka-broker option (the broker count says it).
pub fn runs_on(e: &Estimate) -> Option<String> {
    let p = &e.cost.platform;
    (!p.unit_label.is_empty())
        .then(|| format!("{} on {}", units_phrase(p.units, &p.unit_label), p.name))
}

/// What the monthly bill leaves out on the chosen platform:
/// `excludes: eCKU-hours, GB in, no public price`. `None` when every
/// dimension is priced.
pub fn excludes(e: &Estimate) -> Option<String> {
    let u = &e.cost.platform.unpriced;
    (!u.is_empty()).then(|| format!("excludes: {}, no public price", u.join(", ")))
}

/// A binding key of the options table in words.
pub fn binding_words(key: &str) -> String {
    match key {
        "" => "—".into(),
        "usage" => "billed on usage".into(),
        "minimum" => "the minimum".into(),
        "ingress" | "egress" | "records in" | "records out" => key.into(),
        k => match binding_label(k) {
            "load" => k.replace('_', " "),
            w => w.into(),
        },
    }
}

/// A column of the options table, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// Vendor's name.
    Option,
    /// Units needed.
    Units,
    /// What binds the count.
    Binding,
    /// Compute $/month.
    Compute,
    /// Storage $/month.
    Storage,
    /// Network (+ requests) $/month.
    Network,
    /// Monthly total.
    Monthly,
    /// Within the hard limits.
    Feasible,
}

impl Column {
    /// Every column, in table order.
    pub const ALL: [Column; 8] = [
        Column::Option,
        Column::Units,
        Column::Binding,
        Column::Compute,
        Column::Storage,
        Column::Network,
        Column::Monthly,
        Column::Feasible,
    ];

    /// Header text.
    pub fn label(self) -> &'static str {
        match self {
            Column::Option => "Option",
            Column::Units => "Units",
            Column::Binding => "Binds",
            Column::Compute => "Compute",
            Column::Storage => "Storage",
            Column::Network => "Network (+ other)",
            Column::Monthly => "Month",
            Column::Feasible => "Feasible",
        }
    }

    /// Short id for DOM ids (`plat-sort-<key>`).
    pub fn key(self) -> &'static str {
        match self {
            Column::Option => "option",
            Column::Units => "units",
            Column::Binding => "binds",
            Column::Compute => "compute",
            Column::Storage => "storage",
            Column::Network => "network",
            Column::Monthly => "monthly",
            Column::Feasible => "feasible",
        }
    }
}

/// One row of the options table, as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The option's numbers.
    pub o: OptionCost,
    /// `143 shards`.
    pub units: String,
    /// What binds, in words.
    pub binding: String,
    /// Compute, storage, network + other, monthly: "—" where not priced.
    pub compute: String,
    /// Storage $/month.
    pub storage: String,
    /// Network and requests $/month.
    pub network: String,
    /// Monthly total, or `not priced`.
    pub monthly: String,
    /// `yes`, or `no: <limit>`.
    pub feasible: String,
    /// `No public price for: …`, when a dimension has none.
    pub unpriced: Option<String>,
    /// `Your price for: GB in, GB out`, when a person set some.
    pub yours: Option<String>,
    /// The cheapest priced feasible option.
    pub cheapest: bool,
}

/// The table's rows, in [`options`]' order (cheapest priced feasible first).
pub fn rows(list: &[OptionCost]) -> Vec<Row> {
    let cheapest = list
        .first()
        .filter(|o| o.feasible && o.monthly_usd.is_some())
        .map(|o| o.id);
    list.iter()
        .map(|o| {
            let priced = o.monthly_usd.is_some();
            let money = |v: f64| if priced { usd(v) } else { "—".into() };
            Row {
                units: units_phrase(o.units, &o.unit_label),
                binding: binding_words(o.binding),
                compute: money(o.compute_usd),
                storage: money(o.storage_usd),
                network: money(o.network_usd + o.other_usd),
                monthly: o.monthly_usd.map_or_else(|| "not priced".into(), usd),
                feasible: if o.feasible {
                    "yes".into()
                } else {
                    format!("no: {}", o.limit)
                },
                unpriced: (!o.missing.is_empty())
                    .then(|| format!("No public price for: {}", o.missing.join(", "))),
                yours: your_prices(o),
                cheapest: cheapest == Some(o.id),
                o: o.clone(),
            }
        })
        .collect()
}

/// `Your price for: GB in, GB out`: the dimensions of `o` billed at a
/// person's price rather than the catalog's, or `None`.
pub fn your_prices(o: &OptionCost) -> Option<String> {
    let p = crate::inputs::platforms::find(o.id)?;
    let names: Vec<String> = o
        .your_prices
        .iter()
        .filter_map(|k| crate::inputs::option_prices::Dim::from_key(k))
        .map(|d| d.billed(p))
        .collect();
    (!names.is_empty()).then(|| format!("Your price for: {}", names.join(", ")))
}

/// A's platform when A is pinned and runs elsewhere than now:
/// `A: Amazon MSK Serverless` (compare card, cost card); `None` when they agree.
pub fn pinned_platform(a: &Assumptions, now: &Assumptions) -> Option<String> {
    let (pa, pb) = (a.platform(), now.platform());
    (pa.id != pb.id).then(|| format!("A: {} · now: {}", pa.name, pb.name))
}

/// Sorts `rows` by `col`, ascending or not. Rows with no figure for a money
/// column (not priced) stay last either way; ties keep their order.
pub fn sort(rows: &mut [Row], col: Column, ascending: bool) {
    use std::cmp::Ordering;
    let money = |r: &Row, v: f64| r.o.monthly_usd.map(|_| v);
    let key = |r: &Row| -> Option<f64> {
        match col {
            Column::Units => Some(r.o.units as f64),
            Column::Compute => money(r, r.o.compute_usd),
            Column::Storage => money(r, r.o.storage_usd),
            Column::Network => money(r, r.o.network_usd + r.o.other_usd),
            Column::Monthly => r.o.monthly_usd,
            Column::Feasible => Some(if r.o.feasible { 0.0 } else { 1.0 }),
            Column::Option | Column::Binding => Some(0.0),
        }
    };
    let text = |r: &Row| match col {
        Column::Option => r.o.name.to_ascii_lowercase(),
        Column::Binding => r.binding.clone(),
        _ => String::new(),
    };
    let cmp = |a: &Row, b: &Row| -> Ordering {
        match (key(a), key(b)) {
            (None, None) => Ordering::Equal,
            (None, Some(_)) => Ordering::Greater,
            (Some(_), None) => Ordering::Less,
            (Some(x), Some(y)) => {
                let o = x.total_cmp(&y).then_with(|| text(a).cmp(&text(b)));
                if ascending {
                    o
                } else {
                    o.reverse()
                }
            }
        }
    };
    sort_small_by(rows, |a, b| cmp(a, b) == Ordering::Less);
}

/// The `n` cheapest priced feasible options, one line each
/// (`Amazon Kinesis Data Streams (provisioned): $7,333 a month, 143 shards`),
/// then the chosen platform: what the Markdown summary and the slide print.
pub fn summary(s: &Scenario, a: &Assumptions, e: &Estimate, n: usize) -> Vec<String> {
    let list = options(s, a);
    let mut lines: Vec<String> = list
        .iter()
        .filter(|o| o.feasible)
        .filter_map(|o| {
            o.monthly_usd.map(|m| {
                format!(
                    "{}: {} a month, {}{}{}",
                    o.name,
                    usd(m),
                    units_phrase(o.units, &o.unit_label),
                    if o.note.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", o.note)
                    },
                    // A figure priced at a person's price is not the catalog's: say so.
                    your_prices(o).map_or_else(String::new, |y| format!("; {y}"))
                )
            })
        })
        .take(n)
        .collect();
    let chosen = &e.cost.platform;
    let mut line = format!(
        "Chosen: {} (`platform={}`), {} a month for the whole view",
        chosen.name,
        chosen.id,
        usd(e.cost.monthly_usd)
    );
    if let Some(r) = runs_on(e) {
        line += &format!("; the broker tier is {r}");
    }
    if let Some(x) = excludes(e) {
        line += &format!(" ({x})");
    }
    lines.push(line + ".");
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_read_as_people_say_them() {
        for (n, label, want) in [
            (143, "shard", "143 shards"),
            (1, "shard", "1 shard"),
            (
                15,
                "broker (kafka.m7g.large)",
                "15 brokers (kafka.m7g.large)",
            ),
            (1, "plan (business-8)", "1 plan (business-8)"),
            (7, "vCPU", "7 vCPUs"),
            (0, "TU", "0 TUs"),
            (2, "", "2 "),
        ] {
            assert_eq!(units_phrase(n, label), want);
        }
    }

    #[test]
    fn kinesis_says_its_shards_and_kafka_says_nothing() {
        let s = Scenario::hundred_mbps();
        let mut a = Assumptions::default();
        assert_eq!(runs_on(&Estimate::numbers(&s, &a)), None);
        assert!(a.set_platform("kinesis-provisioned"));
        let e = Estimate::numbers(&s, &a);
        assert_eq!(
            runs_on(&e).as_deref(),
            Some("143 shards on Amazon Kinesis Data Streams (provisioned)")
        );
        assert_eq!(excludes(&e), None);
        assert!(a.set_platform("confluent-standard"));
        let x = excludes(&Estimate::numbers(&s, &a)).expect("unpriced");
        assert!(x.starts_with("excludes: eCKU-hours"), "{x}");
        assert!(x.ends_with("no public price"), "{x}");
    }

    #[test]
    fn rows_mark_the_cheapest_and_say_what_is_missing() {
        let list = options(&Scenario::hundred_mbps(), &Assumptions::default());
        let r = rows(&list);
        assert_eq!(r.len(), 15);
        assert_eq!(r.iter().filter(|r| r.cheapest).count(), 1);
        assert_eq!(r[0].o.id, "kinesis-provisioned");
        assert!(r[0].cheapest);
        let eh = r
            .iter()
            .find(|r| r.o.id == "event-hubs-standard")
            .expect("row");
        assert_eq!(eh.feasible, "no: 40 TUs per namespace");
        assert_eq!(eh.monthly, "not priced");
        assert!(eh
            .unpriced
            .as_deref()
            .is_some_and(|u| u.contains("TU-hours")));
        for x in &r {
            for cell in [&x.compute, &x.storage, &x.network, &x.monthly, &x.units] {
                assert!(!cell.contains("NaN") && !cell.contains("inf"), "{cell}");
            }
        }
    }

    #[test]
    fn sorting_flips_and_keeps_unpriced_last() {
        let list = options(&Scenario::hundred_mbps(), &Assumptions::default());
        let mut r = rows(&list);
        sort(&mut r, Column::Monthly, false);
        let priced: Vec<f64> = r.iter().filter_map(|x| x.o.monthly_usd).collect();
        assert!(priced.windows(2).all(|w| w[0] >= w[1]), "{priced:?}");
        assert!(r[0].o.monthly_usd.is_some());
        assert!(r.last().is_some_and(|x| x.o.monthly_usd.is_none()));
        sort(&mut r, Column::Monthly, true);
        assert_eq!(r[0].o.id, "kinesis-provisioned");
        sort(&mut r, Column::Option, true);
        let names: Vec<String> = r.iter().map(|x| x.o.name.to_ascii_lowercase()).collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
        sort(&mut r, Column::Units, false);
        assert!(r.windows(2).all(|w| w[0].o.units >= w[1].o.units));
    }

    #[test]
    fn the_summary_lists_the_cheapest_then_the_choice() {
        let s = Scenario::hundred_mbps();
        let a = Assumptions::default();
        let e = Estimate::numbers(&s, &a);
        let lines = summary(&s, &a, &e, 5);
        assert_eq!(lines.len(), 6, "{lines:?}");
        assert!(
            lines[0].starts_with(
                "Amazon Kinesis Data Streams (provisioned): $7,333 a month, 143 shards"
            ),
            "{}",
            lines[0]
        );
        assert!(lines[5].starts_with("Chosen: Amazon MSK"), "{}", lines[5]);
        assert!(lines[5].contains("`platform=msk-standard`"));
    }

    #[test]
    fn your_prices_and_a_pinned_platform_are_said_in_words() {
        use crate::inputs::option_prices::Dim;
        let mut a = Assumptions::default();
        assert!(a.set_platform("msk-serverless"));
        let now = Assumptions::default();
        assert_eq!(
            pinned_platform(&a, &now).as_deref(),
            Some("A: Amazon MSK Serverless · now: Amazon MSK Provisioned (Standard brokers)")
        );
        assert_eq!(pinned_platform(&now, &now), None);
        a.set_option_price("msk-serverless", Dim::InGb, 0.2)
            .expect("billed");
        let list = options(&Scenario::hundred_mbps(), &a);
        let r = rows(&list);
        let sl = r.iter().find(|r| r.o.id == "msk-serverless").expect("row");
        assert_eq!(sl.yours.as_deref(), Some("Your price for: GB in"));
        let mut k = Assumptions::default();
        k.set_option_price("kinesis-provisioned", Dim::UnitHour, 0.03)
            .expect("billed");
        let list = options(&Scenario::hundred_mbps(), &k);
        let kr = rows(&list);
        let kr = kr
            .iter()
            .find(|r| r.o.id == "kinesis-provisioned")
            .expect("row");
        assert_eq!(kr.yours.as_deref(), Some("Your price for: shard-hours"));
        // The Markdown summary says so too.
        let e = Estimate::numbers(&Scenario::hundred_mbps(), &k);
        let lines = summary(&Scenario::hundred_mbps(), &k, &e, 5);
        assert!(
            lines.iter().any(
                |l| l.starts_with("Amazon Kinesis Data Streams (provisioned)")
                    && l.ends_with("; Your price for: shard-hours")
            ),
            "{lines:?}"
        );
        assert!(r
            .iter()
            .filter(|r| r.o.id != "msk-serverless")
            .all(|r| r.yours.is_none()));
    }
}
