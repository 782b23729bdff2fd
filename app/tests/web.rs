//! Component tests in headless Chromium (wasm-bindgen-test).

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement, HtmlInputElement};

use crate::common::{by_id, document, mount_in, new_host, settle, text, wait_for, Mounted};

/// A host with a real width, so the canvas lays out. Clears the autosave and
/// the query first so every test starts from the defaults.
fn host() -> HtmlElement {
    let w = web_sys::window().expect("window");
    if let Some(s) = w.local_storage().ok().flatten() {
        let _ = s.clear();
    }
    // And the query string: a link always wins over defaults.
    let path = w.location().pathname().unwrap_or_default();
    let _ = w.history().expect("history").replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&path),
    );
    new_host(1100)
}

/// Mounts the app (with `query` in the address bar, if any) and lets it settle.
async fn mount(query: Option<&str>) -> Mounted {
    let el = host();
    if let Some(q) = query {
        set_query(q);
    }
    let m = mount_in(el, || leptos::prelude::IntoAny::into_any(app::App())).await;
    // The app builds in stages (components/stages.rs); the guide is the last.
    wait_for("guide-title").await;
    m
}

/// Pixels that differ from the top-left (background) pixel.
fn painted_pixels(canvas: &HtmlCanvasElement) -> usize {
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .expect("ctx")
        .expect("2d")
        .unchecked_into();
    let (w, h) = (canvas.width() as f64, canvas.height() as f64);
    let data = ctx.get_image_data(0.0, 0.0, w, h).expect("pixels").data().0;
    let bg = &data[0..4];
    data.chunks_exact(4).filter(|px| *px != bg).count()
}

fn set_range(id: &str, value: &str) {
    let input: HtmlInputElement = by_id(id);
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
}

#[wasm_bindgen_test]
async fn app_mounts_draws_and_reacts_to_the_users_slider() {
    let _app = mount(None).await;

    let canvas: HtmlCanvasElement = by_id("chart-nodes");
    // Charts paint only on screen.
    canvas.scroll_into_view();
    settle().await;
    assert!(canvas.width() > 0, "canvas has a backing store");
    let painted = painted_pixels(&canvas);
    assert!(
        painted > 1_000,
        "chart drew something: {painted} non-background pixels"
    );

    let kpi: HtmlElement = by_id("kpi-brokers");
    let before = kpi.text_content().unwrap_or_default();
    assert_eq!(
        before, "1,290",
        "default scenario: 1M users × 10 msg/s, rf 3; storage binds"
    );

    set_range("in-users", "0"); // far left: 100 users
    settle().await;
    let after = kpi.text_content().unwrap_or_default();
    assert_eq!(after, "3", "100 users need only rf = 3 brokers");
    let label: HtmlElement = by_id("val-users");
    assert_eq!(label.text_content().unwrap_or_default(), "100");
}

#[wasm_bindgen_test]
async fn exact_entry_rejects_garbage_and_keeps_the_value() {
    let _app = mount(None).await;

    let field: HtmlInputElement = by_id("num-users");
    field.set_value("lots");
    field
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    settle().await;
    let err: HtmlElement = by_id("num-users-error");
    let msg = err.text_content().unwrap_or_default();
    assert!(
        msg.contains("“lots” is not a number"),
        "message names the bad value: {msg}"
    );
    assert_eq!(
        by_id::<HtmlElement>("kpi-brokers")
            .text_content()
            .unwrap_or_default(),
        "1,290"
    );

    field.set_value("2M");
    field
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    settle().await;
    assert_eq!(
        err.text_content().unwrap_or_default(),
        "",
        "error clears on a good entry"
    );
    assert_eq!(
        by_id::<HtmlElement>("val-users")
            .text_content()
            .unwrap_or_default(),
        "2M"
    );
}

fn click(id: &str) {
    by_id::<HtmlElement>(id).click();
}

