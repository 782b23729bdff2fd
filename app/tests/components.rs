//! Components mounted alone, with their props as the only input: no App, no
//! context. Each test owns a host element and unmounts it when done.

use app::charts::{ChartSpec, Fmt, Series};
use app::components::chart_canvas::ChartCanvas;
use app::components::kpi::KpiCard;
use app::components::notice::CorrectionsNotice;
use app::components::param_slider::ParamSlider;
use leptos::prelude::*;
use model::codec::Correction;
use model::entry::RateBase;
use model::kpi::Kpi;
use model::Param;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlCanvasElement, HtmlElement, HtmlInputElement};

use crate::common::{by_id, document, mount_in, new_host, settle, text, Mounted};

async fn alone(f: impl FnOnce() -> AnyView + 'static) -> Mounted {
    mount_in(new_host(800), f).await
}

fn type_into(id: &str, value: &str) {
    let field: HtmlInputElement = by_id(id);
    field.set_value(value);
    field
        .dispatch_event(&web_sys::Event::new("change").expect("event"))
        .expect("dispatch");
}

#[wasm_bindgen_test]
async fn a_slider_alone_reports_changes_and_reads_its_value() {
    let value = RwSignal::new(1e6);
    let _m = alone(move || {
        view! { <ParamSlider param=Param::Users value=value on_change=Callback::new(move |v| value.set(v)) /> }.into_any()
    })
    .await;
    assert_eq!(text("val-users"), "1M");
    let range: HtmlInputElement = by_id("in-users");
    range.set_value("0");
    range
        .dispatch_event(&web_sys::Event::new("input").expect("event"))
        .expect("dispatch");
    settle().await;
    assert_eq!(value.get_untracked(), 100.0, "left end of the track");
    assert_eq!(text("val-users"), "100");
    type_into("num-users", "2.5M");
    settle().await;
    assert_eq!(value.get_untracked(), 2.5e6);
}

#[wasm_bindgen_test]
async fn per_day_entry_is_read_once_not_divided_twice() {
    let value = RwSignal::new(10.0);
    let base = RwSignal::new(RateBase::PerDay);
    let _m = alone(move || {
        view! {
            <ParamSlider param=Param::Rate value=value on_change=Callback::new(move |v| value.set(v))
                base=Signal::from(base) on_toggle_unit=Callback::new(move |_| base.set(RateBase::PerSecond)) />
        }
        .into_any()
    })
    .await;
    type_into("num-rate", "100/d");
    settle().await;
    let per_sec = value.get_untracked();
    assert!(
        (per_sec - 100.0 / 86_400.0).abs() < 1e-12,
        "100/d is 100 a day, got {per_sec}/s"
    );
    assert_eq!(text("val-rate"), "100/day");
    assert_eq!(by_id::<HtmlInputElement>("num-rate").value(), "100");
    // A bare number follows the toggle: 50 in per-day mode is 50 a day.
    type_into("num-rate", "50");
    settle().await;
    assert!((value.get_untracked() - 50.0 / 86_400.0).abs() < 1e-12);
    by_id::<HtmlElement>("rate-unit").click();
    settle().await;
    type_into("num-rate", "2");
    settle().await;
    assert_eq!(value.get_untracked(), 2.0, "per second after the toggle");
}

#[wasm_bindgen_test]
async fn byte_fields_read_bytes_not_billions() {
    let value = RwSignal::new(1000.0);
    let _m = alone(move || {
        view! { <ParamSlider param=Param::Size value=value on_change=Callback::new(move |v| value.set(v)) /> }.into_any()
    })
    .await;
    type_into("num-size", "64KiB");
    settle().await;
    assert_eq!(value.get_untracked(), 65_536.0);
    type_into("num-size", "512B");
    settle().await;
    assert_eq!(value.get_untracked(), 512.0, "B is bytes here");
    type_into("num-size", "5 widgets");
    settle().await;
    assert_eq!(value.get_untracked(), 512.0, "a bad unit changes nothing");
    assert!(
        text("num-size-error").contains("“5 widgets”"),
        "{}",
        text("num-size-error")
    );
}

