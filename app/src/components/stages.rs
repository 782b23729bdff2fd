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

/// The first stage after the first chart's frame: the charts below the
/// first row and the diagram.
pub const AFTER_FIRST_CHART: u8 = BEFORE_PAINT + 1;

/// The stage the page has reached (0 = the synchronous mount).
#[derive(Clone, Copy)]
// A `usize` signal, not `u8`: `signal::<usize>` is built already (a smaller wasm).
pub struct Stages(ReadSignal<usize>);

/// The window event sent once the last stage is built. `index.html`
/// registers the service worker on it: its install precaches every asset,
/// and on a 2-core machine that work delayed the first chart by 50–80 ms
/// when it started at `load` (docs/PERFORMANCE.md, stop 11).
pub const READY_EVENT: &str = "planner-ready";

/// Starts the clock: stages 1..=`last`, each in its own task, then
/// [`READY_EVENT`] in the task after the last.
pub fn start(last: u8) -> Stages {
    let (stage, set_stage) = signal(0usize);
    fn step(set: WriteSignal<usize>, n: u8, last: u8) {
        let run = move || {
            set.set(n.into());
            // Views build in the microtask after this task; stamp after them.
            #[cfg(feature = "bench")]
            leptos::task::spawn_local(async move { super::bench_hooks::record_stage(n) });
            if n < last {
                step(set, n + 1, last);
            } else {
                set_timeout(announce_ready, Duration::ZERO);
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

/// Tells the page (and tests) that the whole dashboard is built.
fn announce_ready() {
    if let Ok(e) = web_sys::Event::new(READY_EVENT) {
        let _ = window().dispatch_event(&e);
    }
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
    let ready = move || stages.is_none_or(|s| s.0.get() >= usize::from(n));
    view! { <Show when=ready>{children()}</Show> }
}
