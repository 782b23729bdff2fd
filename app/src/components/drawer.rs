//! A `<details>` drawer whose contents are built the first time it opens:
//! a closed drawer costs nothing at start-up (the assumptions drawer alone is
//! 35 fields and 8 menus), and once built it stays, keeping its state.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A collapsible group, built on first open.
#[component]
pub fn Drawer(
    /// DOM id of the `<details>`.
    #[prop(into)]
    id: String,
    /// The `<summary>` line.
    #[prop(into)]
    summary: ViewFn,
    /// What opening it shows.
    children: ChildrenFn,
) -> impl IntoView {
    let (opened, set_opened) = signal(false);
    view! {
        <details class="group" id=id on:toggle=move |ev| {
            let open = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                .is_some_and(|d| d.open());
            if open && !opened.get_untracked() {
                set_opened.set(true);
            }
        }>
            <summary>{summary.run()}</summary>
            <Show when=move || opened.get()>{children()}</Show>
        </details>
    }
}
