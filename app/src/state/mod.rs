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
//! They are one context ([`Ctx`], read with [`ctx`]); a component takes
//! only the parts it needs, and leaf components take props instead, so
//! tests can mount them alone.

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

/// The parts, as the one context components ask for ([`ctx`]).
///
/// One context, not five: Leptos builds `expect_context` and
/// `provide_context` once per type (about 600 bytes of wasm each).
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The document.
    pub doc: Doc,
    /// The memos over it.
    pub derived: Derived,
    /// This browser's preferences.
    pub prefs: Prefs,
    /// The only way to change the document.
    pub editor: Editor,
    /// The percentile bands of a ranged scenario.
    pub unc: Uncertainty,
}

/// The parts provided by [`provide`] above the calling component.
pub fn ctx() -> Ctx {
    expect_context::<Ctx>()
}

/// Creates the four parts around `link` and provides them as a context.
pub fn provide(link: Link) -> (Doc, Derived, Prefs, Editor) {
    let (doc, editor) = edit::Editor::new(link);
    let derived = Derived::new(doc);
    let prefs = Prefs::new();
    provide_context(Ctx {
        doc,
        derived,
        prefs,
        editor,
        unc: Uncertainty::new(doc),
    });
    (doc, derived, prefs, editor)
}
