//! The device's storage: the one way state is kept on it. Local storage through leptos-use, each value
//! in its own stored form ([`StoredForm`]), every value following other tabs of the app (a change
//! there shows here), and a write that fails (storage full or switched off) handed to the caller's
//! `on_failed_write` instead of being dropped.

use std::marker::PhantomData;

use codee::{Decoder, Encoder};
use leptos::prelude::*;
use leptos_use::storage::{
    UseStorageError, UseStorageOptions, use_local_storage_with_options,
    use_session_storage_with_options,
};

use crate::domain::shared::stored::StoredForm;

pub const LOCALE_KEY: &str = "perak.locale";
pub const SHORTLIST_KEY: &str = "perak.shortlist";
pub const DRAFT_KEY: &str = "perak.inquiry.draft";
pub const KIOSK_KEY: &str = "perak.kiosk";
pub const BOARDS_KEY: &str = "perak.boards";
pub const VISITOR_INQUIRIES_KEY: &str = "perak.kiosk.visitor";
pub const LAST_SEARCH_KEY: &str = "perak.catalogue.last";

/// codee's view of a [`StoredForm`]: encoding cannot fail, and decoding falls back to the empty value.
pub struct FormCodec<T>(PhantomData<T>);

impl<T: StoredForm + 'static> Encoder<T> for FormCodec<T> {
    type Error = ();
    type Encoded = String;

    fn encode(val: &T) -> Result<String, ()> {
        Ok(val.to_stored())
    }
}

impl<T: StoredForm + 'static> Decoder<T> for FormCodec<T> {
    type Error = ();
    type Encoded = str;

    fn decode(val: &str) -> Result<T, ()> {
        Ok(T::from_stored(val))
    }
}

fn options<T>(on_failed_write: impl Fn() + Send + Sync + 'static) -> UseStorageOptions<T, (), ()>
where
    T: Default + Send + Sync + 'static,
{
    UseStorageOptions::default().on_error(move |e: UseStorageError<(), ()>| {
        // Only a failed write loses what someone did; storage that cannot be read is an empty one,
        // which every stored form already handles.
        if matches!(
            e,
            UseStorageError::SetItemFailed(_) | UseStorageError::RemoveItemFailed(_)
        ) {
            on_failed_write();
        }
    })
}

/// A value kept in local storage: it survives reloads and follows other tabs.
pub fn local<T>(
    key: &'static str,
    on_failed_write: impl Fn() + Send + Sync + 'static,
) -> (Signal<T>, WriteSignal<T>)
where
    T: StoredForm + Clone + PartialEq + Default + Send + Sync + 'static,
{
    let (value, set, _) =
        use_local_storage_with_options::<T, FormCodec<T>>(key, options(on_failed_write));
    (value, set)
}

/// A value kept in session storage: it survives a reload of this tab and no more.
pub fn session<T>(
    key: &'static str,
    on_failed_write: impl Fn() + Send + Sync + 'static,
) -> (Signal<T>, WriteSignal<T>)
where
    T: StoredForm + Clone + PartialEq + Default + Send + Sync + 'static,
{
    let (value, set, _) =
        use_session_storage_with_options::<T, FormCodec<T>>(key, options(on_failed_write));
    (value, set)
}

/// Removes a value from local storage without reading it (what a reset does to state not yet loaded);
/// whether it is gone. No storage at all counts as gone: there is nothing to remove.
pub fn remove(key: &str) -> bool {
    match web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        Some(storage) => storage.remove_item(key).is_ok(),
        None => true,
    }
}
