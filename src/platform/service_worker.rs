//! Registers the service worker (public/sw.js) and reports when a new version is waiting, so that the
//! UI can offer to apply it at a moment the user chooses.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
}

/// Whether this browser offers service workers here: not in every browser, and never on a page served
/// over plain HTTP from anywhere but this device (a kiosk reaching a laptop by its LAN address).
pub fn supported() -> bool {
    web_sys::window().is_some_and(|w| {
        js_sys::Reflect::has(&w.navigator(), &JsValue::from_str("serviceWorker")).unwrap_or(false)
    })
}

/// Registers the worker; `on_update` runs when a new version has installed and waits to take over.
pub fn register(on_update: impl Fn() + 'static) {
    if !supported() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let promise = container.register("/sw.js");
    let on_update = Rc::new(on_update);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg.clone()));
        // An update only matters when a version already controls the page; the first install is not one.
        let has_controller = move || {
            web_sys::window()
                .and_then(|w| w.navigator().service_worker().controller())
                .is_some()
        };
        if reg.waiting().is_some() && has_controller() {
            on_update();
        }
        let reg2 = reg.clone();
        let found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = reg2.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_update = on_update.clone();
            let changed = Closure::<dyn FnMut()>::new(move || {
                if worker.state() == ServiceWorkerState::Installed && has_controller() {
                    on_update();
                }
            });
            installing.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
    });
}

/// Lets the waiting version take over and reloads into it.
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let reload = Closure::<dyn FnMut()>::new(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    REGISTRATION.with(|r| {
        if let Some(waiting) = r
            .borrow()
            .as_ref()
            .and_then(ServiceWorkerRegistration::waiting)
        {
            let _ = waiting.post_message(&JsValue::from_str("skip-waiting"));
        }
    });
}

/// Whether a service worker controls this page (the app then works offline).
pub fn controlled() -> bool {
    supported()
        && web_sys::window()
            .and_then(|w| w.navigator().service_worker().controller())
            .is_some()
}
