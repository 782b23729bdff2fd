//! Helpers shared by the wasm test files: waiting for effects, finding
//! elements, and a host element that unmounts and removes itself.
#![allow(dead_code)] // each test file uses its own subset

use gloo_timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

/// Effects run after a microtask; give them and the canvas a moment.
pub async fn settle() {
    TimeoutFuture::new(50).await;
}

/// Waits (up to 5 s, polling) until an element with `id` exists; panics
/// naming it otherwise.
pub async fn wait_for(id: &str) {
    for _ in 0..250 {
        if document().get_element_by_id(id).is_some() {
            settle().await;
            return;
        }
        TimeoutFuture::new(20).await;
    }
    panic!("#{id} never appeared");
}

/// The page's document.
pub fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

/// The element with `id`, of type `T`; panics with the id when missing.
pub fn by_id<T: JsCast>(id: &str) -> T {
    document()
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("#{id} missing"))
        .dyn_into::<T>()
        .unwrap_or_else(|_| panic!("#{id} has the wrong type"))
}

/// The text of the element with `id`.
pub fn text(id: &str) -> String {
    by_id::<HtmlElement>(id).text_content().unwrap_or_default()
}

/// A `width`-px div appended to the body, so canvases lay out.
pub fn new_host(width: u32) -> HtmlElement {
    let el: HtmlElement = document()
        .create_element("div")
        .expect("div")
        .unchecked_into();
    el.set_attribute("style", &format!("width: {width}px"))
        .expect("style");
    document()
        .body()
        .expect("body")
        .append_child(&el)
        .expect("append");
    el
}

/// Something mounted in a host; unmounts and removes the host when dropped.
pub struct Mounted {
    el: HtmlElement,
    handle: Option<leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.el.remove();
    }
}

/// Mounts `f` into `host` and lets it settle.
pub async fn mount_in(
    host: HtmlElement,
    f: impl FnOnce() -> leptos::prelude::AnyView + 'static,
) -> Mounted {
    let handle = leptos::mount::mount_to(host.clone(), f);
    settle().await;
    Mounted {
        el: host,
        handle: Some(handle),
    }
}
