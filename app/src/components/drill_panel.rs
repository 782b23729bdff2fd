//! "Time and failure": the simulation's inputs (issue #18). The traffic's
//! shape, an editable list of bursts, one failure drill, and the window and
//! recovery-target sliders. Every change is a typed edit (undo, URL, link);
//! a bad entry stays in its field with a message naming it, and the
//! document keeps its last good value. Parsing is `model::drill_form` and
//! `model::drill`; this file only wires fields to edits.

use super::drawer::Drawer;
use super::param_slider::ScenarioSlider;
use crate::state::{ctx, Ctx, Edit};
use leptos::prelude::*;
use model::drill::{Burst, Fail, Point, Shape};
use model::drill_form::{minute_text, parse_duration, parse_minute, parse_mult};
use model::Param;

/// The inputs this group shows (the advanced group leaves them out).
pub const DRILL: [Param; 2] = [Param::Window, Param::Rto];

/// Where a new burst or failure starts when there is nothing to follow: 19:00,
/// the flash sale.
const EVENING_MIN: f64 = 1140.0;

/// The group, closed by default like the other advanced groups.
#[component]
pub fn DrillPanel() -> impl IntoView {
    view! {
        <Drawer id="drill" summary=|| "Time and failure">
            <p class="muted drill-help">"Simulate a day: the traffic's shape, bursts and one failure. The timeline card shows the result."</p>
            <ShapeInput />
            <BurstList />
            <FailInput />
            {DRILL.into_iter().map(|p| view! { <ScenarioSlider param=p /> }).collect_view()}
        </Drawer>
    }
}

/// The shape's menu key.
fn shape_key(s: &Shape) -> &'static str {
    match s {
        Shape::Flat => "flat",
        Shape::Diurnal => "diurnal",
        Shape::Business => "business",
        Shape::Points(_) => "custom",
    }
}

/// Traffic shape: a menu, and for custom points a text field.
#[component]
fn ShapeInput() -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    // The shape as its text, which differs whenever the shape does:
    // `Memo<String>` is built for other fields already (a smaller wasm).
    let shape = Memo::new(move |_| doc.drill.with(|d| d.shape.text()));
    let key = Memo::new(move |_| doc.drill.with(|d| shape_key(&d.shape)));
    let (message, set_message) = signal(None::<String>);
    let on_menu = move |ev: leptos::ev::Event| {
        set_message.set(None);
        let s = match event_target_value(&ev).as_str() {
            "diurnal" => Shape::Diurnal,
            "business" => Shape::Business,
            // A starting point to edit: the average all day, ×3 from 19:00 to 21:00.
            "custom" => Shape::Points(vec![
                Point {
                    min: 0.0,
                    mult: 1.0,
                },
                Point {
                    min: EVENING_MIN,
                    mult: 3.0,
                },
                Point {
                    min: 1260.0,
                    mult: 1.0,
                },
            ]),
            _ => Shape::Flat,
        };
        editor.apply(Edit::Shape(s));
    };
    let on_points = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let (s, fixes) = Shape::parse(&text);
        if !matches!(s, Shape::Points(_)) {
            // Nothing usable: keep the document's points, say why.
            set_message.set(Some(format!(
                "“{}” has no minute:multiplier point (e.g. 0:1,1140:3); the shape is unchanged",
                fixes.first().map_or(text.clone(), |f| f.given.clone())
            )));
            return;
        }
        set_message.set((!fixes.is_empty()).then(|| {
            fixes
                .iter()
                .map(|f| format!("“{}”: {}; using {}", f.given, f.reason, f.used))
                .collect::<Vec<_>>()
                .join(" ")
        }));
        editor.apply(Edit::Shape(s));
    };
    view! {
        <div class="param" data-key="shape">
            <div class="param-head"><label for="in-shape">"Traffic over the day"</label></div>
            <select id="in-shape" prop:value=move || key.get() on:change=on_menu>
                <option value="flat" selected=move || key.get() == "flat">"Flat at the peak"</option>
                <option value="diurnal" selected=move || key.get() == "diurnal">"Daily curve (peak at 15:00)"</option>
                <option value="business" selected=move || key.get() == "business">"Office hours (Mon–Fri 09–17)"</option>
                <option value="custom" selected=move || key.get() == "custom">"Custom points"</option>
            </select>
            <Show when=move || key.get() == "custom">
                <label for="in-shape-points" class="sub-label">"Points, minute:multiplier of the average"</label>
                <input type="text" id="in-shape-points" spellcheck="false" aria-describedby="shape-msg"
                    prop:value=move || shape.get() on:change=on_points />
            </Show>
            <p id="shape-msg" class="field-msg" role="status">{move || message.get()}</p>
        </div>
    }
}

