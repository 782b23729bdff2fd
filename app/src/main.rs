//! Entry point: a panic hook and the mount. Everything else lives in the library.
use leptos::prelude::*;

fn main() {
    // Bench builds: when the wasm starts running (`window.__stage0`).
    app::components::bench_hooks::record_stage(0);
    console_error_panic_hook::set_once();
    // The static shell from index.html goes in the same task as the mount,
    // so no frame shows both or neither.
    if let Some(shell) = document().get_element_by_id("shell") {
        shell.remove();
    }
    mount_to_body(app::App);
}
