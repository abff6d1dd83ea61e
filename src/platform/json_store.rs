//! IndexedDB object stores of JSON texts keyed by strings: the outbox, the insights counts and the
//! studio's drafts. JSON text
//! rather than structured clones so that the domain's serde model is the one schema, and a record
//! written by another version can be skipped instead of breaking the page. The studio's photo files
//! are the one store of bytes (`put_bytes_many`, `get_bytes`).

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::JsValue;

/// Why the device could not keep a record. The kinds decide which message the user sees.
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

/// One object store, alone in its database (each has its own, so that a new store needs no upgrade of
/// another's).
#[derive(Clone, Copy, Debug)]
pub struct JsonStore {
    pub database: &'static str,
    pub store: &'static str,
}

impl JsonStore {
    async fn open(&self) -> Result<Database, StoreError> {
        let factory = Factory::new().map_err(|e| StoreError::Unavailable(e.to_string()))?;
        let mut request = factory
            .open(self.database, Some(1))
            .map_err(|e| StoreError::Unavailable(e.to_string()))?;
        let store = self.store;
        request.on_upgrade_needed(move |event| {
            if let Ok(db) = event.database()
                && !db.store_names().iter().any(|n| n == store)
            {
                let _ = db.create_object_store(store, ObjectStoreParams::new());
            }
        });
        request
            .await
            .map_err(|e| StoreError::Unavailable(e.to_string()))
    }

    async fn write(
        &self,
        f: impl FnOnce(&idb::ObjectStore) -> Result<(), idb::Error>,
    ) -> Result<(), StoreError> {
        let db = self.open().await?;
        let tx = db
            .transaction(&[self.store], TransactionMode::ReadWrite)
            .map_err(StoreError::from_idb)?;
        let store = tx.object_store(self.store).map_err(StoreError::from_idb)?;
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

    /// Writes (or overwrites) records in one transaction and returns once it is committed to disk.
    pub async fn put_many(&self, records: Vec<(String, String)>) -> Result<(), StoreError> {
        self.write(move |store| {
            records.into_iter().try_for_each(|(key, json)| {
                store
                    .put(&JsValue::from_str(&json), Some(&JsValue::from_str(&key)))
                    .map(|_| ())
            })
        })
        .await
    }

    /// Writes files' bytes under their keys in one transaction, as [`JsonStore::put_many`] does texts.
    pub async fn put_bytes_many(&self, records: Vec<(String, Vec<u8>)>) -> Result<(), StoreError> {
        self.write(move |store| {
            records.into_iter().try_for_each(|(key, bytes)| {
                let value = js_sys::Uint8Array::from(bytes.as_slice());
                store
                    .put(&value, Some(&JsValue::from_str(&key)))
                    .map(|_| ())
            })
        })
        .await
    }

    /// One record's bytes, `None` when there is none (or it holds no bytes).
    pub async fn get_bytes(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
        use wasm_bindgen::JsCast;
        Ok(self
            .get_value(key)
            .await?
            .and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
            .map(|a| a.to_vec()))
    }

    /// Deletes these records in one transaction: all of them, or (on a failure) none.
    pub async fn delete_many(&self, keys: &[String]) -> Result<(), StoreError> {
        let keys: Vec<JsValue> = keys.iter().map(|k| JsValue::from_str(k)).collect();
        self.write(move |store| {
            keys.into_iter()
                .try_for_each(|key| store.delete(key).map(|_| ()))
        })
        .await
    }

    /// One record's text, `None` when there is none (or it is not text).
    pub async fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .get_value(key)
            .await?
            .as_ref()
            .and_then(JsValue::as_string))
    }

    async fn get_value(&self, key: &str) -> Result<Option<JsValue>, StoreError> {
        let db = self.open().await?;
        let tx = db
            .transaction(&[self.store], TransactionMode::ReadOnly)
            .map_err(StoreError::from_idb)?;
        let store = tx.object_store(self.store).map_err(StoreError::from_idb)?;
        let value = store
            .get(JsValue::from_str(key))
            .map_err(StoreError::from_idb)?
            .await
            .map_err(StoreError::from_idb)?;
        let _ = tx.await;
        db.close();
        Ok(value)
    }

    /// Every record's text, and how many records were not text.
    pub async fn all(&self) -> Result<(Vec<String>, usize), StoreError> {
        let db = self.open().await?;
        let tx = db
            .transaction(&[self.store], TransactionMode::ReadOnly)
            .map_err(StoreError::from_idb)?;
        let store = tx.object_store(self.store).map_err(StoreError::from_idb)?;
        let values = store
            .get_all(None, None)
            .map_err(StoreError::from_idb)?
            .await
            .map_err(StoreError::from_idb)?;
        let _ = tx.await;
        db.close();
        let texts: Vec<String> = values.iter().filter_map(JsValue::as_string).collect();
        let other = values.len() - texts.len();
        Ok((texts, other))
    }
}