#[wasm_bindgen_test]
async fn a_kpi_card_alone_shows_its_figure_and_work() {
    let kpi = RwSignal::new(Some(Kpi {
        id: "brokers",
        label: "Brokers",
        value: "42".into(),
        raw: 42.0,
        alert: false,
        step_id: "nodes.brokers",
        note: Some("bound by storage".into()),
        unit: model::kpi::Unit::Int,
    }));
    let steps = vec![model::explain::Step {
        id: "nodes.brokers".into(),
        label: "Brokers".into(),
        formula: "max over the constraints".into(),
        substituted: "Message rate: 42".into(),
        result: "42 nodes, bound by msgs".into(),
        uses: vec![],
    }];
    let _m = alone(move || {
        view! { <KpiCard id="brokers" kpi=kpi work=Signal::stored(steps) /> }.into_any()
    })
    .await;
    assert_eq!(text("kpi-brokers"), "42");
    assert_eq!(text("note-brokers"), "bound by storage");
    let name = || by_id::<HtmlElement>("show-brokers").get_attribute("aria-label");
    assert_eq!(
        name().as_deref(),
        Some("Show work: Brokers"),
        "names its KPI"
    );
    by_id::<HtmlElement>("show-brokers").click();
    settle().await;
    assert_eq!(name().as_deref(), Some("Hide work: Brokers"));
    assert!(text("work-brokers").contains("42 nodes, bound by msgs"));
    kpi.update(|k| {
        if let Some(k) = k {
            k.value = "43".into();
        }
    });
    settle().await;
    assert_eq!(text("kpi-brokers"), "43");
    assert!(
        document().get_element_by_id("work-brokers").is_some(),
        "stays open across updates"
    );
}

#[wasm_bindgen_test]
async fn the_notice_alone_lists_and_dismisses() {
    let fixes = RwSignal::new(vec![Correction {
        key: "users".into(),
        given: "lots".into(),
        used: "1000000".into(),
        reason: "not a number; using the default".into(),
    }]);
    let _m = alone(move || {
        view! { <CorrectionsNotice corrections=fixes on_dismiss=Callback::new(move |_| fixes.set(vec![])) /> }.into_any()
    })
    .await;
    assert!(text("corrections").contains("lots"));
    assert!(text("corrections-title").contains("1 problem;"));
    // A status region, announced politely; it stays while empty, so the next
    // corrections appear inside a live region that already exists.
    let region = || document().query_selector("[role=status]").ok().flatten();
    assert!(region().is_some_and(|r| r.contains(Some(&by_id::<web_sys::Node>("corrections")))));
    by_id::<HtmlElement>("dismiss-corrections").click();
    settle().await;
    assert!(document().get_element_by_id("corrections").is_none());
    assert!(region().is_some(), "the live region stays");
}

/// One "Brokers" line over 100 → 100M users at 1..7 × `scale`, tiers shaded.
fn brokers_chart(scale: f64, y_rule: Option<(f64, String)>) -> ChartSpec {
    ChartSpec {
        title: "Test".into(),
        x_label: "users".into(),
        y_label: "nodes".into(),
        series: vec![Series {
            name: "Brokers".into(),
            points: (0..7)
                .map(|i| (10f64.powi(i + 2), (i + 1) as f64 * scale))
                .collect(),
            slot: 0,
            dashed: false,
            band: Vec::new(),
        }],
        tiers: true,
        x_format: Fmt::Count,
        y_format: Fmt::Count,
        y_rule,
    }
}

#[wasm_bindgen_test]
async fn a_chart_alone_paints_and_repaints_for_the_theme() {
    let spec = brokers_chart(1.0, None);
    let dark = RwSignal::new(false);
    let _m = alone(move || {
        view! { <ChartCanvas id="chart-alone" spec=Signal::stored(spec) marker=Signal::stored(Some(1e4)) dark=dark /> }.into_any()
    })
    .await;
    let canvas: HtmlCanvasElement = by_id("chart-alone");
    canvas.scroll_into_view();
    settle().await;
    let corner = |c: &HtmlCanvasElement| {
        let ctx: web_sys::CanvasRenderingContext2d = c
            .get_context("2d")
            .expect("ctx")
            .expect("2d")
            .unchecked_into();
        ctx.get_image_data(0.0, 0.0, 1.0, 1.0).expect("px").data().0
    };
    assert!(canvas.width() > 0, "laid out and painted");
    assert_eq!(&corner(&canvas)[..3], &[255, 255, 255], "light panel");
    dark.set(true);
    settle().await;
    assert_eq!(
        &corner(&canvas)[..3],
        &[24, 26, 31],
        "dark panel, from the shared palette"
    );
    assert!(by_id::<HtmlElement>("chart-alone")
        .get_attribute("aria-label")
        .unwrap_or_default()
        .contains("At 10K users: Brokers"));
}

