//! Preparing the device for a day without network: the build's files into the service worker's cache,
//! the storage estimate, and the request that the browser keep this site's data (the outbox) under
//! storage pressure.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Request, RequestCache, RequestInit, Response};

use crate::domain::kiosk::{Precache, Progress};

fn js_err(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            js_sys::Reflect::get(&e, &"message".into())
                .ok()?
                .as_string()
        })
        .unwrap_or_else(|| "unknown error".into())
}

/// The build's file list. Fetched past the HTTP cache so a new build is noticed.
pub async fn manifest() -> Result<Precache, String> {
    let response = gloo_net::http::Request::get("/precache.json")
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = response.text().await.map_err(|e| e.to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

async fn open_cache(name: &str) -> Result<Cache, String> {
    let window = web_sys::window().ok_or("no window")?;
    let caches = window.caches().map_err(js_err)?;
    JsFuture::from(caches.open(name))
        .await
        .map_err(js_err)?
        .dyn_into::<Cache>()
        .map_err(js_err)
}

/// Puts every file of the build into the cache the service worker serves from, skipping those already
/// there, and reports progress after each file.
pub async fn prepare(
    precache: &Precache,
    on_progress: impl Fn(Progress),
) -> Result<Progress, String> {
    let cache = open_cache(&precache.cache_name()).await?;
    let mut progress = Progress {
        files_total: precache.files.len(),
        bytes_total: precache.total_bytes(),
        ..Progress::default()
    };
    on_progress(progress);
    for file in &precache.files {
        let hit = JsFuture::from(cache.match_with_str(&file.url))
            .await
            .map_err(js_err)?;
        if hit.is_undefined() {
            let init = RequestInit::new();
            init.set_cache(RequestCache::NoCache);
            let request = Request::new_with_str_and_init(&file.url, &init).map_err(js_err)?;
            let window = web_sys::window().ok_or("no window")?;
            let response: Response = JsFuture::from(window.fetch_with_request(&request))
                .await
                .map_err(|e| format!("{}: {}", file.url, js_err(e)))?
                .dyn_into()
                .map_err(js_err)?;
            if !response.ok() {
                return Err(format!("{}: HTTP {}", file.url, response.status()));
            }
            JsFuture::from(cache.put_with_str(&file.url, &response))
                .await
                .map_err(js_err)?;
        }
        progress.files_done += 1;
        progress.bytes_done += file.bytes;
        on_progress(progress);
    }
    Ok(progress)
}

/// Whether a service worker controls this page (without one, a reload offline fails).
pub fn controlled() -> bool {
    super::service_worker::controlled()
}

/// Whether this page can be prepared for offline use at all: it needs a service worker to serve the
/// stored files.
pub fn available() -> bool {
    super::service_worker::supported()
}

/// (used, quota) in bytes, where the browser tells.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let estimate = JsFuture::from(storage.estimate().ok()?).await.ok()?;
    let get = |k: &str| js_sys::Reflect::get(&estimate, &k.into()).ok()?.as_f64();
    Some((get("usage")?, get("quota")?))
}

/// Asks the browser not to evict this site's storage. `None` where the API is missing.
pub async fn persist() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    JsFuture::from(storage.persist().ok()?)
        .await
        .ok()?
        .as_bool()
}

pub async fn persisted() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    JsFuture::from(storage.persisted().ok()?)
        .await
        .ok()?
        .as_bool()
}
