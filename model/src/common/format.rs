//! The one formatting module: SI counts, decimal byte units, durations and
//! percentages. The UI, the CLI and the derivation steps all print through here,
//! so a number never reads differently in two places. Non-finite input prints "—".

/// Decimal prefixes of units (bytes): 1 GB = 10^9 B.
const SI: [(f64, &str); 6] = [
    (1e18, "E"),
    (1e15, "P"),
    (1e12, "T"),
    (1e9, "G"),
    (1e6, "M"),
    (1e3, "K"),
];

/// Suffixes of plain counts, as people say them and as number entry reads
/// them (`model::entry`): thousand, million, billion, trillion. A count has no
/// unit, so "10G" users read as a typo for "10B" (issue #20).
const COUNTS: [(f64, &str); 4] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")];

/// Up to three significant digits, trailing zeros dropped: 1.23, 12.3, 123.
fn sig3(x: f64) -> String {
    let decimals = if x >= 100.0 {
        0
    } else if x >= 10.0 {
        1
    } else {
        2
    };
    let s = format!("{x:.decimals$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// Up to three significant digits, with thousands separators once past the
/// largest prefix (181,440 EB rather than 181440 EB).
fn mantissa(x: f64) -> String {
    if x >= 999.5 {
        int(x.round() as u64)
    } else {
        sig3(x)
    }
}

fn scaled(x: f64, sep: &str, unit: &str) -> String {
    scaled_by(&SI, x, sep, unit)
}

fn scaled_by(prefixes: &[(f64, &str)], x: f64, sep: &str, unit: &str) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let sign = if x < 0.0 { "-" } else { "" };
    let a = x.abs();
    for (scale, prefix) in prefixes {
        // Round first so 999.6K prints as 1M, not 1000K.
        if a >= scale * 0.9995 {
            return format!("{sign}{}{sep}{prefix}{unit}", mantissa(a / scale));
        }
    }
    if a != 0.0 && a < 0.01 {
        return format!("{sign}{a:.1e}{sep}{unit}").trim_end().to_string();
    }
    format!("{sign}{}{sep}{unit}", sig3(a))
        .trim_end()
        .to_string()
}

/// A plain count with a K/M/B/T suffix: 1200000 → "1.2M", 1e10 → "10B", 96 → "96".
pub fn count(x: f64) -> String {
    scaled_by(&COUNTS, x, "", "")
}

/// A multiple, "how many times": 4.26 → "4.3×", 426.4 → "426×", 12345 → "12,345×",
/// 1.92e9 → "1.92 billion×". Whole above 10, so a ratio never reads like a price.
pub fn times(x: f64) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    let a = x.abs();
    let sign = if x < 0.0 { "-" } else { "" };
    if a < 10.0 {
        let s = format!("{a:.1}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        return format!("{sign}{s}×");
    }
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if a >= scale * 0.9995 {
            return format!("{sign}{} {word}×", mantissa(a / scale));
        }
    }
    format!("{sign}{}×", int(a.round() as u64))
}

/// US dollars as people read a budget: `$7,759`, `$3.95M`; cents below $100.
pub fn usd(x: f64) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    if x < 100.0 {
        format!("${x:.2}")
    } else if x < 1e5 {
        format!("${}", int(x.round() as u64))
    } else {
        format!("${}", count(x))
    }
}

