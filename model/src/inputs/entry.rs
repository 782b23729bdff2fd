//! Numbers as people type them, read by the unit of the field they are typed
//! in: `1.5M` users, `2KB` or `64KiB` in a byte field, `100/d` in a rate
//! field, `35%`, `250ms`. The result is always in the field's canonical unit
//! (bytes, per second, percent, …), so the app never rescales it.
//!
//! Why per field: a bare `B` means *bytes* in a byte field but *billion* in a
//! count field, and a bare number in the rate field means per day while the
//! per-day toggle is on. One generic parser got both wrong (it read `100/d`
//! as per day and then the app divided by the day again).

use crate::common::num::parse_f64;
use crate::common::units::SECONDS_PER_DAY;
use crate::inputs::params::Unit;
use std::fmt;

/// Why a typed value was not accepted. Each names what was typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// Nothing was typed.
    Empty,
    /// The number part does not parse (`abc`, `1.2.3`).
    NotANumber(String),
    /// A unit this field does not take (`5 KB` in a count field).
    WrongUnit {
        /// The whole entry as typed.
        text: String,
        /// The unit part that was not understood.
        unit: String,
        /// What the field takes, for the message.
        expected: &'static str,
    },
}

impl fmt::Display for EntryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EntryError::Empty => write!(f, "nothing was entered"),
            EntryError::NotANumber(t) => write!(f, "“{t}” is not a number"),
            EntryError::WrongUnit {
                text,
                unit,
                expected,
            } => write!(
                f,
                "“{text}”: this field does not take “{unit}” (it takes {expected})"
            ),
        }
    }
}

impl std::error::Error for EntryError {}

/// How a rate field reads a bare number.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RateBase {
    /// A bare number is per second.
    #[default]
    PerSecond,
    /// A bare number is per day (the rate field's per-day toggle).
    PerDay,
}

/// SI multipliers for counts: `k`/`K` thousand, `M` million, `G`/`B`/`bn`
/// billion, `T` trillion. Only in count-like fields does `B` mean billion.
fn count_suffix(u: &str) -> Option<f64> {
    Some(match u {
        "" => 1.0,
        "k" | "K" => 1e3,
        "M" | "m" | "mn" => 1e6,
        "G" | "B" | "bn" => 1e9,
        "T" => 1e12,
        _ => return None,
    })
}

/// Byte units, decimal (`KB` = 1,000 B, as everywhere in this model) and
/// binary (`KiB` = 1,024 B, IEC 80000-13). A bare `B` is bytes.
fn byte_suffix(u: &str) -> Option<f64> {
    let lower = u.to_ascii_lowercase();
    Some(match lower.as_str() {
        "" | "b" | "byte" | "bytes" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        "t" | "tb" => 1e12,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        "tib" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => return None,
    })
}

/// Seconds in a per-`unit` rate, for `/s`, `/min`, `/h`, `/d`.
fn per_unit_seconds(u: &str) -> Option<f64> {
    Some(match u.trim().to_ascii_lowercase().as_str() {
        "s" | "sec" | "second" => 1.0,
        "min" | "minute" => 60.0,
        "h" | "hr" | "hour" => 3600.0,
        "d" | "day" => SECONDS_PER_DAY,
        _ => return None,
    })
}

