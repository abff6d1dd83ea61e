//! One file per route.

mod attract;
mod boards;
mod catalogue;
mod compare;
mod design;
mod home;
mod inquiry;
mod mixer;
mod motif;
mod not_found;
mod offline;
mod on_demand;
mod outbox;
mod pairs;
mod privacy;
mod shortlist;
mod staff;
mod workshop;

pub use attract::AttractPage;
pub use boards::BoardsPage;
pub use catalogue::CataloguePage;
pub use compare::ComparePage;
pub use design::DesignPage;
pub use home::HomePage;
pub use inquiry::InquiryPage;
pub use mixer::MixerPage;
pub use motif::MotifPage;
pub use not_found::NotFoundPage;
pub use offline::OfflinePage;
pub use on_demand::*;
pub use outbox::OutboxPage;
pub use pairs::PairsPage;
pub use privacy::PrivacyPage;
pub use shortlist::ShortlistPage;
pub use staff::StaffPage;
pub use workshop::WorkshopPage;
