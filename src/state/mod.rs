//! Reactive state shared across pages, each behind a `provide_x()` / `use_x()` pair.

mod catalogue;
mod locale;
mod shortlist;

pub use catalogue::{CatalogueState, LoadOutcome, provide_catalogue, use_catalogue};
pub use locale::{provide_locale, tr, use_lang};
pub use shortlist::{Shortlist, provide_shortlist, use_shortlist};
