//! How a value is written to the device's storage and read back. Each stored value keeps the form it
//! has always had (the shortlist its link text, boards their export file, settings and drafts JSON), so
//! that what earlier versions stored still loads. Reading never fails: storage can hold anything, and
//! what cannot be read is the empty value, which the app then stores in its place and says so
//! ([`unreadable`](StoredForm::unreadable)).

pub trait StoredForm: Sized {
    fn to_stored(&self) -> String;
    fn from_stored(stored: &str) -> Self;

    /// Whether `stored` is something (not nothing) that cannot be read: damaged, or written by a
    /// version of the app this one does not understand. Reading it gives the empty value, and the
    /// reader is told their saved data was started afresh.
    fn unreadable(_stored: &str) -> bool {
        false
    }
}

/// Plain text, stored as it is (the chosen language, the last search's address).
impl StoredForm for String {
    fn to_stored(&self) -> String {
        self.clone()
    }

    fn from_stored(stored: &str) -> Self {
        stored.to_owned()
    }
}
