//! The catalogue itself: its model, how it is read from the data files and checked, and sample data.

pub mod item;
pub mod loader;
pub mod mix;
pub mod model;
pub mod overlay;
pub mod synthetic;