/// Splits `12.5 KB` into (12.5, "KB"): the longest leading number, then the
/// rest trimmed. Thousands separators `,` and `_` are dropped first.
fn split(text: &str) -> Result<(f64, String), EntryError> {
    let t: String = text
        .trim()
        .chars()
        .filter(|c| *c != ',' && *c != '_')
        .collect();
    if t.is_empty() {
        return Err(EntryError::Empty);
    }
    // The number ends where a character cannot continue it; `e` counts only
    // when digits follow it (so `5e3` is a number but `5 events` is not).
    let bytes = t.as_bytes();
    let mut end = 0;
    while end < bytes.len() {
        let c = bytes[end] as char;
        let exp = (c == 'e' || c == 'E')
            && bytes
                .get(end + 1)
                .is_some_and(|n| n.is_ascii_digit() || *n == b'-' || *n == b'+');
        if c.is_ascii_digit()
            || c == '.'
            || exp
            || ((c == '-' || c == '+') && (end == 0 || matches!(bytes[end - 1], b'e' | b'E')))
        {
            end += 1;
        } else {
            break;
        }
    }
    let (num, rest) = t.split_at(end);
    let lower = num.to_ascii_lowercase();
    let v: f64 = match lower.as_str() {
        "" if matches!(
            rest.trim().to_ascii_lowercase().as_str(),
            "nan" | "inf" | "infinity" | "-inf"
        ) =>
        {
            // Spelled-out non-finite values parse, so the caller can say "not finite".
            return parse_f64(rest.trim())
                .map(|v| (v, String::new()))
                .ok_or_else(|| EntryError::NotANumber(text.trim().into()));
        }
        _ => parse_f64(num).ok_or_else(|| EntryError::NotANumber(text.trim().into()))?,
    };
    Ok((v, rest.trim().to_string()))
}

fn wrong(text: &str, unit: &str, expected: &'static str) -> EntryError {
    EntryError::WrongUnit {
        text: text.trim().into(),
        unit: unit.into(),
        expected,
    }
}

/// Parses `text` typed into a field of `unit`, returning the value in that
/// unit's canonical form (bytes, per second, percent, days, hours, ms, MB/s).
/// `base` says how a bare number in a per-user rate field is read.
///
/// Non-finite input (`inf`, `NaN`) is returned as is for the caller to
/// reject with its own message; ranges are the caller's too ([`crate::inputs::params::Spec::clamp`]).
pub fn parse(unit: Unit, text: &str, base: RateBase) -> Result<f64, EntryError> {
    let (v, u) = split(text)?;
    let u = u.as_str();
    match unit {
        Unit::Bytes => byte_suffix(u)
            .map(|k| v * k)
            .ok_or_else(|| wrong(text, u, "B, KB, MB, GB, KiB, MiB or GiB")),
        Unit::PerUserSec => {
            // `100/d`, `1.5K/h`, `0.2 /s`, or a bare number in the field's base.
            let (mult, per) = match u.split_once('/') {
                Some((m, per)) => (m.trim(), Some(per)),
                None => (u, None),
            };
            let k = count_suffix(mult)
                .ok_or_else(|| wrong(text, u, "a number with /s, /min, /h or /d"))?;
            let secs = match per {
                Some(p) => {
                    per_unit_seconds(p).ok_or_else(|| wrong(text, u, "/s, /min, /h or /d"))?
                }
                None if base == RateBase::PerDay => SECONDS_PER_DAY,
                None => 1.0,
            };
            Ok(v * k / secs)
        }
        Unit::Count | Unit::OpsPerSec | Unit::EventsPerSec => {
            let mult = u.strip_suffix("/s").map_or(u, str::trim_end);
            count_suffix(mult)
                .map(|k| v * k)
                .ok_or_else(|| wrong(text, u, "K, M or B (billion)"))
        }
        Unit::Percent => match u {
            "" | "%" => Ok(v),
            _ => Err(wrong(text, u, "a percentage")),
        },
        Unit::Factor => match u {
            "" | "x" | "×" => Ok(v),
            _ => Err(wrong(text, u, "a ratio such as 3 or 3×")),
        },
        Unit::Days => match u {
            "" | "d" | "day" | "days" => Ok(v),
            "h" | "hr" | "hours" => Ok(v / 24.0),
            "w" | "week" | "weeks" => Ok(v * 7.0),
            "y" | "yr" | "year" | "years" => Ok(v * 365.0),
            _ => Err(wrong(
                text,
                u,
                "days (d), hours (h), weeks (w) or years (y)",
            )),
        },
        Unit::Hours => match u {
            "" | "h" | "hr" | "hours" => Ok(v),
            "d" | "day" | "days" => Ok(v * 24.0),
            "min" => Ok(v / 60.0),
            _ => Err(wrong(text, u, "hours (h), days (d) or minutes (min)")),
        },
        Unit::Months => match u {
            "" | "mo" | "month" | "months" => Ok(v),
            "y" | "yr" | "year" | "years" => Ok(v * 12.0),
            _ => Err(wrong(text, u, "months (mo) or years (y)")),
        },
        Unit::Millis => match u {
            "" | "ms" => Ok(v),
            "s" | "sec" => Ok(v * 1000.0),
            "us" | "µs" => Ok(v / 1000.0),
            _ => Err(wrong(text, u, "ms or s")),
        },
        Unit::MegabytesPerSec => match u.to_ascii_lowercase().as_str() {
            "" | "mb/s" | "mbps" | "mb" => Ok(v),
            "gb/s" | "gb" => Ok(v * 1000.0),
            "kb/s" | "kb" => Ok(v / 1000.0),
            _ => Err(wrong(text, u, "MB/s or GB/s")),
        },
        Unit::Gigabytes => match u.to_ascii_lowercase().as_str() {
            "" | "gb" => Ok(v),
            "tb" => Ok(v * 1000.0),
            "gib" => Ok(v * 1.073_741_824),
            "tib" => Ok(v * 1_099.511_627_776),
            _ => Err(wrong(text, u, "GB, TB, GiB or TiB")),
        },
        Unit::Dollars => match u {
            "" | "$" | "USD" | "usd" => Ok(v),
            _ => Err(wrong(text, u, "US dollars")),
        },
        Unit::Toggle => match u {
            "" => Ok(v),
            _ => Err(wrong(text, u, "0 (off) or 1 (on)")),
        },
        Unit::Seconds => match u {
            "" | "s" | "sec" => Ok(v),
            "ms" => Ok(v / 1000.0),
            "min" => Ok(v * 60.0),
            _ => Err(wrong(text, u, "seconds (s), ms or minutes (min)")),
        },
        Unit::Minutes => match u {
            "" | "min" => Ok(v),
            "s" | "sec" => Ok(v / 60.0),
            "h" | "hr" => Ok(v * 60.0),
            _ => Err(wrong(text, u, "minutes (min), seconds (s) or hours (h)")),
        },
    }
}

