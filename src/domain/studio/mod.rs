//! The makers' studio: comparing a motif with a trend, adaptation sketches, and boards.

pub mod boards;
pub mod compare;
