//! Perak Batankrajan: the shared design catalogue of the silver makers of Batankrajan, Mojokerto.
//!
//! `domain` holds the rules in plain Rust; `platform` is the only code that talks to browser APIs;
//! `state` wires the two into reactive contexts; `pages` and `components` are the UI.

// Data from files, the network and storage must never stop the app: a panic is a bug to fix, never a
// way to handle input. Tests may unwrap.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod app;
pub mod components;
pub mod domain;
pub mod i18n;
// Host only: used by a build example and a native test. (Compiled in, unused, it still moved the wasm's
// code generation by a few bytes.)
#[cfg(not(target_arch = "wasm32"))]
pub mod first_paint;
pub mod labels;
pub mod pages;
pub mod platform;
// Host only: the pre-rendered pages, written by the release build (examples/prerender.rs).
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod routes;
pub mod state;

pub use app::App;
