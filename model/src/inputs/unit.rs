//! The unit each input is shown and typed in.

use crate::common::format;
use serde::{Deserialize, Serialize};

/// How a value is shown to people.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unit {
    /// A plain count with an SI suffix (users, events).
    Count,
    /// Per second, per user.
    PerUserSec,
    /// Bytes.
    Bytes,
    /// Percent, 0–100.
    Percent,
    /// A multiplier (×).
    Factor,
    /// Days.
    Days,
    /// Hours.
    Hours,
    /// Milliseconds.
    Millis,
    /// Messages or operations per second.
    OpsPerSec,
    /// Megabytes per second.
    MegabytesPerSec,
    /// Events per second.
    EventsPerSec,
    /// Months (planning horizon).
    Months,
    /// Decimal gigabytes (disk, memory).
    Gigabytes,
    /// US dollars (a unit price).
    Dollars,
    /// Off (0) or on (1).
    Toggle,
    /// Seconds (detection and failover times).
    Seconds,
    /// Minutes (time to replace a node).
    Minutes,
}

impl Unit {
    /// The value as a person reads it: `1.2M`, `1 KB`, `35 %`.
    pub fn show(self, v: f64) -> String {
        match self {
            Unit::Count => format::count(v),
            Unit::PerUserSec => format!("{}/s", format::num(v)),
            Unit::Bytes => format::bytes(v),
            Unit::Percent => format::percent(v),
            Unit::Factor => format!("{}×", format::num(v)),
            Unit::Days => format!("{} d", format::num(v)),
            Unit::Hours => format!("{} h", format::num(v)),
            Unit::Millis => format::millis(v),
            Unit::OpsPerSec => format::rate(v, "ops/s"),
            Unit::MegabytesPerSec => format!("{} MB/s", format::num(v)),
            Unit::EventsPerSec => format::rate(v, "events/s"),
            Unit::Months => format!("{} mo", format::num(v)),
            Unit::Gigabytes => format::bytes(v * 1e9),
            Unit::Dollars => format!("${}", format::num(v)),
            Unit::Toggle => if v >= 0.5 { "on" } else { "off" }.to_string(),
            Unit::Seconds => format!("{} s", format::num(v)),
            Unit::Minutes => format!("{} min", format::num(v)),
        }
    }
}
