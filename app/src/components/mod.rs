//! UI components, one file per component.
pub mod chart_canvas;
pub mod kpi;
pub mod param_slider;
