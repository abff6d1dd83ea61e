//! State kept on the device, and what the reader is told when keeping it failed.

use leptos::prelude::*;

use crate::domain::shared::stored::StoredForm;
use crate::platform::storage::{self, WriteFault};

/// Which stored value a failed write was about, so that the notice can name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stored {
    Language,
    Currency,
    Shortlist,
    Draft,
    Boards,
    KioskSettings,
    /// Whether this device counts interest, and its id in the counts.
    Insights,
    /// What a tab keeps for its session (the last search, a kiosk visitor's inquiries).
    Session,
}

/// The last value whose write failed and why, until the reader dismisses the notice.
#[derive(Clone, Copy)]
pub struct StorageProblems(RwSignal<Option<(Stored, WriteFault)>>);

impl StorageProblems {
    pub fn failed(&self) -> Signal<Option<Stored>> {
        let problem = self.0;
        Signal::derive(move || problem.get().map(|(what, _)| what))
    }

    /// Why, for the notice's advice.
    pub fn fault(&self) -> Signal<Option<WriteFault>> {
        let problem = self.0;
        Signal::derive(move || problem.get().map(|(_, fault)| fault))
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

fn reporter(what: Stored) -> impl Fn(WriteFault) + Send + Sync + 'static {
    let problems = use_context::<StorageProblems>();
    move |fault| {
        if let Some(p) = problems {
            p.0.set(Some((what, fault)));
        }
    }
}

/// For writes made without [`persisted`] (a removal of state never loaded).
pub fn report_failed_write(what: Stored, fault: WriteFault) {
    reporter(what)(fault);
}

/// A value kept on the device in its stored form ([`StoredForm`]): read reactively, written whole.
pub struct Persisted<T: Send + Sync + 'static> {
    value: Memo<T>,
    set_stored: WriteSignal<String>,
}

impl<T: Send + Sync + 'static> Clone for Persisted<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Persisted<T> {}

impl<T> Persisted<T>
where
    T: StoredForm + Clone + PartialEq + Send + Sync + 'static,
{
    fn new((stored, set_stored): (Signal<String>, WriteSignal<String>)) -> Self {
        Persisted {
            value: Memo::new(move |_| stored.with(|s| T::from_stored(s))),
            set_stored,
        }
    }

    pub fn signal(&self) -> Signal<T> {
        self.value.into()
    }

    pub fn get(&self) -> T {
        self.value.get()
    }

    pub fn get_untracked(&self) -> T {
        self.value.get_untracked()
    }

    pub fn with<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with(f)
    }

    pub fn with_untracked<R>(&self, f: impl FnOnce(&T) -> R) -> R {
        self.value.with_untracked(f)
    }

    pub fn set(&self, value: &T) {
        self.set_stored.set(value.to_stored());
    }

    pub fn update(&self, f: impl FnOnce(&mut T)) {
        let mut value = self.value.get_untracked();
        f(&mut value);
        self.set(&value);
    }
}

/// A value kept in local storage (see `platform::storage::local`), its failed writes reported. A stored
/// value that cannot be read is replaced by the empty one at once, and the reader told.
pub fn persisted<T>(key: &'static str, what: Stored) -> Persisted<T>
where
    T: StoredForm + Clone + PartialEq + Send + Sync + 'static,
{
    let (stored, set_stored) = storage::local(key, reporter(what));
    if stored.with_untracked(|s| T::unreadable(s)) {
        reporter(what)(WriteFault::Unreadable);
        set_stored.set(T::from_stored("").to_stored());
    }
    Persisted::new((stored, set_stored))
}

/// A value kept for this tab's session, its failed writes reported.
pub fn per_session<T>(key: &'static str) -> Persisted<T>
where
    T: StoredForm + Clone + PartialEq + Send + Sync + 'static,
{
    Persisted::new(storage::session(key, reporter(Stored::Session)))
}
