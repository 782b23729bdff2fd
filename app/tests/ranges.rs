//! Range mode (#19) mounted alone: the slider's range toggle and entries,
//! and a KPI card's band line, with their props as the only input.

use app::components::kpi::KpiCard;
use app::components::param_slider::ParamSlider;
use leptos::prelude::*;
use model::kpi::Kpi;
use model::ranges::Range;
use model::Param;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

use crate::common::{by_id, document, mount_in, new_host, settle, text};

fn type_into(id: &str, value: &str) {
    let field: HtmlInputElement = by_id(id);
    field.set_value(value);
    field
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
}

#[wasm_bindgen_test]
async fn a_slider_in_range_mode_reads_its_range_and_orders_typed_ends() {
    let value = RwSignal::new(1e6);
    let range = RwSignal::new(None::<Range>);
    let toggled = RwSignal::new(Vec::<bool>::new());
    let _m = mount_in(new_host(800), move || {
        view! { <ParamSlider param=Param::Users value=value on_change=Callback::new(move |v| value.set(v))
            range=range
            on_range_toggle=Callback::new(move |on| toggled.update(|t| t.push(on)))
            on_range=Callback::new(move |r: Range| { value.set(r.mid); range.set(Some(r)); }) /> }
        .into_any()
    })
    .await;
    let toggle = || by_id::<HtmlElement>("range-users");
    assert_eq!(
        toggle().get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(document().get_element_by_id("range-users-low").is_none());
    toggle().click();
    settle().await;
    assert_eq!(
        toggled.get_untracked(),
        vec![true],
        "asks to turn range mode on"
    );
    // The caller turns it on: the field reads the range, the track shows it.
    range.set(Some(Range {
        low: 5e5,
        mid: 1e6,
        high: 2e6,
    }));
    settle().await;
    assert_eq!(
        toggle().get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(text("val-users"), "500K–2M");
    assert!(document()
        .query_selector(".range-band")
        .ok()
        .flatten()
        .is_some());
    assert_eq!(by_id::<HtmlInputElement>("range-users-mid").value(), "1M");
    // A low typed above the high: swapped, said, and reported in order.
    type_into("range-users-low", "3M");
    settle().await;
    let r = range.get_untracked().expect("range");
    assert_eq!((r.low, r.mid, r.high), (2e6, 2e6, 3e6));
    assert!(
        text("range-users-note").contains("swapped"),
        "{}",
        text("range-users-note")
    );
    assert_eq!(text("val-users"), "2M–3M");
    // Text that is not a number: named, the range stays.
    type_into("range-users-high", "lots");
    settle().await;
    assert!(text("range-users-high-error").contains("lots"));
    assert_eq!(range.get_untracked(), Some(r));
    toggle().click();
    settle().await;
    assert_eq!(toggled.get_untracked(), vec![true, false]);
}

#[wasm_bindgen_test]
async fn a_kpi_card_shows_its_band_only_while_there_is_one() {
    let kpi = Signal::stored(Some(Kpi {
        id: "brokers",
        label: "Brokers",
        value: "42".into(),
        raw: 42.0,
        alert: false,
        step_id: "nodes.brokers",
        note: None,
        unit: model::kpi::Unit::Int,
    }));
    let band = RwSignal::new(None::<String>);
    let pending = RwSignal::new(false);
    let _m = mount_in(new_host(400), move || {
        view! { <KpiCard id="brokers" kpi=kpi work=Signal::stored(vec![]) band=band band_pending=pending /> }.into_any()
    })
    .await;
    assert!(document().get_element_by_id("band-brokers").is_none());
    band.set(Some("p10 30 · p50 42 · p90 61".into()));
    settle().await;
    assert_eq!(text("band-brokers"), "p10 30 · p50 42 · p90 61");
    pending.set(true);
    settle().await;
    assert!(by_id::<HtmlElement>("band-brokers")
        .class_list()
        .contains("stale"));
    band.set(None);
    settle().await;
    assert!(document().get_element_by_id("band-brokers").is_none());
}
