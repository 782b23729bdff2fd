//! The presenter's cheat sheet: latency numbers, unit conversions and the
//! default per-node capacities with their sources.

use crate::common::format::{bytes_per_sec, num};
use crate::common::units::SECONDS_PER_DAY;
use crate::inputs::params::Cap;

/// Source of the latency table.
pub const LATENCY_SOURCE: &str = "Jeff Dean, \"Numbers everyone should know\" (2009), as updated by Peter Norvig and Colin Scott's interactive version";

/// (operation, latency) pairs.
pub const LATENCIES: [(&str, &str); 10] = [
    ("L1 cache reference", "0.5 ns"),
    ("Main memory reference", "100 ns"),
    ("Compress 1 KB with Snappy", "3 µs"),
    ("Send 1 KB over 1 Gbps", "10 µs"),
    ("Read 4 KB randomly from SSD", "150 µs"),
    ("Read 1 MB sequentially from memory", "250 µs"),
    ("Round trip within a datacenter", "500 µs"),
    ("Read 1 MB sequentially from SSD", "1 ms"),
    ("Disk seek", "10 ms"),
    ("Packet CA → Netherlands → CA", "150 ms"),
];

/// Handy conversions, computed (not typed in) so they cannot drift.
pub fn conversions() -> Vec<(String, String)> {
    vec![
        (
            "1M per day".into(),
            format!("≈ {}/s", num(1e6 / SECONDS_PER_DAY)),
        ),
        (
            "100 events per user per day".into(),
            format!("= {}/s per user", num(100.0 / SECONDS_PER_DAY)),
        ),
        (
            "1 KB × 1M/s".into(),
            format!("= {}", bytes_per_sec(1e3 * 1e6)),
        ),
        (
            "1 GB/s for a day".into(),
            format!("= {}", crate::common::format::bytes(1e9 * SECONDS_PER_DAY)),
        ),
        ("1 Gbps".into(), format!("≈ {}", bytes_per_sec(1e9 / 8.0))),
        ("Seconds per day".into(), "86,400 (≈ 10⁵)".into()),
    ]
}

/// (capacity, default, source) for every assumption.
pub fn capacities() -> Vec<(&'static str, String, &'static str)> {
    Cap::ALL
        .iter()
        .map(|c| {
            let s = c.spec();
            (s.label, s.unit.show(s.default), s.source)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversions_are_right() {
        let c = conversions();
        assert_eq!(c[0].1, "≈ 11.57/s");
        assert_eq!(c[2].1, "= 1 GB/s");
        assert_eq!(c[3].1, "= 86.4 TB");
        assert_eq!(c[4].1, "≈ 125 MB/s");
        assert_eq!(capacities().len(), Cap::ALL.len());
    }
}
