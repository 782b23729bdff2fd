//! The bands of a ranged scenario (`model::draws`), worked out off the
//! input path: an input schedules them, and they are drawn once the inputs
//! have rested for one frame ([`SETTLE`]): issue #19 asks that the bands
//! follow within one idle frame of the last input. 1,000 draws take about 1 ms natively and a
//! few in the browser, far too much for the ≤ 4 ms input → repaint budget,
//! so they never run in the input's task. With no range nothing runs.

use super::Doc;
use leptos::prelude::*;
use model::codec::State;
use model::draws::{self, Bands};
use model::ranges::Key;
use model::Param;
use std::time::Duration;

/// Quiet time after the last input before the bands are drawn again: one
/// frame at 60 Hz. A slider drag sends an input every frame, so the draws
/// wait for the drag to pause and then run in the next idle frame.
pub const SETTLE: Duration = Duration::from_millis(17);

/// Draws per KPI band in the browser: the model's default, so a link's
/// bands are the CLI's (`envelope estimate --json`) to the digit.
pub const DRAWS: usize = draws::DRAWS;

/// Users values at which the charts' bands are worked out, log-spaced over
/// the charts' users axis. Bands at all 120 sweep points would be 120,000
/// draws; 16 points of [`CHART_DRAWS`] are 3,200, and the chart joins them
/// with straight segments on its log-log axes.
pub const CHART_POINTS: usize = 16;
/// Draws per chart point: a fifth of the KPI bands'. The p10 and p90 of 200
/// draws have a standard error of about 2 percentile points, finer than a
/// shaded area on a log axis shows.
pub const CHART_DRAWS: usize = 200;

/// The bands of `state` at [`CHART_POINTS`] users values over the charts'
/// axis. Users is the charts' x, so its own range is dropped: each point's
/// band is over the other ranges only. Empty when users is the only range.
pub fn chart_bands(state: &State) -> Vec<(f64, Bands)> {
    let mut st = state.clone();
    st.clear_range(Key::Param(Param::Users));
    if st.ranges.is_empty() {
        return Vec::new();
    }
    let (lo, hi) = super::derived::SWEEP_USERS;
    let (a, b) = (lo.log10(), hi.log10());
    (0..CHART_POINTS)
        .map(|i| {
            let x = 10f64.powf(a + (b - a) * i as f64 / (CHART_POINTS - 1) as f64);
            st.scenario.users = x;
            (x, draws::bands(&st, CHART_DRAWS))
        })
        .collect()
}

/// The latest bands, and whether newer ones are on the way.
#[derive(Clone, Copy)]
pub struct Uncertainty {
    bands: RwSignal<Option<Bands>>,
    chart: RwSignal<Vec<(f64, Bands)>>,
    pending: RwSignal<bool>,
}

impl Uncertainty {
    /// Follows `doc`: every change to a ranged scenario schedules new bands.
    pub fn new(doc: Doc) -> Uncertainty {
        let u = Uncertainty {
            bands: RwSignal::new(None),
            chart: RwSignal::new(Vec::new()),
            pending: RwSignal::new(false),
        };
        let timer = StoredValue::new(None::<TimeoutHandle>);
        // Syncs with the outside world (a timer), like the URL's debounce.
        Effect::new(move |_| {
            let ranged = doc.ranges.with(|r| !r.is_empty());
            if let Some(t) = timer.get_value() {
                t.clear();
            }
            if !ranged {
                if u.bands.with_untracked(Option::is_some) {
                    u.bands.set(None);
                }
                if u.chart.with_untracked(|c| !c.is_empty()) {
                    u.chart.set(Vec::new());
                }
                if u.pending.get_untracked() {
                    u.pending.set(false);
                }
                return;
            }
            // Every input moves the bands, not only the ranged ones; with
            // no range the inputs are not followed at all.
            doc.scenario.track();
            doc.assumptions.track();
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
                // The charts' bands in a task of their own, after the cards'.
                let charts = move || u.chart.set(chart_bands(&doc.link_untracked().state));
                timer.set_value(set_timeout_with_handle(charts, Duration::ZERO).ok());
            };
            timer.set_value(set_timeout_with_handle(run, wait).ok());
        });
        u
    }

    /// The bands, `None` while no input is a range.
    pub fn bands(&self) -> ReadSignal<Option<Bands>> {
        self.bands.read_only()
    }

    /// The charts' bands at a few users values ([`chart_bands`]).
    pub fn chart(&self) -> ReadSignal<Vec<(f64, Bands)>> {
        self.chart.read_only()
    }

    /// True from an input until its bands are in.
    pub fn pending(&self) -> Signal<bool> {
        self.pending.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::codec::decode;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn chart_bands_vary_only_the_other_ranges() {
        // Users alone: its range is the x axis, so there is no band.
        let (only_users, _) = decode("v=1&users=500K..2M");
        assert!(chart_bands(&only_users).is_empty());
        // With a size range too: 16 points along the axis, each band over
        // size only, widening the line's value at that x.
        let (both, _) = decode("v=1&users=500K..2M&size=1KB..4KB");
        let at = chart_bands(&both);
        assert_eq!(at.len(), CHART_POINTS);
        assert!(at.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(at[0].0, super::super::derived::SWEEP_USERS.0);
        let (x, b) = &at[CHART_POINTS / 2];
        assert!(
            b.varying.iter().all(|v| v.key != "users"),
            "{:?}",
            b.varying
        );
        let ingress = b.get("load.ingress_bytes_per_sec").expect("banded");
        assert!(ingress.p10 < ingress.p90, "{ingress:?} at {x}");
        // Same state, same bands.
        assert_eq!(chart_bands(&both), at);
    }
}
