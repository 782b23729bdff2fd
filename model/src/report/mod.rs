//! Layer 3: words and documents around the numbers. KPI cards, the seeds'
//! guides, presenter slides, the cheat sheet, exports and the "traffic ×10"
//! answer. Uses every layer below; nothing below uses it.

pub mod cheatsheet;
pub mod diagram;
pub mod diagram_layout;
pub mod drill_form;
pub mod export;
pub mod guide;
pub mod kpi;
pub mod platforms;
pub mod presentation;
pub mod tenx;
pub mod timeline;
pub mod uncertainty;
pub mod warnings;
