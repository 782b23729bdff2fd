//! `common::num::parse_f64` against core's `str::parse::<f64>`: the same
//! strings accepted, every `f64`'s printed form read back bit for bit, short
//! decimals correctly rounded, everything else within a few ulps.

use model::common::num::parse_f64;
use proptest::prelude::*;

fn ulps(a: f64, b: f64) -> u64 {
    let key = |x: f64| {
        let b = x.to_bits() as i64;
        if b < 0 {
            i64::MIN - b
        } else {
            b
        }
    };
    key(a).abs_diff(key(b))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn every_printed_f64_reads_back_exactly(bits in any::<u64>()) {
        let x = f64::from_bits(bits);
        prop_assume!(x.is_finite());
        for s in [format!("{x}"), format!("{x:e}"), format!("{x:E}"), format!("{x:?}")] {
            prop_assert_eq!(parse_f64(&s).map(f64::to_bits), Some(x.to_bits()), "{}", s);
        }
    }

    #[test]
    fn short_decimals_round_correctly(
        digits in "[0-9]{1,15}",
        point in 0usize..16,
        exp in -30i32..30,
        neg in any::<bool>(),
    ) {
        let p = point.min(digits.len());
        let s = format!("{}{}.{}e{exp}", if neg { "-" } else { "" }, &digits[..p], &digits[p..]);
        let want = s.parse::<f64>().expect("valid");
        prop_assert_eq!(parse_f64(&s).map(f64::to_bits), Some(want.to_bits()), "{}", s);
    }

    #[test]
    fn long_and_extreme_decimals_land_within_a_few_ulps(
        digits in "[1-9][0-9]{0,30}",
        exp in -360i32..330,
    ) {
        let s = format!("{digits}e{exp}");
        let want = s.parse::<f64>().expect("valid");
        let got = parse_f64(&s).expect("valid");
        if want.is_finite() && got.is_finite() {
            prop_assert!(ulps(got, want) <= 2, "{} -> {} vs {}", s, got, want);
        } else {
            prop_assert_eq!(got, want, "{}", s);
        }
    }

    #[test]
    fn accepts_exactly_what_core_accepts(s in "[0-9.eE+\\-_ xinfaINFA]{0,8}") {
        let core = s.parse::<f64>();
        let ours = parse_f64(&s);
        prop_assert_eq!(ours.is_some(), core.is_ok(), "{:?}", s);
        if let (Some(a), Ok(b)) = (ours, core) {
            prop_assert!(a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan()), "{:?}", s);
        }
    }
}
