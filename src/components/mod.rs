//! Small UI pieces, one per file.

mod catalogue_gate;
mod design_art;
mod design_card;
mod document_lang;
mod empty_results;
mod facet_panel;
mod lang_switch;
mod load_errors;
mod page_meta;
mod pager;
mod price_tag;
mod search_box;
mod site_footer;
mod site_header;
mod sort_select;
mod update_banner;
mod workshop_card;
mod zoom_view;

pub use catalogue_gate::CatalogueGate;
pub use design_art::DesignArt;
pub use design_card::DesignCard;
pub use document_lang::DocumentLang;
pub use empty_results::EmptyResults;
pub use facet_panel::FacetPanel;
pub use lang_switch::LangSwitch;
pub use load_errors::LoadErrors;
pub use page_meta::PageMeta;
pub use pager::Pager;
pub use price_tag::PriceTag;
pub use search_box::SearchBox;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use sort_select::SortSelect;
pub use update_banner::UpdateBanner;
pub use workshop_card::{WorkshopCard, wa_me};
pub use zoom_view::ZoomView;
