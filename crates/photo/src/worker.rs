//! The photo worker: runs [`perak_photo::process`] for the page, one file at a time, off its main
//! thread. Cancelling is the page's part: it stops this worker and starts a fresh one.

#[cfg(target_arch = "wasm32")]
fn main() {
    use perak_photo::protocol::{Reply, read_request};
    use wasm_bindgen::{JsCast, closure::Closure};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let post = {
        let scope = scope.clone();
        move |reply: Reply| {
            let (message, transfer) = reply.to_js();
            // Posting to the page fails only once the page has gone; nobody is left to tell.
            let _ = scope.post_message_with_transfer(&message, &transfer);
        }
    };
    let on_message = {
        let post = post.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let Some((id, bytes)) = read_request(&event.data()) else {
                return;
            };
            let reply = match perak_photo::process(&bytes, |done| {
                post(Reply::Progress {
                    id: id.clone(),
                    done,
                })
            }) {
                Ok(photo) => Reply::Done {
                    id,
                    photo,
                    memory: memory_bytes(),
                },
                Err(problem) => Reply::Failed { id, problem },
            };
            post(reply);
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    post(Reply::Ready);
}

/// The size of this worker's wasm memory.
#[cfg(target_arch = "wasm32")]
fn memory_bytes() -> u64 {
    use wasm_bindgen::JsCast;
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let buffer: js_sys::ArrayBuffer = memory.buffer().unchecked_into();
    u64::from(buffer.byte_length())
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("photo-worker runs in a browser: scripts/build.sh builds it for wasm32");
}
