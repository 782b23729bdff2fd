//! One sizing mechanism for every component: a table of constraints, each a
//! demand against a per-node capacity, folded into a node count by
//! [`fold`], which also names the constraint that set the count (the
//! *binding* one). After Netflix's service-capacity-modeling
//! (`models/common.py`, `compute_stateful_zone`): each workload only
//! describes its needs, and one function turns needs into nodes.
//!
//! **Failure headroom** (AWS MSK and Redpanda sizing guides: size so the
//! cluster carries full throughput in a degraded state):
//! * throughput constraints are scaled so the nodes left after the tolerated
//!   failure still carry peak at the target utilisation:
//!   losing one zone of `az` needs `⌈n × az ÷ (az − 1)⌉` (1.5× for 3 zones),
//!   losing one node needs `n + 1`;
//! * storage, partition and floor constraints are not scaled: the surviving
//!   replicas already hold the copies, and Kafka does not move partitions off
//!   a failed broker by itself.
//!
//! Replicated tiers then round up to a multiple of the zone count, so every
//! zone holds the same number of nodes.

use crate::common::format::{bytes, bytes_per_sec, int, num};
use crate::common::units::{node_ratio, whole_nodes, whole_of};
use crate::inputs::scenario::Tolerate;
use serde::Serialize;

/// How a constraint reacts to failure.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    /// Work per second: scaled for failure headroom.
    #[default]
    Throughput,
    /// Bytes held, partitions placed: not scaled.
    Capacity,
    /// A minimum count (≥ rf, ≥ one per region): `demand` is the count.
    Floor,
}

/// A row's words: fixed for each row, so a row points at them (built as
/// `&Words { .. }` of literals, which Rust makes `'static`). A sweep builds
/// every row of every table at each of its 200 points; four words a row
/// instead of nine are fewer stores (docs/PERFORMANCE.md, stop 28).
#[derive(Debug, PartialEq, Eq)]
pub struct Words {
    /// Key in `sizing.<component>.by` (`msgs`, `storage`, …).
    pub key: &'static str,
    /// What it measures, in words.
    pub label: &'static str,
    /// Unit of `demand` and `per_node`, for the derivation.
    pub unit: &'static str,
}

/// One row of a component's constraint table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Constraint {
    /// Key, label and unit.
    pub words: &'static Words,
    /// Demand, in `unit`.
    pub demand: f64,
    /// What one node gives, in `unit`, after utilisation or fill.
    pub per_node: f64,
    /// Failure behaviour.
    pub kind: Kind,
}

impl Constraint {
    /// A throughput row.
    pub fn throughput(words: &'static Words, demand: f64, per_node: f64) -> Self {
        Constraint {
            words,
            demand,
            per_node,
            kind: Kind::Throughput,
        }
    }

    /// A capacity (storage, partitions, memory) row: the same fields, no failure headroom.
    pub fn capacity(words: &'static Words, demand: f64, per_node: f64) -> Self {
        Constraint {
            kind: Kind::Capacity,
            ..Self::throughput(words, demand, per_node)
        }
    }

    /// A floor: at least `count` nodes (its unit is `nodes`).
    pub fn floor(words: &'static Words, count: f64) -> Self {
        Constraint {
            words,
            demand: count,
            per_node: 1.0,
            kind: Kind::Floor,
        }
    }

    /// Key in `sizing.<component>.by`.
    pub fn key(&self) -> &'static str {
        self.words.key
    }
}

/// The failure layout counts are sized for.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spread {
    /// Availability zones (≥ 1).
    pub zones: u64,
    /// What must be survived.
    pub tolerate: Tolerate,
}

impl Spread {
    /// Nodes needed so that `n` still run after the tolerated failure.
    /// A zone failure with one zone cannot be survived by spreading; it is
    /// treated as a node failure (and the derivation says so).
    pub fn with_headroom(&self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        match self.tolerate {
            Tolerate::None => n,
            Tolerate::Zone if self.zones >= 2 => {
                let z = self.zones;
                // ⌈n × z ÷ (z − 1)⌉ in integers: exact, no float rounding.
                (n.saturating_mul(z)).div_ceil(z - 1)
            }
            Tolerate::Zone | Tolerate::Node => n.saturating_add(1),
        }
    }

    /// The rule in words, for derivations.
    pub fn rule(&self) -> String {
        match self.tolerate {
            Tolerate::None => "no failure headroom".into(),
            Tolerate::Zone if self.zones >= 2 => format!(
                "one of {} zones lost: throughput × {}/{}",
                self.zones,
                self.zones,
                self.zones - 1
            ),
            Tolerate::Zone => {
                "one zone only, so a zone loss is planned as a node loss: throughput + 1".into()
            }
            Tolerate::Node => "one node lost: throughput + 1".into(),
        }
    }
}

/// Most rows a table has. Fixed, so [`By`] lives on the stack and a sweep
/// of hundreds of points sizes every component without a heap allocation.
pub const MAX_ROWS: usize = 8;

