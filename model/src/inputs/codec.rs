//! Share links: a compact, versioned query string (`v=1`) holding only the
//! values that differ from the defaults, and a decoder that never fails.
//!
//! Keys are the [`Param`] and [`Cap`] table keys (`users`, `cap.broker_msgs`),
//! plus `view` and `title`. Decoding returns the state and one [`Correction`]
//! per key that was unknown, unparsable, not finite, out of range, repeated,
//! or of an unsupported version; everything valid is kept.
//! Query parsing (percent-decoding, `+`) is done by the `form_urlencoded` crate.

use crate::inputs::component::Component;
use crate::inputs::drill::{
    self, Drill, Fail, Shape, BURST_KEY, COUNT_PREFIX, FAIL_KEY, SHAPE_KEY,
};
use crate::inputs::entry::{self, RateBase};
use crate::inputs::params::{Cap, Param, Spec};
use crate::inputs::profiles::{self, PROFILE_PREFIX};
use crate::inputs::ranges::{self, Key, Range, Ranges};
use crate::inputs::scenario::{Assumptions, Scenario, Tolerate, View};
use serde::{Deserialize, Serialize};

/// Link format version written by [`encode`].
pub const VERSION: &str = "1";
/// Longest title kept, in characters.
pub const TITLE_MAX: usize = 120;
/// Most key=value pairs read from one link (a hostile link can hold millions).
pub const PAIRS_MAX: usize = 200;
/// Most corrections listed; the rest are summed up in one line.
pub const FIXES_MAX: usize = 50;
pub use crate::inputs::params::{CAP_PREFIX, PRICE_PREFIX};

/// What a link carries.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// Inputs and view.
    pub scenario: Scenario,
    /// Per-node capacities.
    pub assumptions: Assumptions,
    /// Optional scenario title (plain text).
    pub title: String,
    /// Traffic shape, bursts and failure drill of the simulation.
    #[serde(default)]
    pub drill: Drill,
    /// Inputs given as a range (`users=500K..2M`). The scenario and the
    /// assumptions hold each range's mid; see [`crate::inputs::ranges`].
    #[serde(default)]
    pub ranges: Ranges,
}

impl State {
    /// Gives `key` a range and sets its point value to the range's mid, so
    /// the estimate is the estimate at the most likely value.
    pub fn set_range(&mut self, key: Key, r: Range) {
        self.set_point(key, r.mid);
        self.ranges.set(key, r);
    }

    /// Makes `key` a single number again; the point value (the mid) stays.
    pub fn clear_range(&mut self, key: Key) -> Option<Range> {
        self.ranges.clear(key)
    }

    /// The ranges as they apply now. The point value is the mid: a slider
    /// that moved the point after the range was set moves the mid with it
    /// (and widens the range when the point left it), so no caller has to
    /// keep the two in step. The encoder, the bands and least regret read
    /// ranges only through here.
    pub fn ranges_in_use(&self) -> Ranges {
        let mut out = Ranges::default();
        for (k, r) in self.ranges.iter() {
            let p = k.spec().clamp(self.point(*k)).0;
            out.set(
                *k,
                Range {
                    low: r.low.min(p),
                    mid: p,
                    high: r.high.max(p),
                },
            );
        }
        out
    }

    /// The point value of `key` (the scenario's input or the assumption in use).
    pub fn point(&self, key: Key) -> f64 {
        match key {
            Key::Param(p) => self.scenario.get(p),
            Key::Cap(c) => self.assumptions.get(c),
        }
    }

    /// Sets the point value of `key` (the scenario's input or the assumption).
    fn set_point(&mut self, key: Key, v: f64) {
        match key {
            Key::Param(p) => self.scenario.set(p, v),
            Key::Cap(c) => self.assumptions.set(c, v),
        }
    }
}

/// One fix the decoder made.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// The key as given.
    pub key: String,
    /// The value as given (shortened if very long).
    pub given: String,
    /// The value used instead, or "ignored".
    pub used: String,
    /// Why.
    pub reason: String,
}

