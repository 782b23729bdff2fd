//! Presenter mode: a full-screen, large-type walkthrough of the current
//! pattern whose numbers are the scenario's own (slides come from
//! `model::presentation`). ← → or space step (the derivation reveals a line at
//! a time), Esc leaves, F toggles full screen, C the cheat sheet. The slide is
//! in the URL; a compact bar keeps the main sliders at hand.
//!
//! It is a modal dialog, and behaves as one: opening moves focus to the
//! slide title and makes the dashboard behind it `inert`, Tab and Shift+Tab
//! wrap inside it, and leaving gives focus back to what opened it (the
//! Present button when a link opened it). A link's corrections show at its
//! top, since the dashboard's notice is hidden behind it.

use super::diagram::DiagramSvg;
use super::notice::CorrectionsNotice;
use super::param_slider::ScenarioSlider;
use super::timeline_chart::TimelineChart;
use crate::state::{ctx, Ctx, Edit};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use model::cheatsheet::{capacities, conversions, LATENCIES, LATENCY_SOURCE};
use model::diagram::{diagram, mark_drill};
use model::presentation::{slides_with, Slide, SLIDES};
use model::Estimate;
use model::Param;
use wasm_bindgen::JsCast;

fn toggle_fullscreen() {
    let doc = document();
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(root) = doc.document_element() {
        let _ = root.request_fullscreen();
    }
}

/// Id of the dialog's root.
const DIALOG_ID: &str = "presenter";
/// What opens the presenter on the dashboard; focus returns here when no
/// other opener is known (a link opened it).
const OPENER_FALLBACK: &str = "present";
/// Marks what opening the dialog made `inert`, so closing clears only that.
const INERT_MARK: &str = "data-presenter-inert";

/// Makes everything on the page but the dialog inert: the siblings of the
/// dialog and of each of its ancestors up to `<body>`. Nothing behind it can
/// then take focus, be clicked or be read. Returns false while the dialog
/// is not in the page yet.
fn inert_behind_dialog() -> bool {
    let Some(dialog) = document().get_element_by_id(DIALOG_ID) else {
        return false;
    };
    let mut keep = dialog;
    while let Some(parent) = keep.parent_element() {
        let mut child = parent.first_element_child();
        while let Some(el) = child {
            if el != keep && !el.has_attribute("inert") {
                let _ = el.set_attribute("inert", "");
                let _ = el.set_attribute(INERT_MARK, "");
            }
            child = el.next_element_sibling();
        }
        if parent.tag_name().eq_ignore_ascii_case("body") {
            break;
        }
        keep = parent;
    }
    true
}

/// Undoes [`inert_behind_dialog`]: only what it made inert.
fn release_background() {
    let Ok(nodes) = document().query_selector_all(&format!("[{INERT_MARK}]")) else {
        return;
    };
    for i in 0..nodes.length() {
        if let Some(el) = nodes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        {
            let _ = el.remove_attribute("inert");
            let _ = el.remove_attribute(INERT_MARK);
        }
    }
}

/// Shuts the page behind the dialog and puts focus on the slide title.
fn enter_dialog() {
    if inert_behind_dialog() {
        focus_id("slide-title");
    }
}

fn focus_id(id: &str) -> bool {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|e| e.focus().is_ok())
}

/// The dialog's controls that Tab can reach now, in order (hidden ones,
/// such as the print handout, have no boxes and are left out).
fn tabbable(root: &web_sys::Element) -> Vec<web_sys::HtmlElement> {
    const SELECTOR: &str =
        "button:not([disabled]), input:not([disabled]), select:not([disabled]), \
         textarea:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";
    let Ok(nodes) = root.query_selector_all(SELECTOR) else {
        return Vec::new();
    };
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|e| {
            let r = e.get_bounding_client_rect();
            r.width() > 0.0 || r.height() > 0.0
        })
        .collect()
}

/// Keeps Tab inside the dialog: past the last control it wraps to the
/// first, and Shift+Tab before the first (or from the title) to the last.
fn trap_tab(ev: &KeyboardEvent) {
    if ev.key() != "Tab" {
        return;
    }
    let Some(root) = document().get_element_by_id(DIALOG_ID) else {
        return;
    };
    let items = tabbable(&root);
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        ev.prevent_default();
        return;
    };
    let active = document().active_element();
    let is = |e: &web_sys::HtmlElement| active.as_ref() == Some(e.as_ref());
    let inside = items.iter().any(is);
    let target = if ev.shift_key() && (is(first) || !inside) {
        last
    } else if !ev.shift_key() && (is(last) || !inside) {
        first
    } else {
        return;
    };
    ev.prevent_default();
    let _ = target.focus();
}

