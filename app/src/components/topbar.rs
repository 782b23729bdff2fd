//! The top bar: title, presets menu and theme toggle.

use crate::state::{ctx, Ctx, Edit, Theme};
use leptos::prelude::*;
use model::presets;

/// The page heading; index.html's shell shows the same before the wasm loads.
pub const TITLE: &str = "Event-driven capacity planner";
/// The line under the heading; also in the shell.
pub const TAGLINE: &str =
    "Brokers, shards, replicas, bandwidth and storage from 100 to 100M users — with the work shown.";

/// Header with presets and theme.
#[component]
pub fn TopBar() -> impl IntoView {
    let Ctx { editor, prefs, .. } = ctx();
    let all = StoredValue::new(presets::all());
    let on_preset = move |id: String| {
        if !id.is_empty() {
            editor.apply(Edit::Preset(id));
        }
    };
    let next_theme = move || prefs.theme.update(|t| *t = t.next());
    view! {
        <header class="topbar">
            <div class="brand">
                <h1>{TITLE}</h1>
                <p class="tagline">{TAGLINE}</p>
            </div>
            <div class="top-actions">
                <label class="sr-only" for="presets">"Presets"</label>
                <select id="presets" on:change=move |ev| {
                    on_preset(event_target_value(&ev));
                    // Back to the placeholder, so choosing the same preset again works.
                    use wasm_bindgen::JsCast;
                    if let Some(sel) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok()) {
                        sel.set_value("");
                    }
                }>
                    <option value="" selected>"Presets…"</option>
                    {all.with_value(|ps| ps.iter().map(|p| view! { <option value=p.id>{p.name}</option> }).collect_view())}
                </select>
                <button class="primary" id="present" title="Present this pattern as a walkthrough"
                    on:click=move |_| editor.apply(Edit::Present(Some(1)))>"Present"</button>
                <button class="secondary" id="theme" on:click=move |_| next_theme()
                    aria-label=move || format!("Theme: {}. Change theme", match prefs.theme.get() { Theme::System => "system", Theme::Light => "light", Theme::Dark => "dark" })>
                    {move || match prefs.theme.get() { Theme::System => "◐ System", Theme::Light => "☀ Light", Theme::Dark => "☾ Dark" }}
                </button>
            </div>
        </header>
    }
}

#[cfg(test)]
mod tests {
    use super::{TAGLINE, TITLE};
    use wasm_bindgen_test::wasm_bindgen_test;

    /// The shell in index.html is what people see first; it must read the
    /// same as the header that replaces it.
    #[wasm_bindgen_test]
    fn index_html_shell_matches_the_header() {
        let html = include_str!("../../../index.html");
        assert!(
            html.contains(&format!("<h1>{TITLE}</h1>")),
            "index.html shell heading differs"
        );
        assert!(
            html.contains(&format!("<p class=\"tagline\">{TAGLINE}</p>")),
            "index.html shell tagline differs"
        );
    }
}
