//! localStorage, one string per key.
//!
//! Values are stored as JSON strings (`"v=1&users=5000"`, quotes included),
//! the format gloo-storage wrote before this module replaced it, so earlier
//! autosaves, libraries and preferences still load. gloo-storage went because
//! its serde_json dependency cost about 6 KB brotli of the bundle; miniserde
//! does the same string quoting at a fraction of the size.

/// The window's localStorage, if the browser grants it (private modes may not).
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The string stored under `key`: `None` when absent, unreadable or not a
/// JSON string.
pub fn get(key: &str) -> Option<String> {
    let raw = local()?.get_item(key).ok()??;
    miniserde::json::from_str::<String>(&raw).ok()
}

/// Stores `value` under `key`. A full or denied storage is not an error the
/// user can act on mid-drag, so it is ignored; the URL still holds the state.
pub fn set(key: &str, value: &str) {
    if let Some(s) = local() {
        let _ = s.set_item(key, &miniserde::json::to_string(value));
    }
}
