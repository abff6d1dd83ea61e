//! How a value is written to the device's storage and read back. Each stored value keeps the form it
//! has always had (the shortlist its link text, boards their export file, settings and drafts JSON), so
//! that what earlier versions stored still loads. Reading never fails: storage can hold anything, and
//! what cannot be read is the empty value.

pub trait StoredForm: Sized {
    fn to_stored(&self) -> String;
    fn from_stored(stored: &str) -> Self;
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
