//! Builds its children one frame after the page first paints.
//!
//! The sections below the charts (diagram, cost table, compare, tiers,
//! guide) were half of the start-up mount; building them in the frame after
//! the first paint lets the KPIs and the first chart show sooner and splits
//! one long task in two (docs/PERFORMANCE.md). Once shown they stay.

use leptos::prelude::*;

/// Children built after the next two animation frames: the first frame
/// paints what is already mounted, the second builds these.
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let (ready, set_ready) = signal(false);
    request_animation_frame(move || request_animation_frame(move || set_ready.set(true)));
    view! { <Show when=move || ready.get()>{children()}</Show> }
}
