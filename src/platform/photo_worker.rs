//! The photo worker (crates/photo) as the page sees it: one photo at a time, progress as it goes,
//! cancel at any moment.
//!
//! The worker is started on the first photo, not with the app: its module (the image codecs) is
//! fetched only by a maker who adds a photo. Cancelling the photo being processed stops the worker
//! (a worker busy in wasm cannot be interrupted otherwise); the next photo starts a fresh one.

use std::cell::RefCell;
use std::rc::Rc;

use futures::StreamExt;
use futures::channel::mpsc::{UnboundedReceiver, UnboundedSender, unbounded};
use perak_photo::protocol::{Reply, request};
use perak_photo::{PhotoProblem, Processed};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

/// How a photo's processing ended, besides a photo.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stopped {
    Problem(PhotoProblem),
    Cancelled,
}

enum Event {
    Reply(Reply),
    Cancelled(String),
    Crashed,
}

struct Running {
    worker: Worker,
    ready: bool,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl Drop for Running {
    fn drop(&mut self) {
        // Unhooked first: a message already queued for the page must not reach a dropped closure.
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

/// The page's handle on the photo worker. Clones share the one worker.
#[derive(Clone)]
pub struct PhotoWorker {
    url: Rc<str>,
    running: Rc<RefCell<Option<Running>>>,
    current: Rc<RefCell<Option<String>>>,
    events: UnboundedSender<Event>,
    replies: Rc<RefCell<Option<UnboundedReceiver<Event>>>>,
}

impl PhotoWorker {
    /// The worker of this build, `None` where the app runs without one (the in-browser tests' build,
    /// which has no `scripts/build.sh` output): the studio then says photos cannot be added here.
    pub fn new() -> Option<PhotoWorker> {
        // The worker's files sit beside the first module's boot script (scripts/build.sh), in the
        // build's own hashed folder.
        let boot = web_sys::window()?
            .document()?
            .query_selector(r#"script[type="module"][src$="/boot.js"]"#)
            .ok()??
            .get_attribute("src")?;
        let url = format!("{}photo-worker-boot.js", boot.strip_suffix("boot.js")?);
        let (events, replies) = unbounded();
        Some(PhotoWorker {
            url: url.into(),
            running: Rc::default(),
            current: Rc::default(),
            events,
            replies: Rc::new(RefCell::new(Some(replies))),
        })
    }

    fn start(&self) -> Result<(), PhotoProblem> {
        if self.running.borrow().is_some() {
            return Ok(());
        }
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = Worker::new_with_options(&self.url, &options)
            .map_err(|_| PhotoProblem::WorkerFailed)?;
        let events = self.events.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            if let Some(reply) = Reply::from_js(&e.data()) {
                let _ = events.unbounded_send(Event::Reply(reply));
            }
        });
        let events = self.events.clone();
        // A module that cannot be fetched or fails to start, or a worker that runs out of memory.
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |_| {
            let _ = events.unbounded_send(Event::Crashed);
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        *self.running.borrow_mut() = Some(Running {
            worker,
            ready: false,
            _on_message: on_message,
            _on_error: on_error,
        });
        Ok(())
    }

    /// Processes one photo; `progress` hears the share done. One photo at a time: the caller queues.
    pub async fn process(
        &self,
        id: &str,
        bytes: js_sys::Uint8Array,
        mut progress: impl FnMut(f32),
    ) -> Result<Processed, Stopped> {
        let Some(mut replies) = self.replies.borrow_mut().take() else {
            // Another photo is being processed: the caller's queue should have prevented this.
            return Err(Stopped::Problem(PhotoProblem::WorkerFailed));
        };
        let result = self.run(id, bytes, &mut replies, &mut progress).await;
        *self.replies.borrow_mut() = Some(replies);
        *self.current.borrow_mut() = None;
        if matches!(result, Err(Stopped::Problem(PhotoProblem::WorkerFailed))) {
            // A crashed worker is replaced by the next photo's.
            self.running.borrow_mut().take();
        }
        result
    }

    async fn run(
        &self,
        id: &str,
        bytes: js_sys::Uint8Array,
        replies: &mut UnboundedReceiver<Event>,
        progress: &mut impl FnMut(f32),
    ) -> Result<Processed, Stopped> {
        // Events of a photo cancelled earlier may still be queued; they name another id.
        while replies.try_recv().is_ok() {}
        self.start().map_err(Stopped::Problem)?;
        *self.current.borrow_mut() = Some(id.to_owned());
        let mut sent = false;
        loop {
            let ready = self.running.borrow().as_ref().is_some_and(|r| r.ready);
            if ready && !sent {
                let (message, transfer) = request(id, &bytes);
                let posted = self
                    .running
                    .borrow()
                    .as_ref()
                    .map(|r| r.worker.post_message_with_transfer(&message, &transfer));
                if !matches!(posted, Some(Ok(()))) {
                    return Err(Stopped::Problem(PhotoProblem::WorkerFailed));
                }
                sent = true;
            }
            match replies.next().await {
                Some(Event::Reply(Reply::Ready)) => {
                    if let Some(r) = self.running.borrow_mut().as_mut() {
                        r.ready = true;
                    }
                }
                Some(Event::Reply(Reply::Progress { id: of, done })) if of == id => progress(done),
                Some(Event::Reply(Reply::Done { id: of, photo, .. })) if of == id => {
                    return Ok(photo);
                }
                Some(Event::Reply(Reply::Failed { id: of, problem })) if of == id => {
                    return Err(Stopped::Problem(problem));
                }
                Some(Event::Cancelled(of)) if of == id => return Err(Stopped::Cancelled),
                Some(Event::Crashed) | None => {
                    return Err(Stopped::Problem(PhotoProblem::WorkerFailed));
                }
                Some(_) => {}
            }
        }
    }

    /// Ends the worker (and frees its memory); the next photo starts a fresh one.
    pub fn stop(&self) {
        self.running.borrow_mut().take();
    }

    /// Stops photo `id` if it is the one being processed: the worker is stopped with it.
    pub fn cancel(&self, id: &str) {
        if self.current.borrow().as_deref() == Some(id) {
            self.running.borrow_mut().take();
            let _ = self.events.unbounded_send(Event::Cancelled(id.to_owned()));
        }
    }
}
