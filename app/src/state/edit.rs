//! Every change to the document is a typed [`Edit`], applied in one place.
//!
//! [`apply`] is pure (a `Link` in, a `Link` out, plus what history should
//! do), so the rules are tested natively: continuous edits (a slider, a
//! typed capacity, the title) *replace* the history entry; discrete ones
//! (a tab, a preset, a profile, ×10, pinning, entering or leaving presenter
//! mode) *push* one, so Back returns to the state before them. ×10 keeps the
//! scenario it replaced so Undo can restore the user count.

use super::Doc;
use leptos::prelude::*;
use model::codec::{decode_link, Correction, Link};
use model::component::Component;
use model::drill::{self, Burst, Fail, Shape};
use model::option_prices::Dim;
use model::policy::Policy;
use model::ranges::{Key, Range};
use model::scenario::Tolerate;
use model::{presets, Assumptions, Cap, Param, Scenario, View};

/// One change a person makes.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Set an input (slider, exact entry).
    Param(Param, f64),
    /// Override a capacity or price.
    Cap(Cap, f64),
    /// Drop one override.
    ResetCap(Cap),
    /// Back to the default assumptions: every override dropped and every
    /// component on its default profile (the drawer's "Reset all").
    ResetAssumptions,
    /// Choose a component's instance profile by name.
    Profile(Component, String),
    /// Run the broker tier on a catalog option (`platform=<id>`); an
    /// unknown id changes nothing.
    Platform(String),
    /// Size the broker tier under a policy (`policy=aws-msk`).
    Policy(Policy),
    /// Price a platform option's billing dimension (`price.<id>.<dim>`);
    /// clamped to its range, an unknown pair changes nothing.
    OptionPrice(&'static str, Dim, f64),
    /// Back to the catalog's price of one option's dimension.
    ResetOptionPrice(&'static str, Dim),
    /// Choose the failure to tolerate.
    Tolerate(Tolerate),
    /// Switch the pattern tab.
    View(View),
    /// Apply a preset by id.
    Preset(String),
    /// Set the title (already cleaned).
    Title(String),
    /// Pin the current scenario as A.
    Pin,
    /// Clear A.
    Unpin,
    /// Enter presenter mode at a slide, move to one, or leave (`None`).
    Present(Option<u32>),
    /// Multiply users by 10, remembering the scenario for undo.
    TrafficX10,
    /// Restore the user count from before ×10.
    UndoX10,
    /// Open a saved scenario (a link query); A and the slide stay.
    Open(String),
    /// Set the traffic shape over the window (the form parsed it and shows
    /// what it had to correct).
    Shape(Shape),
    /// Replace the bursts (cleaned as a link's would be: clamped, sorted).
    Bursts(Vec<Burst>),
    /// Set the failure drill (a bad minute means no failure).
    Fail(Fail),
    /// Turn an input's range mode on: a range around its value now
    /// ([`default_range`]). Pushes, so Back leaves range mode.
    RangeOn(Key),
    /// Set an input's range (low, most likely, high); the point value
    /// follows the most likely value. Typed ends replace the history entry.
    Range(Key, Range),
    /// Make an input a single number again; its value (the mid) stays.
    RangeOff(Key),
}

/// The range an input gets when range mode is turned on: half to double its
/// value on a log-scaled input (a count known to a factor of two either
/// way), ±20 % on a linear one (a percentage, a replication factor), with
/// the value now as the most likely. Clamped into the field's range by
/// [`Range::with_mid`], so it never holds NaN or leaves the field.
pub fn default_range(key: Key, point: f64) -> Range {
    let p = key.spec().clamp(point).0;
    let (lo, hi) = if key.is_log(p) {
        (p / 2.0, p * 2.0)
    } else {
        (p * 0.8, p * 1.2)
    };
    Range::with_mid(key, lo, p, hi)
}

/// What the address bar does after an edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum History {
    /// Replace the current entry (after the sliders rest).
    Replace,
    /// Push a new entry, so Back returns here.
    Push,
}

/// The document and the ×10 undo state an edit works on.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// The document.
    pub link: Link,
    /// The scenario before ×10, while that can be undone.
    pub before_tenx: Option<Scenario>,
}

