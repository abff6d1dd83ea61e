//! The catalogue's rules in plain Rust: no Leptos, no browser. Everything here runs under `cargo test`.
//!
//! One module per subject. Each may import the ones listed before it and none after, so there is no
//! circle (`tests/architecture.rs` checks it):
//! shared -> catalogue -> pricing -> render -> browse -> studio -> inquiry -> kiosk -> insights.

pub mod shared;

pub mod catalogue;
pub mod pricing;
pub mod render;

pub mod browse;
pub mod studio;

pub mod inquiry;
pub mod kiosk;

pub mod insights;

pub use catalogue::item::{DesignId, ItemRef, MotifId, TrendId};
pub use catalogue::loader::load_from_dir;
pub use catalogue::loader::{DataFile, Fetched, LoadError, Problem, load_catalogue, load_fetched};
pub use catalogue::model::*;
