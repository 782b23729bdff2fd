//! Work kept off the input path (the platforms table and sweep, the
//! timeline's simulation) reads a copy of the inputs that is taken only once
//! they rest, and, for a card that is costly to refresh, only while it is
//! on screen.

use leptos::prelude::*;
use model::drill::Drill;
use model::{Assumptions, Scenario};
use std::rc::Rc;
use std::time::Duration;

/// What every settled copy holds: the scenario, the assumptions and the
/// drill (the platforms card leaves the drill at its default). One type and
/// one body for all three cards: `settled` was built once per card (its
/// closures' types) and once per copy type, its signal with it.
pub type Inputs = (Scenario, Assumptions, Drill);

/// A copy of some inputs: `take()` at once when the component mounts, then
/// again `settle` after the inputs that `track()` follows stop changing.
///
/// With `on_screen`, the later copies are taken only while it is true: off
/// screen nothing is followed, and scrolling back in takes a fresh copy
/// after the same pause. The first copy never waits for the screen, so a
/// card is built at its full height at start-up and nothing below it moves
/// when it scrolls in. (Waiting moved things: the platforms chart, built
/// on scrolling in, pushed the Compare card 368 px down under the pointer of
/// someone scrolling to its Pin button.)
pub fn settled(
    on_screen: Option<RwSignal<bool>>,
    settle: Duration,
    track: impl Fn() + 'static,
    take: impl Fn() -> Inputs + 'static,
) -> RwSignal<Option<Inputs>> {
    settled_dyn(on_screen, settle, Rc::new(track), Rc::new(take))
}

/// [`settled`]'s body, built once.
fn settled_dyn(
    on_screen: Option<RwSignal<bool>>,
    settle: Duration,
    track: Rc<dyn Fn()>,
    take: Rc<dyn Fn() -> Inputs>,
) -> RwSignal<Option<Inputs>> {
    let copy = RwSignal::new(None::<Inputs>);
    let timer = StoredValue::new(None::<TimeoutHandle>);
    // Syncs with the outside world (a timer), like the URL's debounce.
    Effect::new(move |_| {
        let first = copy.with_untracked(Option::is_none);
        // Read only after the first copy: until then the screen is not followed.
        if !first && on_screen.is_some_and(|seen| !seen.get()) {
            return;
        }
        track();
        if let Some(t) = timer.get_value() {
            t.clear();
        }
        // An equal copy is not written: scrolling a card out and back in
        // with the inputs unchanged must not redo its sweep or simulation.
        let take = take.clone();
        let run = move || {
            let now = take();
            if copy.with_untracked(|c| c.as_ref() != Some(&now)) {
                copy.set(Some(now));
            }
        };
        if first {
            run();
        } else {
            timer.set_value(set_timeout_with_handle(run, settle).ok());
        }
    });
    on_cleanup(move || {
        if let Some(t) = timer.get_value() {
            t.clear();
        }
    });
    copy
}
