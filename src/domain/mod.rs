//! The catalogue's rules in plain Rust: no Leptos, no browser. Everything here runs under `cargo test`.

pub mod boards;
pub mod browse;
pub mod compare;
pub mod format;
pub mod inquiry;
pub mod kiosk;
pub mod loader;
pub mod model;
pub mod outbox;
pub mod price;
pub mod render;
pub mod search;
pub mod shortlist;
pub mod synthetic;
pub mod text;
pub mod weight;
pub mod zoom;

pub use loader::load_from_dir;
pub use loader::{DataFile, Fetched, LoadError, Problem, load_catalogue};
pub use model::*;
