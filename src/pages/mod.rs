//! One file per route.

mod catalogue;
mod design;
mod home;
mod motif;
mod not_found;
mod shortlist;
mod workshop;

pub use catalogue::{CataloguePage, catalogue_href};
pub use design::DesignPage;
pub use home::HomePage;
pub use motif::MotifPage;
pub use not_found::NotFoundPage;
pub use shortlist::ShortlistPage;
pub use workshop::WorkshopPage;