/// A canvas of `w`×`h` px in the document (fonts resolve as on the page).
fn bare_canvas(w: u32, h: u32) -> HtmlCanvasElement {
    let c: HtmlCanvasElement = document()
        .create_element("canvas")
        .expect("canvas")
        .unchecked_into();
    c.set_width(w);
    c.set_height(h);
    document()
        .body()
        .expect("body")
        .append_child(&c)
        .expect("append");
    c
}

fn pixels(c: &HtmlCanvasElement) -> Vec<u8> {
    let ctx: web_sys::CanvasRenderingContext2d = c
        .get_context("2d")
        .expect("ctx")
        .expect("2d")
        .unchecked_into();
    ctx.get_image_data(0.0, 0.0, c.width() as f64, c.height() as f64)
        .expect("pixels")
        .data()
        .0
}

#[wasm_bindgen_test]
fn the_text_caching_backend_draws_what_plotters_canvas_draws() {
    use app::charts::{draw, Style};
    use app::components::canvas_text::Canvas;
    use plotters::prelude::IntoDrawingArea;
    // Two series, tiers, a rule, dark colours and a 2× scale: every kind of
    // text plotters draws here (tick labels, rotated axis title, tier names).
    let spec = ChartSpec {
        title: "Test".into(),
        x_label: "users".into(),
        y_label: "MB/s".into(),
        series: (0..2)
            .map(|k| Series {
                name: format!("S{k}"),
                points: (0..7)
                    .map(|i| (10f64.powi(i + 2), (i + 1 + k) as f64 * 3.0))
                    .collect(),
                slot: k as usize,
                dashed: k == 1,
                band: Vec::new(),
            })
            .collect(),
        tiers: true,
        x_format: Fmt::Count,
        y_format: Fmt::Count,
        y_rule: Some((12.0, "SLO".into())),
    };
    let style = Style {
        scale: 2.0,
        dark: true,
    };
    let (ours, theirs) = (bare_canvas(900, 560), bare_canvas(900, 560));
    // Drawn twice on ours: the second pass starts from the cached state the first left.
    for _ in 0..2 {
        let area = Canvas::new(&ours).expect("backend").into_drawing_area();
        draw(&area, &spec, &style).expect("drawn");
    }
    let area = plotters_canvas::CanvasBackend::with_canvas_object(theirs.clone())
        .expect("backend")
        .into_drawing_area();
    draw(&area, &spec, &style).expect("drawn");
    let (a, b) = (pixels(&ours), pixels(&theirs));
    let differ = a
        .chunks_exact(4)
        .zip(b.chunks_exact(4))
        .filter(|(p, q)| p != q)
        .count();
    let inked = b.chunks_exact(4).filter(|p| *p != &b[0..4]).count();
    ours.remove();
    theirs.remove();
    assert!(inked > 5_000, "the reference drew a chart: {inked} px");
    assert_eq!(differ, 0, "{differ} pixels differ from plotters-canvas");
}

#[wasm_bindgen_test]
fn a_repaint_reuses_the_frame_while_the_axes_stay_and_draws_the_same_pixels() {
    use app::charts::{draw, Style};
    use app::components::canvas_text::Canvas;
    use app::components::chart_paint::{paint, FrameCache};
    use plotters::prelude::IntoDrawingArea;
    let spec = |scale: f64| brokers_chart(scale, Some((5.0, "SLO".into())));
    let dpr = web_sys::window()
        .expect("window")
        .device_pixel_ratio()
        .max(1.0);
    let size = (480.0, 300.0);
    let (ours, theirs) = (bare_canvas(1, 1), bare_canvas(1, 1));
    theirs.set_width((size.0 * dpr).round() as u32);
    theirs.set_height((size.1 * dpr).round() as u32);
    let mut cache = FrameCache::new().expect("cache");
    // 1.0 → 1.2 keeps every point within the same decades (1..10): the
    // frame is reused. 30.0 moves the top of the y axis: drawn again.
    for (scale, frames) in [(1.0, 1), (1.2, 1), (30.0, 2)] {
        let s = spec(scale);
        paint(&ours, size, &s, false, &mut cache).expect("painted");
        assert_eq!(cache.frames_drawn(), frames, "frames after scale {scale}");
        let area = Canvas::new(&theirs).expect("backend").into_drawing_area();
        draw(
            &area,
            &s,
            &Style {
                scale: dpr,
                dark: false,
            },
        )
        .expect("drawn");
        let (a, b) = (pixels(&ours), pixels(&theirs));
        assert_eq!(a.len(), b.len());
        let differ = a
            .chunks_exact(4)
            .zip(b.chunks_exact(4))
            .filter(|(p, q)| p != q)
            .count();
        assert_eq!(
            differ, 0,
            "scale {scale}: {differ} pixels differ from a full draw"
        );
    }
    ours.remove();
    theirs.remove();
}

