use codee::string::FromToStringCodec;
use leptos::prelude::*;
use leptos_use::storage::use_local_storage;

const LOCALE_KEY: &str = "perak.locale";

/// The language the user chose, as its code; empty when they never chose. Storage that is unavailable
/// (private mode, disabled) behaves as empty rather than failing.
pub fn stored_locale() -> (Signal<String>, WriteSignal<String>) {
    let (value, set_value, _) = use_local_storage::<String, FromToStringCodec>(LOCALE_KEY);
    (value, set_value)
}
