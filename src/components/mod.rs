//! Small UI pieces, one per file.

mod catalogue_gate;
mod design_art;
mod design_card;
mod document_lang;
mod lang_switch;
mod load_errors;
mod page_meta;
mod site_footer;
mod site_header;

pub use catalogue_gate::CatalogueGate;
pub use design_art::DesignArt;
pub use design_card::DesignCard;
pub use document_lang::DocumentLang;
pub use lang_switch::LangSwitch;
pub use load_errors::LoadErrors;
pub use page_meta::PageMeta;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