/// Applies `e` to `d`. Returns how history should record it, and any
/// corrections (only [`Edit::Open`] decodes, and so can have some).
pub fn apply(d: &mut Draft, e: &Edit) -> (History, Vec<Correction>) {
    use History::*;
    let s = &mut d.link.state;
    match e {
        Edit::Param(p, v) => {
            s.scenario.set(*p, *v);
            s.scenario = s.scenario.clamped();
            (Replace, vec![])
        }
        Edit::Cap(c, v) => {
            s.assumptions.set(*c, *v);
            s.assumptions = s.assumptions.clamped();
            (Replace, vec![])
        }
        Edit::ResetCap(c) => {
            s.assumptions.reset(*c);
            (Push, vec![])
        }
        Edit::ResetAssumptions => {
            s.assumptions = Assumptions::default();
            (Push, vec![])
        }
        Edit::Profile(c, id) => {
            s.assumptions.set_profile(*c, id);
            (Push, vec![])
        }
        Edit::Platform(id) => {
            s.assumptions.set_platform(id);
            (Push, vec![])
        }
        Edit::Policy(p) => {
            s.assumptions.set_policy(*p);
            (Push, vec![])
        }
        Edit::OptionPrice(id, dim, v) => {
            // The drawer only offers billed pairs; any other is no change.
            let _ = s.assumptions.set_option_price(id, *dim, *v);
            (Replace, vec![])
        }
        Edit::ResetOptionPrice(id, dim) => {
            s.assumptions.reset_option_price(id, *dim);
            (Push, vec![])
        }
        Edit::Tolerate(t) => {
            s.scenario.tolerate = *t;
            (Push, vec![])
        }
        Edit::View(v) => {
            let changed = s.scenario.view != *v;
            s.scenario.view = *v;
            (if changed { Push } else { Replace }, vec![])
        }
        Edit::Preset(id) => {
            if let Some(p) = presets::find(id) {
                s.scenario = p.scenario(s.scenario.view);
                d.before_tenx = None;
            }
            (Push, vec![])
        }
        Edit::Title(t) => {
            s.title = t.clone();
            (Replace, vec![])
        }
        Edit::Pin => {
            d.link.compare = Some(s.clone());
            (Push, vec![])
        }
        Edit::Unpin => {
            d.link.compare = None;
            (Push, vec![])
        }
        Edit::Present(step) => {
            // Moving between slides replaces; entering or leaving pushes.
            let was = d.link.step.is_some();
            d.link.step = *step;
            (if was == step.is_some() { Replace } else { Push }, vec![])
        }
        Edit::TrafficX10 => {
            let bigger = s.scenario.scaled_users(10.0);
            if bigger != s.scenario {
                d.before_tenx = Some(std::mem::replace(&mut s.scenario, bigger));
            }
            (Push, vec![])
        }
        Edit::UndoX10 => {
            if let Some(prev) = d.before_tenx.take() {
                // Only the user count goes back: other edits since ×10 stay.
                s.scenario.users = prev.users;
            }
            (Push, vec![])
        }
        Edit::Open(query) => {
            let (link, fixes) = decode_link(query);
            d.link = Link {
                compare: d.link.compare.take(),
                step: d.link.step,
                ..link
            };
            d.before_tenx = None;
            (Push, fixes)
        }
        // The drill's edits go through the link's own readers, so the
        // document holds nothing a link could not carry (no NaN, no
        // out-of-range minute). Each is a discrete choice: it pushes.
        Edit::Shape(shape) => {
            s.drill.shape = Shape::parse(&shape.text()).0;
            (Push, vec![])
        }
        Edit::Bursts(b) => {
            s.drill.bursts = drill::parse_bursts(&drill::bursts_text(b)).0;
            (Push, vec![])
        }
        Edit::Fail(f) => {
            s.drill.fail = drill::parse_fail(&f.text()).0;
            (Push, vec![])
        }
        // Ranges change only through the state's own methods, which keep
        // the point value at the range's mid.
        Edit::RangeOn(k) => {
            if !s.ranges.is_range(*k) {
                let r = default_range(*k, s.point(*k));
                s.set_range(*k, r);
            }
            (Push, vec![])
        }
        Edit::Range(k, r) => {
            // Re-made through the constructor: a range from outside (a
            // test, a future caller) is clamped and ordered like a link's.
            let r = Range::with_mid(*k, r.low, r.mid, r.high);
            s.set_range(*k, r);
            (Replace, vec![])
        }
        Edit::RangeOff(k) => {
            s.clear_range(*k);
            (Push, vec![])
        }
    }
}

/// Applies edits to the live document. `Copy`: it is a bundle of handles.
#[derive(Clone, Copy)]
pub struct Editor {
    link: RwSignal<Link>,
    before_tenx: RwSignal<Option<Scenario>>,
    push_next: StoredValue<bool>,
    corrections: RwSignal<Vec<Correction>>,
}