#[wasm_bindgen_test]
async fn a_kpi_card_with_a_pinned_shows_a_and_the_change() {
    use model::kpi::{change, Unit};
    let fig = |raw: f64| Kpi {
        id: "brokers",
        label: "Brokers",
        value: Unit::Int.show(raw),
        raw,
        alert: false,
        step_id: "nodes.brokers",
        note: None,
        unit: Unit::Int,
    };
    let b = RwSignal::new(Some(fig(432.0)));
    let vs_a = RwSignal::new(Some(change(&fig(144.0), &fig(432.0))));
    let _m = alone(move || {
        view! { <KpiCard id="brokers" kpi=b work=Signal::stored(vec![]) vs_a=vs_a /> }.into_any()
    })
    .await;
    assert_eq!(text("kpi-brokers"), "432", "B is the big number");
    assert_eq!(text("vs-a-brokers"), "144");
    assert_eq!(text("delta-brokers"), "+288 (+200 %)");
    // From a zero A: the difference alone, never NaN or inf.
    vs_a.set(Some(change(&fig(0.0), &fig(432.0))));
    settle().await;
    assert_eq!(text("delta-brokers"), "+432");
    vs_a.set(None);
    settle().await;
    assert!(
        document().get_element_by_id("vs-a-brokers").is_none(),
        "no A, no A line"
    );
}

#[wasm_bindgen_test]
fn a_saved_chart_image_has_a_title_strip_and_a_legend_under_the_plot() {
    use app::charts::{draw, overlay_compare, Style};
    use app::components::canvas_text::Canvas;
    use plotters::prelude::IntoDrawingArea;
    let spec = overlay_compare(
        brokers_chart(1.0, Some((5.0, "SLO".into()))),
        brokers_chart(2.0, None),
    );
    let base = bare_canvas(600, 300);
    let area = Canvas::new(&base).expect("backend").into_drawing_area();
    draw(
        &area,
        &spec,
        &Style {
            scale: 1.0,
            dark: false,
        },
    )
    .expect("drawn");
    let img = app::download::chart_image(&base, None, &spec, false).expect("composed");
    base.remove();
    assert_eq!(img.width(), 600);
    assert!(
        img.height() > 300 + 40,
        "a title strip and a legend: {}",
        img.height()
    );
    let px = pixels(&img);
    let row = |y: u32| &px[(y * 600 * 4) as usize..((y + 1) * 600 * 4) as usize];
    let inked = |ys: std::ops::Range<u32>| {
        ys.map(|y| {
            row(y)
                .chunks_exact(4)
                .filter(|p| p[..3] != [255, 255, 255])
                .count()
        })
        .sum::<usize>()
    };
    let dpr = web_sys::window()
        .expect("window")
        .device_pixel_ratio()
        .max(1.0);
    let title_h = (34.0 * dpr) as u32;
    assert!(inked(0..title_h) > 100, "the title is drawn above the plot");
    assert!(
        inked(title_h + 300..img.height()) > 100,
        "the legend is drawn below the plot"
    );
}