pub(crate) fn short(s: &str) -> String {
    const MAX: usize = 60;
    if s.chars().count() <= MAX {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(MAX).collect::<String>())
    }
}

/// Shortest text that parses back to exactly `v`.
pub fn number(v: f64) -> String {
    format!("{v}")
}

/// Encodes `state` as a query string without the leading `?`. The default
/// state encodes as the empty string (the bare URL).
pub fn encode(state: &State) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    let defaults = Scenario::default();
    let mut any = false;
    let mut pairs: Vec<(String, String)> = Vec::new();
    let in_use = state.ranges_in_use();
    for p in Param::ALL {
        let v = state.scenario.get(*p);
        if let Some(r) = in_use.get(Key::Param(*p)) {
            pairs.push((p.spec().key.to_string(), ranges::text(Key::Param(*p), r)));
        } else if v != defaults.get(*p) {
            let spec = p.spec();
            pairs.push((spec.key.to_string(), entry::text(spec.unit, v)));
        }
    }
    if state.scenario.view != defaults.view {
        pairs.push(("view".into(), state.scenario.view.key().into()));
    }
    if state.scenario.tolerate != defaults.tolerate {
        pairs.push(("tolerate".into(), state.scenario.tolerate.key().into()));
    }
    let base = Assumptions::default();
    for comp in Component::ALL {
        let id = state.assumptions.profile(comp).id;
        if id != base.profile(comp).id {
            pairs.push((format!("{PROFILE_PREFIX}{}", comp.id()), id.into()));
        }
    }
    if state.assumptions.policy() != base.policy() {
        pairs.push(("policy".into(), state.assumptions.policy().key().into()));
    }
    for comp in Component::ALL {
        if let Some(n) = state.scenario.pins.get(comp) {
            pairs.push((format!("{COUNT_PREFIX}{}", comp.key()), n.to_string()));
        }
    }
    let d = &state.drill;
    if d.shape != Shape::Flat {
        pairs.push((SHAPE_KEY.into(), d.shape.text()));
    }
    if !d.bursts.is_empty() {
        pairs.push((BURST_KEY.into(), drill::bursts_text(&d.bursts)));
    }
    if d.fail != Fail::None {
        pairs.push((FAIL_KEY.into(), d.fail.text()));
    }
    let platform = state.assumptions.platform().id;
    if platform != base.platform().id {
        pairs.push(("platform".into(), platform.into()));
    }
    for c in Cap::ALL {
        if let Some(r) = in_use.get(Key::Cap(*c)) {
            pairs.push((c.link_key(), ranges::text(Key::Cap(*c), r)));
        } else if state.assumptions.is_set(*c) {
            pairs.push((c.link_key(), number(state.assumptions.get(*c))));
        }
    }
    for (k, v) in state.assumptions.option_prices().pairs() {
        pairs.push((k, number(v)));
    }
    if !state.title.is_empty() {
        pairs.push(("title".into(), state.title.clone()));
    }
    if !pairs.is_empty() {
        q.append_pair("v", VERSION);
        any = true;
    }
    for (k, v) in pairs {
        q.append_pair(&k, &v);
    }
    if any {
        q.finish()
    } else {
        String::new()
    }
}

/// Checks one numeric value against its spec; returns the value to use and a
/// correction when it had to change.
pub fn check_value(key: &str, given: &str, spec: &Spec) -> (f64, Option<Correction>) {
    let fix = |used: f64, reason: &str| Correction {
        key: short(key),
        given: short(given),
        used: number(used),
        reason: reason.to_string(),
    };
    match entry::parse(spec.unit, given, RateBase::PerSecond).ok() {
        None => (
            spec.default,
            Some(fix(spec.default, "not a number; using the default")),
        ),
        Some(v) if !v.is_finite() => (
            spec.default,
            Some(fix(spec.default, "not a finite number; using the default")),
        ),
        Some(v) => {
            let (used, changed) = spec.clamp(v);
            if !changed {
                (used, None)
            } else if v < spec.min || v > spec.max {
                (
                    used,
                    Some(fix(
                        used,
                        &format!(
                            "out of range {}–{}; clamped",
                            number(spec.min),
                            number(spec.max)
                        ),
                    )),
                )
            } else {
                (used, Some(fix(used, "must be a whole number; rounded")))
            }
        }
    }
}

