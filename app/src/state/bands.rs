//! The bands of a ranged scenario (`model::draws`), worked out off the
//! input path: an input schedules them, and they are drawn once the inputs
//! have rested for [`SETTLE`]. 1,000 draws take about 1 ms natively and a
//! few in the browser, far too much for the ≤ 4 ms input → repaint budget,
//! so they never run in the input's task. With no range nothing runs.

use super::Doc;
use leptos::prelude::*;
use model::draws::{self, Bands};
use std::time::Duration;

/// Quiet time after the last input before the bands are drawn again (the
/// same rest as the options table's, `components/platforms.rs`).
pub const SETTLE: Duration = Duration::from_millis(120);

/// Draws per KPI band in the browser: the model's default, so a link's
/// bands are the CLI's (`envelope estimate --json`) to the digit.
pub const DRAWS: usize = draws::DRAWS;

/// The latest bands, and whether newer ones are on the way.
#[derive(Clone, Copy)]
pub struct Uncertainty {
    bands: RwSignal<Option<Bands>>,
    pending: RwSignal<bool>,
}

impl Uncertainty {
    /// Follows `doc`: every change to a ranged scenario schedules new bands.
    pub fn new(doc: Doc) -> Uncertainty {
        let u = Uncertainty {
            bands: RwSignal::new(None),
            pending: RwSignal::new(false),
        };
        let timer = StoredValue::new(None::<TimeoutHandle>);
        // Syncs with the outside world (a timer), like the URL's debounce.
        Effect::new(move |_| {
            let ranged = doc.ranges.with(|r| !r.is_empty());
            // Every input moves the bands, not only the ranged ones.
            doc.scenario.track();
            doc.assumptions.track();
            if let Some(t) = timer.get_value() {
                t.clear();
            }
            if !ranged {
                if u.bands.with_untracked(Option::is_some) {
                    u.bands.set(None);
                }
                if u.pending.get_untracked() {
                    u.pending.set(false);
                }
                return;
            }
            if !u.pending.get_untracked() {
                u.pending.set(true);
            }
            // A link that opens with ranges gets its bands at once (after
            // the first paint); later inputs wait for the rest.
            let wait = if u.bands.with_untracked(Option::is_none) {
                Duration::ZERO
            } else {
                SETTLE
            };
            let run = move || {
                let state = doc.link_untracked().state;
                u.bands.set(Some(draws::bands(&state, DRAWS)));
                u.pending.set(false);
            };
            timer.set_value(set_timeout_with_handle(run, wait).ok());
        });
        u
    }

    /// The bands, `None` while no input is a range.
    pub fn bands(&self) -> ReadSignal<Option<Bands>> {
        self.bands.read_only()
    }

    /// True from an input until its bands are in.
    pub fn pending(&self) -> Signal<bool> {
        self.pending.into()
    }
}