impl Editor {
    /// The document around `link`, and its editor.
    pub fn new(link: Link) -> (Doc, Editor) {
        let link = RwSignal::new(link);
        let editor = Editor {
            link,
            before_tenx: RwSignal::new(None),
            push_next: StoredValue::new(false),
            corrections: RwSignal::new(Vec::new()),
        };
        (Doc::new(link.read_only()), editor)
    }

    /// Applies one edit. The only way the document changes after loading.
    pub fn apply(&self, e: Edit) {
        let mut d = Draft {
            link: self.link.get_untracked(),
            before_tenx: self.before_tenx.get_untracked(),
        };
        let (history, fixes) = apply(&mut d, &e);
        if history == History::Push {
            self.push_next.set_value(true);
        }
        if matches!(e, Edit::Open(_)) {
            self.corrections.set(fixes);
        }
        if d.before_tenx != self.before_tenx.get_untracked() {
            self.before_tenx.set(d.before_tenx);
        }
        if d.link != self.link.get_untracked() {
            self.link.set(d.link);
        }
    }

    /// Loads a link (the address bar at start-up, the autosave, Back or
    /// Forward): the one decode-and-apply path for outside state. History is
    /// left alone: the address bar already shows this link.
    pub fn load(&self, query: &str) {
        let (link, fixes) = decode_link(query);
        self.before_tenx.set(None);
        self.corrections.set(fixes);
        self.link.set(link);
    }

    /// Whether the last change should push a history entry; reading clears it.
    pub fn take_push(&self) -> bool {
        let push = self.push_next.get_value();
        self.push_next.set_value(false);
        push
    }

    /// The scenario before ×10, while it can be undone.
    pub fn before_tenx(&self) -> ReadSignal<Option<Scenario>> {
        // Its own read-only half, not a `Signal`: a `Signal` of this type
        // was built for this one reader (a smaller wasm).
        self.before_tenx.read_only()
    }

    /// What the last loaded link or file had to correct.
    pub fn corrections(&self) -> Signal<Vec<Correction>> {
        self.corrections.into()
    }

    /// Adds corrections found outside a link (a saved preference that is
    /// not understood), so they show in the same notice.
    pub fn report(&self, more: Vec<Correction>) {
        if !more.is_empty() {
            self.corrections.update(|c| c.extend(more));
        }
    }

