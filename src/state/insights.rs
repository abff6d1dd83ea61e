//! Counting what visitors look at and ask for (`domain::insights`), on this device.
//!
//! An event becomes counters in memory at once and reaches IndexedDB a moment later, in one write with
//! every other counter of that moment: counting never sits on a keystroke, a page's first paint or an
//! inquiry's way to the outbox. A reader can switch counting off on their own device; a kiosk always
//! counts, and its counts outlive the idle reset (only the visitor's own things are cleared).

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_use::use_event_listener;

use crate::domain::insights::{DayCounts, Event, Prefs};
use crate::domain::shared::ids::uuid_v4;
use crate::platform::chunks::ChunkError;
use crate::platform::json_store::StoreError;
use crate::platform::storage::INSIGHTS_KEY;
use crate::platform::{insights_store, net};
use crate::state::{CatalogueState, Kiosk, Persisted, Stored, persisted, use_catalogue, use_kiosk};

/// How long counters wait in memory for others to join them in one write.
const BATCH_MS: u64 = 1_000;
/// Events kept for a later try when they could not be written; beyond this, the oldest go.
const PENDING_MAX: usize = 2_000;

#[derive(Clone, Copy)]
pub struct Insights {
    prefs: Persisted<Prefs>,
    pending: StoredValue<Vec<Event>>,
    scheduled: StoredValue<bool>,
    /// Bumped after every write, so that the insights page can read the store again.
    written: RwSignal<u64>,
    // Kept here rather than looked up: events come from click handlers, outside any component.
    kiosk: Kiosk,
    catalogue: CatalogueState,
}

impl Insights {
    /// Whether this device counts: a kiosk always, any other device unless its reader said no.
    pub fn counting(&self) -> bool {
        self.kiosk.enabled() || !self.prefs.with(|p| p.off)
    }

    /// Whether the reader may change it (not on a kiosk, where the collective decided).
    pub fn switchable(&self) -> bool {
        !self.kiosk.enabled()
    }

    pub fn set_counting(&self, on: bool) {
        self.prefs.update(|p| p.off = !on);
    }

    /// This device's id in the counts.
    pub fn device(&self) -> String {
        self.prefs.with_untracked(|p| p.device.clone())
    }

    pub fn written(&self) -> Signal<u64> {
        self.written.into()
    }

    /// Counts an event (when this device counts). Returns at once; the write follows.
    pub fn record(&self, event: Event) {
        if !untrack(|| self.counting()) {
            return;
        }
        self.pending.update_value(|p| p.push(event));
        if !self.scheduled.get_value() {
            self.scheduled.set_value(true);
            let this = *self;
            set_timeout(move || this.flush(), Duration::from_millis(BATCH_MS));
        }
    }

    fn flush(&self) {
        self.scheduled.set_value(false);
        let batch = std::mem::take(&mut *self.pending.write_value());
        if batch.is_empty() {
            return;
        }
        let this = *self;
        spawn_local(async move {
            let device = this.device();
            #[cfg(all(feature = "split", target_arch = "wasm32"))]
            let written = match write_counts(this.catalogue, device, batch.clone()).await {
                Ok(write) => write.await,
                Err(e) => Err(StoreError::Other(format!("{e:?}"))),
            };
            #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
            let written = match write_counts(this.catalogue, device, batch.clone()) {
                Ok(write) => write.await,
                Err(e) => Err(StoreError::Other(format!("{e:?}"))),
            };
            match written {
                Ok(()) => this.written.update(|n| *n += 1),
                // Kept for the next write (a full disk, or the counting code not yet arrived while
                // offline): a day at a fair must not be lost for a moment's trouble.
                Err(_) => this.pending.update_value(|p| {
                    let mut kept = batch;
                    kept.append(p);
                    let over = kept.len().saturating_sub(PENDING_MAX);
                    kept.drain(..over);
                    *p = kept;
                }),
            }
        });
    }

    /// Every device-day this device holds: its own and those imported from other kiosks.
    pub async fn report(&self) -> Result<Vec<DayCounts>, StoreError> {
        insights_store::all().await
    }

    /// Merges another device's export into this device's report.
    pub async fn merge(&self, days: Vec<DayCounts>) -> Result<(), StoreError> {
        insights_store::merge(days).await?;
        self.written.update(|n| *n += 1);
        Ok(())
    }
}

/// After the catalogue and the kiosk, before the shortlist and the outbox, which count through it.
pub fn provide_insights() {
    let prefs: Persisted<Prefs> = persisted(INSIGHTS_KEY, Stored::Insights);
    if prefs.with_untracked(|p| p.device.is_empty()) {
        prefs.update(|p| p.device = uuid_v4(net::random_bytes()));
    }
    let insights = Insights {
        prefs,
        pending: StoredValue::new(Vec::new()),
        scheduled: StoredValue::new(false),
        written: RwSignal::new(0),
        kiosk: use_kiosk(),
        catalogue: use_catalogue(),
    };
    provide_context(insights);
    // A page closed or reloaded within the batch's wait: the write starts at once (the browser
    // usually lets a small transaction finish).
    let _ = use_event_listener(window(), ev::pagehide, move |_| insights.flush());
}

pub fn use_insights() -> Insights {
    expect_context::<Insights>()
}

/// A write of counts under way.
type Write = Pin<Box<dyn Future<Output = Result<(), StoreError>>>>;

/// Turns events into counters and adds them to today's record: a chunk of its own (`counting`), fetched
/// at the first write, so that the first load carries only the queue.
#[cfg_attr(
    all(feature = "split", target_arch = "wasm32"),
    wasm_split_helpers::wasm_split(counting, fallible)
)]
fn write_counts(
    catalogue: CatalogueState,
    device: String,
    events: Vec<Event>,
) -> Result<Write, ChunkError> {
    Ok(Box::pin(async move {
        // Events come from pages that show the catalogue, so it is loaded; if not, nothing is counted.
        let Some(Ok(catalogue)) = catalogue.get_untracked() else {
            return Ok(());
        };
        let mut day = DayCounts {
            device,
            day: net::local_day(),
            ..DayCounts::default()
        };
        for event in &events {
            for counter in event.counters(&catalogue) {
                day.add(&counter, 1);
            }
        }
        insights_store::add(day).await
    }))
}
