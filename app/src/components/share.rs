//! The share bar: scenario title, "Copy link" with a visible confirmation,
//! and exports (Markdown summary, CSV of the chart sweep, print).

use crate::download::{copy_text, save_text, slug};
use crate::state::{ctx, Ctx, Edit};
use crate::url_sync::url_for;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::codec::{clean_title, encode_link};
use model::export::{markdown, sweep_csv};
use std::time::Duration;

/// How long a confirmation stays in the status line.
const FLASH: Duration = Duration::from_millis(2500);

/// Title field, copy link and exports.
#[component]
pub fn ShareBar() -> impl IntoView {
    let Ctx {
        doc,
        derived,
        editor,
        ..
    } = ctx();
    let (status, set_status) = signal(String::new());
    let flash = move |msg: String| {
        set_status.set(msg);
        // Leptos's timeout, whose closure type the other timers link already.
        set_timeout(move || set_status.set(String::new()), FLASH);
    };
    let copy = move |_| {
        let url = url_for(&encode_link(&doc.link_untracked()));
        spawn_local(async move {
            let ok = copy_text(url.clone()).await;
            flash(if ok {
                "Link copied".into()
            } else {
                format!("Copy failed; select and copy: {url}")
            });
        });
    };
    let file_base = move || slug(&doc.title.get_untracked(), "capacity-scenario");
    let export_md = move |_| {
        let link = doc.link_untracked();
        let url = url_for(&encode_link(&link));
        let text = derived
            .explained
            .with_untracked(|e| markdown(&link.state, e, &url));
        let r = save_text(&format!("{}.md", file_base()), "text/markdown", &text);
        flash(if r.is_ok() {
            "Markdown summary saved".into()
        } else {
            "Could not save the file".into()
        });
    };
    let export_csv = move |_| {
        let text = doc.scenario.with_untracked(|s| {
            doc.assumptions
                .with_untracked(|a| derived.sweep.with_untracked(|sw| sweep_csv(s, a, sw)))
        });
        let r = save_text(&format!("{}-sweep.csv", file_base()), "text/csv", &text);
        flash(if r.is_ok() {
            "CSV saved".into()
        } else {
            "Could not save the file".into()
        });
    };
    view! {
        // A named section is a region landmark, so a screen reader's landmark
        // list reaches the title and the exports (axe's `region` rule).
        <section class="share-bar" aria-label="Title, share and export">
            <label class="sr-only" for="title">"Scenario title"</label>
            <input id="title" class="title-input" type="text" maxlength="120" placeholder="Untitled scenario"
                prop:value=move || doc.title.get()
                on:change=move |ev| editor.apply(Edit::Title(clean_title(&event_target_value(&ev)))) />
            <button class="primary" id="copy-link" on:click=copy>"Copy link"</button>
            <button class="secondary" id="export-md" on:click=export_md>"Markdown"</button>
            <button class="secondary" id="export-csv" on:click=export_csv>"CSV"</button>
            <button class="secondary" id="print" on:click=move |_| { let _ = window().print(); }>"Print"</button>
            <span class="status" id="share-status" role="status" aria-live="polite">{move || status.get()}</span>
        </section>
    }
}
