//! The makers' studio: comparing a motif with a trend, adaptation sketches, boards, and the mixer.

pub mod boards;
pub mod compare;
pub mod mixer;
