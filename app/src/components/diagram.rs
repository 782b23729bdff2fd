//! The live architecture diagram: the pattern's flow as SVG boxes and
//! arrows, with each component's count, zone spread, profile and what binds
//! it. A box takes keyboard focus (or the pointer) to show its constraint
//! table and cost share. Layout and text come from `model::diagram`.

use crate::state::{ctx, Ctx};
use leptos::prelude::*;
use model::diagram::{diagram, layout, mark_drill, Diagram, BOX_H, BOX_W};
use model::format::{int, percent};
use model::kpi::binding_label;

/// A box's text lines: its count and profile, its zone spread, what binds it.
fn box_lines(b: &model::diagram::Box) -> [String; 3] {
    // A tier on Kinesis, Confluent …: its units and the platform's name.
    if let Some(lines) = model::diagram::platform_lines(b) {
        return lines;
    }
    match b.count {
        None => ["not sized here".into(), String::new(), String::new()],
        Some(0) => [
            "none needed at this load".into(),
            String::new(),
            String::new(),
        ],
        Some(n) => [
            format!("{} × {}", int(n), b.profile.unwrap_or("")),
            // While a failure drill is on, what it loses takes the spread's line.
            b.lost
                .clone()
                .or_else(|| b.spread.clone())
                .unwrap_or_default(),
            b.binding
                .map(|k| format!("bound by {k}"))
                .unwrap_or_default(),
        ],
    }
}

/// The SVG drawing of a diagram, and nothing else: props in, pixels out.
///
/// The structure (boxes, arrows, positions) is built once per pattern; every
/// input then only updates the text nodes and classes that changed, so a
/// slider drag does not rebuild the drawing.
#[component]
pub fn DiagramSvg(
    /// What to draw. A memo, as every caller's is: a `Signal` of it would
    /// be built with its own read and stored variants (a larger wasm).
    diagram: Memo<Diagram>,
    /// Prefix of DOM ids (`<prefix>diagram`, `<prefix>dia-<box>`), for a second copy on screen.
    #[prop(optional, into)]
    prefix: String,
    /// Called with a box's index when it gets focus or the pointer.
    #[prop(optional)]
    on_focus: Option<Callback<usize>>,
    /// Accessible name: the id of the heading that names it.
    #[prop(into)]
    labelled_by: String,
) -> impl IntoView {
    // The shape: which boxes and arrows, where. Equal across inputs within a pattern.
    let shape = Memo::new(move |_| {
        diagram.with(|d| {
            let mut skeleton = d.clone();
            for b in &mut skeleton.boxes {
                *b = model::diagram::Box {
                    count: b.count.map(|_| 0),
                    spread: None,
                    profile: None,
                    binding: None,
                    runs_on: None,
                    bottleneck: false,
                    cost_share_pct: None,
                    lost: None,
                    ..b.clone()
                };
            }
            for a in &mut skeleton.arrows {
                a.label.clear();
            }
            skeleton.text.clear();
            skeleton
        })
    });
    // The layout, worked out where it is read rather than memoised: only a
    // new shape changes it, every reader follows the shape, and a
    // `Memo<Layout>` was a type of its own (a smaller wasm).
    let geo = move || shape.with(layout);
    let view_box = move || {
        let g = geo();
        format!("-4 -4 {} {}", g.size.0 + 8.0, g.size.1 + 8.0)
    };
    // Wide enough to stay legible: on a phone the card scrolls sideways
    // instead of shrinking text; aspect-ratio keeps the height in step.
    let size_style = move || {
        let g = geo();
        format!(
            "min-width: {}px; aspect-ratio: {} / {}",
            (g.size.0 * 0.62).round(),
            g.size.0 + 8.0,
            g.size.1 + 8.0
        )
    };
    let head = format!("{prefix}dia-head");
    let head_url = format!("url(#{head})");
    let p = prefix.clone();
    let arrow_label = move |i: usize| {
        diagram.with(|d| d.arrows.get(i).map(|a| a.label.clone()).unwrap_or_default())
    };
    let box_flag = move |i: usize, f: fn(&model::diagram::Box) -> bool| {
        diagram.with(|d| d.boxes.get(i).is_some_and(f))
    };
    view! {
        <svg id=format!("{prefix}diagram") class="diagram-svg" role="group" aria-labelledby=labelled_by
            viewBox=view_box style=size_style preserveAspectRatio="xMidYMin meet">
            <defs>
                <marker id=head viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" class="dia-head" />
                </marker>
            </defs>
            {move || shape.with(|d| { let g = layout(d); d.arrows.iter().zip(&g.arrows).enumerate().map(|(i, (a, (s, e, m)))| view! {
                <g class="dia-arrow" class:dashed=a.dashed>
                    <line x1=s.0 y1=s.1 x2=e.0 y2=e.1 marker-end=head_url.clone() />
                    <text x=m.0 y=m.1 - 6.0 text-anchor="middle" class="dia-flow">{move || arrow_label(i)}</text>
                </g>
            }).collect_view() })}
            {move || shape.with(|d| { let g = layout(d); d.boxes.iter().zip(&g.boxes).enumerate().map(|(i, (b, (x, y)))| {
                let sized = b.component.is_some();
                let focus = move || {
                    if let Some(f) = on_focus {
                        f.run(i)
                    }
                };
                let title = b.title;
                // The box's three lines, worked out once per input for its
                // four readers (three texts and the label), which re-run
                // only when this box's words changed.
                // A `Vec`, not the array: `Memo<Vec<String>>` is built already (a smaller wasm).
                let lines = Memo::new(move |_| {
                    diagram.with(|d| d.boxes.get(i).map_or_else(|| vec![String::new(); 3], |b| box_lines(b).into()))
                });
                let box_line = move |k: usize| lines.with(|l| l[k].clone());
                view! {
                    <g class="dia-box" class:sized=sized class:bottleneck=move || box_flag(i, |b| b.bottleneck)
                        class:lost=move || box_flag(i, |b| b.lost.is_some())
                        id=format!("{p}dia-{}", b.id)
                        transform=format!("translate({x} {y})")
                        tabindex=if sized && on_focus.is_some() { "0" } else { "-1" }
                        aria-label=move || format!("{title}: {}", box_line(0))
                        on:focus=move |_| focus()
                        on:mouseenter=move |_| focus()>
                        <rect width=BOX_W height=BOX_H rx="10" />
                        <text x="12" y="24" class="dia-title">{title}{move || box_flag(i, |b| b.bottleneck).then(|| " ⚠".to_string())}</text>
                        <text x="12" y="48" class="dia-count">{move || box_line(0)}</text>
                        <text x="12" y="68" class="dia-note" class:dia-lost=move || box_flag(i, |b| b.lost.is_some())>{move || box_line(1)}</text>
                        <text x="12" y="88" class="dia-note">{move || box_line(2)}</text>
                    </g>
                }
            }).collect_view() })}
        </svg>
    }
}

