//! The messages between the page and the photo worker, as plain JavaScript objects.
//!
//! Both sides use these functions, so the shape of a message is written once. The page sends
//! [`request`] with the file's bytes transferred, not copied; the worker answers with [`Reply`]s:
//! `ready` once its module has started (a message sent before would be lost), progress while it works,
//! then the photo or the problem.

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use crate::{PhotoProblem, Processed, Resized};

/// What the worker says.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    Ready,
    Progress {
        id: String,
        done: f32,
    },
    /// The photo, and the worker's wasm memory after it in bytes: that memory only grows, so this is
    /// its peak so far (what the benchmark prints; 0 from a worker that does not say).
    Done {
        id: String,
        photo: Processed,
        memory: u64,
    },
    Failed {
        id: String,
        problem: PhotoProblem,
    },
}

/// The message asking the worker to process `bytes` as job `id`, and the buffers to transfer with it.
pub fn request(id: &str, bytes: &Uint8Array) -> (JsValue, Array) {
    let message = Object::new();
    set(&message, "id", &id.into());
    set(&message, "bytes", bytes);
    (message.into(), Array::of1(&bytes.buffer()))
}

/// The job id and the file's bytes of a [`request`], or `None` for anything else.
pub fn read_request(message: &JsValue) -> Option<(String, Vec<u8>)> {
    let id = get(message, "id").as_string()?;
    let bytes = get(message, "bytes").dyn_into::<Uint8Array>().ok()?;
    Some((id, bytes.to_vec()))
}

impl Reply {
    /// The reply as a message, and the buffers to transfer with it (the written files).
    pub fn to_js(&self) -> (JsValue, Array) {
        let message = Object::new();
        let transfer = Array::new();
        match self {
            Reply::Ready => set(&message, "type", &"ready".into()),
            Reply::Progress { id, done } => {
                set(&message, "type", &"progress".into());
                set(&message, "id", &id.into());
                set(&message, "done", &f64::from(*done).into());
            }
            Reply::Done { id, photo, memory } => {
                set(&message, "type", &"done".into());
                set(&message, "id", &id.into());
                set(&message, "memory", &(*memory as f64).into());
                set(&message, "width", &photo.width.into());
                set(&message, "height", &photo.height.into());
                set(&message, "placeholder", &photo.placeholder.as_str().into());
                let files = Array::new();
                for f in &photo.files {
                    let file = Object::new();
                    let bytes = Uint8Array::from(f.jpeg.as_slice());
                    transfer.push(&bytes.buffer());
                    set(&file, "width", &f.width.into());
                    set(&file, "height", &f.height.into());
                    set(&file, "bytes", &bytes);
                    files.push(&file);
                }
                set(&message, "files", &files);
            }
            Reply::Failed { id, problem } => {
                set(&message, "type", &"failed".into());
                set(&message, "id", &id.into());
                let problem = serde_json::to_string(problem).unwrap_or_default();
                set(&message, "problem", &problem.into());
            }
        }
        (message.into(), transfer)
    }

    /// The reply a message holds; `None` for a message of another shape (never trusted blindly: a
    /// worker of an older build may still be running).
    pub fn from_js(message: &JsValue) -> Option<Reply> {
        let id = || get(message, "id").as_string();
        let number = |v: &JsValue, key: &str| get(v, key).as_f64();
        match get(message, "type").as_string()?.as_str() {
            "ready" => Some(Reply::Ready),
            "progress" => Some(Reply::Progress {
                id: id()?,
                done: number(message, "done")? as f32,
            }),
            "done" => {
                let files = get(message, "files").dyn_into::<Array>().ok()?;
                let files = files
                    .iter()
                    .map(|f| {
                        Some(Resized {
                            width: number(&f, "width")? as u32,
                            height: number(&f, "height")? as u32,
                            jpeg: get(&f, "bytes").dyn_into::<Uint8Array>().ok()?.to_vec(),
                        })
                    })
                    .collect::<Option<Vec<_>>>()?;
                Some(Reply::Done {
                    id: id()?,
                    memory: number(message, "memory").map_or(0, |m| m as u64),
                    photo: Processed {
                        width: number(message, "width")? as u32,
                        height: number(message, "height")? as u32,
                        placeholder: get(message, "placeholder").as_string()?,
                        files,
                    },
                })
            }
            "failed" => Some(Reply::Failed {
                id: id()?,
                problem: serde_json::from_str(&get(message, "problem").as_string()?).ok()?,
            }),
            _ => None,
        }
    }
}

fn set(object: &Object, key: &str, value: &JsValue) {
    // Setting a property on a plain object just made here cannot fail.
    let _ = Reflect::set(object, &key.into(), value);
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
}
