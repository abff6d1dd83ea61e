//! Web Locks: work that only one tab of this site may do at a time (sending an inquiry).

use std::cell::Cell;
use std::future::Future;
use std::rc::Rc;

use futures::channel::oneshot;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

/// Runs `work` while holding the lock `name`, shared by every tab and window of this site. Returns None
/// without running it when another tab holds the lock right now: the caller's work is being done
/// there. Where the browser has no Web Locks (older ones, some embedded views), it runs unguarded, as
/// the app did before.
///
/// web-sys binds the API only behind `web_sys_unstable_apis`, a flag for the whole build, so the one
/// call needed is made through `js_sys::Reflect` instead.
pub async fn exclusive<F, Fut, T>(name: &str, work: F) -> Option<T>
where
    F: FnOnce() -> Fut + 'static,
    Fut: Future<Output = T> + 'static,
    T: 'static,
{
    let Some((locks, request)) = lock_manager() else {
        return Some(work().await);
    };
    let (done, outcome) = oneshot::channel::<Option<T>>();
    // Shared with the callback, so that a refused request can still do the work here.
    let work = Rc::new(Cell::new(Some(work)));
    let for_lock = work.clone();
    // The browser calls back with a lock, or null when it is taken (`ifAvailable`); the lock is held
    // until the promise the callback returns settles.
    let callback = Closure::once(move |lock: JsValue| -> js_sys::Promise {
        let Some(work) = for_lock.take().filter(|_| !lock.is_null()) else {
            let _ = done.send(None);
            return js_sys::Promise::resolve(&JsValue::UNDEFINED);
        };
        wasm_bindgen_futures::future_to_promise(async move {
            let _ = done.send(Some(work().await));
            Ok(JsValue::UNDEFINED)
        })
    });
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE);
    let asked = request.call3(
        &locks,
        &JsValue::from_str(name),
        &options,
        callback.as_ref().unchecked_ref(),
    );
    if asked.is_err() {
        // Refused outright (a document without a storage origin): no other tab can hold it either.
        drop(callback);
        return match work.take() {
            Some(work) => Some(work().await),
            None => None,
        };
    }
    // Dropping the sender without a value (the callback never ran) reads as "not now".
    let result = outcome.await.ok().flatten();
    drop(callback);
    result
}

fn lock_manager() -> Option<(JsValue, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = js_sys::Reflect::get(&locks, &"request".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((locks, request))
}
