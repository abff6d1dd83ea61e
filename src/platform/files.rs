//! Saving a file the app made (the outbox exports) to the user's device.

use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers `text` as a download named `name`. Returns false when the browser refused.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    save(name, mime, &js_sys::Array::of1(&text.into()))
}

/// Offers `bytes` (a `.zip`) as a download named `name`. Returns false when the browser refused.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> bool {
    save(
        name,
        mime,
        &js_sys::Array::of1(&js_sys::Uint8Array::from(bytes)),
    )
}

fn save(name: &str, mime: &str, parts: &js_sys::Array) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_buffer_source_sequence_and_options(parts, &options) else {
        return false;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return false;
    };
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The click has started the download synchronously; the URL is no longer needed.
    let _ = Url::revoke_object_url(&url);
    true
}

/// A date and time in the user's language and time zone.
pub fn local_time(ms: u64, lang: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let locale = if lang == "en" { "en-GB" } else { "id-ID" };
    date.to_locale_string(locale, &js_sys::Object::new())
        .as_string()
        .unwrap_or_default()
}

/// Why a chosen file was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChosenFileError {
    /// Over the caller's limit; refused before reading a byte of it.
    TooLarge,
    Unreadable(String),
}

/// The file chosen in an `<input type=file>`, if it is at most `max_bytes`; `None` when nothing was
/// chosen.
fn chosen_file(
    ev: &web_sys::Event,
    max_bytes: u64,
) -> Option<Result<web_sys::File, ChosenFileError>> {
    let input: web_sys::HtmlInputElement = ev.target()?.dyn_into().ok()?;
    let file = input.files()?.get(0)?;
    // Cleared so that choosing the same file again still fires a change.
    input.set_value("");
    if file.size() > max_bytes as f64 {
        return Some(Err(ChosenFileError::TooLarge));
    }
    Some(Ok(file))
}

fn unreadable(e: wasm_bindgen::JsValue) -> ChosenFileError {
    ChosenFileError::Unreadable(e.as_string().unwrap_or_else(|| "unreadable file".into()))
}

/// The text of the file chosen in an `<input type=file>`, if it is at most `max_bytes`; `None` when
/// nothing was chosen.
pub async fn read_chosen_file(
    ev: &web_sys::Event,
    max_bytes: u64,
) -> Option<Result<String, ChosenFileError>> {
    let file = match chosen_file(ev, max_bytes)? {
        Ok(file) => file,
        Err(e) => return Some(Err(e)),
    };
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
    Some(
        text.map(|v| v.as_string().unwrap_or_default())
            .map_err(unreadable),
    )
}

/// The bytes of the file chosen in an `<input type=file>` (a `.zip`), as [`read_chosen_file`].
pub async fn read_chosen_bytes(
    ev: &web_sys::Event,
    max_bytes: u64,
) -> Option<Result<Vec<u8>, ChosenFileError>> {
    let file = match chosen_file(ev, max_bytes)? {
        Ok(file) => file,
        Err(e) => return Some(Err(e)),
    };
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
    Some(
        buffer
            .map(|b| js_sys::Uint8Array::new(&b).to_vec())
            .map_err(unreadable),
    )
}

/// Every file chosen in an `<input type=file multiple>`, and the input emptied so that choosing the
/// same file again is a new choice.
pub fn chosen_files(ev: &web_sys::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let files = input.files().map_or_else(Vec::new, |list| {
        (0..list.length()).filter_map(|i| list.get(i)).collect()
    });
    input.set_value("");
    files
}

/// A `blob:` address showing `bytes` (a picture held on the device); [`revoke`] it when it is gone
/// from the page.
pub fn object_url(bytes: &[u8], mime: &str) -> Option<String> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let blob = Blob::new_with_buffer_source_sequence_and_options(&parts, &options).ok()?;
    Url::create_object_url_with_blob(&blob).ok()
}

pub fn revoke(url: &str) {
    let _ = Url::revoke_object_url(url);
}
