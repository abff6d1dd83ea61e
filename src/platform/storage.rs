//! The device's storage: local and session storage through leptos-use, every value following other tabs
//! of the app (a change there shows here), and a write that fails (storage full or switched off) handed
//! to the caller's `on_failed_write` instead of being dropped. `state::Persisted` builds typed values on
//! these texts.

use codee::{Decoder, Encoder};
use leptos::prelude::*;
use leptos_use::storage::{
    UseStorageError, UseStorageOptions, use_local_storage_with_options,
    use_session_storage_with_options,
};

pub const LOCALE_KEY: &str = "perak.locale";
pub const CURRENCY_KEY: &str = "perak.currency";
pub const SHORTLIST_KEY: &str = "perak.shortlist";
pub const DRAFT_KEY: &str = "perak.inquiry.draft";
pub const KIOSK_KEY: &str = "perak.kiosk";
pub const KIOSK_THROTTLE_KEY: &str = "perak.kiosk.attempts";
pub const BOARDS_KEY: &str = "perak.boards";
pub const VISITOR_INQUIRIES_KEY: &str = "perak.kiosk.visitor";
pub const LAST_SEARCH_KEY: &str = "perak.catalogue.last";
pub const INSIGHTS_KEY: &str = "perak.insights";
pub const OVERLAY_KEY: &str = "perak.catalogue.overlay";

/// Why the device did not keep something: the reader's remedy differs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteFault {
    /// The site's share of the device's storage is used up (`QuotaExceededError`).
    Full,
    /// Storage is switched off, refused, or failed for another reason.
    Refused,
    /// What was stored could not be read (damaged, or from another version) and was started afresh.
    Unreadable,
}

impl WriteFault {
    /// By the exception's name, which browsers agree on (its message they do not).
    pub fn of(error: &wasm_bindgen::JsValue) -> WriteFault {
        use wasm_bindgen::JsCast;
        match error.dyn_ref::<web_sys::DomException>().map(|e| e.name()) {
            Some(name) if name == "QuotaExceededError" => WriteFault::Full,
            _ => WriteFault::Refused,
        }
    }
}

fn options(
    on_failed_write: impl Fn(WriteFault) + Send + Sync + 'static,
) -> UseStorageOptions<String, (), ()> {
    UseStorageOptions::default().on_error(move |e: UseStorageError<(), ()>| {
        // A failed write loses what someone did, and storage that is switched off (leptos-use then
        // skips every write) will lose everything: both are said. One that cannot be read is an
        // empty one, which every stored form already handles.
        match e {
            UseStorageError::SetItemFailed(js) | UseStorageError::RemoveItemFailed(js) => {
                on_failed_write(WriteFault::of(&js))
            }
            UseStorageError::StorageNotAvailable(_) | UseStorageError::StorageReturnedNone => {
                on_failed_write(WriteFault::Refused)
            }
            _ => {}
        }
    })
}

/// The text kept in local storage under `key`: it survives reloads and follows other tabs. One
/// string codec for every value (each converts to and from its own stored form), so that leptos-use's
/// storage code is in the module once rather than once per type.
pub fn local(
    key: &'static str,
    on_failed_write: impl Fn(WriteFault) + Send + Sync + 'static,
) -> (Signal<String>, WriteSignal<String>) {
    let (value, set, _) =
        use_local_storage_with_options::<String, StringCodec>(key, options(on_failed_write));
    (value, set)
}

/// The text kept in session storage: it survives a reload of this tab and no more.
pub fn session(
    key: &'static str,
    on_failed_write: impl Fn(WriteFault) + Send + Sync + 'static,
) -> (Signal<String>, WriteSignal<String>) {
    let (value, set, _) =
        use_session_storage_with_options::<String, StringCodec>(key, options(on_failed_write));
    (value, set)
}

/// Strings as they are; reading and writing cannot fail in the codec (only in storage).
pub struct StringCodec;

impl Encoder<String> for StringCodec {
    type Error = ();
    type Encoded = String;

    fn encode(val: &String) -> Result<String, ()> {
        Ok(val.clone())
    }
}

impl Decoder<String> for StringCodec {
    type Error = ();
    type Encoded = str;

    fn decode(val: &str) -> Result<String, ()> {
        Ok(val.to_owned())
    }
}

/// Removes a value from local storage without reading it (what a reset does to state not yet loaded);
/// whether it is gone. No storage at all counts as gone: there is nothing to remove.
pub fn remove(key: &str) -> Result<(), WriteFault> {
    match web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        Some(storage) => storage.remove_item(key).map_err(|e| WriteFault::of(&e)),
        None => Ok(()),
    }
}

/// Writes a value to local storage once, outside any reactive value (a catalogue overlay, which the
/// catalogue reads when it loads); whether it was kept.
pub fn write_local(key: &str, value: &str) -> Result<(), WriteFault> {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(WriteFault::Refused)?;
    storage.set_item(key, value).map_err(|e| WriteFault::of(&e))
}

/// Reads a value from local storage once, before any reactive owner exists (the first language is
/// chosen before the app is mounted).
pub fn read_local(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()
        .flatten()?
        .get_item(key)
        .ok()
        .flatten()
}
