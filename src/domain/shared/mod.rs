//! Small helpers every subject of the domain may use: ids, time, encoding and the stored-form trait. They depend on nothing
//! else in the domain, so any module can import them without making a circle.

pub mod encoding;
pub mod ids;
pub mod stored;
pub mod time;
