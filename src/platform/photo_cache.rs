//! The photos of an applied catalogue package, kept where the service worker answers `/photos/…` from
//! (Cache Storage): the catalogue's `<img>` tags then name them like the shipped photos, online or not.
//! The cache's name does not start with the service worker's `perak-` prefix, so that a new version of
//! the app, which deletes its old caches, keeps them.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Cache, Response, ResponseInit};

const CACHE: &str = "overlay-photos";

/// Whether this page may keep files in Cache Storage: only a secure context (https, or this device
/// itself) has it; a kiosk on plain HTTP over a LAN does not.
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| {
        w.is_secure_context() && js_sys::Reflect::has(&w, &"caches".into()).unwrap_or(false)
    })
}

async fn open() -> Result<Cache, JsValue> {
    if !available() {
        return Err(JsValue::from_str(
            "this address keeps no files for offline use (not https)",
        ));
    }
    let caches = web_sys::window().ok_or(JsValue::NULL)?.caches()?;
    JsFuture::from(caches.open(CACHE)).await?.dyn_into()
}

/// Keeps every file (path and bytes) under its path, as the site would serve it.
pub async fn put(files: &[(String, Vec<u8>)]) -> Result<(), String> {
    if files.is_empty() {
        return Ok(());
    }
    let cache = open().await.map_err(describe)?;
    for (path, bytes) in files {
        let init = ResponseInit::new();
        let headers = web_sys::Headers::new().map_err(describe)?;
        headers.set("Content-Type", mime(path)).map_err(describe)?;
        init.set_headers(&headers);
        let mut body = bytes.clone();
        let response =
            Response::new_with_opt_u8_array_and_init(Some(&mut body), &init).map_err(describe)?;
        JsFuture::from(cache.put_with_str(path, &response))
            .await
            .map_err(describe)?;
    }
    Ok(())
}

/// The bytes of a photo an applied package brought, `None` when this device has no such file.
pub async fn get(path: &str) -> Option<Vec<u8>> {
    let cache = open().await.ok()?;
    let hit = JsFuture::from(cache.match_with_str(path)).await.ok()?;
    let response: Response = hit.dyn_into().ok()?;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// How many package photo files this device keeps.
pub async fn count() -> Result<usize, String> {
    let cache = open().await.map_err(describe)?;
    let keys: js_sys::Array = JsFuture::from(cache.keys())
        .await
        .map_err(describe)?
        .dyn_into()
        .map_err(describe)?;
    Ok(keys.length() as usize)
}

/// Forgets every package photo: the device is back to the shipped catalogue.
pub async fn clear() -> Result<(), String> {
    if !available() {
        return Ok(());
    }
    let caches = web_sys::window()
        .ok_or("no window")?
        .caches()
        .map_err(describe)?;
    JsFuture::from(caches.delete(CACHE))
        .await
        .map(|_| ())
        .map_err(describe)
}

fn mime(path: &str) -> &'static str {
    match path.rsplit('.').next() {
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        _ => "image/jpeg",
    }
}

fn describe(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "Cache Storage refused".into())
}
