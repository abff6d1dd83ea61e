//! Reactive state shared across pages, each behind a `provide_x()` / `use_x()` pair.

mod boards;
mod catalogue;
mod currency;
mod deferred;
mod inquiry_draft;
mod insights;
mod kiosk;
mod locale;
mod outbox;
mod search_session;
mod shortlist;
mod stored;
mod studio;
mod studio_photos;

pub use boards::{Boards, provide_boards, use_boards};
pub use catalogue::{CatalogueState, LoadFailure, LoadOutcome, provide_catalogue, use_catalogue};
pub use currency::{DisplayCurrency, provide_currency, use_currency};
pub use deferred::deferred;
pub use inquiry_draft::{DraftState, provide_inquiry_draft, use_inquiry_draft};
pub use insights::{Insights, provide_insights, use_insights};
pub use kiosk::{Kiosk, Unlock, provide_kiosk, use_kiosk};
pub use locale::{
    I18n, Text, page_texts, prepare as prepare_locale, provide_locale, tr, use_i18n, use_lang,
};
pub use outbox::{Outbox, pending, provide_outbox, use_outbox};
pub use search_session::SearchSession;
pub use shortlist::{Shortlist, provide_shortlist, use_shortlist};
pub use stored::{
    Persisted, StorageProblems, Stored, per_session, persisted, provide_storage_problems,
    report_failed_write, use_storage_problems,
};
pub use studio::{Loaded as StudioLoaded, Published, Saving, Studio, provide_studio, use_studio};
pub use studio_photos::{Job, JobProblem, JobState, PhotoJobs, provide_photo_jobs, use_photo_jobs};
