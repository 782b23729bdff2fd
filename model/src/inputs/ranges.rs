//! Ranges: "between 500K and 2M users, most likely about 1M".
//!
//! Any numeric input (a [`Param`] or a [`Cap`] row) can be given in a link or
//! on the CLI as `low..high` or `low..mid..high`, each part in the field's own
//! units (`users=500K..2M`, `size=1KB..4KB`, `retention=3d..2w`). A range is
//! kept beside the point value, not instead of it: the scenario (or the
//! assumptions, for a `cap.`/`price.` key) holds the **mid**, so every
//! single-number output (the estimate, the charts) is the estimate at the
//! range's most likely value, and the bands ([`crate::sizing::draws`]) say how
//! far the answer moves across the range.
//!
//! With `low..high` the mid is implied:
//!
//! * **log-scaled inputs** ([`Scale::Log`], and [`Scale::LogOrZero`] when
//!   `low > 0`): the geometric mean √(low × high). A count known to "a factor
//!   of two either way" is as likely to be half as double, so its middle is the
//!   middle on a log scale (500K..2M → 1M);
//! * **linear inputs** ([`Scale::Linear`], and a `LogOrZero` range from 0): the
//!   arithmetic mean (low + high) ÷ 2.
//!
//! Whole-number inputs round the implied mid. The decoder corrects what is
//! wrong and says so ([`parse`]); it never fails.

use crate::inputs::codec::{check_value, short, Correction};
use crate::inputs::entry;
use crate::inputs::params::{Cap, Param, Scale, Spec};
use serde::{Deserialize, Serialize};

/// A numeric input that can carry a range: a scenario input or an assumption row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Key {
    /// A scenario input (`users`, `size`, …).
    Param(Param),
    /// A capacity or price (`cap.broker_msgs`, `price.broker`).
    Cap(Cap),
}

impl Key {
    /// The row of the parameter table behind this key.
    pub fn spec(self) -> Spec {
        match self {
            Key::Param(p) => p.spec(),
            Key::Cap(c) => c.spec(),
        }
    }

    /// The key as links and the CLI spell it (`users`, `cap.broker_msgs`).
    pub fn link_key(self) -> String {
        match self {
            Key::Param(p) => p.spec().key.to_string(),
            Key::Cap(c) => c.link_key(),
        }
    }

    /// The key named `key` in a link.
    pub fn from_link_key(key: &str) -> Option<Key> {
        Param::from_key(key)
            .map(Key::Param)
            .or_else(|| Cap::from_link_key(key).map(Key::Cap))
    }

    /// Whether values of this key are drawn and averaged on a log scale
    /// (see the module docs): log-scaled rows with a positive low end.
    pub fn is_log(self, low: f64) -> bool {
        match self.spec().scale {
            Scale::Log => low > 0.0,
            Scale::LogOrZero => low > 0.0,
            Scale::Linear => false,
        }
    }
}

/// One input's range, in the field's canonical unit (bytes, per second, …).
/// Always `low ≤ mid ≤ high`, finite and inside the field's `[min, max]` once
/// it has come through [`parse`] or [`Range::new`].
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    /// Lowest plausible value (drawn as the distribution's minimum).
    pub low: f64,
    /// Most likely value: the point the scenario holds.
    pub mid: f64,
    /// Highest plausible value (the distribution's maximum).
    pub high: f64,
}

impl Range {
    /// A range for `key` from its ends, with the implied mid (module docs).
    /// The ends are clamped into the field's range and put in order; NaN ends
    /// become the field's default.
    pub fn new(key: Key, low: f64, high: f64) -> Range {
        let spec = key.spec();
        let (a, b) = (spec.clamp(low).0, spec.clamp(high).0);
        let (low, high) = if a <= b { (a, b) } else { (b, a) };
        Range {
            low,
            mid: implied_mid(key, low, high),
            high,
        }
    }

    /// A range with an explicit mid, clamped into `[low, high]`.
    pub fn with_mid(key: Key, low: f64, mid: f64, high: f64) -> Range {
        let r = Range::new(key, low, high);
        let m = key.spec().clamp(mid).0.clamp(r.low, r.high);
        Range { mid: m, ..r }
    }

    /// Whether the range is a single value (`1M..1M`): its bands are that value.
    pub fn is_point(&self) -> bool {
        self.low == self.high
    }
}

/// The mid of `low..high` when none is given: the geometric mean on a log
/// scale, the arithmetic mean otherwise; rounded for whole-number fields.
pub fn implied_mid(key: Key, low: f64, high: f64) -> f64 {
    let spec = key.spec();
    let m = if key.is_log(low) {
        (low * high).sqrt()
    } else {
        low + (high - low) / 2.0
    };
    let m = if spec.integer { m.round() } else { m };
    // Rounding or floating error must not leave the range.
    m.clamp(low, high)
}

