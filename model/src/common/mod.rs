//! Layer 0: units, number formatting, the derivation recorder and a small
//! sort. Every other layer may use these; they use nothing of the crate.
//! (Formatting sits here, not in `report`, because the sizing layer writes
//! its own derivation text.)

pub mod explain;
pub mod format;
pub mod keymap;
pub mod num;
pub mod order;
pub mod turns;
pub mod units;
