//! Timing stamps for the browser benchmark (`end2end/bench/interaction.mjs`),
//! compiled only with the `bench` cargo feature: release builds ship none.
//!
//! With the feature on, every chart paint counts itself in
//! `window.__chartPaints`, stamps `window.__firstPaint` and
//! `window.__lastPaint` (ms since navigation) and adds its duration to
//! `window.__paintMs`.

/// The clock paints are timed with, in ms (0 without the feature).
pub fn now() -> f64 {
    #[cfg(feature = "bench")]
    {
        leptos::prelude::window()
            .performance()
            .map(|p| p.now())
            .unwrap_or(0.0)
    }
    #[cfg(not(feature = "bench"))]
    {
        0.0
    }
}

/// Records one paint that started at `t0` (from [`now`]).
#[cfg_attr(not(feature = "bench"), allow(unused_variables))]
pub fn record_paint(t0: f64) {
    #[cfg(feature = "bench")]
    {
        use wasm_bindgen::JsValue;
        let w = leptos::prelude::window();
        let get = |k: &str| {
            js_sys::Reflect::get(&w, &k.into())
                .ok()
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0)
        };
        let set = |k: &str, v: f64| {
            let _ = js_sys::Reflect::set(&w, &k.into(), &JsValue::from_f64(v));
        };
        let t1 = now();
        let count = get("__chartPaints");
        if count == 0.0 {
            set("__firstPaint", t1);
        }
        set("__chartPaints", count + 1.0);
        set("__lastPaint", t1);
        set("__paintMs", get("__paintMs") + (t1 - t0));
    }
}

/// Stamps `window.__stage<n>` (ms since navigation) when stage `n` of the
/// start-up has been built, so the benchmark can say where the time went.
#[cfg_attr(not(feature = "bench"), allow(unused_variables))]
pub fn record_stage(n: u8) {
    #[cfg(feature = "bench")]
    {
        let w = leptos::prelude::window();
        let _ = js_sys::Reflect::set(
            &w,
            &format!("__stage{n}").into(),
            &wasm_bindgen::JsValue::from_f64(now()),
        );
    }
}
