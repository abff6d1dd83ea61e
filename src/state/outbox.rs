use std::future::Future;
use std::pin::Pin;

use codee::string::FromToStringCodec;
use futures::channel::mpsc::{self, UnboundedSender};
use futures::{StreamExt, future};
use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_use::{use_broadcast_channel, use_event_listener};

use crate::domain::inquiry::outbox::{
    Channel, Entry, Status, classify, done, expired, export_file_name, next_due, to_csv, to_json,
};
use crate::domain::inquiry::{Inquiry, Route};
use crate::domain::insights::Event;
use crate::domain::kiosk::KioskSettings;
use crate::domain::shared::ids::uuid_v4;
use crate::platform::chunks::ChunkError;
use crate::platform::outbox_store::{self, StoreError};
use crate::platform::{files, locks, net, storage};
use crate::state::{CatalogueState, Insights, LoadOutcome, use_catalogue};

/// The delivery loop sleeps until the next entry is due or something happens (an inquiry saved or
/// changed here or in another tab, the browser back online, the catalogue and its endpoint loaded). This
/// is how long it sleeps when nothing is due: a safety net, not the way inquiries leave.
const IDLE_MS: u64 = 30_000;
/// The shortest sleep, so that a store that keeps failing is not retried in a tight loop.
const MIN_WAIT_MS: u64 = 400;
/// Posts a message to the other tabs' outboxes.
type Post = Box<dyn Fn(&String) + Send + Sync>;

/// Outboxes of other tabs of the app listen here for "the store changed".
const CHANNEL: &str = "perak-outbox";

/// The device's outbox: what the page shows, kept in step with IndexedDB, and the delivery loop that
/// sends due entries to the collective's endpoint.
#[derive(Clone, Copy)]
pub struct Outbox {
    entries: RwSignal<Vec<Entry>>,
    /// Set when storage failed; the pages say so plainly.
    error: RwSignal<Option<StoreError>>,
    unreadable: RwSignal<usize>,
    loaded: RwSignal<bool>,
    /// Whether the browser says it is on a network; while it is not, nothing is sent.
    online: RwSignal<bool>,
    wake: StoredValue<UnboundedSender<()>>,
    tell_other_tabs: StoredValue<Post>,
    /// Counts a saved inquiry for the exhibition insights (absent where nothing counts, as in tests).
    insights: Option<Insights>,
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

    pub fn online(&self) -> Signal<bool> {
        self.online.into()
    }

