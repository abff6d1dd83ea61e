//! State kept on the device, and what the reader is told when keeping it failed.

use leptos::prelude::*;

use crate::domain::shared::stored::StoredForm;
use crate::platform::storage;

/// Which stored value a failed write was about, so that the notice can name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    Language,
    Shortlist,
    Draft,
    Boards,
    KioskSettings,
    /// What a tab keeps for its session (the last search, a kiosk visitor's inquiries).
    Session,
}

/// The last value whose write failed, until the reader dismisses the notice.
#[derive(Clone, Copy)]
pub struct StorageProblems(RwSignal<Option<Stored>>);

impl StorageProblems {
    pub fn failed(&self) -> Signal<Option<Stored>> {
        self.0.into()
    }

    pub fn dismiss(&self) {
        self.0.set(None);
    }
}

pub fn provide_storage_problems() {
    provide_context(StorageProblems(RwSignal::new(None)));
}

pub fn use_storage_problems() -> StorageProblems {
    expect_context::<StorageProblems>()
}

fn reporter(what: Stored) -> impl Fn() + Send + Sync + 'static {
    let problems = use_context::<StorageProblems>();
    move || {
        if let Some(p) = problems {
            p.0.set(Some(what));
        }
    }
}

/// For writes made without [`persisted`] (a removal of state never loaded).
pub fn report_failed_write(what: Stored) {
    reporter(what)();
}

/// A value kept in local storage (see `platform::storage::local`), its failed writes reported.
pub fn persisted<T>(key: &'static str, what: Stored) -> (Signal<T>, WriteSignal<T>)
where
    T: StoredForm + Clone + PartialEq + Default + Send + Sync + 'static,
{
    storage::local(key, reporter(what))
}

/// A value kept for this tab's session, its failed writes reported.
pub fn per_session<T>(key: &'static str) -> (Signal<T>, WriteSignal<T>)
where
    T: StoredForm + Clone + PartialEq + Default + Send + Sync + 'static,
{
    storage::session(key, reporter(Stored::Session))
}