/// A whole count, printed exactly with thousands separators: 12345 → "12,345".
pub fn int(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A rate with a unit after a space: (10e6, "msg/s") → "10M msg/s".
pub fn rate(x: f64, unit: &str) -> String {
    format!("{} {unit}", count(x))
}

/// Decimal bytes: 1000 → "1 KB", 8.64e11 → "864 GB".
pub fn bytes(x: f64) -> String {
    scaled(x, " ", "B")
}

/// Decimal bytes per second: 1e10 → "10 GB/s".
pub fn bytes_per_sec(x: f64) -> String {
    format!("{}/s", bytes(x))
}

/// Seconds as the largest sensible unit: 0.0042 → "4.2 ms", 7200 → "2 h".
pub fn duration(secs: f64) -> String {
    if !secs.is_finite() {
        return "—".to_string();
    }
    let s = secs.max(0.0);
    let (v, u) = if s == 0.0 {
        (0.0, "s")
    } else if s < 1e-3 {
        (s * 1e6, "µs")
    } else if s < 1.0 {
        (s * 1e3, "ms")
    } else if s < 120.0 {
        (s, "s")
    } else if s < 7_200.0 {
        (s / 60.0, "min")
    } else if s < 172_800.0 {
        (s / 3_600.0, "h")
    } else {
        (s / 86_400.0, "days")
    };
    format!("{} {u}", sig3(v))
}

/// Milliseconds: 12.345 → "12.3 ms" (via [`duration`]).
pub fn millis(ms: f64) -> String {
    duration(ms / 1e3)
}

/// A percentage of 0–100: 35 → "35 %".
pub fn percent(p: f64) -> String {
    if !p.is_finite() {
        return "—".to_string();
    }
    format!("{} %", sig3(p))
}

/// A plain number for formulas: up to 4 significant digits, SI suffix above 10K.
pub fn num(x: f64) -> String {
    if !x.is_finite() {
        return "—".to_string();
    }
    if x.abs() >= 1e4 {
        return count(x);
    }
    // Four significant figures, at most four decimals: 66.67, 0.7, 0.0012.
    let mag = if x == 0.0 {
        0
    } else {
        x.abs().log10().floor() as i32
    };
    let decimals = (3 - mag).clamp(0, 4) as usize;
    let s = format!("{x:.decimals$}");
    // Trim only a fractional part: "1000" must stay "1000".
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        s.as_str()
    };
    if s == "-0" {
        "0".into()
    } else {
        s.into()
    }
}

/// A plain machine-readable number for CSV: integers without a decimal
/// point, others in Rust's shortest round-trip form; non-finite prints empty.
pub fn num_plain(x: f64) -> String {
    if !x.is_finite() {
        String::new()
    } else if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

#[cfg(test)]
mod usd_tests {
    use super::usd;

    #[test]
    fn dollars() {
        for (v, want) in [
            (0.5, "$0.50"),
            (99.994, "$99.99"),
            (7759.4, "$7,759"),
            (3_950_613.6, "$3.95M"),
            (f64::NAN, "—"),
        ] {
            assert_eq!(usd(v), want, "{v}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_table() {
        assert_eq!(count(1_200_000.0), "1.2M");
        assert_eq!(count(96.0), "96");
        assert_eq!(count(999_600.0), "1M");
        assert_eq!(count(0.0), "0");
        assert_eq!(count(f64::NAN), "—");
        assert_eq!(count(f64::INFINITY), "—");
        assert_eq!(int(12_345), "12,345");
        assert_eq!(int(100), "100");
        assert_eq!(int(1_000_000), "1,000,000");
        assert_eq!(bytes(1000.0), "1 KB");
        assert_eq!(bytes(8.64e11), "864 GB");
        assert_eq!(bytes(512.0), "512 B");
        assert_eq!(bytes_per_sec(1e10), "10 GB/s");
        assert_eq!(rate(1e7, "msg/s"), "10M msg/s");
        assert_eq!(duration(0.0042), "4.2 ms");
        assert_eq!(duration(7200.0), "2 h");
        assert_eq!(duration(30.0), "30 s");
        assert_eq!(duration(0.000_005), "5 µs");
        assert_eq!(millis(150.0), "150 ms");
        assert_eq!(percent(35.0), "35 %");
        assert_eq!(num(0.001157), "0.0012");
        assert_eq!(num(105_000.0), "105K");
        assert_eq!(num(0.7), "0.7");
        assert_eq!(num(66.666_67), "66.67");
        assert_eq!(num(150.0), "150");
        assert_eq!(num(1000.0), "1000");
        assert_eq!(num(5000.0), "5000");
        assert_eq!(num(0.0), "0");
    }

    /// Issue #20, item 12: billions read "10G" though entry takes "B";
    /// "181440 EB" had no separators; multiples read "426.4×" and "1.92G×".
    #[test]
    fn counts_bytes_and_multiples_read_as_people_write_them() {
        assert_eq!(count(1e10), "10B");
        assert_eq!(count(2.5e12), "2.5T");
        assert_eq!(count(3e16), "30,000T");
        assert_eq!(usd(3.95e9), "$3.95B");
        assert_eq!(bytes(1.8144e23), "181,440 EB");
        assert_eq!(bytes(1.8e16), "18 PB");
        assert_eq!(times(4.26), "4.3×");
        assert_eq!(times(192.0), "192×");
        assert_eq!(times(426.4), "426×");
        assert_eq!(times(12_345.0), "12,345×");
        assert_eq!(times(1.92e9), "1.92 billion×");
        assert_eq!(times(f64::NAN), "—");
    }
}