    /// Writes a new inquiry to disk before anything else happens to it. On failure nothing is kept in
    /// memory either, so the form stays as it was and can be sent again.
    pub async fn save(&self, inquiry: Inquiry) -> Result<Entry, StoreError> {
        let entry = Entry::new(uuid_v4(net::random_bytes()), net::now_ms(), inquiry);
        outbox_store::put(&entry).await?;
        self.error.set(None);
        self.entries.update(|all| all.insert(0, entry.clone()));
        self.stored();
        // Counted once it is safe on disk; counting only queues, so the send is not held up.
        if let Some(insights) = self.insights {
            insights.record(Event::Inquired((&entry.inquiry).into()));
        }
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
            Ok(()) => {
                self.replace(entry);
                self.stored();
            }
            Err(e) => self.error.set(Some(e)),
        }
    }

    /// After every write: the delivery loop here looks at once, and so do those of other tabs.
    fn stored(&self) {
        self.wake();
        self.tell_other_tabs
            .with_value(|post| post(&net::now_ms().to_string()));
    }

    fn wake(&self) {
        self.wake.with_value(|tx| {
            // Fails only when the loop is gone, and then there is nobody to wake.
            let _ = tx.unbounded_send(());
        });
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
                Ok(()) => {
                    this.entries.update(|all| all.retain(|e| e.id != id));
                    this.stored();
                }
                Err(e) => this.error.set(Some(e)),
            }
        });
    }

    /// Deletes these entries from the device; returns how many went. Only entries that are done
    /// (delivered or handed off) are ever passed here.
    async fn purge(&self, ids: Vec<String>) -> usize {
        if ids.is_empty() {
            return 0;
        }
        match outbox_store::delete_many(&ids).await {
            Ok(()) => {
                self.entries
                    .update(|all| all.retain(|e| !ids.contains(&e.id)));
                self.stored();
                ids.len()
            }
            Err(e) => {
                self.error.set(Some(e));
                0
            }
        }
    }

    /// Retention: deletes what was delivered longer ago than the days staff set (30 by default).
    pub async fn purge_expired(&self) -> usize {
        self.refresh().await;
        let ids = self
            .entries
            .with_untracked(|all| expired(all, net::now_ms(), retention_days()));
        self.purge(ids).await
    }

    /// Staff's bulk purge at the end of a fair: every delivered or handed-off inquiry, now.
    pub async fn purge_done(&self) -> usize {
        self.refresh().await;
        let ids = self.entries.with_untracked(|all| done(all));
        self.purge(ids).await
    }

    /// Offers every inquiry as a CSV or JSON file and, when the browser took it, marks them exported.
    pub fn export(&self, csv: bool) -> bool {
        let all = self.entries.get_untracked();
        let name = export_file_name(net::now_ms(), csv, retention_days());
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

    /// Re-reads the store: other tabs and earlier sessions write to it too. The pages that show the
    /// outbox call it themselves, so that they never wait for the delivery loop's chunk.
    pub async fn refresh(&self) {
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
    async fn deliver_one(&self, endpoint: &str, policy: crate::domain::RetryPolicy) -> bool {
        let now = net::now_ms();
        let due = self.entries.with_untracked(|all| {
            all.iter()
                .rev()
                .find(|e| e.inquiry.route == Route::Endpoint && e.is_due(now))
                .cloned()
        });
        let Some(entry) = due else {
            return false;
        };
        let (outbox, endpoint) = (*self, endpoint.to_owned());
        // One sender per entry across this site's tabs: another tab holding it is sending it now.
        locks::exclusive(&format!("perak-outbox-{}", entry.id), move || async move {
            outbox.send(entry, &endpoint, policy).await
        })
        .await
        .unwrap_or(false)
    }

    async fn send(&self, entry: Entry, endpoint: &str, policy: crate::domain::RetryPolicy) -> bool {
        // What this tab had in memory may be stale: another tab may have sent it a moment ago.
        let Ok(stored) = outbox_store::get(&entry.id).await else {
            return false;
        };
        let Some(mut entry) = stored.filter(|e| e.is_due(net::now_ms())) else {
            self.refresh().await;
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
            Ok(()) => {
                self.replace(entry);
                self.stored();
            }
            Err(e) => self.error.set(Some(e)),
        }
        true
    }
}

pub fn provide_outbox() {
    let (wake, _) = mpsc::unbounded::<()>();
    let others = use_broadcast_channel::<String, FromToStringCodec>(CHANNEL);
    let outbox = Outbox {
        entries: RwSignal::new(Vec::new()),
        error: RwSignal::new(None),
        unreadable: RwSignal::new(0),
        loaded: RwSignal::new(false),
        online: RwSignal::new(net::is_online()),
        wake: StoredValue::new(wake),
        tell_other_tabs: StoredValue::new(Box::new(others.post)),
        insights: use_context::<Insights>(),
    };
    provide_context(outbox);
    let catalogue = use_catalogue();
    // Each of these can make an inquiry sendable that was not.
    Effect::watch(
        move || others.message.track(),
        move |_, _, _| outbox.wake(),
        false,
    );
    Effect::watch(
        move || catalogue.get().is_some(),
        move |_, _, _| outbox.wake(),
        false,
    );
    let _ = use_event_listener(window(), ev::online, move |_| {
        outbox.online.set(true);
        outbox.wake();
    });
    let _ = use_event_listener(window(), ev::offline, move |_| outbox.online.set(false));
    spawn_local(async move {
        // The delivery loop is a chunk of its own, fetched as the app starts rather than with the
        // first module. If it cannot arrive (offline before the service worker stored it), it is
        // tried again when something wakes the outbox (back online, another tab, a save) or after a
        // while; nothing is lost meanwhile: the form and the outbox page use the store themselves.
        loop {
            #[cfg(all(feature = "split", target_arch = "wasm32"))]
            let started = delivery(outbox, catalogue).await;
            #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
            let started = delivery(outbox, catalogue);
            match started {
                Ok(run) => return run.await,
                Err(_) => {
                    let (wake, mut woken) = mpsc::unbounded::<()>();
                    outbox.wake.set_value(wake);
                    let sleep = gloo_timers::future::TimeoutFuture::new(IDLE_MS as u32);
                    future::select(sleep, woken.next()).await;
                }
            }
        }
    });
}

/// The delivery loop: re-reads the store, sends what is due, then sleeps until the next entry is due
/// or something wakes it.
#[cfg_attr(
    all(feature = "split", target_arch = "wasm32"),
    wasm_split_helpers::wasm_split(delivery, fallible)
)]
fn delivery(
    outbox: Outbox,
    catalogue: CatalogueState,
) -> Result<Pin<Box<dyn Future<Output = ()>>>, ChunkError> {
    let (wake, mut woken) = mpsc::unbounded::<()>();
    outbox.wake.set_value(wake);
    Ok(Box::pin(async move {
        // Each start forgets the buyers whose inquiries were delivered long enough ago.
        outbox.purge_expired().await;
        loop {
            outbox.refresh().await;
            let channels = match catalogue.get_untracked() {
                Some(LoadOutcome::Ok(c)) => Some(c.settings.inquiry.clone()),
                _ => None,
            };
            let endpoint = channels.as_ref().and_then(|c| c.endpoint.clone());
            let can_send = endpoint.is_some()
                && outbox.online.get_untracked()
                && outbox
                    .error
                    .get_untracked()
                    .is_none_or(|e| !matches!(e, StoreError::Unavailable(_)));
            if let (true, Some(endpoint), Some(channels)) = (can_send, endpoint, channels)
                && outbox.deliver_one(&endpoint, channels.retry).await
            {
                continue;
            }
            let wait = if can_send {
                outbox
                    .entries
                    .with_untracked(|all| next_due(all))
                    .map_or(IDLE_MS, |at| at.saturating_sub(net::now_ms()))
                    .clamp(MIN_WAIT_MS, IDLE_MS)
            } else {
                IDLE_MS
            };
            let sleep = gloo_timers::future::TimeoutFuture::new(wait as u32);
            future::select(sleep, woken.next()).await;
            // Several wakes while busy are one reason to look again, not several.
            while woken.try_recv().is_ok() {}
        }
    }))
}

/// The retention staff set, read from the stored kiosk settings (the default where there are none).
fn retention_days() -> u32 {
    KioskSettings::parse(&storage::read_local(storage::KIOSK_KEY).unwrap_or_default())
        .retention_days
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
