//! Reads a saved-scenarios file with the browser's `JSON.parse`, then hands
//! its fields to the model's rules (`Library::from_parts`). The model parses
//! the same format natively with miniserde; the bundle leaves that parser out
//! (see `model::export::Saved`).

use js_sys::{Array, Reflect, JSON};
use model::export::{Library, LibraryError, Saved};
use wasm_bindgen::{JsCast, JsValue};

fn field(obj: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined())
}

fn text_field(obj: &JsValue, key: &str) -> Option<String> {
    field(obj, key)?.as_string()
}

/// The library in `text`, or why it was refused.
pub fn parse(text: &str) -> Result<Library, LibraryError> {
    let shape = || LibraryError::NotALibrary(Library::SHAPE.into());
    let root = JSON::parse(text).map_err(|_| shape())?;
    if !root.is_object() {
        return Err(shape());
    }
    let version = field(&root, "version")
        .and_then(|v| v.as_f64())
        .filter(|v| v.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(v))
        .ok_or_else(shape)? as u32;
    let list: Array = field(&root, "scenarios")
        .and_then(|v| v.dyn_into().ok())
        .ok_or_else(shape)?;
    let scenarios = list
        .iter()
        .map(|s| {
            Some(Saved {
                name: text_field(&s, "name")?,
                link: text_field(&s, "link")?,
            })
        })
        .collect::<Option<Vec<_>>>()
        .ok_or_else(shape)?;
    Library::from_parts(version, scenarios)
}
