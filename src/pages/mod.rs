//! One file per route.

mod design;
mod home;
mod not_found;

pub use design::DesignPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
