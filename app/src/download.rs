//! Browser plumbing for exports: save text or a data URL as a file, and copy
//! text to the clipboard with a fallback.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Url};

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

/// Saves a chart as PNG at device resolution: the plot with its marker
/// overlay composited on top.
pub fn save_chart_png(
    base: &HtmlCanvasElement,
    overlay: Option<&HtmlCanvasElement>,
    filename: &str,
) -> Result<(), JsValue> {
    let out: HtmlCanvasElement = document().create_element("canvas")?.unchecked_into();
    out.set_width(base.width());
    out.set_height(base.height());
    let ctx: web_sys::CanvasRenderingContext2d =
        out.get_context("2d")?.ok_or("no 2d")?.unchecked_into();
    ctx.draw_image_with_html_canvas_element(base, 0.0, 0.0)?;
    if let Some(o) = overlay {
        ctx.draw_image_with_html_canvas_element(o, 0.0, 0.0)?;
    }
    click_link(&out.to_data_url_with_type("image/png")?, filename)
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

    #[test]
    fn slugs() {
        assert_eq!(
            slug("Chat <b>launch</b> 2026!", "x"),
            "chat-b-launch-b-2026"
        );
        assert_eq!(slug("<<>>", "scenario"), "scenario");
    }
}
