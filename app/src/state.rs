//! The app's reactive state: one scenario signal, one assumptions signal, and
//! memos derived from them. Nothing here copies values between signals.

use leptos::prelude::*;
use model::bottleneck::{traffic_times, TenX};
use model::codec::{Correction, Link, State};
use model::{Assumptions, Estimate, Scenario, SweepPoint};

/// Points per chart sweep: smooth on a 1,200 px chart, cheap to compute.
pub const SWEEP_POINTS: usize = 120;
/// Sweep range on the users axis.
pub const SWEEP_USERS: (f64, f64) = (100.0, 1e8);

/// Colour theme choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

/// Shared state, passed by context. `Copy`, since signals are handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The scenario being explored.
    pub scenario: RwSignal<Scenario>,
    /// Per-node capacities.
    pub assumptions: RwSignal<Assumptions>,
    /// The estimate's numbers (no derivation text: cheap, read on every input).
    pub estimate: Memo<Estimate>,
    /// The same estimate with its derivation steps. Memos are lazy, so the
    /// text is only built while something shows it (show work, exports).
    pub explained: Memo<Estimate>,
    /// Chart data. Users are factored out, so moving the users slider only
    /// moves the marker and never recomputes the sweep.
    pub sweep: Memo<Vec<SweepPoint>>,
    /// The scenario before "Traffic ×10", while that can be undone.
    pub before_tenx: RwSignal<Option<Scenario>>,
    /// What ×10 changed (present while it can be undone).
    pub tenx: Memo<Option<TenX>>,
    /// Show and enter the per-user rate per day instead of per second.
    pub rate_per_day: RwSignal<bool>,
    /// Theme choice.
    pub theme: RwSignal<Theme>,
    /// The system prefers dark (tracked by the theme toggle).
    pub system_dark: RwSignal<bool>,
    /// Scenario title (plain text, part of the link).
    pub title: RwSignal<String>,
    /// The pinned comparison scenario ("A"); the live one is "B".
    pub compare: RwSignal<Option<State>>,
    /// A's estimate, while one is pinned.
    pub compare_estimate: Memo<Option<Estimate>>,
    /// A's sweep, for overlaying on the charts.
    pub compare_sweep: Memo<Option<Vec<SweepPoint>>>,
    /// What the last opened link or file had to correct (shown until dismissed).
    pub corrections: RwSignal<Vec<Correction>>,
    /// Presenter mode's slide (1-based) while presenting.
    pub present: RwSignal<Option<u32>>,
    /// The next URL update is a discrete step (pushState, so Back returns here).
    pub push_next: StoredValue<bool>,
}

impl AppState {
    /// State seeded with the defaults.
    pub fn new() -> Self {
        Self::with(Scenario::default(), Assumptions::default())
    }

    /// State seeded with a given scenario.
    pub fn with(scenario: Scenario, assumptions: Assumptions) -> Self {
        let scenario = RwSignal::new(scenario);
        let assumptions = RwSignal::new(assumptions);
        let estimate = Memo::new(move |_| Estimate::numbers(&scenario.get(), &assumptions.get()));
        let explained = Memo::new(move |_| Estimate::explain(&scenario.get(), &assumptions.get()));
        let shape = Memo::new(move |_| {
            let mut s = scenario.get();
            s.users = 1.0;
            s
        });
        let sweep = Memo::new(move |_| {
            model::sweep(
                &shape.get(),
                &assumptions.get(),
                SWEEP_USERS.0,
                SWEEP_USERS.1,
                SWEEP_POINTS,
            )
        });
        let before_tenx = RwSignal::new(None::<Scenario>);
        let tenx = Memo::new(move |_| {
            before_tenx
                .get()
                .map(|b| traffic_times(&b, &assumptions.get(), 10.0).1)
        });
        let compare = RwSignal::new(None::<State>);
        let compare_estimate = Memo::new(move |_| {
            compare.with(|c| {
                c.as_ref()
                    .map(|a| Estimate::numbers(&a.scenario, &a.assumptions))
            })
        });
        let compare_sweep = Memo::new(move |_| {
            compare.with(|c| {
                c.as_ref().map(|a| {
                    model::sweep(
                        &a.scenario,
                        &a.assumptions,
                        SWEEP_USERS.0,
                        SWEEP_USERS.1,
                        SWEEP_POINTS,
                    )
                })
            })
        });
        AppState {
            scenario,
            assumptions,
            estimate,
            explained,
            sweep,
            before_tenx,
            tenx,
            rate_per_day: RwSignal::new(false),
            theme: RwSignal::new(Theme::System),
            system_dark: RwSignal::new(false),
            title: RwSignal::new(String::new()),
            compare,
            compare_estimate,
            compare_sweep,
            corrections: RwSignal::new(Vec::new()),
            push_next: StoredValue::new(false),
            present: RwSignal::new(None),
        }
    }

    /// Marks the next state change as a discrete step (preset, tab, ×10…), so
    /// the URL gets a new history entry rather than a replacement.
    pub fn discrete(&self) {
        self.push_next.set_value(true);
    }

    /// The whole shareable state as a link.
    pub fn link(&self) -> Link {
        Link {
            state: State {
                scenario: self.scenario.get(),
                assumptions: self.assumptions.get(),
                title: self.title.get(),
            },
            compare: self.compare.get(),
            step: self.present.get(),
        }
    }

    /// Replaces the whole shareable state (from a link, history or a file).
    pub fn load(&self, link: Link) {
        self.scenario.set(link.state.scenario);
        self.assumptions.set(link.state.assumptions);
        self.title.set(link.state.title);
        self.compare.set(link.compare);
        self.present.set(link.step);
        self.before_tenx.set(None);
    }

    /// Whether charts and page are dark right now.
    pub fn dark(&self) -> bool {
        match self.theme.get() {
            Theme::System => self.system_dark.get(),
            Theme::Light => false,
            Theme::Dark => true,
        }
    }

    /// Multiplies users by 10, remembering the scenario for undo.
    pub fn traffic_x10(&self) {
        self.discrete();
        let now = self.scenario.get_untracked();
        let bigger = now.scaled_users(10.0);
        if bigger != now {
            self.before_tenx.set(Some(now));
            self.scenario.set(bigger);
        }
    }

    /// Undoes ×10: restores the user count from before it, keeping any
    /// other edits made since.
    pub fn undo_x10(&self) {
        if let Some(prev) = self.before_tenx.get_untracked() {
            self.discrete();
            self.scenario.update(|s| s.users = prev.users);
            self.before_tenx.set(None);
        }
    }
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}
