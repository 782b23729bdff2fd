//! Keeps the address bar, the browser history and the autosave in step with
//! the state. Continuous edits (sliders) replace the current entry after a
//! short pause; discrete actions push a new entry so Back and Forward step
//! through them. A link always wins over the autosaved state.

use crate::state::AppState;
use gloo::storage::{LocalStorage, Storage};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use model::codec::{decode_link, encode_link};
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;

/// localStorage key of the last scenario (a link query).
pub const AUTOSAVE_KEY: &str = "capacity-planner.last";
/// Quiet time before a slider edit is written to the URL, ms.
const DEBOUNCE_MS: u32 = 250;

fn current_query() -> String {
    window()
        .location()
        .search()
        .unwrap_or_default()
        .trim_start_matches('?')
        .to_string()
}

/// The page URL for `query` (no `?` when empty: the bare URL is the default scenario).
pub fn url_for(query: &str) -> String {
    let loc = window().location();
    let base = format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    );
    if query.is_empty() {
        base
    } else {
        format!("{base}?{query}")
    }
}

fn write(query: &str, push: bool) {
    if query == current_query() {
        return;
    }
    let Ok(history) = window().history() else {
        return;
    };
    let path = window().location().pathname().unwrap_or_default();
    let url = if query.is_empty() {
        path
    } else {
        format!("{path}?{query}")
    };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
}

/// Loads the state from the URL (or, with no query, the autosave) and keeps
/// URL, history, autosave and the document title in step from then on.
pub fn install(st: AppState) {
    let query = current_query();
    let source = if query.is_empty() {
        LocalStorage::get::<String>(AUTOSAVE_KEY).unwrap_or_default()
    } else {
        query
    };
    if !source.is_empty() {
        let (link, fixes) = decode_link(&source);
        st.load(link);
        st.corrections.set(fixes);
    }

    let pending = StoredValue::new_local(None::<Timeout>);
    Effect::new(move |_| {
        let q = encode_link(&st.link());
        let push = st.push_next.get_value();
        st.push_next.set_value(false);
        // Any newer change supersedes a pending write (dropping a Timeout
        // cancels it); storage and history are written once the sliders rest.
        pending.set_value(None);
        let save = move |q: &str, push: bool| {
            let _ = LocalStorage::set(AUTOSAVE_KEY, q);
            write(q, push);
        };
        if push {
            save(&q, true);
        } else {
            pending.set_value(Some(Timeout::new(DEBOUNCE_MS, move || save(&q, false))));
        }
    });

    // Through a memo of the view, so slider moves do not touch the document title.
    let view = Memo::new(move |_| st.scenario.with(|s| s.view));
    Effect::new(move |_| {
        let t = st.title.get();
        let head = if t.is_empty() {
            view.get().title().to_string()
        } else {
            t
        };
        document().set_title(&format!("{head} · Event-driven capacity planner"));
    });

    let on_pop = Closure::<dyn Fn(web_sys::PopStateEvent)>::new(move |_| {
        let (link, fixes) = decode_link(&current_query());
        st.load(link);
        st.corrections.set(fixes);
    });
    window().set_onpopstate(Some(on_pop.as_ref().unchecked_ref()));
    // The listener lives as long as the page.
    on_pop.forget();
}
