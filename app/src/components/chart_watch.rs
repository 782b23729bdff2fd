//! What a chart needs to know about its canvas without reading layout:
//! whether it is on screen (IntersectionObserver) and its laid-out size
//! (ResizeObserver).

use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use web_sys::{
    IntersectionObserver, IntersectionObserverEntry, ResizeObserver, ResizeObserverEntry,
};

/// A canvas's laid-out CSS size in px, as last reported by its ResizeObserver.
///
/// Why cached rather than read from `clientWidth`: reading layout right after
/// an input has changed the KPI text forces the browser to lay out the whole
/// page synchronously, once per chart, inside the input's frame; that was the
/// tail of the rate slider's input → repaint time.
pub type Size = (f64, f64);

/// The observers watching a chart, with the callbacks they hold (dropping a
/// callback would break its observer).
pub struct Watch {
    seen: IntersectionObserver,
    sized: ResizeObserver,
    _callbacks: [Closure<dyn FnMut(web_sys::Event)>; 2],
}

impl Watch {
    /// Stops both observers (the chart is being removed).
    pub fn disconnect(&self) {
        self.seen.disconnect();
        self.sized.disconnect();
    }
}

/// Watches `el`: `visible` follows whether it is on screen, and `size`
/// follows its laid-out size (first layout, window resize, scrollbar, panels
/// opening), so the plot is drawn sharp at its current size without ever
/// reading layout itself.
pub fn watch(
    el: &web_sys::Element,
    visible: RwSignal<bool>,
    size: RwSignal<Option<Size>>,
) -> Option<Watch> {
    let seen_once = std::rc::Rc::new(std::cell::Cell::new(false));
    let heard = seen_once.clone();
    // The observers pass an array of entries; the closures are typed as
    // taking an `Event`, the closure type every event handler links already
    // (an `Array` closure was a type of its own, with its own glue).
    let on_seen = Closure::<dyn FnMut(web_sys::Event)>::new(move |entries: web_sys::Event| {
        if let Some(e) = entries
            .unchecked_into::<js_sys::Array>()
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<IntersectionObserverEntry>().ok())
        {
            seen_once.set(true);
            visible.set(e.is_intersecting());
        }
    });
    let on_sized = Closure::<dyn FnMut(web_sys::Event)>::new(move |entries: web_sys::Event| {
        if let Some(e) = entries
            .unchecked_into::<js_sys::Array>()
            .iter()
            .last()
            .and_then(|e| e.dyn_into::<ResizeObserverEntry>().ok())
        {
            // Until the IntersectionObserver's first report (a task after
            // the next frame), judge visibility here, where layout is fresh
            // and reading it is free: the first chart then paints a frame sooner.
            if !heard.get() {
                let b = e.target().get_bounding_client_rect();
                let h = window()
                    .inner_height()
                    .ok()
                    .and_then(|v| v.as_f64())
                    .unwrap_or(0.0);
                visible.set(b.bottom() > 0.0 && b.top() < h);
            }
            let r = e.content_rect();
            let now = Some((r.width(), r.height()));
            if size.get_untracked() != now {
                size.set(now);
            }
        }
    });
    let seen = IntersectionObserver::new(on_seen.as_ref().unchecked_ref()).ok()?;
    let sized = ResizeObserver::new(on_sized.as_ref().unchecked_ref()).ok()?;
    seen.observe(el);
    sized.observe(el);
    Some(Watch {
        seen,
        sized,
        _callbacks: [on_seen, on_sized],
    })
}

/// Whether the element behind `place` is on screen, and its laid-out size,
/// followed from when it is mounted until the component is cleaned up
/// (a chart's canvas, or a card whose work runs only on screen).
pub fn observe<E>(place: NodeRef<E>) -> (RwSignal<bool>, RwSignal<Option<Size>>)
where
    E: leptos::html::ElementType,
    E::Output: JsCast + Clone + 'static,
{
    let visible = RwSignal::new(false);
    let size = RwSignal::new(None);
    let held = StoredValue::new_local(None::<Watch>);
    place.on_load(move |el| held.set_value(watch(el.unchecked_ref(), visible, size)));
    on_cleanup(move || {
        held.update_value(|w| {
            if let Some(w) = w.take() {
                w.disconnect();
            }
        })
    });
    (visible, size)
}