/// The cheat sheet: latency numbers, conversions, default capacities.
#[component]
fn CheatSheet() -> impl IntoView {
    view! {
        <aside class="cheatsheet" id="cheatsheet" aria-label="Cheat sheet">
            <h3>"Latency numbers"</h3>
            <table>
                {LATENCIES.iter().map(|(op, t)| view! { <tr><th scope="row">{*op}</th><td>{*t}</td></tr> }).collect_view()}
            </table>
            <p class="source">{LATENCY_SOURCE}</p>
            <h3>"Conversions"</h3>
            <table>
                {conversions().into_iter().map(|(a, b)| view! { <tr><th scope="row">{a}</th><td>{b}</td></tr> }).collect_view()}
            </table>
            <h3>"Default capacities"</h3>
            <table>
                {capacities().into_iter().map(|(name, v, src)| view! { <tr><th scope="row">{name}</th><td>{v}</td><td class="source">{src}</td></tr> }).collect_view()}
            </table>
        </aside>
    }
}

/// One slide's body; `shown` lines are visible (all for non-reveal slides).
fn slide_body(s: &Slide, shown: usize) -> impl IntoView {
    let n = if s.reveal {
        shown.min(s.lines.len())
    } else {
        s.lines.len()
    };
    let hl = s.highlight;
    view! {
        <ul class=if s.reveal { "slide-lines reveal" } else { "slide-lines" }>
            {s.lines.iter().take(n).enumerate().map(|(i, l)| view! {
                <li class:current=hl == Some(i)>{l.clone()}</li>
            }).collect_view()}
        </ul>
    }
}

