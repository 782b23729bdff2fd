//! Entry point: a panic hook and the mount. Everything else lives in the library.
use leptos::prelude::*;

fn main() {
    console_error_panic_hook::set_once();
    mount_to_body(app::App);
}
