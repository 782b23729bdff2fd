//! Reading decimal numbers without core's `f64` parser.
//!
//! Why not `str::parse::<f64>`: it links the Eisel-Lemire table of 128-bit
//! powers of five (651 × 16 bytes), about 10 KB of the wasm bundle after
//! brotli, because random bits do not compress (docs/PERFORMANCE.md, stop
//! 18). Everything the planner reads is short: link values written by
//! [`crate::common::format`] or by `{}` (shortest round-trip digits), and
//! what a person types. So [`parse_f64`] takes Clinger's exact fast path
//! where it applies and otherwise checks neighbouring candidates against
//! the shortest digits core's formatter (already in the bundle) prints.
//!
//! Guarantees (pinned by `model/tests/num_props.rs` against `str::parse`):
//! - it accepts and rejects exactly the strings `str::parse::<f64>` does;
//! - the result is the correctly rounded `f64` whenever the digits are at
//!   most 15 significant ones with an exponent in range (Clinger 1990, "How
//!   to read floating point numbers accurately", PLDI '90, the fast path),
//!   and whenever the text is the shortest round-trip form of some `f64`
//!   (what `{}` and `{:e}` print), so every link reopens bit for bit;
//! - any other text (17+ digits that are no `f64`'s shortest form) lands
//!   within a few units in the last place of the correctly rounded value.

/// Exact powers of ten: every one up to 10^22 is representable in an `f64`.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// The digits of a decimal number in a canonical form: significant digits
/// with no leading or trailing zeros, and the decimal exponent of the last
/// one (value = digits × 10^exp). Zero is `("", 0)`.
#[derive(Debug, PartialEq)]
struct Decimal {
    neg: bool,
    digits: Vec<u8>,
    exp: i64,
}