/// Every range a link carries, in key order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Ranges(Vec<(Key, Range)>);

impl Ranges {
    /// No ranges: every input is a single number.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// How many inputs carry a range.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The range of `key`, if it has one.
    pub fn get(&self, key: Key) -> Option<&Range> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, r)| r)
    }

    /// Whether `key` is given as a range (the slider's range mode).
    pub fn is_range(&self, key: Key) -> bool {
        self.get(key).is_some()
    }

    /// Sets (or replaces) the range of `key`. The caller keeps the point value
    /// equal to `r.mid`; [`crate::inputs::codec::State::set_range`] does both.
    pub fn set(&mut self, key: Key, r: Range) {
        match self.0.binary_search_by(|(k, _)| k.cmp(&key)) {
            Ok(i) => self.0[i].1 = r,
            Err(i) => self.0.insert(i, (key, r)),
        }
    }

    /// Drops the range of `key`; the point value stays.
    pub fn clear(&mut self, key: Key) -> Option<Range> {
        let i = self.0.iter().position(|(k, _)| *k == key)?;
        Some(self.0.remove(i).1)
    }

    /// Every (key, range), in key order.
    pub fn iter(&self) -> impl Iterator<Item = &(Key, Range)> {
        self.0.iter()
    }
}

/// The text of a range in a link: `low..high` when the mid is the implied
/// one, else `low..mid..high`; each part in the field's own units.
pub fn text(key: Key, r: &Range) -> String {
    let unit = key.spec().unit;
    if r.mid == implied_mid(key, r.low, r.high) {
        format!(
            "{}..{}",
            entry::text(unit, r.low),
            entry::text(unit, r.high)
        )
    } else {
        format!(
            "{}..{}..{}",
            entry::text(unit, r.low),
            entry::text(unit, r.mid),
            entry::text(unit, r.high)
        )
    }
}

/// Whether a link value is a range (holds `..`).
pub fn is_range_text(value: &str) -> bool {
    value.contains("..")
}

/// Most parts a range may have: `low..mid..high`.
const PARTS_MAX: usize = 3;