/// Each constraint's own count, by key: a small fixed map that serialises as
/// a JSON object (`{"msgs": 144, "storage": 432}`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct By {
    items: [(&'static str, u64); MAX_ROWS],
    len: usize,
}

impl By {
    /// No constraints.
    pub const EMPTY: By = By {
        items: [("", 0); MAX_ROWS],
        len: 0,
    };

    /// The count for `key`, if that constraint exists.
    pub fn get(&self, key: &str) -> Option<u64> {
        self.iter().find(|(k, _)| *k == key).map(|(_, n)| n)
    }

    /// Whether the table has a constraint `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// (key, count) pairs in table order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, u64)> + '_ {
        self.items[..self.len].iter().copied()
    }

    fn push(&mut self, key: &'static str, n: u64) {
        if self.len < MAX_ROWS {
            self.items[self.len] = (key, n);
            self.len += 1;
        }
    }

    fn scale(&mut self, k: u64) {
        for (_, n) in &mut self.items[..self.len] {
            *n = n.saturating_mul(k);
        }
    }
}

impl std::ops::Index<&str> for By {
    type Output = u64;
    fn index(&self, key: &str) -> &u64 {
        self.items[..self.len]
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, n)| n)
            .unwrap_or(&0)
    }
}

impl Serialize for By {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.len))?;
        for (k, n) in self.iter() {
            m.serialize_entry(k, &n)?;
        }
        m.end()
    }
}

/// What [`fold`] returns: the count, what bound it, and every constraint's own count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Sizing {
    /// Nodes.
    pub count: u64,
    /// Key of the constraint that set the count (the first on ties).
    pub binding: &'static str,
    /// Each constraint's count after its own failure headroom (before the zone multiple).
    pub by: By,
    /// What the constraints need when the count is pinned (`count.<key>`),
    /// else `None`: `count` is then the pin, short of or over this.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub need: Option<u64>,
}

impl Sizing {
    /// Multiplies the count and every constraint's count by `k` (brokers × regions).
    pub fn times(mut self, k: u64) -> Sizing {
        self.count = self.count.saturating_mul(k);
        self.need = self.need.map(|n| n.saturating_mul(k));
        self.by.scale(k);
        self
    }
}

/// Folds a constraint table into a node count.
///
/// `count = max over rows of (rows' own count)`, each row
/// `⌈demand ÷ per_node⌉` (throughput rows then get failure headroom, floors
/// are the count itself); a replicated tier rounds the maximum up to a
/// multiple of the zone count. Zero demand everywhere gives zero nodes.
pub fn fold(rows: &[Constraint], spread: &Spread, replicated: bool) -> Sizing {
    let mut by = By::default();
    let mut count = 0u64;
    let mut binding = rows.first().map_or("", |r| r.key());
    for r in rows {
        let n = row_count(r, spread);
        by.push(r.key(), n);
        if n > count {
            count = n;
            binding = r.key();
        }
    }
    Sizing {
        count: in_zones(count, spread, replicated),
        binding,
        by,
        need: None,
    }
}

/// `v` in `unit`, as people read it: bytes and B/s get their SI units.
fn show(v: f64, unit: &str) -> String {
    match unit {
        "B" => bytes(v),
        "B/s" => bytes_per_sec(v),
        _ => format!("{} {unit}", num(v)),
    }
}

/// [`fold`]'s count alone, for chart sweeps that never show what binds:
/// the same rule without the per-constraint bookkeeping.
///
/// Failure headroom is non-decreasing in its count, so the largest
/// throughput row's headroom is the largest of their headrooms: it is
/// applied once, after the maximum, not once per row (an integer division
/// each; a sweep folds thousands of rows).
#[inline]
pub fn count(rows: &[Constraint], spread: &Spread, replicated: bool) -> u64 {
    // Rounding up never decreases as the ratio grows ([`whole_of`]), so the
    // largest count of a kind is the count of its largest ratio: one
    // rounding a kind, not one a row.
    // A ratio is never NaN, so a plain compare keeps the larger (`f64::max`
    // spends instructions on NaN).
    let (mut flat, mut throughput) = (0.0_f64, 0.0_f64);
    for r in rows {
        let (top, x) = match r.kind {
            Kind::Floor => (&mut flat, node_ratio(r.demand, 1.0)),
            Kind::Capacity => (&mut flat, node_ratio(r.demand, r.per_node)),
            Kind::Throughput => (&mut throughput, node_ratio(r.demand, r.per_node)),
        };
        if x > *top {
            *top = x;
        }
    }
    in_zones(
        whole_of(flat).max(spread.with_headroom(whole_of(throughput))),
        spread,
        replicated,
    )
}

/// One row's own count: `⌈demand ÷ per node⌉`, with failure headroom on a
/// throughput row; a floor is its demand.
fn row_count(r: &Constraint, spread: &Spread) -> u64 {
    match r.kind {
        Kind::Floor => whole_nodes(r.demand, 1.0),
        Kind::Capacity => whole_nodes(r.demand, r.per_node),
        Kind::Throughput => spread.with_headroom(whole_nodes(r.demand, r.per_node)),
    }
}