/// Saves the on-screen diagram (`#diagram`) as `<title>-diagram.svg`;
/// whether it worked.
fn save_svg(title: String) -> bool {
    let Some(svg) = document().get_element_by_id("diagram") else {
        return false;
    };
    let bg = crate::svg_export::background_of(svg.closest(".card").ok().flatten().as_ref());
    let name = format!(
        "{}-diagram.svg",
        crate::download::slug(&title, "capacity-scenario")
    );
    crate::svg_export::standalone(&svg, &bg)
        .is_some_and(|text| crate::download::save_text(&name, "image/svg+xml", &text).is_ok())
}

/// The diagram card on the dashboard, with the focused box's read-out.
#[component]
pub fn ArchitectureDiagram() -> impl IntoView {
    let Ctx { doc, derived, .. } = ctx();
    // Through one edge to the document and one to the estimate
    // (`Doc::with`): the drawing's ~90 nodes are marked twice per input,
    // not five times.
    let d = Memo::new(move |_| {
        doc.with(|l| {
            let (s, drill) = (&l.state.scenario, &l.state.drill);
            let d = derived
                .estimate
                .with(|e| diagram(s, &l.state.assumptions, e));
            mark_drill(d, s, drill)
        })
    });
    let (focused, set_focused) = signal(None::<usize>);
    // The outcome's words (`signal::<Option<String>>` is built already).
    let (saved, set_saved) = signal(None::<String>);
    let detail = move || {
        let i = focused.get()?;
        let b = d.with(|d| d.boxes.get(i).cloned())?;
        let c = b.component?;
        let z = derived.estimate.with(|e| *e.sizing.of(c));
        Some(view! {
            <div class="dia-detail" id="dia-detail" role="status">
                <h4>{match &b.runs_on {
                    Some(words) => format!("{}: {words} (the Kafka sizing below is for comparison)", b.title),
                    None => format!("{}: {} nodes", b.title, int(b.count.unwrap_or(0))),
                }}</h4>
                <table>
                    <thead><tr><th scope="col">"Constraint"</th><th scope="col">"Nodes it alone needs"</th></tr></thead>
                    <tbody>
                        {z.by.iter().map(|(k, n)| view! {
                            <tr class:binding=k == z.binding><th scope="row">{binding_label(k)}</th><td>{int(n)}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
                <p>{b.cost_share_pct.map(|p| format!("{} of the monthly cost", percent(p)))}</p>
            </div>
        })
    };
    view! {
        <section class="card diagram" aria-labelledby="dia-title" aria-describedby="dia-text">
            <h3 id="dia-title">"The design at this scale"</h3>
            <div class="dia-scroll">
                <DiagramSvg diagram=d labelled_by="dia-title" on_focus=Callback::new(move |i| set_focused.set(Some(i))) />
            </div>
            {detail}
            <p id="dia-text" class="dia-text">{move || d.with(|d| d.text.clone())}</p>
            <p class="dia-actions">
                <button class="link" id="dia-svg" on:click=move |_| {
                    let ok = save_svg(doc.title.get_untracked());
                    set_saved.set(Some(if ok { "Diagram saved as SVG" } else { "Could not save the diagram" }.to_string()));
                }>"Save SVG"</button>
                <span role="status" id="dia-svg-status">{move || saved.get()}</span>
            </p>
        </section>
    }
}
