//! Warnings about a scenario that is valid input but would not run as sized
//! on the chosen platform: a vendor's own rule that the numbers alone do not
//! show. Each names the rule and its source.

use crate::inputs::component::Component;
use crate::inputs::scenario::{Assumptions, Scenario};

/// MSK's least `retention.ms` for a topic with tiered storage on, in days:
/// "The minimum retention.ms is 3 days" (Amazon MSK developer guide,
/// "Guidelines for Amazon MSK tiered storage topic-level configuration",
/// read 2026-12-01).
pub const MSK_TIERED_MIN_RETENTION_DAYS: f64 = 3.0;

/// Every warning for `s` under `a`, in words, empty when there is none.
pub fn warnings(s: &Scenario, a: &Assumptions) -> Vec<String> {
    let mut out = Vec::new();
    if s.tiered_local_hours > 0.0 {
        let msk = a.profile(Component::Broker).id.starts_with("kafka.");
        let local_days = s.tiered_local_hours / 24.0;
        if msk && s.retention_days < MSK_TIERED_MIN_RETENTION_DAYS {
            out.push(format!(
                "Tiered storage on MSK needs a retention of at least 3 days per topic; this scenario keeps {} days. Raise retention or turn tiered storage off (Amazon MSK developer guide, tiered storage topic-level configuration).",
                crate::common::format::num(s.retention_days)
            ));
        }
        if local_days >= s.retention_days {
            out.push(format!(
                "Tiered storage does nothing here: {} h kept locally is at least the whole retention of {} days, so nothing moves to object storage. Kafka (KIP-405) and MSK require local.retention.ms below retention.ms.",
                crate::common::format::num(s.tiered_local_hours),
                crate::common::format::num(s.retention_days)
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn msk_tiered_storage_under_three_days_is_warned() {
        let a = Assumptions::default();
        let ok = Scenario {
            tiered_local_hours: 24.0,
            retention_days: 7.0,
            ..Scenario::default()
        };
        assert!(warnings(&ok, &a).is_empty());
        assert!(warnings(&Scenario::default(), &a).is_empty(), "tiered off");
        let short = Scenario {
            tiered_local_hours: 12.0,
            retention_days: 2.0,
            ..Scenario::default()
        };
        let w = warnings(&short, &a);
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("at least 3 days"), "{}", w[0]);
        // Self-managed Kafka has no such floor.
        let mut ec2 = Assumptions::default();
        assert!(ec2.set_profile(Component::Broker, "ec2.m7g.xlarge"));
        assert!(warnings(&short, &ec2).is_empty());
    }

    #[test]
    fn local_hours_past_retention_are_warned() {
        let s = Scenario {
            tiered_local_hours: 240.0,
            retention_days: 7.0,
            ..Scenario::default()
        };
        let w = warnings(&s, &Assumptions::default());
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("does nothing"), "{}", w[0]);
    }
}
