//! The top bar: title, presets menu and theme toggle.

use crate::state::{AppState, Theme};
use leptos::prelude::*;
use model::presets;

/// Header with presets and theme.
#[component]
pub fn TopBar() -> impl IntoView {
    let st = expect_context::<AppState>();
    let all = StoredValue::new(presets::all());
    let on_preset = move |id: String| {
        if let Some(p) = all.with_value(|ps| ps.iter().find(|p| p.id == id).cloned()) {
            let view = st.scenario.with_untracked(|s| s.view);
            st.before_tenx.set(None);
            st.discrete();
            st.scenario.set(p.scenario(view));
        }
    };
    let next_theme = move || {
        st.theme.update(|t| {
            *t = match t {
                Theme::System => Theme::Light,
                Theme::Light => Theme::Dark,
                Theme::Dark => Theme::System,
            }
        })
    };
    view! {
        <header class="topbar">
            <div class="brand">
                <h1>"Event-driven capacity planner"</h1>
                <p class="tagline">"Brokers, shards, replicas, bandwidth and storage from 100 to 100M users — with the work shown."</p>
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
                    on:click=move |_| { st.discrete(); st.present.set(Some(1)); }>"Present"</button>
                <button class="secondary" id="theme" on:click=move |_| next_theme()
                    aria-label=move || format!("Theme: {}. Change theme", match st.theme.get() { Theme::System => "system", Theme::Light => "light", Theme::Dark => "dark" })>
                    {move || match st.theme.get() { Theme::System => "◐ System", Theme::Light => "☀ Light", Theme::Dark => "☾ Dark" }}
                </button>
            </div>
        </header>
    }
}
