//! The studio's photo files on this device, keyed by their path in the catalogue (`/photos/…`): what a
//! draft's photos show in the studio and what an exported package carries. Kept in IndexedDB beside the
//! drafts, so that a photo taken offline survives a reload or a crash like the draft's text.

use crate::platform::json_store::{JsonStore, StoreError};

const STORE: JsonStore = JsonStore {
    database: "perak-studio-photos",
    store: "files",
};

/// Writes every width of a photo in one transaction: a photo is kept whole or not at all.
pub async fn put(files: Vec<(String, Vec<u8>)>) -> Result<(), StoreError> {
    STORE.put_bytes_many(files).await
}

pub async fn get(path: &str) -> Result<Option<Vec<u8>>, StoreError> {
    STORE.get_bytes(path).await
}

pub async fn delete(paths: &[String]) -> Result<(), StoreError> {
    STORE.delete_many(paths).await
}
