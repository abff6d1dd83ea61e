//! The outbox's durable storage: one IndexedDB object store of JSON texts keyed by inquiry id. JSON text
//! rather than structured clones so that the domain's serde model is the one schema, and a record written
//! by another version can be skipped instead of breaking the page.

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;

use crate::domain::inquiry::outbox::{Entry, parse_stored};

const DB_NAME: &str = "perak-batankrajan";
const STORE: &str = "outbox";
const VERSION: u32 = 1;

/// Why the device could not keep an inquiry. The kinds decide which message the user sees.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// IndexedDB is missing or refused (private browsing, disabled storage).
    Unavailable(String),
    /// The device is out of space for this site.
    Quota(String),
    Other(String),
}

impl StoreError {
    fn from_idb(e: idb::Error) -> StoreError {
        match &e {
            idb::Error::DomException(d) => StoreError::named(&d.name(), e.to_string()),
            _ => StoreError::Other(e.to_string()),
        }
    }

    /// By the exception's name, which browsers agree on (their messages differ and are translated).
    pub fn named(name: &str, detail: String) -> StoreError {
        match name {
            "QuotaExceededError" => StoreError::Quota(detail),
            "SecurityError" | "InvalidStateError" | "NotAllowedError" => {
                StoreError::Unavailable(detail)
            }
            _ => StoreError::Other(detail),
        }
    }

    pub fn detail(&self) -> &str {
        match self {
            StoreError::Unavailable(s) | StoreError::Quota(s) | StoreError::Other(s) => s,
        }
    }
}

async fn open() -> Result<Database, StoreError> {
    let factory = Factory::new().map_err(|e| StoreError::Unavailable(e.to_string()))?;
    let mut request = factory
        .open(DB_NAME, Some(VERSION))
        .map_err(|e| StoreError::Unavailable(e.to_string()))?;
    request.on_upgrade_needed(|event| {
        if let Ok(db) = event.database()
            && !db.store_names().iter().any(|n| n == STORE)
        {
            let _ = db.create_object_store(STORE, ObjectStoreParams::new());
        }
    });
    request
        .await
        .map_err(|e| StoreError::Unavailable(e.to_string()))
}

async fn write(
    f: impl FnOnce(&idb::ObjectStore) -> Result<(), idb::Error>,
) -> Result<(), StoreError> {
    let db = open().await?;
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadWrite)
        .map_err(StoreError::from_idb)?;
    let store = tx.object_store(STORE).map_err(StoreError::from_idb)?;
    f(&store).map_err(StoreError::from_idb)?;
    // A full disk shows only when the transaction aborts, as its `error`: keep a handle to read it.
    let raw: web_sys::IdbTransaction = tx.into();
    let tx = idb::Transaction::from(raw.clone());
    // Only a committed transaction counts: the caller may go to the network after this returns.
    let result = tx.await.map_err(StoreError::from_idb)?;
    db.close();
    if result.is_committed() {
        Ok(())
    } else {
        let why = raw.error();
        let detail = why
            .as_ref()
            .map_or("transaction aborted".into(), |e| e.message());
        Err(StoreError::named(
            &why.map(|e| e.name()).unwrap_or_default(),
            detail,
        ))
    }
}

/// Writes (or overwrites) one entry and returns once it is committed to disk.
pub async fn put(entry: &Entry) -> Result<(), StoreError> {
    let json = serde_json::to_string(entry).map_err(|e| StoreError::Other(e.to_string()))?;
    let key = JsValue::from_str(&entry.id);
    write(move |store| store.put(&JsValue::from_str(&json), Some(&key)).map(|_| ())).await
}

pub async fn delete(id: &str) -> Result<(), StoreError> {
    delete_many(&[id.to_owned()]).await
}

/// Deletes these entries in one transaction: all of them, or (on a failure) none.
pub async fn delete_many(ids: &[String]) -> Result<(), StoreError> {
    let keys: Vec<JsValue> = ids.iter().map(|id| JsValue::from_str(id)).collect();
    write(move |store| {
        keys.into_iter()
            .try_for_each(|key| store.delete(key).map(|_| ()))
    })
    .await
}

/// One entry as stored now, or `None` when there is none with this id or it cannot be read.
pub async fn get(id: &str) -> Result<Option<Entry>, StoreError> {
    let db = open().await?;
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadOnly)
        .map_err(StoreError::from_idb)?;
    let store = tx.object_store(STORE).map_err(StoreError::from_idb)?;
    let value = store
        .get(JsValue::from_str(id))
        .map_err(StoreError::from_idb)?
        .await
        .map_err(StoreError::from_idb)?;
    let _ = tx.await;
    db.close();
    let text = value.as_ref().and_then(JsValue::as_string);
    Ok(parse_stored(text.as_deref()).0.pop())
}

/// Every stored entry, newest first, and how many records could not be read.
pub async fn all() -> Result<(Vec<Entry>, usize), StoreError> {
    let db = open().await?;
    let tx = db
        .transaction(&[STORE], TransactionMode::ReadOnly)
        .map_err(StoreError::from_idb)?;
    let store = tx.object_store(STORE).map_err(StoreError::from_idb)?;
    let values = store
        .get_all(None, None)
        .map_err(StoreError::from_idb)?
        .await
        .map_err(StoreError::from_idb)?;
    let _ = tx.await;
    db.close();
    let texts: Vec<String> = values.iter().filter_map(JsValue::as_string).collect();
    let unreadable = values.len() - texts.len();
    let (entries, skipped) = parse_stored(texts.iter().map(String::as_str));
    Ok((entries, skipped + unreadable))
}
