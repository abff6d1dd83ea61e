//! Reactive state shared across pages, each behind a `provide_x()` / `use_x()` pair.

mod catalogue;
mod locale;

pub use catalogue::{CatalogueState, LoadOutcome, provide_catalogue, use_catalogue};
pub use locale::{provide_locale, use_lang};
