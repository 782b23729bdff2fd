//! UI components, one file per component or small group.
pub mod assumptions;
pub mod bottleneck;
pub mod chart_canvas;
pub mod charts_panel;
pub mod compare;
pub mod controls;
pub mod guide_panel;
pub mod kpi;
pub mod library;
pub mod notice;
pub mod number_entry;
pub mod param_slider;
pub mod share;
pub mod tabs;
pub mod theme;
pub mod tier_table;
pub mod topbar;