/// Reads a range value for `key`. Returns the range to keep (none when it
/// could not be read: the field's default is used instead and the point
/// value is that default) and one [`Correction`] per problem:
///
/// * a part that is not a number or not finite: the whole range is dropped,
///   the field takes its default (as a bad single value does);
/// * more than three parts (`1..2..3..4`): dropped the same way;
/// * a part outside the field's `[min, max]`: clamped (whole-number fields
///   rounded), as a single value is;
/// * `low > high`: swapped;
/// * a mid outside `[low, high]`: clamped to the nearer end;
/// * `low == high` is fine: a degenerate range whose bands are that value.
pub fn parse(key_text: &str, key: Key, value: &str) -> (Option<Range>, Vec<Correction>) {
    let spec = key.spec();
    let fix = |used: String, reason: &str| Correction {
        key: short(key_text),
        given: short(value),
        used,
        reason: reason.to_string(),
    };
    let parts: Vec<&str> = value.split("..").map(str::trim).collect();
    if parts.len() > PARTS_MAX {
        return (
            None,
            vec![fix(
                crate::inputs::codec::number(spec.default),
                "too many `..`: a range is low..high or low..mid..high; using the default",
            )],
        );
    }
    let mut fixes = Vec::new();
    let mut vals = Vec::with_capacity(parts.len());
    for part in &parts {
        let (v, f) = check_value(key_text, part, &spec);
        if let Some(f) = f {
            // An unreadable part drops the whole range: guessing its other
            // end would invent a number the person never gave.
            let unreadable = f.reason.starts_with("not a");
            fixes.push(Correction {
                reason: format!("range part “{}”: {}", short(part), f.reason),
                given: short(value),
                ..f
            });
            if unreadable {
                return (None, fixes);
            }
        }
        vals.push(v);
    }
    let (mut low, mut high) = (vals[0], vals[vals.len() - 1]);
    if low > high {
        std::mem::swap(&mut low, &mut high);
        fixes.push(fix(
            format!(
                "{}..{}",
                entry::text(spec.unit, low),
                entry::text(spec.unit, high)
            ),
            "range reversed (low above high); swapped",
        ));
    }
    let mid = if vals.len() == PARTS_MAX {
        let m = vals[1];
        let used = m.clamp(low, high);
        if used != m {
            fixes.push(fix(
                entry::text(spec.unit, used),
                "the middle value lies outside low..high; moved to the nearer end",
            ));
        }
        used
    } else {
        implied_mid(key, low, high)
    };
    (Some(Range { low, mid, high }), fixes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const USERS: Key = Key::Param(Param::Users);

    #[test]
    fn implied_mid_is_geometric_on_log_inputs_and_arithmetic_on_linear_ones() {
        // (key, low, high, mid)
        let cases: &[(Key, f64, f64, f64)] = &[
            (USERS, 5e5, 2e6, 1e6),
            (Key::Param(Param::Size), 1000.0, 4000.0, 2000.0),
            (Key::Param(Param::Util), 50.0, 90.0, 70.0),
            (Key::Param(Param::Rf), 2.0, 5.0, 4.0), // 3.5 rounds to 4 (whole number)
            (Key::Param(Param::Snap), 0.0, 100.0, 50.0), // log-or-zero from 0: linear
            (Key::Cap(Cap::BrokerMsgs), 1e5, 4e5, 2e5),
            (USERS, 1e6, 1e6, 1e6),
        ];
        for &(k, lo, hi, want) in cases {
            assert!(
                (implied_mid(k, lo, hi) - want).abs() < 1e-6,
                "{k:?} {lo}..{hi}"
            );
        }
    }

    #[test]
    fn parse_reads_units_and_corrects_every_kind_of_bad_range() {
        let (r, fixes) = parse("users", USERS, "500K..2M");
        assert_eq!(
            r,
            Some(Range {
                low: 5e5,
                mid: 1e6,
                high: 2e6
            })
        );
        assert!(fixes.is_empty());
        let (r, _) = parse("size", Key::Param(Param::Size), "1KB..2KB..4KB");
        assert_eq!(
            r,
            Some(Range {
                low: 1e3,
                mid: 2e3,
                high: 4e3
            })
        );
        // Reversed: swapped and reported.
        let (r, fixes) = parse("users", USERS, "2M..500K");
        assert_eq!(r.map(|r| (r.low, r.high)), Some((5e5, 2e6)));
        assert_eq!(fixes.len(), 1);
        assert!(fixes[0].reason.contains("reversed"), "{fixes:?}");
        // Degenerate: fine, no correction.
        let (r, fixes) = parse("users", USERS, "1M..1M");
        assert!(r.is_some_and(|r| r.is_point()) && fixes.is_empty());
        // Absurd: clamped to the field's range, reported.
        let (r, fixes) = parse("users", USERS, "0..1e20");
        assert_eq!(r.map(|r| (r.low, r.high)), Some((1.0, 1e10)));
        assert_eq!(fixes.len(), 2, "{fixes:?}");
        assert!(fixes
            .iter()
            .all(|f| f.key == "users" && f.given == "0..1e20"));
        // NaN, empty part, text: dropped, default used.
        for bad in ["NaN..5", "..5", "5..", "a..b", "1..inf"] {
            let (r, fixes) = parse("users", USERS, bad);
            assert_eq!(r, None, "{bad}");
            assert!(!fixes.is_empty(), "{bad}");
        }
        // Too many dots.
        let (r, fixes) = parse("users", USERS, "1..2..3..4");
        assert_eq!((r, fixes.len()), (None, 1));
        // Mid outside: clamped to the nearer end.
        let (r, fixes) = parse("users", USERS, "1M..5M..2M");
        assert_eq!(
            r,
            Some(Range {
                low: 1e6,
                mid: 2e6,
                high: 2e6
            })
        );
        assert_eq!(fixes.len(), 1);
    }

    #[test]
    fn text_writes_the_short_form_when_the_mid_is_implied() {
        let r = Range::new(USERS, 5e5, 2e6);
        assert_eq!(text(USERS, &r), "500000..2000000");
        let r = Range::with_mid(USERS, 5e5, 1.5e6, 2e6);
        assert_eq!(text(USERS, &r), "500000..1500000..2000000");
        for r in [
            Range::new(USERS, 5e5, 2e6),
            Range::with_mid(USERS, 5e5, 1.5e6, 2e6),
        ] {
            assert_eq!(parse("users", USERS, &text(USERS, &r)), (Some(r), vec![]));
        }
    }

    #[test]
    fn set_clear_and_lookup() {
        let mut rs = Ranges::default();
        assert!(!rs.is_range(USERS));
        rs.set(USERS, Range::new(USERS, 1.0, 10.0));
        rs.set(
            Key::Param(Param::Rate),
            Range::new(Key::Param(Param::Rate), 1.0, 2.0),
        );
        rs.set(USERS, Range::new(USERS, 2.0, 8.0));
        assert_eq!(rs.len(), 2);
        assert_eq!(rs.get(USERS).map(|r| r.mid), Some(4.0));
        assert!(rs.clear(USERS).is_some());
        assert!(!rs.is_range(USERS) && rs.len() == 1);
    }
}