#[wasm_bindgen_test]
async fn tabs_switch_the_kpis_and_the_tier_table() {
    let _app = mount(None).await;
    assert!(
        text("tier-table").contains("Simple async messaging"),
        "eventual tiers"
    );
    click("tab-cqrs");
    settle().await;
    assert_eq!(
        by_id::<HtmlElement>("tab-cqrs")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert!(
        document().get_element_by_id("kpi-write-shards").is_some(),
        "CQRS shows write shards"
    );
    assert!(
        text("tier-table").contains("Write Model"),
        "CQRS tier table"
    );
    assert_eq!(text("bottleneck"), "Write DB shards");
    click("tab-replay");
    settle().await;
    assert!(document().get_element_by_id("kpi-replay-bw").is_some());
    assert!(
        document().get_element_by_id("chart-replay").is_some(),
        "replay view adds its chart"
    );
}

#[wasm_bindgen_test]
async fn traffic_x10_and_undo() {
    let _app = mount(None).await;
    click("x10");
    settle().await;
    assert_eq!(text("val-users"), "10M");
    let panel = text("tenx-panel");
    assert!(
        panel.contains("1M → 10M users") && panel.contains("Brokers: 1,290 → 12,894"),
        "{panel}"
    );
    click("undo-x10");
    settle().await;
    assert_eq!(text("val-users"), "1M");
    assert!(document().get_element_by_id("tenx-panel").is_none());
}

#[wasm_bindgen_test]
async fn editing_an_assumption_changes_the_result_and_resets() {
    let _app = mount(None).await;
    // The drawer builds its fields when first opened.
    by_id::<web_sys::HtmlDetailsElement>("assumptions").set_open(true);
    settle().await;
    let field: HtmlInputElement = by_id("cap-broker_msgs");
    field.set_value("10K");
    field
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
    settle().await;
    assert_eq!(
        text("kpi-brokers"),
        "2,145",
        "10M msg/s on 10K msg/s brokers: 1,429 at 70 %, × 3/2 for a zone, in threes"
    );
    click("reset-broker_msgs");
    settle().await;
    assert_eq!(text("kpi-brokers"), "1,290");
}

#[wasm_bindgen_test]
async fn show_work_renders_the_model_steps() {
    let _app = mount(None).await;
    click("show-brokers");
    settle().await;
    let work = text("work-brokers");
    assert!(
        work.contains("Message rate: ⌈10M msg/s ÷ 105K msg/s⌉ = 96")
            && work.contains("1,290 nodes, bound by storage"),
        "{work}"
    );
}

fn set_query(q: &str) {
    let w = web_sys::window().expect("window");
    let path = w.location().pathname().unwrap_or_default();
    let _ = w.history().expect("history").replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&format!("{path}?{q}")),
    );
}

#[wasm_bindgen_test]
async fn a_bad_link_shows_the_notice_and_keeps_the_rest() {
    let _app = mount(Some("v=1&users=abc&view=cqrs&title=%3Cb%3Ehi%3C%2Fb%3E")).await;
    let notice = text("corrections");
    assert!(
        notice.contains("users") && notice.contains("abc") && notice.contains("not a number"),
        "{notice}"
    );
    assert_eq!(
        by_id::<HtmlElement>("tab-cqrs")
            .get_attribute("aria-selected")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        by_id::<HtmlInputElement>("title").value(),
        "<b>hi</b>",
        "title stays text"
    );
    click("dismiss-corrections");
    settle().await;
    assert!(document().get_element_by_id("corrections").is_none());
}