/// The presenter overlay (rendered only while presenting).
#[component]
pub fn Presenter() -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    let deck = Memo::new(move |_| {
        doc.scenario.with(|s| {
            doc.assumptions
                .with(|a| doc.drill.with(|d| slides_with(s, a, d)))
        })
    });
    let Ctx { derived, .. } = ctx();
    let (revealed, set_revealed) = signal(1usize);
    // The design now and at 10× (the latter computed only while its slide shows).
    let now = Memo::new(move |_| {
        doc.scenario.with(|s| {
            let d = doc
                .assumptions
                .with(|a| derived.estimate.with(|e| diagram(s, a, e)));
            doc.drill.with(|drill| mark_drill(d, s, drill))
        })
    });
    // The bad hour's chart: simulated only while its slide shows (memos are lazy).
    let timeline = Memo::new(move |_| {
        doc.scenario.with(|s| {
            doc.assumptions.with(|a| {
                doc.drill.with(|d| {
                    derived.estimate.with(|e| {
                        crate::charts::timeline_spec(&model::simulate::simulate(s, a, d, e))
                    })
                })
            })
        })
    });
    let dark = ctx().prefs.dark;
    let tenx = Memo::new(move |_| {
        let s = doc.scenario.with(|s| s.scaled_users(10.0));
        doc.assumptions
            .with(|a| diagram(&s, a, &Estimate::numbers(&s, a)))
    });
    let (cheat, set_cheat) = signal(false);
    let index = move || (doc.step.get().unwrap_or(1).clamp(1, SLIDES as u32) - 1) as usize;
    let key = Memo::new(move |_| deck.with(|d| d.get(index()).map(|s| s.key.to_string())));
    let lines_of = move |i: usize| {
        deck.with_untracked(|d| {
            d.get(i)
                .map_or(0, |s| if s.reveal { s.lines.len() } else { 0 })
        })
    };
    let go = move |i: usize, reveal: usize| {
        set_revealed.set(reveal);
        editor.apply(Edit::Present(Some(i as u32 + 1)));
    };
    let next = move || {
        let i = index();
        if revealed.get_untracked() < lines_of(i) {
            set_revealed.update(|r| *r += 1);
        } else if i + 1 < SLIDES {
            go(i + 1, 1);
        }
    };
    let prev = move || {
        let i = index();
        if lines_of(i) > 0 && revealed.get_untracked() > 1 {
            set_revealed.update(|r| *r -= 1);
        } else if i > 0 {
            go(i - 1, lines_of(i - 1).max(1));
        }
    };
    let exit = move || {
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        }
        editor.apply(Edit::Present(None));
    };
    let keys = window_event_listener(leptos::ev::keydown, move |ev: KeyboardEvent| {
        if doc.step.get_untracked().is_none() {
            return;
        }
        // Typing in the compact bar's fields must not flip slides.
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.type_() == "text");
        let key = ev.key();
        if typing && key != "Escape" {
            return;
        }
        let on_slider = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.type_() == "range");
        // Space presses a focused button (Tab reaches them now), as anywhere else.
        let on_button = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .is_some_and(|e| e.tag_name().eq_ignore_ascii_case("button"));
        match key.as_str() {
            "ArrowRight" | "PageDown" if !on_slider => next(),
            " " if !on_slider && !on_button => next(),
            "ArrowLeft" | "PageUp" if !on_slider => prev(),
            "Escape" => exit(),
            "f" | "F" => toggle_fullscreen(),
            "c" | "C" => set_cheat.update(|c| *c = !*c),
            "Home" if !on_slider => go(0, 1),
            "End" if !on_slider => go(SLIDES - 1, lines_of(SLIDES - 1).max(1)),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
    // The id of what had focus when the dialog opened, to give it back
    // (empty: none). A `String`, whose stored value is built already.
    let opener = StoredValue::new(String::new());
    // Syncs focus and `inert` (the outside world) with entering and leaving.
    Effect::new(move |was: Option<bool>| {
        let open = doc.step.with(|s| s.is_some());
        if was == Some(open) || (was.is_none() && !open) {
            return open;
        }
        if open {
            let id = document()
                .active_element()
                .map(|e| e.id())
                .filter(|id| !id.is_empty() && id != DIALOG_ID);
            opener.set_value(id.unwrap_or_default());
            // The dialog is usually in the page by now; if not, it is after the frame.
            if document().get_element_by_id(DIALOG_ID).is_some() {
                enter_dialog();
            } else {
                request_animation_frame(enter_dialog);
            }
        } else {
            release_background();
            let back = opener.get_value();
            if back.is_empty() || !focus_id(&back) {
                focus_id(OPENER_FALLBACK);
            }
        }
        open
    });
    on_cleanup(release_background);
    let corrections = editor.corrections();
    let has_corrections = move || corrections.with(|c| !c.is_empty());
    view! {
        <Show when=move || doc.step.get().is_some()>
            <div class="presenter" role="dialog" aria-modal="true" aria-labelledby="slide-title" id=DIALOG_ID
                aria-describedby=move || has_corrections().then(|| "corrections-title".to_string())
                on:keydown=move |ev: KeyboardEvent| trap_tab(&ev)>
                <div class="presenter-bar">
                    <span class="slide-count" id="slide-count">{move || format!("{} / {}", index() + 1, SLIDES)}</span>
                    <span class="presenter-view">{move || doc.view.get().title()}</span>
                    <div class="compact">
                        <ScenarioSlider param=Param::Users prefix="p-" />
                        <ScenarioSlider param=Param::Rate prefix="p-" />
                    </div>
                    <div class="presenter-actions">
                        <button class="secondary" id="slide-prev" on:click=move |_| prev() aria-label="Previous">"←"</button>
                        <button class="secondary" id="slide-next" on:click=move |_| next() aria-label="Next">"→"</button>
                        <button class="secondary" id="cheat-toggle" aria-pressed=move || cheat.get().to_string() on:click=move |_| set_cheat.update(|c| *c = !*c)>"Cheat sheet (C)"</button>
                        <button class="secondary" id="fullscreen" on:click=move |_| toggle_fullscreen()>"Full screen (F)"</button>
                        <button class="secondary" id="handout" on:click=move |_| { let _ = window().print(); }>"Handout"</button>
                        <button class="primary" id="exit-present" on:click=move |_| exit()>"Exit (Esc)"</button>
                    </div>
                </div>
                // A link's corrections, here where they can be seen (the
                // dashboard's notice is behind the dialog).
                <CorrectionsNotice corrections=corrections on_dismiss=Callback::new(move |_| {
                    editor.dismiss();
                    focus_id("slide-title");
                }) />
                <div class="presenter-main">
                    <section class="slide live" id="slide" aria-live="polite">
                        // One heading for every slide, so focus on it survives a step.
                        // Focus lands here only as the dialog's start, not as a
                        // control, so no ring round the headline on the projector.
                        <h2 id="slide-title" tabindex="-1" style="outline: none" data-key=move || key.get()>
                            {move || deck.with(|d| d.get(index()).map(|s| s.title.clone()))}
                        </h2>
                        {move || {
                            let i = index();
                            let r = revealed.get();
                            deck.with(|d| d.get(i).map(|s| view! {
                                {slide_body(s, r)}
                                {(s.reveal && r < s.lines.len()).then(|| view! { <p class="hint">"→ or space for the next line"</p> })}
                            }))
                        }}
                        <Show when=move || key.with(|k| k.as_deref() == Some("design"))>
                            <div class="slide-diagrams" tabindex="0" role="group" aria-labelledby="slide-title">
                                <DiagramSvg diagram=now prefix="p-" labelled_by="slide-title" />
                            </div>
                        </Show>
                        <Show when=move || key.with(|k| k.as_deref() == Some("bad-hour"))>
                            <TimelineChart id="p-chart-timeline" spec=timeline dark=dark />
                        </Show>
                        <Show when=move || key.with(|k| k.as_deref() == Some("ten-x"))>
                            <div class="slide-diagrams" tabindex="0" role="group" aria-labelledby="slide-title">
                                <h3 id="p-now-title">"Now"</h3>
                                <DiagramSvg diagram=now prefix="p-now-" labelled_by="p-now-title" />
                                <h3 id="p-tenx-title">"At 10× the users"</h3>
                                <DiagramSvg diagram=tenx prefix="p-tenx-" labelled_by="p-tenx-title" />
                            </div>
                        </Show>
                    </section>
                    {move || cheat.get().then(|| view! {
                        <CheatSheet />
                    })}
                </div>
                <div class="handout" aria-hidden="true">
                    {move || deck.with(|d| d.iter().enumerate().map(|(i, s)| view! {
                        <section class="handout-slide">
                            <h2>{format!("{}. {}", i + 1, s.title)}</h2>
                            {slide_body(s, usize::MAX)}
                        </section>
                    }).collect_view())}
                </div>
            </div>
        </Show>
    }
}
