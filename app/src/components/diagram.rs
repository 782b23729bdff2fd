//! The live architecture diagram: the pattern's flow as SVG boxes and
//! arrows, with each component's count, zone spread, profile and what binds
//! it. A box takes keyboard focus (or the pointer) to show its constraint
//! table and cost share. Layout and text come from `model::diagram`.

use crate::state::{Derived, Doc};
use leptos::prelude::*;
use model::diagram::{diagram, layout, Diagram, BOX_H, BOX_W};
use model::format::{int, percent};
use model::kpi::binding_label;

/// The SVG drawing of a diagram, and nothing else: props in, pixels out.
#[component]
pub fn DiagramSvg(
    /// What to draw.
    #[prop(into)]
    diagram: Signal<Diagram>,
    /// Prefix of DOM ids (`<prefix>diagram`, `<prefix>dia-<box>`), for a second copy on screen.
    #[prop(optional, into)]
    prefix: String,
    /// Called with a box's index when it gets focus or the pointer.
    #[prop(optional)]
    on_focus: Option<Callback<usize>>,
    /// Accessible name (the id of a heading) and description (the id of the text).
    #[prop(into)]
    labelled_by: String,
) -> impl IntoView {
    let geo = Memo::new(move |_| diagram.with(layout));
    let view_box = move || geo.with(|g| format!("-4 -4 {} {}", g.size.0 + 8.0, g.size.1 + 8.0));
    // Wide enough to stay legible: on a phone the card scrolls sideways instead of shrinking text.
    // aspect-ratio keeps the height in step with whichever width wins.
    let min_width = move || {
        geo.with(|g| {
            format!(
                "min-width: {}px; aspect-ratio: {} / {}",
                (g.size.0 * 0.62).round(),
                g.size.0 + 8.0,
                g.size.1 + 8.0
            )
        })
    };
    let head = format!("{prefix}dia-head");
    let head_url = format!("url(#{head})");
    let p = prefix.clone();
    view! {
        <svg id=format!("{prefix}diagram") class="diagram-svg" role="group" aria-labelledby=labelled_by
            viewBox=view_box style=min_width preserveAspectRatio="xMidYMin meet">
            <defs>
                <marker id=head viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                    <path d="M0,0 L10,5 L0,10 z" class="dia-head" />
                </marker>
            </defs>
            {move || diagram.with(|d| geo.with(|g| d.arrows.iter().zip(&g.arrows).map(|(a, (s, e, m))| view! {
                <g class="dia-arrow" class:dashed=a.dashed>
                    <line x1=s.0 y1=s.1 x2=e.0 y2=e.1 marker-end=head_url.clone() />
                    <text x=m.0 y=m.1 - 6.0 text-anchor="middle" class="dia-flow">{a.label.clone()}</text>
                </g>
            }).collect_view()))}
            {move || diagram.with(|d| geo.with(|g| d.boxes.iter().zip(&g.boxes).enumerate().map(|(i, (b, (x, y)))| {
                let sized = b.component.is_some();
                let lines: Vec<String> = match b.count {
                    Some(0) => vec!["none needed at this load".into()],
                    Some(n) => [
                        Some(format!("{} × {}", int(n), b.profile.unwrap_or(""))),
                        b.spread.clone(),
                        b.binding.map(|k| format!("bound by {k}")),
                    ].into_iter().flatten().collect(),
                    None => vec!["not sized here".into()],
                };
                let label = format!("{}{}", b.title, lines.first().map(|l| format!(": {l}")).unwrap_or_default());
                let focus = move || {
                    if let Some(f) = on_focus {
                        f.run(i)
                    }
                };
                view! {
                    <g class="dia-box" class:sized=sized class:bottleneck=b.bottleneck id=format!("{p}dia-{}", b.id)
                        transform=format!("translate({x} {y})")
                        tabindex=if sized && on_focus.is_some() { "0" } else { "-1" }
                        aria-label=label
                        on:focus=move |_| focus()
                        on:mouseenter=move |_| focus()>
                        <rect width=BOX_W height=BOX_H rx="10" />
                        <text x="12" y="24" class="dia-title">{b.title}{b.bottleneck.then_some(" ⚠")}</text>
                        {lines.into_iter().enumerate().map(|(k, l)| view! {
                            <text x="12" y=48.0 + 20.0 * k as f64 class=if k == 0 { "dia-count" } else { "dia-note" }>{l}</text>
                        }).collect_view()}
                    </g>
                }
            }).collect_view()))}
        </svg>
    }
}

/// The diagram card on the dashboard, with the focused box's read-out.
#[component]
pub fn ArchitectureDiagram() -> impl IntoView {
    let doc = expect_context::<Doc>();
    let derived = expect_context::<Derived>();
    let d = Memo::new(move |_| {
        doc.scenario.with(|s| {
            doc.assumptions
                .with(|a| derived.estimate.with(|e| diagram(s, a, e)))
        })
    });
    let (focused, set_focused) = signal(None::<usize>);
    let detail = move || {
        let i = focused.get()?;
        let b = d.with(|d| d.boxes.get(i).cloned())?;
        let c = b.component?;
        let z = derived.estimate.with(|e| *e.sizing.of(c));
        Some(view! {
            <div class="dia-detail" id="dia-detail" role="status">
                <h4>{format!("{}: {} nodes", b.title, int(b.count.unwrap_or(0)))}</h4>
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
        </section>
    }
}