/// Cleans a title: control characters dropped, length capped. Markup is kept
/// as text; rendering it as text is the UI's job.
pub fn clean_title(raw: &str) -> String {
    raw.chars()
        .filter(|c| !c.is_control())
        .take(TITLE_MAX)
        .collect::<String>()
        .trim()
        .to_string()
}

/// The query part of a full link or a bare query string.
pub(crate) fn query_of(link: &str) -> &str {
    let q = match link.find('?') {
        Some(i) => &link[i + 1..],
        None if link.contains('=') => link,
        None => "",
    };
    q.split('#').next().unwrap_or("")
}

/// Decodes a link (a full URL or just its query). Never fails: what is wrong
/// is corrected and listed, and everything else is kept.
pub fn decode(link: &str) -> (State, Vec<Correction>) {
    let mut state = State::default();
    let mut fixes = Vec::new();
    // A list, not a hash set: at most PAIRS_MAX keys, and a `HashSet<String>`
    // would link std's SipHash and its String table into the wasm for this alone.
    let mut seen: Vec<String> = Vec::new();
    let mut pairs = form_urlencoded::parse(query_of(link).as_bytes());
    let mut count = 0usize;
    for (key, value) in pairs.by_ref() {
        count += 1;
        if count > PAIRS_MAX {
            fixes.push(Correction {
                key: "(link)".into(),
                given: format!("more than {PAIRS_MAX} values"),
                used: format!("first {PAIRS_MAX}"),
                reason: "link too long; the rest was ignored".into(),
            });
            break;
        }
        let (key, value) = (key.trim().to_string(), value.to_string());
        if key.is_empty() && value.is_empty() {
            continue;
        }
        let repeated = seen.contains(&key);
        if !repeated {
            seen.push(key.clone());
        }
        if repeated && key != "v" {
            fixes.push(Correction {
                key: short(&key),
                given: short(&value),
                used: "(last value)".into(),
                reason: "given more than once; the last value is used".into(),
            });
        }
        if let Some(k) = Key::from_link_key(&key) {
            // The last value wins, so a point after a range drops the range.
            state.clear_range(k);
            if ranges::is_range_text(&value) {
                let (r, fix) = ranges::parse(&key, k, &value);
                match r {
                    Some(r) => state.set_range(k, r),
                    None => state.set_point(k, k.spec().default),
                }
                fixes.extend(fix);
            } else {
                let (v, fix) = check_value(&key, &value, &k.spec());
                state.set_point(k, v);
                fixes.extend(fix);
            }
        } else if let Some(comp) = key
            .strip_prefix(PROFILE_PREFIX)
            .and_then(|id| Component::ALL.into_iter().find(|c| c.id() == id))
        {
            if !state.assumptions.set_profile(comp, value.trim()) {
                let names: Vec<&str> = profiles::catalog(comp).iter().map(|p| p.id).collect();
                fixes.push(Correction {
                    key: short(&key),
                    given: short(&value),
                    used: state.assumptions.profile(comp).id.into(),
                    reason: format!("unknown profile; expected one of {}", names.join(", ")),
                });
            }
        } else if let Some(comp) = drill::count_component(&key) {
            let spec = crate::inputs::params::Spec {
                key: "count",
                min: 1.0,
                max: crate::common::units::MAX_NODES as f64,
                integer: true,
                default: 0.0,
                ..Param::Partitions.spec()
            };
            let (v, fix) = check_value(&key, &value, &spec);
            let fix = fix.map(|f| match v {
                0.0 => Correction {
                    used: "not pinned".into(),
                    ..f
                },
                _ => f,
            });
            state
                .scenario
                .pins
                .set(comp, (v >= 1.0).then_some(v as u64));
            fixes.extend(fix);
        } else if let Some((id, dim)) = key
            .strip_prefix(PRICE_PREFIX)
            .and_then(|rest| rest.split_once('.'))
        {
            fixes.extend(option_price(&mut state.assumptions, &key, id, dim, &value));
        } else {
            match key.as_str() {
                "v" if value.trim() == VERSION => {}
                SHAPE_KEY => {
                    let (shape, f) = Shape::parse(&value);
                    state.drill.shape = shape;
                    fixes.extend(f);
                }
                BURST_KEY => {
                    let (b, f) = drill::parse_bursts(&value);
                    state.drill.bursts = b;
                    fixes.extend(f);
                }
                FAIL_KEY => {
                    let (f, c) = drill::parse_fail(&value);
                    state.drill.fail = f;
                    fixes.extend(c);
                }
                "v" => fixes.push(Correction {
                    key: "v".into(),
                    given: short(&value),
                    used: VERSION.into(),
                    reason: "unsupported link version; read as version 1".into(),
                }),
                "view" => match View::from_key(value.trim()) {
                    Some(v) => state.scenario.view = v,
                    None => fixes.push(Correction {
                        key: "view".into(),
                        given: short(&value),
                        used: View::default().key().into(),
                        reason:
                            "unknown view; expected eventual, cqrs, sourcing, messaging or replay"
                                .into(),
                    }),
                },
                "policy" => match crate::inputs::policy::Policy::from_key(value.trim()) {
                    Some(p) => state.assumptions.set_policy(p),
                    None => fixes.push(Correction {
                        key: "policy".into(),
                        given: short(&value),
                        used: state.assumptions.policy().key().into(),
                        reason: "unknown policy; expected default or aws-msk".into(),
                    }),
                },
                "platform" => {
                    if !state.assumptions.set_platform(value.trim()) {
                        let ids: Vec<&str> = crate::inputs::platforms::PLATFORMS
                            .iter()
                            .map(|p| p.id)
                            .collect();
                        fixes.push(Correction {
                            key: "platform".into(),
                            given: short(&value),
                            used: state.assumptions.platform().id.into(),
                            reason: format!("unknown platform; expected one of {}", ids.join(", ")),
                        });
                    }
                }
                "tolerate" => match Tolerate::from_key(value.trim()) {
                    Some(t) => state.scenario.tolerate = t,
                    None => fixes.push(Correction {
                        key: "tolerate".into(),
                        given: short(&value),
                        used: Tolerate::default().key().into(),
                        reason: "unknown failure tolerance; expected none, node or zone".into(),
                    }),
                },
                "title" => {
                    let t = clean_title(&value);
                    if t != value {
                        fixes.push(Correction {
                            key: "title".into(),
                            given: short(&value),
                            used: short(&t),
                            reason: format!(
                                "control characters removed or cut to {TITLE_MAX} characters"
                            ),
                        });
                    }
                    state.title = t;
                }
                _ => fixes.push(Correction {
                    key: short(&key),
                    given: short(&value),
                    used: "ignored".into(),
                    reason: "unknown key".into(),
                }),
            }
        }
    }
    if let Some(at) = state.drill.fail.at() {
        let end = state.scenario.clamped().window_h * 60.0;
        if at >= end {
            fixes.push(Correction {
                key: FAIL_KEY.into(),
                given: state.drill.fail.text(),
                used: "kept; nothing fails inside the window".into(),
                reason: format!(
                    "minute {} is after the {} h window ends; widen the window (window=) to see it",
                    number(at),
                    number(end / 60.0)
                ),
            });
        }
    }
    if fixes.len() > FIXES_MAX {
        let more = fixes.len() - (FIXES_MAX - 1);
        fixes.truncate(FIXES_MAX - 1);
        fixes.push(Correction {
            key: "(more)".into(),
            given: format!("{more} more problems"),
            used: "corrected".into(),
            reason: "not listed one by one".into(),
        });
    }
    (state, fixes)
}

