//! Keeps the page's theme in step with the user's choice and the system
//! setting: an Effect writes `data-theme` and localStorage; a media-query
//! listener tracks `prefers-color-scheme`.

use crate::state::{AppState, Theme};
use gloo::storage::{LocalStorage, Storage};
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

const KEY: &str = "capacity-planner.theme";

/// Reads the saved choice and starts syncing. Call once from the app root.
pub fn install(st: AppState) {
    let saved = LocalStorage::get::<String>(KEY).ok();
    st.theme.set(match saved.as_deref() {
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        _ => Theme::System,
    });
    if let Ok(Some(mq)) = window().match_media("(prefers-color-scheme: dark)") {
        st.system_dark.set(mq.matches());
        let on_change = Closure::<dyn Fn(web_sys::MediaQueryListEvent)>::new(
            move |e: web_sys::MediaQueryListEvent| st.system_dark.set(e.matches()),
        );
        mq.set_onchange(Some(on_change.as_ref().unchecked_ref()));
        // The listener lives as long as the page.
        on_change.forget();
    }
    Effect::new(move |_| {
        let (attr, stored) = match st.theme.get() {
            Theme::System => (None, "system"),
            Theme::Light => (Some("light"), "light"),
            Theme::Dark => (Some("dark"), "dark"),
        };
        if let Some(root) = document().document_element() {
            let _ = match attr {
                Some(v) => root.set_attribute("data-theme", v),
                None => root.remove_attribute("data-theme"),
            };
        }
        let _ = LocalStorage::set(KEY, stored);
    });
}