/// A replicated tier's count rounded up to a multiple of the zone count.
fn in_zones(count: u64, spread: &Spread, replicated: bool) -> u64 {
    if replicated && count > 0 {
        let z = spread.zones.max(1);
        // Past u64's range the largest multiple of z stands in: a saturated
        // count must still spread evenly over the zones.
        count.div_ceil(z).checked_mul(z).unwrap_or(u64::MAX / z * z)
    } else {
        count
    }
}

/// The derivation of a fold: one line per constraint, then the result.
pub fn explain(
    rows: &[Constraint],
    spread: &Spread,
    replicated: bool,
    s: &Sizing,
) -> (String, String) {
    let lines: Vec<String> = rows
        .iter()
        .map(|r| {
            let n = s.by.get(r.key()).unwrap_or(0);
            match r.kind {
                Kind::Floor => format!("{}: ≥ {} = {}", r.words.label, num(r.demand), int(n)),
                Kind::Capacity => format!(
                    "{}: ⌈{} ÷ {}⌉ = {}",
                    r.words.label,
                    show(r.demand, r.words.unit),
                    show(r.per_node, r.words.unit),
                    int(n)
                ),
                Kind::Throughput => format!(
                    "{}: ⌈{} ÷ {}⌉ = {}, {} → {}",
                    r.words.label,
                    show(r.demand, r.words.unit),
                    show(r.per_node, r.words.unit),
                    int(whole_nodes(r.demand, r.per_node)),
                    spread.rule(),
                    int(n)
                ),
            }
        })
        .collect();
    let zones = if replicated && spread.zones > 1 {
        format!("; rounded up to a multiple of {} zones", spread.zones)
    } else {
        String::new()
    };
    let label = rows
        .iter()
        .find(|r| r.key() == s.binding)
        .map_or("", |r| r.words.label);
    (
        format!("{}{zones}", lines.join("; ")),
        format!(
            "{} nodes, bound by {}",
            int(s.count),
            label.to_ascii_lowercase()
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spread(zones: u64, tolerate: Tolerate) -> Spread {
        Spread { zones, tolerate }
    }

    #[test]
    fn headroom_table() {
        // (zones, tolerate, nodes for peak, nodes planned)
        let cases: &[(u64, Tolerate, u64, u64)] = &[
            (3, Tolerate::Zone, 10, 15), // one zone of three lost: 1.5×
            (3, Tolerate::Zone, 1, 2),
            (2, Tolerate::Zone, 5, 10), // one of two: 2×
            (1, Tolerate::Zone, 5, 6),  // one zone: planned as a node loss
            (3, Tolerate::Node, 5, 6),
            (3, Tolerate::None, 5, 5),
            (3, Tolerate::Zone, 0, 0), // no load, no nodes
            (6, Tolerate::Zone, 10, 12),
        ];
        for &(z, t, n, want) in cases {
            assert_eq!(spread(z, t).with_headroom(n), want, "{z} zones {t:?} n={n}");
        }
    }

    #[test]
    fn fold_takes_the_largest_and_names_it() {
        let rows = [
            Constraint::throughput(
                &Words {
                    key: "msgs",
                    label: "Message rate",
                    unit: "msg/s",
                },
                1000.0,
                100.0,
            ), // 10 → 15
            Constraint::capacity(
                &Words {
                    key: "storage",
                    label: "Storage",
                    unit: "GB",
                },
                2000.0,
                100.0,
            ), // 20
            Constraint::floor(
                &Words {
                    key: "rf",
                    label: "Replication factor",
                    unit: "nodes",
                },
                3.0,
            ),
        ];
        let s = fold(&rows, &spread(3, Tolerate::Zone), true);
        assert_eq!(s.count, 21, "20 rounded up to a multiple of 3");
        assert_eq!(s.binding, "storage");
        assert_eq!(s.by["msgs"], 15);
        assert_eq!(s.by["rf"], 3);
        let stateless = fold(&rows, &spread(3, Tolerate::Zone), false);
        assert_eq!(stateless.count, 20);
        for replicated in [true, false] {
            assert_eq!(
                count(&rows, &spread(3, Tolerate::Zone), replicated),
                fold(&rows, &spread(3, Tolerate::Zone), replicated).count
            );
        }
        let idle = fold(
            &[Constraint::throughput(
                &Words {
                    key: "msgs",
                    label: "Message rate",
                    unit: "msg/s",
                },
                0.0,
                1.0,
            )],
            &spread(3, Tolerate::Zone),
            true,
        );
        assert_eq!((idle.count, idle.binding), (0, "msgs"));
        let (sub, result) = explain(&rows, &spread(3, Tolerate::Zone), true, &s);
        assert!(sub.contains("multiple of 3 zones"), "{sub}");
        assert_eq!(result, "21 nodes, bound by storage");
    }
}
