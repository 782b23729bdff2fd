//! Words for planning under uncertainty: a band as a person reads it
//! ("$1.2M · $1.9M · $3.1M"), and why the least-regret choice is the safe bet.

use crate::common::format::{bytes, bytes_per_sec, count, int, rate, usd};
use crate::sizing::draws::{Band, Bands};
use crate::sizing::regret::{Choice, RegretParams, PLATFORM_KEY};

/// One KPI value in the unit its path implies (`cost.` → USD, `nodes.` →
/// a count, `*_bytes_per_sec` → B/s, `*_bytes` → bytes, msgs and reads → /s).
pub fn value(path: &str, v: f64) -> String {
    if path.starts_with("cost.") {
        usd(v)
    } else if path.ends_with("_bytes_per_sec") {
        bytes_per_sec(v)
    } else if path.ends_with("_bytes") || path.ends_with("bytes_per_day") {
        bytes(v)
    } else if path.ends_with("_per_sec") {
        rate(v, "/s")
    } else {
        count(v)
    }
}

/// A band as `p10 · p50 · p90` in the KPI's unit.
pub fn band(path: &str, b: &Band) -> String {
    format!(
        "{} · {} · {}",
        value(path, b.p10),
        value(path, b.p50),
        value(path, b.p90)
    )
}

/// A KPI card's band line, in the card's own unit so it reads beside the
/// figure: `p10 1.1K · p50 2K · p90 3.9K`.
pub fn kpi_band(unit: crate::report::kpi::Unit, b: &Band) -> String {
    format!(
        "p10 {} · p50 {} · p90 {}",
        unit.show(b.p10),
        unit.show(b.p50),
        unit.show(b.p90)
    )
}

/// The KPIs a short summary shows (the CLI's bands section): every node
/// count and the monthly total, peak ingress and the retained bytes.
pub fn summary(b: &Bands) -> Vec<(&str, String)> {
    b.kpis
        .iter()
        .filter(|(p, _)| {
            (p.starts_with("nodes.") && p != "nodes.partitions")
                || matches!(
                    p.as_str(),
                    "cost.monthly_usd" | "load.ingress_bytes_per_sec" | "storage.retained_bytes"
                )
        })
        .map(|(p, band_)| (p.as_str(), band(p, band_)))
        .collect()
}

/// Why the least-regret candidate is the safe bet, beside the point
/// estimate's choice; `what` names the choice ("brokers", "platform").
pub fn why(what: &str, c: &Choice, params: &RegretParams) -> String {
    let r = |id: &str| {
        format!(
            "{}/month ({} idle or premium, {} short)",
            usd(c.regret_usd.get(id).copied().unwrap_or(0.0)),
            usd(c.over_usd.get(id).copied().unwrap_or(0.0)),
            usd(c.under_usd.get(id).copied().unwrap_or(0.0)),
        )
    };
    let unit = if what == PLATFORM_KEY {
        "units"
    } else {
        "nodes"
    };
    let plan = |id: &str| int(c.planned.get(id).copied().unwrap_or(0));
    let weights = format!(
        "each idle dollar weighs {}, each dollar short {}",
        params.over, params.under
    );
    if c.choice == c.point {
        format!(
            "{what}: {} ({} {unit} at the mid) is both the point estimate's choice and the least regret, expected {}; {weights}.",
            c.choice,
            plan(c.choice),
            r(c.choice)
        )
    } else {
        format!(
            "{what}: least regret is {} ({} {unit} at the mid), expected {}; the point estimate's {} ({} {unit}) regrets {}; {weights}.",
            c.choice,
            plan(c.choice),
            r(c.choice),
            c.point,
            plan(c.point),
            r(c.point)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::common::keymap::KeyMap;

    #[test]
    fn values_take_the_unit_of_their_path() {
        assert!(value("cost.monthly_usd", 1234.0).starts_with('$'));
        assert!(value("load.ingress_bytes_per_sec", 1e8).ends_with("/s"));
        assert!(value("storage.retained_bytes", 1e12).contains("TB"));
    }

    #[test]
    fn kpi_band_prints_each_percentile_in_the_card_unit() {
        let b = Band {
            p10: 1100.0,
            p50: 2000.0,
            p90: 3900.0,
        };
        let unit = crate::report::kpi::Unit::Count;
        assert_eq!(kpi_band(unit, &b), "p10 1.1K · p50 2K · p90 3.9K");
        let usd = kpi_band(crate::report::kpi::Unit::Usd, &b);
        assert!(usd.starts_with("p10 $") && usd.contains("p90 $"), "{usd}");
    }

    #[test]
    fn why_names_both_choices_when_they_differ() {
        let m = |a: f64, b: f64| KeyMap::from([("x", a), ("y", b)]);
        let c = Choice {
            choice: "y",
            point: "x",
            regret_usd: m(30.0, 10.0),
            over_usd: m(5.0, 10.0),
            under_usd: m(25.0, 0.0),
            planned: KeyMap::from([("x", 3), ("y", 2)]),
        };
        let text = why("brokers", &c, &RegretParams::default());
        assert!(
            text.contains("least regret is y") && text.contains("point estimate's x"),
            "{text}"
        );
        let same = Choice { choice: "x", ..c };
        assert!(why("brokers", &same, &RegretParams::default()).contains("both"));
    }
}
