//! The makers' studio: comparing a motif with a trend, adaptation sketches, boards, the mixer, and the
//! drafts of designs makers add to the catalogue (and of trend references' photos), and the packages
//! that publish them.

pub mod boards;
pub mod compare;
pub mod draft;
pub mod mixer;
pub mod package;
pub mod photos;
pub mod trend_draft;
