//! One file per route.

mod attract;
mod boards;
mod catalogue;
mod compare;
mod design;
mod home;
mod inquiry;
mod motif;
mod not_found;
mod offline;
mod outbox;
mod pairs;
mod shortlist;
mod staff;
mod workshop;

pub use attract::AttractPage;
pub use boards::BoardsPage;
pub use catalogue::{CataloguePage, catalogue_href};
pub use compare::{ComparePage, compare_href};
pub use design::DesignPage;
pub use home::HomePage;
pub use inquiry::InquiryPage;
pub use motif::MotifPage;
pub use not_found::NotFoundPage;
pub use offline::OfflinePage;
pub use outbox::OutboxPage;
pub use pairs::PairsPage;
pub use shortlist::ShortlistPage;
pub use staff::StaffPage;
pub use workshop::WorkshopPage;
