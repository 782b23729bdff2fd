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
use model::codec::{decode_link, Correction, Link, State};
use model::component::Component;
use model::policy::Policy;
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
            d.link.compare = Some(State {
                scenario: s.scenario.clone(),
                assumptions: s.assumptions.clone(),
                title: s.title.clone(),
                ranges: s.ranges.clone(),
            });
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
    pub fn before_tenx(&self) -> Signal<Option<Scenario>> {
        self.before_tenx.into()
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

    fn run(d: &mut Draft, e: Edit) -> History {
        apply(d, &e).0
    }

    #[test]
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

    #[test]
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

    #[test]
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

    #[test]
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

    #[test]
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

    #[test]
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
