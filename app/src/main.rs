//! Entry point: a panic hook and the mount. Everything else lives in the library.
use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    // index.html's loading line goes in the same task as the mount, so no
    // frame shows both or neither. Its static header stays (see TopBar).
    if let Some(loading) = document().get_element_by_id("shell-loading") {
        loading.remove();
    }
    mount_to_body(app::App);
}
