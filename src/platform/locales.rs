//! The interface's language files, `/locales/xx.json` (written by scripts/assemble.py from
//! `locales/`, precached by the service worker like every other file of the build).

use gloo_net::http::Request;

use crate::domain::Lang;

/// The text of `lang`'s file, or what went wrong in words for the console.
pub async fn fetch(lang: Lang) -> Result<String, String> {
    let url = format!("/locales/{}.json", lang.code());
    let response = Request::get(&url).send().await.map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

/// The reader's languages as the browser states them, most preferred first.
pub fn preferred() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let listed: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if listed.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        listed
    }
}

/// Marks the page (`<html data-text-missing="N">`, `N` the key's place in `Key` order) when a text was
/// shown before its file had arrived: a mistake of the build's split of the texts, never the reader's.
pub fn report_missing(index: usize) {
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.set_attribute("data-text-missing", &index.to_string());
    }
}
