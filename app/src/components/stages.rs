//! Start-up in stages: the dashboard is built in several short tasks, not
//! one long one.
//!
//! Why: the first visit compiles each wasm function the first time it runs
//! (V8 compiles lazily), so building the whole page in one task blocked the
//! main thread for ~100 ms on a 2-core machine (≈ 400 ms under Lighthouse's
//! 4× mobile CPU). Each stage is its own task, so input and paint can come in
//! between, and the KPIs and first chart show before the sections below them
//! are built. Measured figures are in docs/PERFORMANCE.md.
//!
//! Stages run top to bottom and only add content below what is on screen,
//! so nothing already painted moves.

use leptos::prelude::*;
use std::time::Duration;

/// The last stage before the first chart is painted: later stages wait for
/// two animation frames, so the chart's frame is not held up by them.
const BEFORE_PAINT: u8 = 2;

/// The stage the page has reached (0 = the synchronous mount).
#[derive(Clone, Copy)]
pub struct Stages(ReadSignal<u8>);

/// Starts the clock: stages 1..=`last`, each in its own task.
pub fn start(last: u8) -> Stages {
    let (stage, set_stage) = signal(0u8);
    fn step(set: WriteSignal<u8>, n: u8, last: u8) {
        let run = move || {
            set.set(n);
            if n < last {
                step(set, n + 1, last);
            }
        };
        if n == BEFORE_PAINT + 1 {
            request_animation_frame(move || request_animation_frame(run));
        } else {
            set_timeout(run, Duration::ZERO);
        }
    }
    step(set_stage, 1, last);
    let s = Stages(stage);
    provide_context(s);
    s
}

/// Its children, built when the page reaches stage `n`; at once when no
/// clock was started (a component mounted alone).
#[component]
pub fn Stage(
    /// The stage that builds these children.
    n: u8,
    /// What to build.
    children: ChildrenFn,
) -> impl IntoView {
    let stages = use_context::<Stages>();
    let ready = move || stages.is_none_or(|s| s.0.get() >= n);
    view! { <Show when=ready>{children()}</Show> }
}