/// A burst with one field replaced, or a message naming the bad entry.
fn with_field(b: Burst, field: &str, text: &str) -> Result<Burst, String> {
    Ok(match field {
        "start" => Burst {
            start: parse_minute(text)?,
            ..b
        },
        "dur" => Burst {
            dur: parse_duration(text)?,
            ..b
        },
        _ => Burst {
            mult: parse_mult(text)?,
            ..b
        },
    })
}

/// Where a new burst goes: an hour after the last one ends, or at 19:00.
fn next_burst(list: &[Burst]) -> Burst {
    let start = list.last().map_or(EVENING_MIN, |b| {
        (b.start + b.dur + 60.0).min(model::drill::MAX_MINUTE - 20.0)
    });
    Burst {
        start,
        dur: 20.0,
        mult: 3.0,
    }
}

/// Bursts: one row per burst (start, minutes, multiplier, remove), and an
/// add button.
#[component]
fn BurstList() -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    let bursts = Memo::new(move |_| doc.drill.with(|d| d.bursts.clone()));
    let (message, set_message) = signal(None::<String>);
    let set = move |i: usize, field: &'static str, text: String| {
        let list = bursts.get_untracked();
        let Some(b) = list.get(i).copied() else {
            return;
        };
        match with_field(b, field, &text) {
            Ok(nb) => {
                set_message.set(None);
                let mut list = list;
                list[i] = nb;
                editor.apply(Edit::Bursts(list));
            }
            Err(e) => set_message.set(Some(format!(
                "Burst {}: {e}; kept {}",
                i + 1,
                match field {
                    "start" => minute_text(b.start),
                    "dur" => format!("{} min", b.dur),
                    _ => format!("×{}", b.mult),
                }
            ))),
        }
    };
    let add = move |_| {
        let mut list = bursts.get_untracked();
        if list.len() < model::drill::MAX_BURSTS {
            list.push(next_burst(&list));
            editor.apply(Edit::Bursts(list));
        }
    };
    view! {
        <fieldset class="bursts" aria-describedby="burst-msg">
            <legend>"Bursts"</legend>
            <Show when=move || bursts.with(Vec::is_empty)>
                <p class="muted" id="bursts-none">"No burst: add one to see lag build and drain."</p>
            </Show>
            {move || bursts.get().into_iter().enumerate().map(|(i, b)| {
                let n = i + 1;
                view! {
                    <div class="burst-row" id=format!("burst-{n}")>
                        <label>"Start"
                            <input type="text" class="burst-start" id=format!("burst-{n}-start") inputmode="numeric"
                                aria-label=format!("Burst {n} start, HH:MM or minutes")
                                prop:value=minute_text(b.start) on:change=move |ev| set(i, "start", event_target_value(&ev)) />
                        </label>
                        <label>"Minutes"
                            <input type="text" class="burst-dur" id=format!("burst-{n}-dur") inputmode="decimal"
                                aria-label=format!("Burst {n} duration, minutes")
                                prop:value=model::format::num_plain(b.dur) on:change=move |ev| set(i, "dur", event_target_value(&ev)) />
                        </label>
                        <label>"×"
                            <input type="text" class="burst-mult" id=format!("burst-{n}-mult") inputmode="decimal"
                                aria-label=format!("Burst {n} multiplier of the load")
                                prop:value=model::format::num_plain(b.mult) on:change=move |ev| set(i, "mult", event_target_value(&ev)) />
                        </label>
                        <button type="button" class="secondary burst-remove" id=format!("burst-{n}-remove")
                            aria-label=format!("Remove burst {n}")
                            on:click=move |_| {
                                let mut list = bursts.get_untracked();
                                if i < list.len() {
                                    list.remove(i);
                                    set_message.set(None);
                                    editor.apply(Edit::Bursts(list));
                                }
                            }>"Remove"</button>
                    </div>
                }
            }).collect_view()}
            <button type="button" class="secondary" id="burst-add" on:click=add
                disabled=move || bursts.with(|b| b.len() >= model::drill::MAX_BURSTS)>"Add a burst"</button>
            <p id="burst-msg" class="field-msg" role="status">{move || message.get()}</p>
        </fieldset>
    }
}

