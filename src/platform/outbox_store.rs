//! The outbox's durable storage: one IndexedDB object store of JSON texts keyed by inquiry id.

use crate::domain::inquiry::outbox::{Entry, parse_stored};
use crate::platform::json_store::JsonStore;
pub use crate::platform::json_store::StoreError;

const STORE: JsonStore = JsonStore {
    database: "perak-batankrajan",
    store: "outbox",
};

/// Writes (or overwrites) one entry and returns once it is committed to disk.
pub async fn put(entry: &Entry) -> Result<(), StoreError> {
    let json = serde_json::to_string(entry).map_err(|e| StoreError::Other(e.to_string()))?;
    STORE.put_many(vec![(entry.id.clone(), json)]).await
}

pub async fn delete(id: &str) -> Result<(), StoreError> {
    delete_many(&[id.to_owned()]).await
}

/// Deletes these entries in one transaction: all of them, or (on a failure) none.
pub async fn delete_many(ids: &[String]) -> Result<(), StoreError> {
    STORE.delete_many(ids).await
}

/// One entry as stored now, or `None` when there is none with this id or it cannot be read.
pub async fn get(id: &str) -> Result<Option<Entry>, StoreError> {
    let text = STORE.get(id).await?;
    Ok(parse_stored(text.as_deref()).0.pop())
}

/// Every stored entry, newest first, and how many records could not be read.
pub async fn all() -> Result<(Vec<Entry>, usize), StoreError> {
    let (texts, not_text) = STORE.all().await?;
    let (entries, skipped) = parse_stored(texts.iter().map(String::as_str));
    Ok((entries, skipped + not_text))
}
