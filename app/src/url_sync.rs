//! Keeps the address bar, the browser history and the autosave in step with
//! the state. Continuous edits (sliders) replace the current entry after a
//! short pause; discrete actions push a new entry so Back and Forward step
//! through them. A link always wins over the autosaved state.

use crate::state::{Doc, Editor};
use gloo::timers::callback::Timeout;
use leptos::prelude::*;
use model::codec::encode_link;

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

/// Loads the document from the URL (or, with no query, the autosave) and
/// keeps URL, history, autosave and the document title in step from then on.
/// Start-up, Back/Forward and the autosave all load through
/// [`Editor::load`]; every later change comes through [`Editor::apply`],
/// which says whether it pushes a history entry.
pub fn install(doc: Doc, editor: Editor) {
    let query = current_query();
    let source = if query.is_empty() {
        crate::storage::get(AUTOSAVE_KEY).unwrap_or_default()
    } else {
        query
    };
    if !source.is_empty() {
        editor.load(&source);
    }

    let pending = StoredValue::new_local(None::<Timeout>);
    // A slider sends an input every frame, so the link is encoded only when
    // it is written (after the pause, or at once for a push), never in an
    // input's task: encoding a link with ranges, a drill and option prices
    // took ~0.1 ms per input (docs/PERFORMANCE.md, stop 18).
    let save = move |push: bool| {
        let q = encode_link(&doc.link_untracked());
        crate::storage::set(AUTOSAVE_KEY, &q);
        write(&q, push);
    };
    Effect::new(move |_| {
        doc.track();
        let push = editor.take_push();
        // Any newer change supersedes a pending write (dropping a Timeout
        // cancels it); storage and history are written once the sliders
        // rest. The load's own state waits the same pause, so it is not
        // encoded in the start-up's first tasks (the first chart waits on them).
        pending.set_value(None);
        if push {
            save(true);
        } else {
            pending.set_value(Some(Timeout::new(DEBOUNCE_MS, move || save(false))));
        }
    });

    // Through the title and view memos, so slider moves never touch the document title.
    Effect::new(move |_| {
        let t = doc.title.get();
        let head = if t.is_empty() {
            doc.view.get().title().to_string()
        } else {
            t
        };
        document().set_title(&format!("{head} · Event-driven capacity planner"));
    });

    // Leptos's untyped window listener: its `Closure<dyn FnMut(Event)>` is
    // the one every event handler uses, where a `PopStateEvent` closure was
    // a type of its own (a smaller wasm and glue). The listener lives as
    // long as the page: its handle is never removed.
    let _ = window_event_listener_untyped("popstate", move |_| {
        editor.load(&current_query());
    });
}
