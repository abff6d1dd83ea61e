use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::inquiry::{Inquiry, Route, uuid_v4};
use crate::domain::outbox::{Channel, Entry, Status, classify, export_file_name, to_csv, to_json};
use crate::platform::outbox_store::{self, StoreError};
use crate::platform::{files, net};
use crate::state::{LoadOutcome, use_catalogue};

/// How often the delivery loop looks for due entries when it has nothing to wait for. Short enough that a
/// new inquiry leaves at once, cheap because it reads a few records from IndexedDB.
const TICK_MS: u32 = 400;

/// The device's outbox: what the page shows, kept in step with IndexedDB, and the delivery loop that
/// sends due entries to the collective's endpoint.
#[derive(Clone, Copy)]
pub struct Outbox {
    entries: RwSignal<Vec<Entry>>,
    /// Set when storage failed; the pages say so plainly.
    error: RwSignal<Option<StoreError>>,
    unreadable: RwSignal<usize>,
    loaded: RwSignal<bool>,
}

impl Outbox {
    pub fn entries(&self) -> Signal<Vec<Entry>> {
        self.entries.into()
    }

    pub fn error(&self) -> Signal<Option<StoreError>> {
        self.error.into()
    }

    pub fn unreadable(&self) -> Signal<usize> {
        self.unreadable.into()
    }

    pub fn loaded(&self) -> Signal<bool> {
        self.loaded.into()
    }

    /// Writes a new inquiry to disk before anything else happens to it. On failure nothing is kept in
    /// memory either, so the form stays as it was and can be sent again.
    pub async fn save(&self, inquiry: Inquiry) -> Result<Entry, StoreError> {
        let entry = Entry::new(uuid_v4(net::random_bytes()), net::now_ms(), inquiry);
        outbox_store::put(&entry).await?;
        self.error.set(None);
        self.entries.update(|all| all.insert(0, entry.clone()));
        Ok(entry)
    }

    /// Applies a change to one entry, on disk first.
    pub async fn change(&self, id: &str, f: impl FnOnce(&mut Entry) -> bool) {
        let Some(mut entry) = self
            .entries
            .with_untracked(|all| all.iter().find(|e| e.id == id).cloned())
        else {
            return;
        };
        if !f(&mut entry) {
            return;
        }
        match outbox_store::put(&entry).await {
            Ok(()) => self.replace(entry),
            Err(e) => self.error.set(Some(e)),
        }
    }

    fn replace(&self, entry: Entry) {
        self.entries.update(|all| {
            if let Some(slot) = all.iter_mut().find(|e| e.id == entry.id) {
                *slot = entry;
            }
        });
    }

    pub fn retry_now(&self, id: String) {
        let this = *self;
        spawn_local(async move { this.change(&id, |e| e.retry_now(net::now_ms())).await });
    }

    pub fn hand_off(&self, id: String, workshop: String, channel: Channel) {
        let this = *self;
        spawn_local(async move {
            this.change(&id, |e| e.hand_off(&workshop, channel, net::now_ms()))
                .await
        });
    }

    pub fn delete(&self, id: String) {
        let this = *self;
        spawn_local(async move {
            let deletable = this
                .entries
                .with_untracked(|all| all.iter().any(|e| e.id == id && e.can_delete()));
            if !deletable {
                return;
            }
            match outbox_store::delete(&id).await {
                Ok(()) => this.entries.update(|all| all.retain(|e| e.id != id)),
                Err(e) => this.error.set(Some(e)),
            }
        });
    }

    /// Offers every inquiry as a CSV or JSON file and, when the browser took it, marks them exported.
    pub fn export(&self, csv: bool) -> bool {
        let all = self.entries.get_untracked();
        let name = export_file_name(net::now_ms(), csv);
        let ok = if csv {
            files::download(&name, "text/csv;charset=utf-8", &to_csv(&all))
        } else {
            files::download(&name, "application/json", &to_json(&all))
        };
        if ok {
            self.mark_all_exported();
        }
        ok
    }

    /// Marks everything as exported once the export file has been offered.
    fn mark_all_exported(&self) {
        let this = *self;
        spawn_local(async move {
            let ids: Vec<String> = this.entries.with_untracked(|all| {
                all.iter()
                    .filter(|e| !e.exported)
                    .map(|e| e.id.clone())
                    .collect()
            });
            for id in ids {
                this.change(&id, |e| {
                    e.mark_exported();
                    true
                })
                .await;
            }
        });
    }

    /// Re-reads the store: other tabs and earlier sessions write to it too.
    async fn refresh(&self) {
        match outbox_store::all().await {
            Ok((entries, unreadable)) => {
                if self.entries.with_untracked(|now| now != &entries) {
                    self.entries.set(entries);
                }
                self.unreadable.set(unreadable);
                self.loaded.set(true);
            }
            Err(e) => {
                self.error.set(Some(e));
                self.loaded.set(true);
            }
        }
    }

    /// Sends the oldest due entry, if any; returns whether it sent one.
    async fn deliver_one(
        &self,
        endpoint: &str,
        policy: crate::domain::outbox::RetryPolicy,
    ) -> bool {
        let now = net::now_ms();
        let due = self.entries.with_untracked(|all| {
            all.iter()
                .rev()
                .find(|e| e.inquiry.route == Route::Endpoint && e.is_due(now))
                .cloned()
        });
        let Some(mut entry) = due else {
            return false;
        };
        entry.begin_send();
        // Recording the attempt first means a crash mid-send is seen (and resumed) on the next start.
        if let Err(e) = outbox_store::put(&entry).await {
            self.error.set(Some(e));
            return false;
        }
        self.replace(entry.clone());
        let (status, detail) =
            net::post_json(endpoint, &entry.id, entry.body_json(), policy.timeout_ms).await;
        let outcome = classify(status, &detail);
        entry.finish(outcome, net::now_ms(), &policy, net::random_unit());
        match outbox_store::put(&entry).await {
            Ok(()) => self.replace(entry),
            Err(e) => self.error.set(Some(e)),
        }
        true
    }
}

pub fn provide_outbox() {
    let outbox = Outbox {
        entries: RwSignal::new(Vec::new()),
        error: RwSignal::new(None),
        unreadable: RwSignal::new(0),
        loaded: RwSignal::new(false),
    };
    provide_context(outbox);
    let catalogue = use_catalogue();
    spawn_local(async move {
        loop {
            outbox.refresh().await;
            let settings = match catalogue.get_untracked() {
                Some(LoadOutcome::Ok(c)) => Some(c.settings.inquiry.clone()),
                _ => None,
            };
            let mut sent = false;
            if let Some(channels) = settings
                && let Some(endpoint) = channels.endpoint.as_deref()
                && net::is_online()
                && outbox
                    .error
                    .get_untracked()
                    .is_none_or(|e| !matches!(e, StoreError::Unavailable(_)))
            {
                sent = outbox.deliver_one(endpoint, channels.retry).await;
            }
            if !sent {
                gloo_timers::future::TimeoutFuture::new(TICK_MS).await;
            }
        }
    });
}

pub fn use_outbox() -> Outbox {
    expect_context::<Outbox>()
}

/// Whether an entry still waits for the endpoint (for the header's badge and the kiosk's end-of-day view).
pub fn pending(entries: &[Entry]) -> usize {
    entries
        .iter()
        .filter(|e| {
            matches!(
                e.status,
                Status::Saved | Status::Sending | Status::Failed { .. }
            )
        })
        .count()
}
