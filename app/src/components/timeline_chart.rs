//! The timeline chart ("the bad hour"): the one chart component,
//! [`ChartCanvas`], given a [`TimelineSpec`]. Its legend and PNG form is the
//! same lines as one [`crate::charts::ChartSpec`] ([`TimelineSpec::as_chart`]).

use super::chart_canvas::ChartCanvas;
use crate::charts::TimelineSpec;
use leptos::prelude::*;

/// The timeline chart.
#[component]
pub fn TimelineChart(
    /// DOM id of the base canvas; the overlay is `<id>-overlay`.
    #[prop(into)]
    id: String,
    /// What to plot. A memo, as every caller's is: a `Signal` of it would
    /// be built with its own read and stored variants (a larger wasm).
    spec: Memo<TimelineSpec>,
    /// Dark theme.
    #[prop(into)]
    dark: Signal<bool>,
) -> impl IntoView {
    let chart = Memo::new(move |_| spec.with(TimelineSpec::as_chart));
    let no_marker: Option<f64> = None;
    view! { <ChartCanvas id=id spec=chart marker=no_marker dark=dark timeline=spec /> }
}
