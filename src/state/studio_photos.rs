//! Photos on their way into a draft: a queue processed one at a time by the photo worker, each with its
//! progress, cancel, and a problem that stays on screen until dismissed. Provided by the studio page.

use leptos::prelude::*;
use leptos::task::spawn_local;
use perak_photo::{MAX_BYTES, PhotoProblem};

use crate::domain::catalogue::model::Photo;
use crate::domain::studio::photos::{Stage, batch_progress, photo, photo_id};
use crate::platform::photo_worker::{PhotoWorker, Stopped};
use crate::platform::{net, photo_store};
use crate::state::Studio;

/// Where a photo on its way stands.
#[derive(Clone, Debug, PartialEq)]
pub enum JobState {
    Waiting,
    /// Share done, 0 to 1.
    Working(f32),
    Failed(JobProblem),
}

impl JobState {
    fn stage(&self) -> Stage {
        match self {
            JobState::Waiting => Stage::Waiting,
            JobState::Working(done) => Stage::Working(*done),
            JobState::Failed(_) => Stage::Failed,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum JobProblem {
    Photo(PhotoProblem),
    /// Processed, but the device would not keep the files.
    NotKept,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Job {
    pub id: String,
    /// The draft the photo goes to.
    pub draft: String,
    /// The file's name as the maker's device gave it.
    pub name: String,
    pub state: JobState,
}

#[derive(Clone, Copy)]
pub struct PhotoJobs {
    jobs: RwSignal<Vec<Job>>,
    /// Photos of the current batch that have arrived in their draft, for the overall progress.
    finished: RwSignal<usize>,
    files: StoredValue<Vec<(String, web_sys::File)>, LocalStorage>,
    worker: StoredValue<Option<PhotoWorker>, LocalStorage>,
    running: StoredValue<bool>,
    /// Photos cancelled while being read or written, when the worker is not theirs to stop.
    cancelled: StoredValue<Vec<String>>,
    studio: Studio,
}

impl PhotoJobs {
    /// Whether photos can be processed here (the release build has the worker).
    pub fn available(&self) -> bool {
        self.worker.with_value(Option::is_some)
    }

    pub fn jobs(&self) -> Signal<Vec<Job>> {
        self.jobs.into()
    }

    /// Share of the current batch done (0 to 1) and its size, `None` when nothing is on its way.
    pub fn overall(&self) -> Signal<Option<(usize, usize, f32)>> {
        let (jobs, finished) = (self.jobs, self.finished);
        Signal::derive(move || {
            let stages: Vec<Stage> = jobs.read().iter().map(|j| j.state.stage()).collect();
            batch_progress(stages, finished.get())
        })
    }

    /// Queues the chosen files for draft `draft`. A file over the size limit is refused at once,
    /// unread.
    pub fn add(&self, draft: &str, chosen: Vec<web_sys::File>) {
        // A new batch when nothing is on its way: "1 of 3 done" counts this batch only.
        let idle = self
            .jobs
            .with_untracked(|js| js.iter().all(|j| matches!(j.state, JobState::Failed(_))));
        if idle {
            self.finished.set(0);
        }
        for file in chosen {
            let id = photo_id(net::random_bytes());
            let size = file.size() as u64;
            let state = if size > MAX_BYTES {
                JobState::Failed(JobProblem::Photo(PhotoProblem::TooLarge {
                    bytes: size,
                    max: MAX_BYTES,
                }))
            } else {
                self.files
                    .update_value(|fs| fs.push((id.clone(), file.clone())));
                JobState::Waiting
            };
            self.jobs.update(|js| {
                js.push(Job {
                    id,
                    draft: draft.to_owned(),
                    name: file.name(),
                    state,
                })
            });
        }
        self.pump();
    }

    /// Takes a waiting photo out of the queue, or stops the one being processed.
    pub fn cancel(&self, id: &str) {
        let waiting = self.jobs.with_untracked(|js| {
            js.iter()
                .any(|j| j.id == id && j.state == JobState::Waiting)
        });
        if waiting {
            self.forget(id);
        } else {
            self.cancelled.update_value(|c| c.push(id.to_owned()));
            self.worker.with_value(|w| {
                if let Some(w) = w {
                    w.cancel(id);
                }
            });
        }
    }

    /// Removes a failed photo's message.
    pub fn dismiss(&self, id: &str) {
        self.forget(id);
    }

    fn forget(&self, id: &str) {
        self.jobs.update(|js| js.retain(|j| j.id != id));
        self.files.update_value(|fs| fs.retain(|(i, _)| i != id));
    }

    fn set_state(&self, id: &str, state: JobState) {
        // The studio may have closed meanwhile; its signals went with it.
        let _ = self.jobs.try_update(|js| {
            if let Some(j) = js.iter_mut().find(|j| j.id == id) {
                j.state = state;
            }
        });
    }

    fn pump(&self) {
        if self.running.get_value() {
            return;
        }
        let Some(worker) = self.worker.get_value() else {
            return;
        };
        self.running.set_value(true);
        let this = *self;
        spawn_local(async move {
            while let Some((id, file)) = this
                .files
                .try_update_value(|fs| (!fs.is_empty()).then(|| fs.remove(0)))
                .flatten()
            {
                this.one(&worker, id, file).await;
            }
            // A worker that has decoded large photos keeps its memory: it ends with the queue, and the
            // next photo starts a fresh one.
            worker.stop();
            let _ = this.running.try_set_value(false);
        });
    }

    /// Whether photo `id` was cancelled (and forgets that it was).
    fn was_cancelled(&self, id: &str) -> bool {
        let cancelled = self
            .cancelled
            .try_with_value(|c| c.iter().any(|c| c == id))
            .unwrap_or(true);
        if cancelled {
            self.cancelled.update_value(|c| c.retain(|c| c != id));
            let _ = self.jobs.try_update(|js| js.retain(|j| j.id != id));
        }
        cancelled
    }

    async fn one(&self, worker: &PhotoWorker, id: String, file: web_sys::File) {
        self.set_state(&id, JobState::Working(0.0));
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer),
            Err(_) => {
                self.set_state(
                    &id,
                    JobState::Failed(JobProblem::Photo(PhotoProblem::Damaged)),
                );
                return;
            }
        };
        let this = *self;
        let progress_id = id.clone();
        let outcome = worker
            .process(&id, bytes, move |done| {
                this.set_state(&progress_id, JobState::Working(done))
            })
            .await;
        let processed = match outcome {
            Ok(p) => p,
            Err(Stopped::Cancelled) => {
                self.was_cancelled(&id);
                let _ = self.jobs.try_update(|js| js.retain(|j| j.id != id));
                return;
            }
            Err(Stopped::Problem(p)) => {
                self.set_state(&id, JobState::Failed(JobProblem::Photo(p)));
                return;
            }
        };
        let widths: Vec<u32> = processed.files.iter().map(|f| f.width).collect();
        let files = processed
            .files
            .into_iter()
            .map(|f| (Photo::path(&id, f.width), f.jpeg))
            .collect();
        let paths: Vec<String> = widths.iter().map(|w| Photo::path(&id, *w)).collect();
        if photo_store::put(files).await.is_err() {
            self.set_state(&id, JobState::Failed(JobProblem::NotKept));
            return;
        }
        let record = photo(
            &id,
            processed.width,
            processed.height,
            &processed.placeholder,
            &widths,
        );
        let draft = self
            .jobs
            .try_with_untracked(|js| js.iter().find(|j| j.id == id).map(|j| j.draft.clone()))
            .flatten();
        let draft_held = draft.as_ref().is_some_and(|d| self.studio.holds(d));
        // Cancelled while its files were written, or its draft deleted meanwhile: nobody shows them.
        let Some(draft) = draft.filter(|_| draft_held && !self.was_cancelled(&id)) else {
            let _ = photo_store::delete(&paths).await;
            let _ = self.jobs.try_update(|js| js.retain(|j| j.id != id));
            return;
        };
        self.studio.add_photo(&draft, record);
        let _ = self.jobs.try_update(|js| js.retain(|j| j.id != id));
        let _ = self.finished.try_update(|n| *n += 1);
    }
}

pub fn provide_photo_jobs(studio: Studio) -> PhotoJobs {
    let jobs = PhotoJobs {
        jobs: RwSignal::new(Vec::new()),
        finished: RwSignal::new(0),
        files: StoredValue::new_local(Vec::new()),
        worker: StoredValue::new_local(PhotoWorker::new()),
        running: StoredValue::new(false),
        cancelled: StoredValue::new(Vec::new()),
        studio,
    };
    provide_context(jobs);
    jobs
}

pub fn use_photo_jobs() -> PhotoJobs {
    expect_context::<PhotoJobs>()
}
