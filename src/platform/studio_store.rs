//! The makers' studio drafts on this device: one IndexedDB record per draft, keyed by its uid. Designs'
//! drafts and trend references' photo drafts each have their own database, so that neither is ever
//! read as the other.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::domain::studio::draft::DesignDraft;
use crate::domain::studio::trend_draft::TrendDraft;
use crate::platform::json_store::{JsonStore, StoreError};

/// A kind of draft the studio keeps.
pub trait Draft: Serialize + DeserializeOwned {
    const STORE: JsonStore;
    fn uid(&self) -> &str;
    fn updated_ms(&self) -> u64;
}

impl Draft for DesignDraft {
    const STORE: JsonStore = JsonStore {
        database: "perak-studio",
        store: "drafts",
    };
    fn uid(&self) -> &str {
        &self.uid
    }
    fn updated_ms(&self) -> u64 {
        self.updated_ms
    }
}

impl Draft for TrendDraft {
    const STORE: JsonStore = JsonStore {
        database: "perak-studio-trends",
        store: "drafts",
    };
    fn uid(&self) -> &str {
        &self.uid
    }
    fn updated_ms(&self) -> u64 {
        self.updated_ms
    }
}

/// Writes one draft (or replaces the stored one) and returns once it is on disk.
pub async fn put<D: Draft>(draft: &D) -> Result<(), StoreError> {
    let json = serde_json::to_string(draft).unwrap_or_default();
    D::STORE
        .put_many(vec![(draft.uid().to_owned(), json)])
        .await
}

pub async fn delete<D: Draft>(uid: &str) -> Result<(), StoreError> {
    D::STORE.delete_many(&[uid.to_owned()]).await
}

/// Every draft of this kind held here, newest first, and how many records could not be read (another
/// version's, or damaged): those are left in place, never overwritten.
pub async fn all<D: Draft>() -> Result<(Vec<D>, usize), StoreError> {
    let (texts, mut unreadable) = D::STORE.all().await?;
    let mut drafts = Vec::new();
    for text in texts {
        match serde_json::from_str::<D>(&text) {
            Ok(d) if !d.uid().is_empty() => drafts.push(d),
            _ => unreadable += 1,
        }
    }
    drafts.sort_by_key(|d| std::cmp::Reverse(d.updated_ms()));
    Ok((drafts, unreadable))
}
