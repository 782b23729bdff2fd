//! The words and the parsing behind the dashboard's "Time and failure"
//! form: a time typed as a clock (`19:00`, `Tue 19:00`) or as minutes from
//! the window's start, and a positive number with its limits. Pure, so the
//! rules are tested natively; the form only shows what these return.
//! A bad entry is an `Err` naming the value given, never a silent default.

use crate::common::num::parse_f64;
use crate::inputs::drill::{MAX_MINUTE, MAX_MULT};
use crate::report::timeline::clock;

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// A minute of the window as the form shows it: `19:00`, `Tue 19:00`.
pub fn minute_text(min: f64) -> String {
    clock(min * 60.0)
}

/// Reads a start time: `HH:MM`, `Day HH:MM` (Mon–Sun; minute 0 is 00:00
/// on a Monday) or plain minutes from the window's start (`1140`).
/// Returns minutes in 0–[`MAX_MINUTE`], or a message naming the bad value.
pub fn parse_minute(text: &str) -> Result<f64, String> {
    let t = text.trim();
    let bad = || {
        format!("“{}” is not a time: use HH:MM (e.g. 19:00), a day and HH:MM (Tue 19:00) or minutes from the start", short(t))
    };
    let lower = t.to_ascii_lowercase();
    let (day, rest) = match lower.split_once(' ') {
        Some((d, r)) => {
            let i = DAYS.iter().position(|x| d.starts_with(x)).ok_or_else(bad)?;
            (i as f64, r.trim().to_string())
        }
        None => (0.0, lower.clone()),
    };
    let m = if let Some((h, mm)) = rest.split_once(':') {
        let h = parse_f64(h.trim()).ok_or_else(bad)?;
        let mm = parse_f64(mm.trim()).ok_or_else(bad)?;
        if !(0.0..24.0).contains(&h) || !(0.0..60.0).contains(&mm) {
            return Err(bad());
        }
        day * 1440.0 + h * 60.0 + mm
    } else if day == 0.0 && !lower.contains(' ') {
        parse_f64(&rest).ok_or_else(bad)?
    } else {
        return Err(bad());
    };
    if !m.is_finite() || !(0.0..=MAX_MINUTE).contains(&m) {
        return Err(format!(
            "“{}” is outside the longest window (0 to {} minutes, 7 days)",
            short(t),
            MAX_MINUTE
        ));
    }
    Ok(m)
}

/// Reads a burst's duration in minutes: above 0, at most 7 days.
pub fn parse_duration(text: &str) -> Result<f64, String> {
    positive(text, "duration in minutes", MAX_MINUTE)
}

/// Reads a burst's multiplier: above 0, at most [`MAX_MULT`].
pub fn parse_mult(text: &str) -> Result<f64, String> {
    positive(text, "multiplier", MAX_MULT)
}

fn positive(text: &str, what: &str, max: f64) -> Result<f64, String> {
    let t = text.trim();
    match parse_f64(t) {
        Some(v) if v.is_finite() && v > 0.0 && v <= max => Ok(v),
        Some(v) if v.is_finite() => Err(format!(
            "“{}” is out of range: the {what} must be above 0 and at most {}",
            short(t),
            crate::common::format::num(max)
        )),
        _ => Err(format!("“{}” is not a number ({what})", short(t))),
    }
}

/// At most 24 characters of what was typed, so a pasted essay cannot flood
/// the message.
fn short(t: &str) -> String {
    let mut s: String = t.chars().take(24).collect();
    if t.chars().count() > 24 {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_clock_day_or_minutes() {
        for (given, want) in [
            ("19:00", 1140.0),
            (" 00:00 ", 0.0),
            ("23:59", 1439.0),
            ("Tue 19:00", 1440.0 + 1140.0),
            ("sun 00:30", 6.0 * 1440.0 + 30.0),
            ("1140", 1140.0),
            ("10080", 10080.0),
        ] {
            assert_eq!(parse_minute(given), Ok(want), "{given}");
        }
    }

    #[test]
    fn bad_times_name_the_value() {
        for given in [
            "abc",
            "25:00",
            "19:61",
            "NaN",
            "inf",
            "-5",
            "10081",
            "xyz 10:00",
            "Tue 1140",
            "",
        ] {
            let e = parse_minute(given).expect_err(given);
            assert!(e.contains(&format!("“{}”", given.trim())), "{given}: {e}");
        }
        let long = "9".repeat(200);
        assert!(parse_minute(&long).unwrap_err().chars().count() < 120);
    }

    #[test]
    fn numbers_are_positive_and_bounded() {
        assert_eq!(parse_duration("20"), Ok(20.0));
        assert_eq!(parse_mult("2.5"), Ok(2.5));
        for bad in ["0", "-1", "NaN", "1e9", "x", "inf"] {
            let e = parse_mult(bad).expect_err(bad);
            assert!(e.contains(bad), "{e}");
        }
        assert!(parse_duration("10081").is_err());
    }

    #[test]
    fn a_minute_round_trips_through_its_text() {
        for m in [0.0, 59.0, 1140.0, 1440.0 + 600.0, 6.0 * 1440.0 + 1439.0] {
            assert_eq!(parse_minute(&minute_text(m)), Ok(m), "{m}");
        }
    }
}