#[wasm_bindgen_test]
async fn presenter_opens_steps_and_closes() {
    let _app = mount(None).await;
    let focused = || {
        document()
            .active_element()
            .map(|e| e.id())
            .unwrap_or_default()
    };
    let inert = |id: &str| {
        by_id::<HtmlElement>(id)
            .closest("[inert]")
            .ok()
            .flatten()
            .is_some()
    };
    click("present");
    settle().await;
    assert_eq!(text("slide-count"), format!("1 / {}", model::codec::SLIDES));
    // A modal: focus inside, the dashboard behind it inert.
    assert_eq!(focused(), "slide-title");
    assert!(
        inert("present") && inert("kpi-brokers"),
        "the page behind is inert"
    );
    assert!(!inert("slide-next"));
    click("slide-next");
    settle().await;
    assert_eq!(text("slide-count"), format!("2 / {}", model::codec::SLIDES));
    let lines = document()
        .query_selector("#slide .slide-lines")
        .expect("query")
        .expect("lines");
    assert_eq!(
        lines.child_element_count(),
        1,
        "the derivation starts with one line"
    );
    click("exit-present");
    settle().await;
    assert!(document().get_element_by_id("presenter").is_none());
    assert_eq!(focused(), "present", "focus goes back to Present");
    assert!(!inert("present") && !inert("kpi-brokers"));
    assert_eq!(text("kpi-brokers"), "1,290");
}

#[wasm_bindgen_test]
async fn compare_pins_a_and_shows_deltas() {
    let _app = mount(None).await;
    click("pin-a");
    settle().await;
    click("x10");
    settle().await;
    let table = text("compare-table");
    assert!(
        table.contains("1,290") && table.contains("12,894") && table.contains("+900 %"),
        "{table}"
    );
}

/// A stored preference the app cannot read is replaced by the default it
/// uses; one it can read is kept. The save effects' first run writes back
/// only a corrected value (a first visit's localStorage write is kept off
/// the path to the first chart, docs/PERFORMANCE.md stop 17).
#[wasm_bindgen_test]
async fn a_corrected_preference_is_written_back_and_a_valid_one_kept() {
    let el = host();
    app::storage::set("capacity-planner.theme", "solarized");
    app::storage::set("capacity-planner.rate-unit", "per-day");
    let _m = mount_in(el, || leptos::prelude::IntoAny::into_any(app::App())).await;
    wait_for("guide-title").await;
    assert_eq!(
        app::storage::get("capacity-planner.theme").as_deref(),
        Some("system")
    );
    assert_eq!(
        app::storage::get("capacity-planner.rate-unit").as_deref(),
        Some("per-day")
    );
}

