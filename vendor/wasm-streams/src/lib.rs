//! The part of [wasm-streams](https://crates.io/crates/wasm-streams) 0.5 that
//! `server_fn`'s browser client calls: a [`ReadableStream`] made from a Rust
//! [`Stream`] (a streaming request body) or read as one (a streaming
//! response). Same signatures and behaviour for those four methods, built on
//! web-sys alone, so that no JS class is exported (see Cargo.toml).

use std::cell::RefCell;
use std::pin::Pin;
use std::rc::Rc;

use futures_util::stream::{self, Stream, StreamExt};
use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

/// The raw JS types, as in wasm-streams.
pub mod readable {
    /// web-sys's bindings, as wasm-streams re-exports them.
    pub mod sys {
        pub use web_sys::ReadableStream;
    }
    pub use super::ReadableStream;
}

type Source = Pin<Box<dyn Stream<Item = Result<JsValue, JsValue>>>>;

/// A [`ReadableStream`](https://developer.mozilla.org/en-US/docs/Web/API/ReadableStream).
#[derive(Debug)]
pub struct ReadableStream {
    raw: web_sys::ReadableStream,
}

impl ReadableStream {
    /// Wraps a JS stream.
    pub fn from_raw(raw: web_sys::ReadableStream) -> Self {
        Self { raw }
    }

    /// A JS stream that pulls its chunks from `stream`, one per `pull` (high
    /// water mark 0, as wasm-streams sets it): an `Err` errors the stream,
    /// the end closes it.
    pub fn from_stream<St>(stream: St) -> Self
    where
        St: Stream<Item = Result<JsValue, JsValue>> + 'static,
    {
        let source: Rc<RefCell<Option<Source>>> = Rc::new(RefCell::new(Some(Box::pin(stream))));
        let pull = Closure::<dyn FnMut(web_sys::ReadableStreamDefaultController) -> Promise>::new(
            move |controller: web_sys::ReadableStreamDefaultController| {
                let source = source.clone();
                future_to_promise(async move {
                    // The stream calls `pull` again only once this promise settles.
                    let Some(mut inner) = source.borrow_mut().take() else {
                        return Ok(JsValue::UNDEFINED);
                    };
                    match inner.next().await {
                        Some(Ok(chunk)) => {
                            controller.enqueue_with_chunk(&chunk)?;
                            *source.borrow_mut() = Some(inner);
                        }
                        Some(Err(e)) => controller.error_with_e(&e),
                        None => controller.close()?,
                    }
                    Ok(JsValue::UNDEFINED)
                })
            },
        );
        let underlying = Object::new();
        Reflect::set(&underlying, &"pull".into(), &pull.into_js_value())
            .expect_throw("a plain object");
        let strategy = web_sys::QueuingStrategy::new();
        strategy.set_high_water_mark(0.0);
        let raw = web_sys::ReadableStream::new_with_underlying_source_and_strategy(
            &underlying,
            &strategy,
        )
        .expect_throw("ReadableStream");
        Self { raw }
    }

    /// The JS stream.
    pub fn into_raw(self) -> web_sys::ReadableStream {
        self.raw
    }

    /// Reads the JS stream as a Rust stream through a default reader: each
    /// chunk, then the end; a rejected read yields its error and ends it.
    pub fn into_stream(self) -> impl Stream<Item = Result<JsValue, JsValue>> {
        let reader: web_sys::ReadableStreamDefaultReader = self.raw.get_reader().unchecked_into();
        stream::unfold(Some(reader), |reader| async move {
            let reader = reader?;
            match JsFuture::from(reader.read()).await {
                Ok(result) => {
                    let done = Reflect::get(&result, &"done".into())
                        .ok()
                        .and_then(|d| d.as_bool())
                        .unwrap_or(true);
                    if done {
                        reader.release_lock();
                        return None;
                    }
                    let value =
                        Reflect::get(&result, &"value".into()).unwrap_or(JsValue::UNDEFINED);
                    Some((Ok(value), Some(reader)))
                }
                Err(e) => Some((Err(e), None)),
            }
        })
    }
}
