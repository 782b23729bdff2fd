//! The shareable document: everything a link carries, in one signal.

use leptos::prelude::*;
use model::codec::{Link, State};
use model::drill::Drill;
use model::ranges::Ranges;
use model::{Assumptions, Scenario, View};

/// Read-only handle on the document. Writes go through [`super::Editor`].
/// The field memos let a reader depend on one part only: moving a slider
/// does not wake what reads the title.
#[derive(Clone, Copy)]
pub struct Doc {
    link: ReadSignal<Link>,
    /// The scenario on screen ("B").
    pub scenario: Memo<Scenario>,
    /// Its capacities, prices and profiles.
    pub assumptions: Memo<Assumptions>,
    /// The selected pattern.
    pub view: Memo<View>,
    /// The scenario's title (plain text).
    pub title: Memo<String>,
    /// The pinned comparison ("A"), if any.
    pub compare: Memo<Option<State>>,
    /// Presenter mode's slide (1-based) while presenting.
    pub step: Memo<Option<u32>>,
    /// Traffic shape, bursts and failure of the simulation.
    pub drill: Memo<Drill>,
    /// The inputs given as ranges, as they apply now (each mid is the
    /// input's value: `State::ranges_in_use`). Empty in most scenarios.
    pub ranges: Memo<Ranges>,
}

/// A memo of one part of the document that copies it only when it changed.
/// Every input changes the link, so each field memo re-runs per input; most
/// fields (assumptions, title, A, drill) are then equal, and comparing in
/// place skips a clone of their vectors and strings on the input path.
fn field<T>(link: ReadSignal<Link>, part: fn(&Link) -> &T) -> Memo<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    Memo::new_owning(move |old: Option<T>| {
        link.with(|l| {
            let now = part(l);
            match old {
                Some(old) if old == *now => (old, false),
                _ => (now.clone(), true),
            }
        })
    })
}

impl Doc {
    /// Field memos over `link`.
    pub fn new(link: ReadSignal<Link>) -> Doc {
        Doc {
            link,
            scenario: field(link, |l| &l.state.scenario),
            assumptions: field(link, |l| &l.state.assumptions),
            view: Memo::new(move |_| link.with(|l| l.state.scenario.view)),
            title: field(link, |l| &l.state.title),
            compare: field(link, |l| &l.compare),
            step: Memo::new(move |_| link.with(|l| l.step)),
            drill: field(link, |l| &l.state.drill),
            ranges: Memo::new(move |_| link.with(|l| l.state.ranges_in_use())),
        }
    }

    /// Reads the whole document in place (tracked). A memo that needs
    /// several of its parts reads them here, through one edge of the
    /// reactive graph: `reactive_graph` marks a node once per path from
    /// the changed signal, so a memo reading the scenario, the assumptions
    /// and the estimate (itself two paths) had its whole subtree marked
    /// four or five times on every input (docs/PERFORMANCE.md, stop 18).
    pub fn with<R>(&self, f: impl FnOnce(&Link) -> R) -> R {
        self.link.with(f)
    }

    /// Subscribes to every change of the document without copying it.
    pub fn track(&self) {
        self.link.track();
    }

    /// The whole document, without tracking (event handlers).
    pub fn link_untracked(&self) -> Link {
        self.link.get_untracked()
    }
}
