//! The page's address, the clipboard, text selection and the print dialogue.

use wasm_bindgen::JsCast;

/// `https://host:port` of the running app, for links that must work on another device.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// Opens the browser's print dialogue (the mixer's spec sheet has its own print stylesheet).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Loads the current address again from the start: what a page whose code could not arrive needs,
/// since the app itself is running and only that page's chunk is missing.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// Selects the whole text of the input `id` and asks the browser to copy the selection: the way that
/// works where the Clipboard API does not exist (a page on plain HTTP). False when the browser refused;
/// the text stays selected, ready to copy by hand.
pub fn copy_field(id: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(input) = document
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return false;
    };
    let _ = input.focus();
    input.select();
    document
        .dyn_into::<web_sys::HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

/// Selects the whole content of the input the event came from, ready to copy by hand.
pub fn select_all(ev: &web_sys::FocusEvent) {
    if let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.select();
    }
}

/// Moves focus to the element with this id (scrolling it into view), as following `#id` would; the
/// router takes over in-page links, so the error summary's links do it themselves.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        el.scroll_into_view();
        let _ = el.focus();
    }
}

/// The address's path, query and fragment: what the app's own links are made of.
pub fn current_path() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!(
                "{}{}{}",
                l.pathname().ok()?,
                l.search().ok()?,
                l.hash().ok()?
            ))
        })
        .unwrap_or_else(|| crate::routes::HOME.to_owned())
}

/// Changes the address without loading a page: a new history entry (`push`) or the current one.
pub fn set_path(path: &str, push: bool) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let _ = if push {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(path))
    };
}
