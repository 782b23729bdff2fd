//! Named scenarios: save, rename, delete and open, kept in localStorage;
//! import and export as a JSON file, with a clear error on a bad file.

use crate::download::save_text;
use crate::state::{ctx, Ctx, Edit};
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::codec::{encode_link, Link};
use model::export::{Library, Saved};
use wasm_bindgen::JsCast;

const KEY: &str = "capacity-planner.library";

fn load_library() -> Library {
    crate::storage::get(KEY)
        .and_then(|t| crate::library_file::parse(&t).ok())
        .unwrap_or_else(|| Library::new(Vec::new()))
}

fn store(lib: &Library) {
    crate::storage::set(KEY, &lib.to_json());
}

/// The saved-scenarios drawer.
#[component]
pub fn LibraryPanel() -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    let lib = RwSignal::new(load_library());
    // The last message, and whether it reports success: two signals whose
    // types are built already, where `Option<(bool, String)>` was a type of
    // its own (a smaller wasm).
    let (message, set_text) = signal(None::<String>);
    let (good, set_good) = signal(true);
    let set_message = move |ok: bool, text: String| {
        set_good.set(ok);
        set_text.set(Some(text));
    };
    let update = move |f: &dyn Fn(&mut Library)| {
        lib.update(|l| f(l));
        lib.with_untracked(store);
    };
    let save = move |_| {
        let link = doc.link_untracked();
        let title = link.state.title.clone();
        let name = if title.is_empty() {
            format!("Scenario {}", lib.with_untracked(|l| l.scenarios.len()) + 1)
        } else {
            title
        };
        let q = encode_link(&Link {
            compare: None,
            step: None,
            ..link
        });
        update(&|l| {
            l.scenarios.push(Saved {
                name: name.clone(),
                link: q.clone(),
            })
        });
        set_message(true, format!("Saved “{name}”."));
    };
    let open = move |i: usize| {
        if let Some(s) = lib.with_untracked(|l| l.scenarios.get(i).cloned()) {
            editor.apply(Edit::Open(s.link.clone()));
            set_message(true, format!("Opened “{}”.", s.name));
        }
    };
    let export = move |_| {
        let r = lib.with_untracked(|l| {
            save_text("capacity-scenarios.json", "application/json", &l.to_json())
        });
        set_message(
            r.is_ok(),
            if r.is_ok() {
                "Exported capacity-scenarios.json.".into()
            } else {
                "Could not save the file.".into()
            },
        );
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let name = file.name();
        input.set_value("");
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|v| v.as_string())
                .ok_or_else(|| "the file could not be read".to_string());
            match text.and_then(|t| crate::library_file::parse(&t).map_err(|e| e.to_string())) {
                Ok(incoming) => {
                    let n = incoming.scenarios.len();
                    update(&|l| l.scenarios.extend(incoming.scenarios.iter().cloned()));
                    set_message(
                        true,
                        format!(
                            "Imported {n} scenario{} from {name}.",
                            if n == 1 { "" } else { "s" }
                        ),
                    );
                }
                Err(why) => set_message(
                    false,
                    format!("Could not import {name}: {why}. Nothing was changed."),
                ),
            }
        });
    };
    view! {
        <details class="group" id="library">
            <summary>"Saved scenarios"</summary>
            <div class="lib-actions">
                <button class="secondary" id="save-scenario" on:click=save>"Save current"</button>
                <button class="secondary" id="export-library" on:click=export>"Export JSON"</button>
                <label class="secondary file-label" for="import-library">"Import JSON"</label>
                <input id="import-library" class="sr-only" type="file" accept="application/json,.json" on:change=import />
            </div>
            {move || message.get().map(|m| view! {
                <p class=if good.get() { "lib-msg" } else { "lib-msg error" } id="library-message" role="status">{m}</p>
            })}
            <ul class="saved" id="saved-list">
                {move || lib.get().scenarios.into_iter().enumerate().map(|(i, s)| {
                    let name = s.name.clone();
                    view! {
                        <li>
                            <input class="saved-name" type="text" aria-label="Scenario name" prop:value=name.clone()
                                on:change=move |ev| {
                                    let v = event_target_value(&ev).trim().to_string();
                                    if v.is_empty() {
                                        set_message(false, "A name cannot be empty; kept the old one.".into());
                                    } else {
                                        update(&|l| if let Some(x) = l.scenarios.get_mut(i) { x.name = v.clone(); });
                                    }
                                } />
                            <button class="secondary" on:click=move |_| open(i) aria-label=format!("Open {name}")>"Open"</button>
                            <button class="secondary" on:click=move |_| update(&|l| { if i < l.scenarios.len() { l.scenarios.remove(i); } })
                                aria-label=format!("Delete {}", s.name)>"Delete"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    }
}
