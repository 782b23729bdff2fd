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

impl Doc {
    /// Field memos over `link`.
    pub fn new(link: ReadSignal<Link>) -> Doc {
        Doc {
            link,
            scenario: Memo::new(move |_| link.with(|l| l.state.scenario.clone())),
            assumptions: Memo::new(move |_| link.with(|l| l.state.assumptions.clone())),
            view: Memo::new(move |_| link.with(|l| l.state.scenario.view)),
            title: Memo::new(move |_| link.with(|l| l.state.title.clone())),
            compare: Memo::new(move |_| link.with(|l| l.compare.clone())),
            step: Memo::new(move |_| link.with(|l| l.step)),
            drill: Memo::new(move |_| link.with(|l| l.state.drill.clone())),
            ranges: Memo::new(move |_| link.with(|l| l.state.ranges_in_use())),
        }
    }

    /// The whole document (tracked).
    pub fn link(&self) -> Link {
        self.link.get()
    }

    /// The whole document, without tracking (event handlers).
    pub fn link_untracked(&self) -> Link {
        self.link.get_untracked()
    }
}
