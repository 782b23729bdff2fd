//! Browser plumbing for exports: save text or a data URL as a file, and copy
//! text to the clipboard with a fallback.

use crate::charts::{self, ChartSpec, Swatch};
use crate::palette;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement, Url,
};

fn click_link(href: &str, filename: &str) -> Result<(), JsValue> {
    let a: HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    a.set_href(href);
    a.set_download(filename);
    a.set_attribute("style", "display: none")?;
    document().body().ok_or("no body")?.append_child(&a)?;
    a.click();
    a.remove();
    Ok(())
}

/// Saves `text` as `filename` with the given MIME type.
pub fn save_text(filename: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let r = click_link(&url, filename);
    Url::revoke_object_url(&url)?;
    r
}

/// Saves a chart as PNG at device resolution: [`chart_image`].
pub fn save_chart_png(
    base: &HtmlCanvasElement,
    overlay: Option<&HtmlCanvasElement>,
    spec: &ChartSpec,
    dark: bool,
    filename: &str,
) -> Result<(), JsValue> {
    let out = chart_image(base, overlay, spec, dark)?;
    click_link(&out.to_data_url_with_type("image/png")?, filename)
}

/// A chart as one picture at device resolution: a strip with its title,
/// the plot with its marker overlay composited on top, and its legend
/// (swatches as drawn: solid, A's dashed, the SLO rule) wrapped into rows.
/// On the page the title and legend are HTML, so the canvas alone has
/// neither.
pub fn chart_image(
    base: &HtmlCanvasElement,
    overlay: Option<&HtmlCanvasElement>,
    spec: &ChartSpec,
    dark: bool,
) -> Result<HtmlCanvasElement, JsValue> {
    let out: HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    let ctx: CanvasRenderingContext2d = out.get_context("2d")?.ok_or("no 2d")?.unchecked_into();
    let k = window().device_pixel_ratio().max(1.0);
    let px = |v: f64| v * k;
    let width = base.width() as f64;
    let (pad, swatch_w, swatch_gap, gap) = (px(12.0), px(18.0), px(6.0), px(16.0));
    let (title_h, row_h) = (px(34.0), px(20.0));
    let title_font = format!("600 {}px system-ui, sans-serif", px(15.0));
    let legend_font = format!("{}px system-ui, sans-serif", px(12.0));
    let entries = charts::legend(spec);
    // Measured before the canvas is sized: sizing it resets the font.
    ctx.set_font(&legend_font);
    let widths: Vec<f64> = entries
        .iter()
        .map(|e| swatch_w + swatch_gap + ctx.measure_text(&e.label).map_or(0.0, |m| m.width()))
        .collect();
    let at = charts::flow(&widths, width - 2.0 * pad, gap);
    let rows = at.iter().map(|(r, _)| r + 1).max().unwrap_or(0);
    let legend_h = if rows > 0 {
        rows as f64 * row_h + px(10.0)
    } else {
        0.0
    };
    out.set_width(base.width());
    out.set_height((title_h + base.height() as f64 + legend_h).round() as u32);
    let fg = palette::FG.css(dark);
    ctx.set_fill_style_str(&palette::PANEL.css(dark));
    ctx.fill_rect(0.0, 0.0, width, out.height() as f64);
    ctx.set_text_baseline("middle");
    ctx.set_fill_style_str(&fg);
    ctx.set_font(&title_font);
    ctx.fill_text_with_max_width(&spec.title, pad, title_h / 2.0, width - 2.0 * pad)?;
    ctx.draw_image_with_html_canvas_element(base, 0.0, title_h)?;
    if let Some(o) = overlay {
        ctx.draw_image_with_html_canvas_element(o, 0.0, title_h)?;
    }
    ctx.set_font(&legend_font);
    let top = title_h + base.height() as f64 + px(5.0);
    for (e, (row, x)) in entries.iter().zip(at) {
        let (x, y) = (pad + x, top + (row as f64 + 0.5) * row_h);
        let color = e.color.css(dark);
        ctx.set_stroke_style_str(&color);
        ctx.set_line_width(px(if e.swatch == Swatch::Dashed { 1.5 } else { 2.5 }));
        let dash = match e.swatch {
            Swatch::Dashed => js_sys::Array::of2(&px(6.0).into(), &px(4.0).into()),
            _ => js_sys::Array::new(),
        };
        ctx.set_line_dash(&dash)?;
        ctx.begin_path();
        ctx.move_to(x, y);
        ctx.line_to(x + swatch_w, y);
        ctx.stroke();
        ctx.set_fill_style_str(&fg);
        ctx.fill_text(&e.label, x + swatch_w + swatch_gap, y)?;
    }
    Ok(out)
}

/// Copies `text`: the async Clipboard API where allowed, else a hidden
/// textarea and `execCommand("copy")`. Resolves to whether it worked.
pub async fn copy_text(text: String) -> bool {
    let clip = window().navigator().clipboard();
    if wasm_bindgen_futures::JsFuture::from(clip.write_text(&text))
        .await
        .is_ok()
    {
        return true;
    }
    let Ok(el) = document().create_element("textarea") else {
        return false;
    };
    let ta: web_sys::HtmlTextAreaElement = el.unchecked_into();
    ta.set_value(&text);
    let Some(body) = document().body() else {
        return false;
    };
    if body.append_child(&ta).is_err() {
        return false;
    }
    ta.select();
    let ok = document()
        .unchecked_ref::<web_sys::HtmlDocument>()
        .exec_command("copy")
        .unwrap_or(false);
    ta.remove();
    ok
}

/// A file-system-safe name from a title: letters, digits and dashes.
pub fn slug(title: &str, fallback: &str) -> String {
    let s: String = title
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if s.is_empty() {
        fallback.to_string()
    } else {
        s.chars().take(60).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::slug;
    use wasm_bindgen_test::wasm_bindgen_test;

    #[wasm_bindgen_test]
    fn slugs() {
        assert_eq!(
            slug("Chat <b>launch</b> 2026!", "x"),
            "chat-b-launch-b-2026"
        );
        assert_eq!(slug("<<>>", "scenario"), "scenario");
    }
}