/// The text an entry field shows for `v`: the shortest form that parses back
/// to `v` under the same `base` (per day while the per-day toggle is on).
pub fn show(unit: Unit, v: f64, base: RateBase) -> String {
    if unit == Unit::PerUserSec && base == RateBase::PerDay {
        // Rounded to 9 significant figures: per-day values come from a division.
        let per_day = v * SECONDS_PER_DAY;
        let digits = 9 - (per_day.abs().max(1e-300).log10().floor() as i32 + 1);
        let k = 10f64.powi(digits.clamp(0, 15));
        format!("{}", (per_day * k).round() / k)
    } else if matches!(unit, Unit::Count | Unit::OpsPerSec | Unit::EventsPerSec) {
        compact_count(v).unwrap_or_else(|| text(unit, v))
    } else {
        text(unit, v)
    }
}

/// A count as a person types it, `10B`, `2.5M`, `150K`, when that form
/// reads back to exactly `v` with at most four digits; a 6–7 em field then
/// shows the whole value (issue #20: `10000000000` showed as `10000000`).
fn compact_count(v: f64) -> Option<String> {
    if !v.is_finite() || v.abs() < 1e4 {
        return None;
    }
    [("T", 1e12), ("B", 1e9), ("M", 1e6), ("K", 1e3)]
        .into_iter()
        .find_map(|(suffix, scale)| {
            let m = v / scale;
            let t = format!("{m}");
            let candidate = format!("{t}{suffix}");
            (m.abs() >= 1.0
                && sig_digits(&t) <= 4
                && parse(Unit::Count, &candidate, RateBase::PerSecond) == Ok(v))
            .then_some(candidate)
        })
}

/// Most significant digits a value may show before it counts as float noise
/// (`8.700000000000001`, `0.0011574074074074073`): people write 1–6.
const READABLE_DIGITS: usize = 7;

