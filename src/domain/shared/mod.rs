//! Small helpers every subject of the domain may use: ids, time and encoding. They depend on nothing
//! else in the domain, so any module can import them without making a circle.

pub mod encoding;
pub mod ids;
pub mod time;
