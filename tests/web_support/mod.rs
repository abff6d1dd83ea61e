//! What every in-browser test file shares.
#![allow(dead_code)]

use wasm_bindgen::JsCast;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

pub async fn tick() {
    // Effects and the DOM update after the current task; one timer turn lets them run.
    gloo_timers::future::TimeoutFuture::new(20).await;
}

/// Resolves in the next animation frame: after reactive updates, before that frame's paint.
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .request_animation_frame(&resolve)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The button whose visible text is `label`.
pub fn button(host: &web_sys::HtmlElement, label: &str) -> web_sys::HtmlElement {
    let buttons = host.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<web_sys::HtmlElement>())
        .find(|b| b.text_content().as_deref().map(str::trim) == Some(label))
        .unwrap_or_else(|| panic!("no button {label}"))
}

/// A fresh element in the page to mount a component into.
pub fn new_host() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    host
}
