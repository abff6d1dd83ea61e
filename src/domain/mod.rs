//! The catalogue's rules in plain Rust: no Leptos, no browser. Everything here runs under `cargo test`.

pub mod format;
pub mod loader;
pub mod model;
pub mod render;
pub mod weight;

pub use loader::{DataFile, Fetched, LoadError, Problem, load_catalogue};
pub use model::*;
