//! Layer 1: what a person describes. The parameter table, the typed
//! scenario, number entry, presets, slider mapping and the share-link codec.
//! Uses only [`crate::common`].

pub mod assumptions;
pub mod caps;
pub mod codec;
pub mod component;
pub mod drill;
pub mod entry;
pub mod link;
pub mod option_prices;
pub mod params;
pub mod platform_moves;
pub mod platforms;
pub mod policy;
pub mod presets;
pub mod profiles;
pub mod ranges;
pub mod scenario;
pub mod slider;
pub mod unit;