/// Significant digits in a plain or exponent decimal (`0.00120` → 2, `1e-6` → 1).
fn sig_digits(s: &str) -> usize {
    let mantissa = s.split(['e', 'E']).next().unwrap_or("");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

/// The text for `v` in a link or a per-second field, as a person writes it,
/// that [`parse`] (per-second base) reads back to exactly `v`.
///
/// Rust's `{v}` is already the shortest exact form; it is noise only when `v`
/// came from a division, as a rate typed `100/d` (= 100 ÷ 86,400 per second)
/// does. Such a rate is written back in the per-minute, per-hour or per-day
/// form with at most six significant digits, when that form parses to the same
/// bits; otherwise the exact decimal is kept, so a link always decodes to the
/// same estimate.
pub fn text(unit: Unit, v: f64) -> String {
    let plain = format!("{v}");
    if unit != Unit::PerUserSec || !v.is_finite() || sig_digits(&plain) < READABLE_DIGITS {
        return plain;
    }
    // The fewest digits wins, then a count of at least one (`3/h`, not `0.05/min`).
    let mut best: Option<((usize, bool), String)> = None;
    for (suffix, secs) in [("min", 60.0), ("h", 3600.0), ("d", SECONDS_PER_DAY)] {
        let count = v * secs;
        for digits in 1..=6 {
            // `{:.N$e}` rounds to N+1 significant digits; parsing gives the
            // shortest decimal double, whose `{}` form drops the exponent.
            let Some(rounded) = parse_f64(&format!("{count:.*e}", digits - 1)) else {
                continue;
            };
            let candidate = format!("{rounded}/{suffix}");
            if parse(unit, &candidate, RateBase::PerSecond).is_ok_and(|back| back == v) {
                let rank = (digits, rounded.abs() < 1.0);
                if best.as_ref().is_none_or(|(r, _)| rank < *r) {
                    best = Some((rank, candidate));
                }
                break;
            }
        }
    }
    best.map_or(plain, |(_, t)| t)
}

/// The value as a person reads it beside its slider: the unit's own
/// format, or `N/day` for a rate in per-day mode.
pub fn label(unit: Unit, v: f64, base: RateBase) -> String {
    if unit == Unit::PerUserSec && base == RateBase::PerDay {
        format!("{}/day", crate::common::format::num(v * SECONDS_PER_DAY))
    } else {
        unit.show(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use RateBase::*;
    use Unit::*;

    #[test]
    fn each_field_reads_its_own_units() {
        let day = SECONDS_PER_DAY;
        // (field, typed, base, expected canonical value)
        let ok: &[(Unit, &str, RateBase, f64)] = &[
            (Count, "1.5M", PerSecond, 1.5e6),
            (Count, "250K", PerSecond, 250e3),
            (Count, "2B", PerSecond, 2e9),
            (Count, "1,000,000", PerSecond, 1e6),
            (Count, "1e6", PerSecond, 1e6),
            (Count, "0", PerSecond, 0.0),
            (Bytes, "2KB", PerSecond, 2000.0),
            (Bytes, "64KiB", PerSecond, 65_536.0),
            (Bytes, "512 B", PerSecond, 512.0),
            (Bytes, "1.5 MB", PerSecond, 1.5e6),
            (Bytes, "1MiB", PerSecond, 1_048_576.0),
            (PerUserSec, "100/d", PerSecond, 100.0 / day),
            (PerUserSec, "100/d", PerDay, 100.0 / day), // the bug: was 0.0864/day
            (PerUserSec, "100", PerDay, 100.0 / day),
            (PerUserSec, "100", PerSecond, 100.0),
            (PerUserSec, "0.5/s", PerDay, 0.5),
            (PerUserSec, "3/h", PerSecond, 3.0 / 3600.0),
            (PerUserSec, "1.5K/d", PerSecond, 1500.0 / day),
            (OpsPerSec, "150K/s", PerSecond, 150e3),
            (Percent, "35%", PerSecond, 35.0),
            (Factor, "3×", PerSecond, 3.0),
            (Days, "36h", PerSecond, 1.5),
            (Days, "2w", PerSecond, 14.0),
            (Hours, "2d", PerSecond, 48.0),
            (Millis, "0.25s", PerSecond, 250.0),
            (MegabytesPerSec, "1.2 GB/s", PerSecond, 1200.0),
            (Gigabytes, "16TiB", PerSecond, 16.0 * 1_099.511_627_776),
            (Months, "2y", PerSecond, 24.0),
        ];
        for &(unit, text, base, want) in ok {
            let got = parse(unit, text, base).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert!(
                (got - want).abs() <= 1e-12 * want.abs().max(1.0),
                "{unit:?} {text} {base:?}: {got} ≠ {want}"
            );
        }
    }

    #[test]
    fn bad_entries_name_what_was_typed() {
        let bad: &[(Unit, &str)] = &[
            (Count, "abc"),
            (Count, "5 KB"),
            (Bytes, "5 widgets"),
            (Percent, "5 d"),
            (PerUserSec, "5/fortnight"),
            (Count, "1.2.3"),
        ];
        for &(unit, text) in bad {
            let e = parse(unit, text, PerSecond).expect_err(text);
            assert!(e.to_string().contains(text.trim()), "{e}");
        }
        assert_eq!(parse(Count, "  ", PerSecond), Err(EntryError::Empty));
        assert!(parse(Count, "inf", PerSecond).is_ok_and(|v| v.is_infinite()));
        assert!(parse(Count, "NaN", PerSecond).is_ok_and(|v| v.is_nan()));
    }

    #[test]
    fn shown_text_parses_back() {
        for v in [1e-6, 0.001_157_407_407_407_407_4, 0.5, 10.0, 1234.5] {
            for base in [PerSecond, PerDay] {
                let text = show(PerUserSec, v, base);
                let back = parse(PerUserSec, &text, base).expect("parses");
                assert!((back - v).abs() <= 1e-8 * v, "{v} → {text} → {back}");
            }
        }
        assert_eq!(show(PerUserSec, 100.0 / SECONDS_PER_DAY, PerDay), "100");
        assert_eq!(
            label(PerUserSec, 100.0 / SECONDS_PER_DAY, PerDay),
            "100/day"
        );
        assert_eq!(label(PerUserSec, 10.0, PerSecond), "10/s");
    }

    /// Issue #20 (walk-through): a 10^10 user count showed as `10000000` in its
    /// narrow field; counts show as typed, `10B`, when that reads back exactly.
    #[test]
    fn counts_show_in_their_short_exact_form() {
        for (v, shown) in [
            (1e10, "10B"),
            (2.5e6, "2.5M"),
            (150_000.0, "150K"),
            (1_234_567.0, "1234567"),
            (9999.0, "9999"),
            (1e6, "1M"),
        ] {
            assert_eq!(show(Count, v, PerSecond), shown);
            assert_eq!(parse(Count, &show(Count, v, PerSecond), PerSecond), Ok(v));
        }
        // Links keep the plain number.
        assert_eq!(text(Count, 1e10), "10000000000");
    }

    /// Issue #20, defect 1: `100/d` showed and linked `0.0011574074074074073`.
    #[test]
    fn rates_typed_per_period_read_back_in_that_form() {
        for (typed, shown) in [
            ("100/d", "100/d"),
            ("10/min", "10/min"),
            ("3/h", "3/h"),
            ("2.5K/d", "2500/d"),
            ("0.5", "0.5"),
            ("8.7", "8.7"),
            ("1e-6", "0.000001"),
        ] {
            let v = parse(PerUserSec, typed, PerSecond).expect("parses");
            assert_eq!(show(PerUserSec, v, PerSecond), shown, "{typed}");
            assert_eq!(text(PerUserSec, v), shown, "{typed}");
            let back = parse(PerUserSec, &text(PerUserSec, v), PerSecond).expect("reads back");
            assert_eq!(
                back.to_bits(),
                v.to_bits(),
                "{typed} decodes to the same value"
            );
        }
        // A rate with no short form keeps its exact decimal: same estimate.
        let odd = 0.123_456_789_123;
        assert_eq!(text(PerUserSec, odd), "0.123456789123");
        // Other units never change form.
        assert_eq!(text(Count, 1.0 / 3.0), format!("{}", 1.0 / 3.0));
    }
}
