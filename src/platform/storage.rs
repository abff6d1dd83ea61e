use codee::string::FromToStringCodec;
use codee::{Decoder, Encoder};
use leptos::prelude::*;
use leptos_use::storage::{use_local_storage, use_session_storage};

const LOCALE_KEY: &str = "perak.locale";
pub const SHORTLIST_KEY: &str = "perak.shortlist";
pub const DRAFT_KEY: &str = "perak.inquiry.draft";
pub const KIOSK_KEY: &str = "perak.kiosk";
pub const BOARDS_KEY: &str = "perak.boards";
pub const VISITOR_INQUIRIES_KEY: &str = "perak.kiosk.visitor";
pub const LAST_SEARCH_KEY: &str = "perak.catalogue.last";

/// The language the user chose, as its code; empty when they never chose. Storage that is unavailable
/// (private mode, disabled) behaves as empty rather than failing.
pub fn stored_locale() -> (Signal<String>, WriteSignal<String>) {
    stored_string::<FromToStringCodec>(LOCALE_KEY)
}

/// A string kept in local storage and synchronised across tabs.
pub fn stored_string<C>(key: &str) -> (Signal<String>, WriteSignal<String>)
where
    C: Encoder<String, Encoded = String> + Decoder<String, Encoded = str>,
{
    let (value, set_value, _) = use_local_storage::<String, C>(key);
    (value, set_value)
}

/// A string kept in session storage: it survives a reload of this tab and no more.
pub fn session_string<C>(key: &str) -> (Signal<String>, WriteSignal<String>)
where
    C: Encoder<String, Encoded = String> + Decoder<String, Encoded = str>,
{
    let (value, set_value, _) = use_session_storage::<String, C>(key);
    (value, set_value)
}
