//! The insights counts on this device: one IndexedDB record per device and day (`domain::insights`).

use crate::domain::insights::{DayCounts, merge as merge_days};
use crate::platform::json_store::{JsonStore, StoreError};

const STORE: JsonStore = JsonStore {
    database: "perak-insights",
    store: "days",
};

fn record(d: &DayCounts) -> (String, String) {
    (d.key(), serde_json::to_string(d).unwrap_or_default())
}

/// Adds `counts` to the stored day of the same device and date. Two tabs writing at the same instant
/// can lose one of the two batches; counts are interest, not money, and a kiosk shows one tab.
pub async fn add(counts: DayCounts) -> Result<(), StoreError> {
    let stored = STORE
        .get(&counts.key())
        .await?
        .and_then(|t| serde_json::from_str::<DayCounts>(&t).ok());
    let mut day = stored.unwrap_or_else(|| DayCounts {
        device: counts.device.clone(),
        day: counts.day.clone(),
        ..DayCounts::default()
    });
    for (k, n) in &counts.counts {
        day.add(k, *n);
    }
    STORE.put_many(vec![record(&day)]).await
}

/// Every device-day held here; a record that cannot be read is left out.
pub async fn all() -> Result<Vec<DayCounts>, StoreError> {
    let (texts, _) = STORE.all().await?;
    Ok(texts
        .iter()
        .filter_map(|t| serde_json::from_str(t).ok())
        .collect())
}

/// Merges device-days from an export into what is held, in one transaction.
pub async fn merge(days: Vec<DayCounts>) -> Result<(), StoreError> {
    let held = all().await?;
    let merged = merge_days(&held, &days);
    let changed: Vec<(String, String)> = merged
        .iter()
        .filter(|d| !held.contains(d))
        .map(record)
        .collect();
    STORE.put_many(changed).await
}
