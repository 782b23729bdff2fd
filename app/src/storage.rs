//! localStorage, one string per key.
//!
//! Values are stored as JSON strings (`"v=1&users=5000"`, quotes included),
//! the format gloo-storage wrote before this module replaced it, so earlier
//! autosaves, libraries and preferences still load. The quoting goes through
//! the browser's own `JSON.stringify`/`JSON.parse`: gloo-storage brought
//! serde_json into the bundle for it (about 6 KB brotli).

use wasm_bindgen::JsValue;

/// The window's localStorage, if the browser grants it (private modes may not).
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The string stored under `key`: `None` when absent, unreadable or not a
/// JSON string.
pub fn get(key: &str) -> Option<String> {
    let raw = local()?.get_item(key).ok()??;
    js_sys::JSON::parse(&raw).ok()?.as_string()
}

/// Stores `value` under `key`. A full or denied storage is not an error the
/// user can act on mid-drag, so it is ignored; the URL still holds the state.
pub fn set(key: &str, value: &str) {
    let (Some(s), Ok(json)) = (local(), js_sys::JSON::stringify(&JsValue::from_str(value))) else {
        return;
    };
    if let Some(json) = json.as_string() {
        let _ = s.set_item(key, &json);
    }
}