/// Reads one `price.<option-id>.<dim>` pair into `a`; returns the
/// correction when the option or dimension is unknown, the value is not a
/// finite number (the catalog's price is kept), or it is out of range
/// (clamped to `0..=max`).
fn option_price(
    a: &mut Assumptions,
    key: &str,
    id: &str,
    dim: &str,
    value: &str,
) -> Option<Correction> {
    use crate::inputs::option_prices::{Dim, PriceError};
    use crate::inputs::platforms::{find, PLATFORMS};
    let fix = |used: String, reason: String| Correction {
        key: short(key),
        given: short(value),
        used,
        reason,
    };
    let Some(p) = find(id) else {
        let ids: Vec<&str> = PLATFORMS.iter().map(|p| p.id).collect();
        return Some(fix(
            "ignored".into(),
            format!(
                "unknown platform option; expected one of {}",
                ids.join(", ")
            ),
        ));
    };
    let expected = || {
        if p.billed.is_empty() {
            format!(
                "{} is billed through its broker profile (price.broker, price.broker_gb_month)",
                p.id
            )
        } else {
            let keys: Vec<&str> = p.billed.iter().map(|d| d.key()).collect();
            format!("expected one of {}", keys.join(", "))
        }
    };
    let Some(d) = Dim::from_key(dim) else {
        return Some(fix(
            "ignored".into(),
            format!("unknown price dimension; {}", expected()),
        ));
    };
    let catalog = || {
        d.catalog(p)
            .map_or_else(|| "no price (catalog has none)".to_string(), number)
    };
    let v = match entry::parse(
        crate::inputs::unit::Unit::Dollars,
        value,
        RateBase::PerSecond,
    ) {
        Ok(v) if v.is_finite() => v,
        _ => {
            return Some(fix(
                catalog(),
                "not a finite number; the catalog's price is kept".into(),
            ))
        }
    };
    match a.set_option_price(p.id, d, v) {
        Err(PriceError::NotBilled) => Some(fix(
            "ignored".into(),
            format!("{} does not bill {}; {}", p.id, d.key(), expected()),
        )),
        Err(PriceError::UnknownOption) => {
            Some(fix("ignored".into(), "unknown platform option".into()))
        }
        Ok(()) if !(0.0..=d.max()).contains(&v) => Some(fix(
            number(v.clamp(0.0, d.max())),
            format!("out of range 0–{}; clamped", number(d.max())),
        )),
        Ok(()) => None,
    }
}