/// Splits `s` (the syntax `str::parse::<f64>` accepts for finite numbers:
/// sign, digits, optional point and fraction, optional `e`/`E` exponent)
/// into a [`Decimal`], or `None` when it is not one.
fn decimal(s: &str) -> Option<Decimal> {
    let b = s.as_bytes();
    let (neg, mut i) = match b.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let mut digits = Vec::new();
    let mut exp: i64 = 0;
    let mut seen = false;
    let mut point = false;
    while i < b.len() {
        match b[i] {
            c @ b'0'..=b'9' => {
                seen = true;
                if !(digits.is_empty() && c == b'0') {
                    digits.push(c - b'0');
                }
                if point {
                    exp -= 1;
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen {
        return None;
    }
    if i < b.len() {
        if !matches!(b[i], b'e' | b'E') {
            return None;
        }
        i += 1;
        let (eneg, j) = match b.get(i) {
            Some(b'-') => (true, i + 1),
            Some(b'+') => (false, i + 1),
            _ => (false, i),
        };
        if j >= b.len() {
            return None;
        }
        let mut e: i64 = 0;
        for &c in &b[j..] {
            if !c.is_ascii_digit() {
                return None;
            }
            // Saturate: anything past ±10^9 is zero or infinity anyway.
            e = (e * 10 + i64::from(c - b'0')).min(1_000_000_000);
        }
        exp += if eneg { -e } else { e };
    }
    // Trailing zeros belong in the exponent.
    while digits.last() == Some(&0) {
        digits.pop();
        exp += 1;
    }
    if digits.is_empty() {
        exp = 0;
    }
    Some(Decimal { neg, digits, exp })
}

/// `str::parse::<f64>` without core's table; `None` where it errs. Also
/// reads `inf`, `infinity` and `nan` in any case, with a sign, as it does.
pub fn parse_f64(s: &str) -> Option<f64> {
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let sign = if s.starts_with('-') { -1.0 } else { 1.0 };
    if unsigned.eq_ignore_ascii_case("inf") || unsigned.eq_ignore_ascii_case("infinity") {
        return Some(sign * f64::INFINITY);
    }
    if unsigned.eq_ignore_ascii_case("nan") {
        return Some(f64::NAN);
    }
    let d = decimal(s)?;
    let sign = if d.neg { -1.0 } else { 1.0 };
    if d.digits.is_empty() {
        return Some(sign * 0.0);
    }
    // The decimal exponent of the leading digit decides over- and underflow
    // early: f64 holds 2.2e-308 (4.9e-324 subnormal) to 1.8e308.
    let lead = d.exp + d.digits.len() as i64 - 1;
    if lead > 308 {
        return Some(sign * f64::INFINITY);
    }
    if lead < -324 {
        return Some(sign * 0.0);
    }
    if let Some(v) = fast(&d) {
        return Some(sign * v);
    }
    Some(sign * nearest(&d))
}

/// Clinger's fast path: at most 15 digits (so the integer is exact) and a
/// power of ten that is itself exact; one IEEE multiply or divide then
/// rounds correctly. Integers with a larger exponent are shifted first when
/// that keeps them exact.
fn fast(d: &Decimal) -> Option<f64> {
    if d.digits.len() > 15 {
        return None;
    }
    let mut w: u64 = d.digits.iter().fold(0, |w, &c| w * 10 + u64::from(c));
    let mut e = d.exp;
    while e > 22 && w < (1 << 53) / 10 {
        w *= 10;
        e -= 1;
    }
    let m = w as f64;
    match e {
        0..=22 => Some(m * POW10[e as usize]),
        -22..=-1 => Some(m / POW10[(-e) as usize]),
        _ => None,
    }
}

/// Every other case: an estimate from the leading 19 digits, then the
/// `f64` near it whose shortest printed digits are the text's, searched
/// outwards from the estimate. When no neighbour prints them (the text is no
/// `f64`'s shortest form), the one whose printed value is closest wins.
fn nearest(d: &Decimal) -> f64 {
    let take = d.digits.len().min(19);
    let w: u64 = d.digits[..take]
        .iter()
        .fold(0, |w, &c| w * 10 + u64::from(c));
    let e = d.exp + (d.digits.len() - take) as i64;
    // Two halves of the power keep every product in range (|e| ≤ 342 here).
    // Each of the five roundings (w, two powers, two products) is within an
    // ulp: `powf` is accurate to < 1 ulp (musl's `pow` in the wasm, the C
    // library's natively; the search below absorbs any difference).
    let (e1, e2) = (e / 2, e - e / 2);
    let guess = (w as f64 * 10f64.powf(e1 as f64)) * 10f64.powf(e2 as f64);
    if !guess.is_finite() {
        return guess;
    }
    let mut best = (guess, u64::MAX);
    for k in 0..RADIUS * 2 + 1 {
        // 0, +1, -1, +2, -2 … ulps from the estimate.
        let step = k.div_ceil(2);
        let x = if k % 2 == 1 {
            (0..step).fold(guess, |x, _| next_up(x))
        } else {
            (0..step).fold(guess, |x, _| next_down(x))
        };
        if let Some(g) = decimal(&format!("{x:e}")) {
            if g.digits == d.digits && g.exp == d.exp {
                return x;
            }
            let gap = distance(&g, d);
            if gap < best.1 {
                best = (x, gap);
            }
        }
    }
    best.0
}

/// How many ulps either side of the estimate [`nearest`] looks.
const RADIUS: usize = 8;

/// How far candidate `a` is from the text's decimal `b`, in units of the
/// 18th significant digit of `b`: one fixed scale for every candidate, so
/// the ranking is by value. A candidate ten or more times `b` is "far".
fn distance(a: &Decimal, b: &Decimal) -> u64 {
    // Zero has no leading digit: rank it below every other magnitude.
    let top = |d: &Decimal| {
        if d.digits.is_empty() {
            i64::MIN / 4
        } else {
            d.exp + d.digits.len() as i64
        }
    };
    // One spare digit above `b`'s leading one, for candidates just above a
    // power of ten.
    let hi = top(b) + 1;
    if top(a) > hi {
        return u64::MAX;
    }
    let at = |d: &Decimal| -> i128 {
        (0..19i64).fold(0i128, |acc, k| {
            let pos = hi - 1 - k; // the exponent of this digit
            let idx = top(d) - 1 - pos; // its index in d.digits
            let c = usize::try_from(idx)
                .ok()
                .and_then(|i| d.digits.get(i))
                .copied()
                .unwrap_or(0);
            acc * 10 + i128::from(c)
        })
    };
    u64::try_from((at(a) - at(b)).unsigned_abs()).unwrap_or(u64::MAX)
}

/// The next `f64` up from a non-negative finite `x`.
fn next_up(x: f64) -> f64 {
    if x.is_infinite() {
        return x;
    }
    f64::from_bits(x.to_bits() + 1)
}

/// The next `f64` down from a non-negative `x` (zero stays zero).
fn next_down(x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    f64::from_bits(x.to_bits() - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_links_and_people_write() {
        for s in [
            "0",
            "-0",
            "1",
            "1.5",
            ".5",
            "5.",
            "+5",
            "1e3",
            "1E-3",
            "2.5e+2",
            "0.1",
            "1e22",
            "1e23",
            "123456789012345",
            "0.30000000000000004",
            "1.7976931348623157e308",
            "5e-324",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "1e-400",
            "1e400",
            "000123.4500",
            "9007199254740993",
            "0.1000000000000000055511151231257827",
        ] {
            assert_eq!(
                parse_f64(s).map(f64::to_bits),
                s.parse::<f64>().ok().map(f64::to_bits),
                "{s}"
            );
        }
    }

    #[test]
    fn rejects_what_core_rejects() {
        for s in [
            "", "+", "-", ".", "e5", "1e", "1e+", " 1", "1 ", "1_000", "0x10", "1..2", "1e5.5",
            "--1", "in",
        ] {
            assert_eq!(parse_f64(s), None, "{s:?}");
            assert!(s.parse::<f64>().is_err(), "{s:?}");
        }
        assert!(parse_f64("NaN").is_some_and(f64::is_nan));
        assert_eq!(parse_f64("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_f64("inf"), Some(f64::INFINITY));
    }
}