    /// Hides the corrections notice.
    pub fn dismiss(&self) {
        self.corrections.set(Vec::new());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn run(d: &mut Draft, e: Edit) -> History {
        apply(d, &e).0
    }

    #[wasm_bindgen_test]
    fn continuous_edits_replace_and_discrete_ones_push() {
        let mut d = Draft::default();
        for (e, want) in [
            (Edit::Param(Param::Users, 5e6), History::Replace),
            (Edit::Cap(Cap::BrokerMsgs, 2e5), History::Replace),
            (Edit::Title("Launch".into()), History::Replace),
            (Edit::View(View::Cqrs), History::Push),
            (Edit::View(View::Cqrs), History::Replace), // no change, no entry
            (
                Edit::Profile(Component::Broker, "kafka.m7g.large".into()),
                History::Push,
            ),
            (Edit::Tolerate(Tolerate::Node), History::Push),
            (Edit::Preset("seed-001".into()), History::Push),
            (Edit::Pin, History::Push),
            (Edit::Unpin, History::Push),
            (Edit::Present(Some(1)), History::Push),
            (Edit::Present(Some(2)), History::Replace),
            (Edit::Present(None), History::Push),
            (Edit::ResetCap(Cap::BrokerMsgs), History::Push),
            (Edit::ResetAssumptions, History::Push),
        ] {
            assert_eq!(run(&mut d, e.clone()), want, "{e:?}");
        }
    }

    #[wasm_bindgen_test]
    fn drill_edits_travel_in_the_link_and_drop_bad_values() {
        let mut d = Draft::default();
        let burst = Burst {
            start: 1140.0,
            dur: 20.0,
            mult: 5.0,
        };
        assert_eq!(run(&mut d, Edit::Bursts(vec![burst])), History::Push);
        run(&mut d, Edit::Fail(Fail::Zone(1150.0)));
        run(&mut d, Edit::Shape(Shape::Diurnal));
        let q = model::codec::encode_link(&d.link);
        assert!(q.contains("burst=1140%3A20%3A5"), "{q}");
        assert!(q.contains("fail=zone%401150"), "{q}");
        assert!(q.contains("shape=diurnal"), "{q}");
        let (back, fixes) = decode_link(&q);
        assert!(fixes.is_empty(), "{fixes:?}");
        assert_eq!(back.state.drill, d.link.state.drill);
        // NaN and out-of-range values never reach the document.
        let nan = Burst {
            start: f64::NAN,
            ..burst
        };
        run(&mut d, Edit::Bursts(vec![nan, burst]));
        assert_eq!(d.link.state.drill.bursts, vec![burst]);
        run(&mut d, Edit::Fail(Fail::Node(f64::INFINITY)));
        assert_eq!(d.link.state.drill.fail, Fail::None);
        run(&mut d, Edit::Fail(Fail::Node(1e9)));
        assert!(d
            .link
            .state
            .drill
            .fail
            .at()
            .is_some_and(|m| m <= drill::MAX_MINUTE));
    }

    #[wasm_bindgen_test]
    fn platform_and_policy_edits_push_and_travel_in_the_link() {
        let mut d = Draft::default();
        assert_eq!(
            run(&mut d, Edit::Platform("kinesis-provisioned".into())),
            History::Push
        );
        assert_eq!(
            d.link.state.assumptions.platform().id,
            "kinesis-provisioned"
        );
        run(&mut d, Edit::Platform("nope".into()));
        assert_eq!(
            d.link.state.assumptions.platform().id,
            "kinesis-provisioned"
        );
        assert_eq!(run(&mut d, Edit::Policy(Policy::AwsMsk)), History::Push);
        let q = model::codec::encode_link(&d.link);
        assert!(q.contains("platform=kinesis-provisioned"), "{q}");
        assert!(q.contains("policy=aws-msk"), "{q}");
    }

    #[wasm_bindgen_test]
    fn option_prices_are_set_clamped_reset_and_travel_in_the_link() {
        let mut d = Draft::default();
        let e = Edit::OptionPrice("redpanda-serverless", Dim::InGb, 0.04);
        assert_eq!(run(&mut d, e), History::Replace);
        // Past the maximum: clamped; a pair the option does not bill: no change.
        run(&mut d, Edit::OptionPrice("aiven", Dim::OutGb, 1e9));
        run(&mut d, Edit::OptionPrice("msk-standard", Dim::InGb, 1.0));
        let q = model::codec::encode_link(&d.link);
        assert!(q.contains("price.redpanda-serverless.in_gb=0.04"), "{q}");
        assert!(q.contains("price.aiven.out_gb=10"), "{q}");
        assert!(!q.contains("msk-standard"), "{q}");
        assert_eq!(d.link.state.assumptions.changed(), 2);
        let e = Edit::ResetOptionPrice("aiven", Dim::OutGb);
        assert_eq!(run(&mut d, e), History::Push);
        assert_eq!(d.link.state.assumptions.changed(), 1);
        run(&mut d, Edit::ResetAssumptions);
        assert_eq!(d.link.state.assumptions, Assumptions::default());
    }

    #[wasm_bindgen_test]
    fn edits_change_what_they_name_and_clamp() {
        let mut d = Draft::default();
        run(&mut d, Edit::Param(Param::Users, 1e99));
        assert_eq!(d.link.state.scenario.users, 1e10, "clamped");
        run(&mut d, Edit::Cap(Cap::BrokerMsgs, f64::NAN));
        assert!(
            !d.link.state.assumptions.is_set(Cap::BrokerMsgs),
            "NaN is no override"
        );
        run(
            &mut d,
            Edit::Profile(Component::Cache, "cache.r7g.xlarge".into()),
        );
        assert_eq!(
            d.link.state.assumptions.profile(Component::Cache).id,
            "cache.r7g.xlarge"
        );
        run(&mut d, Edit::Profile(Component::Cache, "nope".into()));
        assert_eq!(
            d.link.state.assumptions.profile(Component::Cache).id,
            "cache.r7g.xlarge"
        );
    }

    #[wasm_bindgen_test]
    fn reset_assumptions_also_resets_profiles() {
        // A link that only picks a profile: Reset all must take it back.
        let (link, _) = decode_link("v=1&profile.broker=kafka.m7g.4xlarge");
        let mut d = Draft {
            link,
            ..Draft::default()
        };
        assert_eq!(d.link.state.assumptions.changed(), 1);
        run(&mut d, Edit::Cap(Cap::BrokerMsgs, 2e5));
        run(&mut d, Edit::ResetAssumptions);
        assert_eq!(d.link.state.assumptions, Assumptions::default());
        assert_eq!(
            model::codec::encode_link(&d.link),
            model::codec::encode_link(&Link::default()),
            "nothing of the profile is left in the link"
        );
    }

    #[wasm_bindgen_test]
    fn tenx_undo_restores_users_and_keeps_later_edits() {
        let mut d = Draft::default();
        run(&mut d, Edit::TrafficX10);
        assert_eq!(d.link.state.scenario.users, 1e7);
        run(&mut d, Edit::Param(Param::Rate, 2.0));
        run(&mut d, Edit::UndoX10);
        assert_eq!(d.link.state.scenario.users, 1e6);
        assert_eq!(d.link.state.scenario.rate_per_user_sec, 2.0);
        assert_eq!(d.before_tenx, None);
        run(&mut d, Edit::TrafficX10);
        run(&mut d, Edit::Preset("tier-100".into()));
        assert_eq!(d.before_tenx, None, "a preset ends the ×10 undo");
    }

    #[wasm_bindgen_test]
    fn range_edits_keep_the_point_at_the_mid_and_travel_in_the_link() {
        let users = Key::Param(Param::Users);
        let mut d = Draft::default();
        assert_eq!(run(&mut d, Edit::RangeOn(users)), History::Push);
        let r = *d.link.state.ranges.get(users).expect("range on");
        assert_eq!((r.low, r.mid, r.high), (5e5, 1e6, 2e6));
        let set = Range {
            low: 5e5,
            mid: 1e6,
            high: 4e6,
        };
        assert_eq!(run(&mut d, Edit::Range(users, set)), History::Replace);
        let q = model::codec::encode_link(&d.link);
        assert!(q.contains("users=500000..1000000..4000000"), "{q}");
        let (back, fixes) = decode_link(&q);
        assert!(fixes.is_empty(), "{fixes:?}");
        assert_eq!(back.state.ranges_in_use(), d.link.state.ranges_in_use());
        // Pin copies the ranges with the rest of the scenario.
        run(&mut d, Edit::Pin);
        let a = d.link.compare.as_ref().expect("pinned");
        assert!(a.ranges.is_range(users));
        // Hostile ends: NaN and reversed are mended, never stored.
        let bad = Range {
            low: f64::NAN,
            mid: 3e6,
            high: 1e3,
        };
        run(&mut d, Edit::Range(users, bad));
        let r = *d.link.state.ranges.get(users).expect("kept");
        assert!(
            r.low <= r.mid && r.mid <= r.high && r.high.is_finite(),
            "{r:?}"
        );
        assert_eq!(d.link.state.scenario.users, r.mid);
        assert_eq!(run(&mut d, Edit::RangeOff(users)), History::Push);
        assert!(!d.link.state.ranges.is_range(users));
        assert_eq!(d.link.state.scenario.users, r.mid, "the mid stays");
    }

    #[wasm_bindgen_test]
    fn default_range_is_around_the_value_and_inside_the_field() {
        let util = Key::Param(Param::Util);
        let r = default_range(util, 70.0);
        assert!(
            (r.low - 56.0).abs() < 1e-9 && (r.high - 84.0).abs() < 1e-9,
            "{r:?}"
        );
        assert_eq!(r.mid, 70.0);
        let users = Key::Param(Param::Users);
        let top = default_range(users, 1e10);
        assert_eq!((top.mid, top.high), (1e10, 1e10), "clamped at the maximum");
        let nan = default_range(users, f64::NAN);
        assert!(nan.low.is_finite() && nan.high.is_finite(), "{nan:?}");
        let cap = Key::Cap(Cap::BrokerMsgs);
        let r = default_range(cap, 1e5);
        assert_eq!((r.low, r.mid, r.high), (5e4, 1e5, 2e5));
    }

    #[wasm_bindgen_test]
    fn opening_a_saved_scenario_keeps_a_and_the_slide_and_reports() {
        let mut d = Draft::default();
        run(&mut d, Edit::Pin);
        run(&mut d, Edit::Present(Some(3)));
        let (h, fixes) = apply(&mut d, &Edit::Open("v=1&users=5000&bogus=1".into()));
        assert_eq!(h, History::Push);
        assert_eq!(fixes.len(), 1);
        assert_eq!(d.link.state.scenario.users, 5000.0);
        assert!(d.link.compare.is_some());
        assert_eq!(d.link.step, Some(3));
    }
}
