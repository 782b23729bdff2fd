//! The app's state, in four parts with one job each:
//!
//! * [`doc::Doc`]: the shareable document, one `RwSignal` holding exactly
//!   what a link carries (`model::codec::Link`). Read-only outside the editor.
//! * [`derived::Derived`]: memos computed from the document (estimate, sweeps,
//!   the ×10 answer). Nothing is copied between signals.
//! * [`prefs::Prefs`]: this browser's preferences (theme, rate unit), kept in
//!   localStorage through one typed module.
//! * [`edit::Editor`]: every change to the document, as a typed [`edit::Edit`]
//!   applied in one place, which also decides push or replace for history
//!   and owns the ×10 undo.
//!
//! * [`bands::Uncertainty`]: the percentile bands of a ranged scenario,
//!   drawn after the inputs rest (never in an input's task).
//!
//! Each is its own context; a component asks only for what it needs, and
//! leaf components take props instead, so tests can mount them alone.

pub mod bands;
pub mod derived;
pub mod doc;
pub mod edit;
pub mod prefs;

pub use bands::Uncertainty;
pub use derived::Derived;
pub use doc::Doc;
pub use edit::{Edit, Editor};
pub use prefs::{Prefs, Theme};

use leptos::prelude::*;
use model::codec::Link;

/// Creates the four parts around `link` and provides each as a context.
pub fn provide(link: Link) -> (Doc, Derived, Prefs, Editor) {
    let (doc, editor) = edit::Editor::new(link);
    let derived = Derived::new(doc, editor);
    let prefs = Prefs::new();
    provide_context(Uncertainty::new(doc));
    provide_context(doc);
    provide_context(derived);
    provide_context(prefs);
    provide_context(editor);
    (doc, derived, prefs, editor)
}