pub use crate::inputs::link::{decode_link, encode_link, Link, COMPARE_KEY, SLIDES, STEP_KEY};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_the_bare_url() {
        assert_eq!(encode(&State::default()), "");
        let (s, fixes) = decode("");
        assert_eq!(s, State::default());
        assert!(fixes.is_empty());
    }

    #[test]
    fn typical_tweak_is_short_and_round_trips() {
        let mut st = State::default();
        st.scenario.users = 25e6;
        st.scenario.rate_per_user_sec = 0.5;
        st.scenario.view = View::Cqrs;
        st.assumptions.set(Cap::BrokerMsgs, 200_000.0);
        st.title = "Chat <b>launch</b> & more".into();
        let q = encode(&st);
        assert!(q.starts_with("v=1&"), "{q}");
        assert!(q.len() < 200, "{q}");
        let (back, fixes) = decode(&format!("https://x.test/?{q}#frag"));
        assert_eq!(back, st);
        assert!(fixes.is_empty(), "{fixes:?}");
    }

    #[test]
    fn every_kind_of_bad_value_is_named() {
        let (s, fixes) =
            decode("?v=9&users=abc&rate=NaN&size=inf&rf=2.5&util=500&bogus=1&view=nope&users=5");
        let keys: Vec<&str> = fixes.iter().map(|f| f.key.as_str()).collect();
        for k in ["v", "users", "rate", "size", "rf", "util", "bogus", "view"] {
            assert!(keys.contains(&k), "{k} missing from {keys:?}");
        }
        assert_eq!(s.scenario.users, 5.0, "last value wins");
        assert_eq!(s.scenario.rf, 3.0);
        assert_eq!(s.scenario.util_pct, 95.0);
        assert_eq!(s.scenario.rate_per_user_sec, 10.0);
        let util = fixes.iter().find(|f| f.key == "util").expect("util fix");
        assert_eq!((util.given.as_str(), util.used.as_str()), ("500", "95"));
    }

    #[test]
    fn ranges_round_trip_and_keep_the_mid_as_the_point() {
        let (s, fixes) = decode("users=500K..2M&size=1KB..2KB..4KB&cap.broker_msgs=1e5..4e5&rf=3");
        assert!(fixes.is_empty(), "{fixes:?}");
        assert_eq!(s.scenario.users, 1e6, "geometric mean of a log input");
        assert_eq!(s.scenario.size_bytes, 2000.0);
        assert_eq!(s.assumptions.get(Cap::BrokerMsgs), 2e5);
        assert_eq!(s.ranges.len(), 3);
        let q = encode(&s);
        assert!(q.contains("users=500000..2000000"), "{q}");
        assert_eq!(decode(&q), (s.clone(), vec![]));
        // A slider that moves the point moves the mid (and widens the range
        // past its end); nothing else has to keep them in step.
        let mut moved = s.clone();
        moved.scenario.users = 3e6;
        assert_eq!(
            moved.ranges_in_use().get(Key::Param(Param::Users)),
            Some(&Range {
                low: 5e5,
                mid: 3e6,
                high: 3e6
            })
        );
        assert!(
            encode(&moved).contains("users=500000..3000000..3000000"),
            "{}",
            encode(&moved)
        );
        assert_eq!(decode(&encode(&moved)).0.scenario.users, 3e6);
        // A degenerate range at the default still travels in the link.
        let (d, _) = decode("users=1M..1M");
        assert_eq!(encode(&d), "v=1&users=1000000..1000000");
    }

    #[test]
    fn a_bad_range_is_named_and_the_rest_of_the_link_kept() {
        let (s, fixes) = decode("users=2M..1K&rate=1..2..3..4&size=NaN..5KB&fanout=3");
        let keys: Vec<&str> = fixes.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["users", "rate", "size"], "{fixes:?}");
        assert_eq!(s.scenario.fanout, 3.0);
        let users = s
            .ranges
            .get(Key::Param(Param::Users))
            .expect("swapped, kept");
        assert_eq!((users.low, users.high), (1e3, 2e6));
        assert!(!s.ranges.is_range(Key::Param(Param::Rate)));
        assert_eq!(
            s.scenario.rate_per_user_sec, 10.0,
            "dropped range: the default"
        );
        // A point after a range: the last value wins and the range goes.
        let (s, _) = decode("users=1K..1M&users=5");
        assert_eq!((s.scenario.users, s.ranges.len()), (5.0, 0));
    }

    #[test]
    fn link_values_read_their_fields_units() {
        let (s, fixes) = decode("users=1.5M&size=64KiB&rate=100%2Fd");
        assert!(fixes.is_empty(), "{fixes:?}");
        assert_eq!(s.scenario.users, 1.5e6);
        assert_eq!(s.scenario.size_bytes, 65_536.0);
        assert!((s.scenario.rate_per_user_sec - 100.0 / 86_400.0).abs() < 1e-12);
        let (_, fixes) = decode("users=5KB");
        assert_eq!(fixes[0].reason, "not a number; using the default");
    }

    #[test]
    fn sizing_keys_round_trip_and_bad_ones_are_named() {
        let mut st = State::default();
        st.scenario.az = 2.0;
        st.scenario.tolerate = Tolerate::Node;
        st.scenario.horizon_months = 36.0;
        st.scenario.tiered_local_hours = 72.0;
        st.assumptions
            .set_profile(Component::Broker, "kafka.m7g.4xlarge");
        st.assumptions.set(Cap::PriceCrossAzGb, 0.02);
        let q = encode(&st);
        for k in [
            "az=2",
            "tolerate=node",
            "horizon=36",
            "tiered=72",
            "profile.broker=kafka.m7g.4xlarge",
            "price.cross_az_gb=0.02",
        ] {
            assert!(q.contains(k), "{k} missing from {q}");
        }
        assert_eq!(decode(&q), (st, vec![]));
        let (s, fixes) = decode("az=9&tolerate=region&horizon=NaN&profile.broker=kafka.x9&profile.nope=1&price.cache=-1&tiered=1e99");
        let keys: Vec<&str> = fixes.iter().map(|f| f.key.as_str()).collect();
        for k in [
            "az",
            "tolerate",
            "horizon",
            "profile.broker",
            "profile.nope",
            "price.cache",
            "tiered",
        ] {
            assert!(keys.contains(&k), "{k} missing from {keys:?}");
        }
        assert_eq!(s.scenario.az, 6.0);
        assert_eq!(s.scenario.tolerate, Tolerate::Zone);
        assert_eq!(
            s.assumptions.profile(Component::Broker).id,
            "kafka.m7g.xlarge"
        );
        assert_eq!(s.assumptions.get(Cap::PriceCache), 0.0);
    }

    #[test]
    fn option_prices_round_trip_and_bad_ones_are_named() {
        use crate::inputs::option_prices::Dim;
        let mut st = State::default();
        st.assumptions
            .set_option_price("redpanda-serverless", Dim::InGb, 0.04)
            .expect("billed");
        st.assumptions
            .set_option_price("kinesis-provisioned", Dim::UnitHour, 0.02)
            .expect("billed");
        let q = encode(&st);
        assert!(q.contains("price.redpanda-serverless.in_gb=0.04"), "{q}");
        assert!(
            q.contains("price.kinesis-provisioned.unit_hour=0.02"),
            "{q}"
        );
        assert_eq!(decode(&q), (st, vec![]));
        let (s, fixes) = decode(
            "users=7&price.nope.in_gb=1&price.aiven.bogus=1&price.msk-standard.in_gb=1\
             &price.aiven.in_gb=NaN&price.aiven.out_gb=-2&price.aiven.fixed_hour=1e9\
             &price.aiven.stored_gb_month=inf&price.warpstream.unit_hour=1",
        );
        let by_key = |k: &str| fixes.iter().find(|f| f.key == k).cloned();
        assert_eq!(fixes.len(), 8, "{fixes:?}");
        assert!(by_key("price.nope.in_gb")
            .is_some_and(|f| f.reason.starts_with("unknown platform option")));
        assert!(by_key("price.aiven.bogus")
            .is_some_and(|f| f.reason.starts_with("unknown price dimension")));
        assert!(
            by_key("price.msk-standard.in_gb").is_some_and(|f| f.reason.contains("broker profile"))
        );
        assert!(by_key("price.aiven.in_gb")
            .is_some_and(|f| f.reason.contains("catalog's price is kept")));
        assert!(by_key("price.warpstream.unit_hour")
            .is_some_and(|f| f.reason.contains("does not bill")));
        let neg = by_key("price.aiven.out_gb").expect("negative");
        assert_eq!(
            (neg.used.as_str(), neg.reason.as_str()),
            ("0", "out of range 0–10; clamped")
        );
        assert_eq!(by_key("price.aiven.fixed_hour").expect("huge").used, "1000");
        // Everything valid is kept: the user count, and the clamped prices.
        assert_eq!(s.scenario.users, 7.0);
        let aiven = crate::inputs::platforms::find("aiven").expect("aiven");
        let pr = s.assumptions.option_prices().priced(aiven);
        assert_eq!(pr.value(aiven, Dim::OutGb), Some(0.0));
        assert_eq!(pr.value(aiven, Dim::FixedHour), Some(1000.0));
        assert_eq!(pr.value(aiven, Dim::InGb), None);
        assert_eq!(s.assumptions.changed(), 2);
    }

    #[test]
    fn hostile_titles_stay_text_and_short() {
        let long = "a".repeat(500);
        let (s, fixes) = decode(&format!(
            "title=%3Cscript%3Ealert(1)%3C%2Fscript%3E%0A{long}"
        ));
        assert!(s.title.starts_with("<script>alert(1)</script>"));
        assert_eq!(s.title.chars().count(), TITLE_MAX);
        assert_eq!(fixes.len(), 1);
    }

    #[test]
    fn huge_links_are_cut() {
        let q = "x=1&".repeat(10_000);
        let (_, fixes) = decode(&q);
        assert_eq!(fixes.len(), FIXES_MAX);
        assert!(fixes.last().is_some_and(|f| f.key == "(more)"));
    }
}
