//! One tab per seed pattern. Arrow keys move between tabs (WAI-ARIA tabs pattern).

use crate::state::{ctx, Ctx, Edit};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use model::View;

/// The pattern tabs.
#[component]
pub fn Tabs() -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    let current = doc.view;
    let select = move |v: View| {
        editor.apply(Edit::View(v));
        if let Some(el) = document().get_element_by_id(&format!("tab-{}", v.key())) {
            use wasm_bindgen::JsCast;
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        let i = View::ALL
            .iter()
            .position(|v| *v == current.get_untracked())
            .unwrap_or(0);
        let n = View::ALL.len();
        let next = match ev.key().as_str() {
            "ArrowRight" => (i + 1) % n,
            "ArrowLeft" => (i + n - 1) % n,
            "Home" => 0,
            "End" => n - 1,
            _ => return,
        };
        ev.prevent_default();
        select(View::ALL[next]);
    };
    view! {
        <div class="tabs" role="tablist" aria-label="Pattern" on:keydown=on_key>
            {View::ALL.into_iter().map(|v| view! {
                <button
                    role="tab"
                    id=format!("tab-{}", v.key())
                    aria-selected=move || (current.get() == v).to_string()
                    aria-controls="view-panel"
                    tabindex=move || if current.get() == v { "0" } else { "-1" }
                    on:click=move |_| select(v)
                >{v.title()}</button>
            }).collect_view()}
        </div>
    }
}