/// The failure drill: a menu (none, a broker, a zone) and its time.
#[component]
fn FailInput() -> impl IntoView {
    let Ctx { doc, editor, .. } = ctx();
    // Changes exactly when the failure does (its text names kind and minute);
    // `Memo<String>` is built for other fields already (a smaller wasm).
    let fail_text = Memo::new(move |_| doc.drill.with(|d| d.fail.text()));
    let fail = move || doc.drill.with_untracked(|d| d.fail);
    let kind = Memo::new(move |_| {
        doc.drill.with(|d| match d.fail {
            Fail::None => "none",
            Fail::Node(_) => "node",
            Fail::Zone(_) => "zone",
        })
    });
    let (message, set_message) = signal(None::<String>);
    let on_menu = move |ev: leptos::ev::Event| {
        set_message.set(None);
        let at = fail().at().unwrap_or(EVENING_MIN);
        editor.apply(Edit::Fail(match event_target_value(&ev).as_str() {
            "node" => Fail::Node(at),
            "zone" => Fail::Zone(at),
            _ => Fail::None,
        }));
    };
    let on_time = move |ev: leptos::ev::Event| {
        let f = fail();
        match parse_minute(&event_target_value(&ev)) {
            Ok(m) => {
                set_message.set(None);
                editor.apply(Edit::Fail(match f {
                    Fail::Zone(_) => Fail::Zone(m),
                    _ => Fail::Node(m),
                }));
            }
            Err(e) => set_message.set(Some(format!(
                "{e}; kept {}",
                f.at().map(minute_text).unwrap_or_default()
            ))),
        }
    };
    view! {
        <div class="param" data-key="fail">
            <div class="param-head"><label for="in-fail">"Failure drill"</label></div>
            <select id="in-fail" prop:value=move || kind.get() on:change=on_menu>
                <option value="none" selected=move || kind.get() == "none">"Nothing fails"</option>
                <option value="node" selected=move || kind.get() == "node">"Lose a broker"</option>
                <option value="zone" selected=move || kind.get() == "zone">"Lose a zone"</option>
            </select>
            <Show when=move || kind.get() != "none">
                <label for="in-fail-at" class="sub-label">"At (HH:MM or minutes)"</label>
                <input type="text" id="in-fail-at" inputmode="numeric" aria-describedby="fail-msg"
                    prop:value=move || fail_text.with(|_| fail().at().map(minute_text).unwrap_or_default()) on:change=on_time />
            </Show>
            <p id="fail-msg" class="field-msg" role="status">{move || message.get()}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn a_field_edit_changes_one_value_or_names_the_bad_one() {
        let b = Burst {
            start: 1140.0,
            dur: 20.0,
            mult: 5.0,
        };
        assert_eq!(with_field(b, "start", "20:30").map(|x| x.start), Ok(1230.0));
        assert_eq!(with_field(b, "dur", "45").map(|x| x.dur), Ok(45.0));
        assert_eq!(
            with_field(b, "mult", "2").map(|x| (x.start, x.mult)),
            Ok((1140.0, 2.0))
        );
        let e = with_field(b, "mult", "lots").unwrap_err();
        assert!(e.contains("“lots”"), "{e}");
    }

    #[wasm_bindgen_test]
    fn new_bursts_follow_the_last_and_stay_in_the_window() {
        assert_eq!(next_burst(&[]).start, EVENING_MIN);
        let b = Burst {
            start: 600.0,
            dur: 30.0,
            mult: 2.0,
        };
        assert_eq!(next_burst(&[b]).start, 690.0);
        let late = Burst {
            start: model::drill::MAX_MINUTE - 5.0,
            dur: 5.0,
            mult: 2.0,
        };
        assert!(next_burst(&[late]).start + 20.0 <= model::drill::MAX_MINUTE);
    }
}
