//! A standalone SVG file from an SVG on the page (the architecture diagram).
//!
//! The diagram is styled by the page's stylesheet and its theme variables,
//! which do not travel with a file: each element's computed paint and text
//! styles are written inline instead, and a background rectangle in the
//! card's colour goes first, so the file looks as it does on screen (light or
//! dark) in any viewer or slide deck.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The computed properties that change how the diagram looks.
const PROPS: [&str; 10] = [
    "fill",
    "stroke",
    "stroke-width",
    "stroke-dasharray",
    "font-family",
    "font-size",
    "font-weight",
    "font-variant-numeric",
    "text-anchor",
    "opacity",
];

fn inline_style(from: &Element, to: &Element) {
    let Ok(Some(cs)) = window().get_computed_style(from) else {
        return;
    };
    let style: String = PROPS
        .iter()
        .filter_map(|p| {
            let v = cs.get_property_value(p).ok()?;
            (!v.is_empty()).then(|| format!("{p}:{v};"))
        })
        .collect();
    let _ = to.set_attribute("style", &style);
}

/// `svg` as the text of a standalone `.svg` file, or `None` if the browser
/// refuses a step (nothing on the page is changed either way).
pub fn standalone(svg: &Element, background: &str) -> Option<String> {
    let copy: Element = svg.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    let (from, to) = (
        svg.query_selector_all("*").ok()?,
        copy.query_selector_all("*").ok()?,
    );
    for i in 0..from.length().min(to.length()) {
        let (Some(f), Some(t)) = (from.item(i), to.item(i)) else {
            continue;
        };
        let (Ok(f), Ok(t)) = (f.dyn_into::<Element>(), t.dyn_into::<Element>()) else {
            continue;
        };
        inline_style(&f, &t);
        // Interactive-only attributes mean nothing in a file.
        for a in [
            "class",
            "tabindex",
            "role",
            "aria-label",
            "aria-describedby",
        ] {
            let _ = t.remove_attribute(a);
        }
    }
    inline_style(svg, &copy);
    for a in ["class", "role", "aria-labelledby", "id"] {
        let _ = copy.remove_attribute(a);
    }
    copy.set_attribute("xmlns", "http://www.w3.org/2000/svg")
        .ok()?;
    // The on-screen size is CSS; a file needs its own, from the viewBox.
    if let Some(vb) = svg.get_attribute("viewBox") {
        let n: Vec<&str> = vb.split_whitespace().collect();
        if let [_, _, w, h] = n[..] {
            let _ = copy.set_attribute("width", w);
            let _ = copy.set_attribute("height", h);
        }
    }
    let bg = document()
        .create_element_ns(Some("http://www.w3.org/2000/svg"), "rect")
        .ok()?;
    for (k, v) in [("width", "100%"), ("height", "100%"), ("fill", background)] {
        bg.set_attribute(k, v).ok()?;
    }
    copy.insert_before(&bg, copy.first_child().as_ref()).ok()?;
    Some(format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n",
        copy.outer_html()
    ))
}

/// The background colour of `el` as computed (the card behind the diagram);
/// white when there is no element or it is transparent.
pub fn background_of(el: Option<&Element>) -> String {
    el.and_then(|el| window().get_computed_style(el).ok().flatten())
        .and_then(|cs| cs.get_property_value("background-color").ok())
        .filter(|v| !v.is_empty() && v != "rgba(0, 0, 0, 0)")
        .unwrap_or_else(|| "#ffffff".into())
}