/// Stored strings keep the format gloo-storage wrote (a JSON string), so an
/// autosave or library from before the switch still loads, and anything
/// that is not a JSON string reads as absent rather than as garbage.
#[wasm_bindgen_test]
fn storage_reads_and_writes_json_strings() {
    let ls = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage");
    app::storage::set("test.key", "v=1&users=5000 \"quoted\"");
    assert_eq!(
        ls.get_item("test.key").expect("read").as_deref(),
        Some(r#""v=1&users=5000 \"quoted\"""#)
    );
    assert_eq!(
        app::storage::get("test.key").as_deref(),
        Some("v=1&users=5000 \"quoted\"")
    );
    // As gloo-storage 0.4 wrote it.
    ls.set_item("test.key", r#""dark""#).expect("write");
    assert_eq!(app::storage::get("test.key").as_deref(), Some("dark"));
    ls.set_item("test.key", "not json").expect("write");
    assert_eq!(app::storage::get("test.key"), None);
    ls.remove_item("test.key").expect("remove");
    assert_eq!(app::storage::get("test.key"), None);
}

/// The dashboard reads library files with the browser's JSON.parse; the
/// model's rules then apply, as they do to the native miniserde reader.
#[wasm_bindgen_test]
fn library_files_parse_in_the_browser_as_in_the_model() {
    use model::export::{Library, LibraryError, Saved};
    let lib = Library::new(vec![
        Saved {
            name: "Quote \" and \\ and\nnewline".into(),
            link: "v=1&users=5000".into(),
        },
        Saved {
            name: "B".into(),
            link: "v=1&users=6000".into(),
        },
    ]);
    assert_eq!(app::library_file::parse(&lib.to_json()), Ok(lib));
    // serde_json's pretty layout from earlier builds, with a field this build does not know.
    let old = "{\n  \"version\": 1,\n  \"extra\": true,\n  \"scenarios\": [\n    {\n      \"name\": \" A \",\n      \"link\": \"users=1e99\"\n    }\n  ]\n}";
    let got = app::library_file::parse(old).expect("old file");
    assert_eq!(got.scenarios[0].name, "A");
    assert_eq!(got.scenarios[0].link, "v=1&users=10000000000");
    for bad in [
        "nope",
        "[]",
        "{\"version\":1}",
        "{\"version\":1,\"scenarios\":[{\"name\":1,\"link\":\"\"}]}",
        "{\"version\":1.5,\"scenarios\":[]}",
    ] {
        assert!(
            matches!(
                app::library_file::parse(bad),
                Err(LibraryError::NotALibrary(_))
            ),
            "{bad}"
        );
    }
    assert_eq!(
        app::library_file::parse("{\"version\":2,\"scenarios\":[]}"),
        Err(LibraryError::Version(2))
    );
    assert_eq!(
        app::library_file::parse("{\"version\":1,\"scenarios\":[{\"name\":\" \",\"link\":\"\"}]}"),
        Err(LibraryError::EmptyName(1))
    );
}

#[wasm_bindgen_test]
async fn with_a_pinned_every_kpi_card_shows_a_and_the_change_and_every_chart_overlays_a() {
    let _app = mount(None).await;
    click("pin-a");
    settle().await;
    click("x10");
    settle().await;
    let cards = document()
        .query_selector_all(".kpis:not(.tl-kpis) .kpi")
        .expect("cards");
    assert!(cards.length() >= 9, "{} cards", cards.length());
    for i in 0..cards.length() {
        let card: HtmlElement = cards.item(i).expect("card").unchecked_into();
        let t = card.text_content().unwrap_or_default();
        let vs = card
            .query_selector(".kpi-vs")
            .expect("query")
            .unwrap_or_else(|| panic!("card {i} has no A line: {t}"));
        let vs = vs.text_content().unwrap_or_default();
        assert!(vs.contains('A') && vs.contains('Δ'), "card {i}: {vs}");
        assert!(!vs.contains("NaN") && !vs.contains("inf"), "card {i}: {vs}");
    }
    assert_eq!(text("vs-a-brokers"), "1,290");
    assert_eq!(text("delta-brokers"), "+11,604 (+900 %)");
    for id in ["nodes", "bandwidth", "storage", "cost", "latency"] {
        let canvas: HtmlElement = by_id(&format!("chart-{id}"));
        let label = canvas.get_attribute("aria-label").unwrap_or_default();
        assert!(label.contains("A · "), "{id}: {label}");
        let figure = canvas.closest("figure").expect("closest").expect("figure");
        let legend = figure
            .query_selector(".legend")
            .expect("query")
            .expect("legend")
            .text_content()
            .unwrap_or_default();
        assert!(legend.contains("A · "), "{id}: {legend}");
    }
    click("tab-replay");
    settle().await;
    let replay: HtmlElement = by_id("chart-replay");
    let label = replay.get_attribute("aria-label").unwrap_or_default();
    assert!(label.contains("pinned scenario A"), "{label}");
    let legend = replay
        .closest("figure")
        .expect("closest")
        .expect("figure")
        .query_selector(".legend")
        .expect("query")
        .expect("legend")
        .text_content()
        .unwrap_or_default();
    assert!(legend.contains("A · Events read per load"), "{legend}");
}

#[wasm_bindgen_test]
async fn a_pinned_a_is_read_in_the_view_on_screen() {
    let _app = mount(None).await;
    click("pin-a");
    settle().await;
    // Only the tab changes: A and B are the same scenario in the same view,
    // so every card (cost too, which prices the view's components) and the
    // compare table say nothing changed, as A's dashed lines lie on B's.
    click("tab-replay");
    settle().await;
    assert_eq!(text("vs-a-cost"), text("kpi-cost"));
    assert_eq!(text("delta-cost"), "no change");
    let table = text("compare-table");
    assert!(!table.contains('+') && !table.contains('−'), "{table}");
}