#[wasm_bindgen_test]
async fn the_platforms_table_alone_lists_every_option_marks_the_cheapest_and_sorts() {
    use app::components::platforms::PlatformsTable;
    use web_sys::HtmlButtonElement;
    let s = model::Scenario {
        users: 100.0,
        rate_per_user_sec: 1000.0,
        size_bytes: 1000.0,
        ..model::Scenario::default()
    };
    let list = model::options::options(&s, &model::Assumptions::default());
    let picked = RwSignal::new("msk-standard");
    let _m = alone(move || {
        view! {
            <PlatformsTable options=Signal::derive(move || list.clone()) chosen=picked
                on_use=Callback::new(move |id| picked.set(id)) />
        }
        .into_any()
    })
    .await;
    let body_rows = || {
        document()
            .query_selector_all("#plat-table tbody tr")
            .expect("rows")
    };
    assert_eq!(body_rows().length(), 15, "one row per catalog option");
    let cheapest = document()
        .query_selector_all("#plat-table tr.cheapest")
        .expect("cheapest");
    assert_eq!(cheapest.length(), 1);
    assert!(
        text("plat-kinesis-provisioned").contains("Cheapest"),
        "badge in words"
    );
    assert!(text("plat-event-hubs-standard").contains("no: 40 TUs per namespace"));
    assert!(text("plat-confluent-standard").contains("No public price for: eCKU-hours"));
    // The first row is the cheapest; sorting by month, twice, puts the dearest priced first.
    let first = || {
        body_rows()
            .item(0)
            .and_then(|n| n.dyn_into::<HtmlElement>().ok())
            .map(|e| e.id())
            .unwrap_or_default()
    };
    assert_eq!(first(), "plat-kinesis-provisioned");
    let month: HtmlButtonElement = by_id("plat-sort-monthly");
    month.click();
    settle().await;
    month.click();
    settle().await;
    assert_eq!(first(), "plat-msk-serverless", "dearest priced first");
    let th = month.parent_element().expect("th");
    assert_eq!(th.get_attribute("aria-sort").as_deref(), Some("descending"));
    // Use picks the option.
    by_id::<HtmlButtonElement>("use-kinesis-provisioned").click();
    settle().await;
    assert_eq!(picked.get_untracked(), "kinesis-provisioned");
    assert_eq!(text("use-kinesis-provisioned"), "In use");
}

fn drill_report(link: &str) -> (model::timeline::Report, model::drill::Drill) {
    let (l, _) = model::codec::decode_link(link);
    let (s, a, d) = (l.state.scenario, l.state.assumptions, l.state.drill);
    let r = model::timeline::report(&s, &a, &d, &model::Estimate::numbers(&s, &a));
    (r, d)
}

#[wasm_bindgen_test]
async fn the_bad_hour_alone_shows_its_verdict_kpis_and_chart() {
    let (calm, calm_drill) = drill_report("v=1");
    let report = RwSignal::new(calm);
    let drill = RwSignal::new(calm_drill);
    let _m = alone(move || {
        view! { <app::components::timeline::TimelineBody report=report drill=drill dark=false /> }
            .into_any()
    })
    .await;
    assert!(
        text("tl-verdict").contains("nothing queues"),
        "{}",
        text("tl-verdict")
    );
    assert_eq!(text("tl-kpi-max_lag"), "0 s");
    assert!(
        document().get_element_by_id("tl-kpi-recovery").is_none(),
        "no failure, no recovery tile"
    );
    let canvas: HtmlCanvasElement = by_id("chart-timeline");
    assert!(canvas
        .get_attribute("aria-label")
        .is_some_and(|l| l.contains("worst lag is 0 s")));

    // A burst and a zone loss: lag builds, and the failure's tiles appear.
    let (bad, bad_drill) = drill_report("v=1&burst=1140:20:5&fail=zone@1150");
    report.set(bad);
    drill.set(bad_drill);
    settle().await;
    assert_ne!(text("tl-kpi-max_lag"), "0 s");
    assert!(
        text("tl-verdict").contains("a zone loss at 19:10"),
        "{}",
        text("tl-verdict")
    );
    assert!(document().get_element_by_id("tl-kpi-recovery").is_some());
    // Show work opens the KPI's derivation.
    by_id::<HtmlElement>("tl-show-max_lag").click();
    settle().await;
    assert!(text("tl-work-max_lag").contains("backlog"));
    // The table alternative lists the burst's start.
    by_id::<HtmlElement>("chart-timeline-table-toggle").click();
    settle().await;
    assert!(text("chart-timeline-table").contains("19:00"));
}
