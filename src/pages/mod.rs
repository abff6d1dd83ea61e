//! One file per route.

mod catalogue;
mod design;
mod home;
mod inquiry;
mod motif;
mod not_found;
mod outbox;
mod shortlist;
mod workshop;

pub use catalogue::{CataloguePage, catalogue_href};
pub use design::DesignPage;
pub use home::HomePage;
pub use inquiry::InquiryPage;
pub use motif::MotifPage;
pub use not_found::NotFoundPage;
pub use outbox::OutboxPage;
pub use shortlist::ShortlistPage;
pub use workshop::WorkshopPage;
