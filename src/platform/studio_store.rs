//! The makers' studio drafts on this device: one IndexedDB record per draft, keyed by its uid.

use crate::domain::studio::draft::DesignDraft;
use crate::platform::json_store::{JsonStore, StoreError};

const STORE: JsonStore = JsonStore {
    database: "perak-studio",
    store: "drafts",
};

/// Writes one draft (or replaces the stored one) and returns once it is on disk.
pub async fn put(draft: &DesignDraft) -> Result<(), StoreError> {
    let json = serde_json::to_string(draft).unwrap_or_default();
    STORE.put_many(vec![(draft.uid.clone(), json)]).await
}

pub async fn delete(uid: &str) -> Result<(), StoreError> {
    STORE.delete_many(&[uid.to_owned()]).await
}

/// Every draft held here, newest first, and how many records could not be read (another version's,
/// or damaged): those are left in place, never overwritten.
pub async fn all() -> Result<(Vec<DesignDraft>, usize), StoreError> {
    let (texts, mut unreadable) = STORE.all().await?;
    let mut drafts = Vec::new();
    for text in texts {
        match serde_json::from_str::<DesignDraft>(&text) {
            Ok(d) if !d.uid.is_empty() => drafts.push(d),
            _ => unreadable += 1,
        }
    }
    drafts.sort_by_key(|d| std::cmp::Reverse(d.updated_ms));
    Ok((drafts, unreadable))
}
