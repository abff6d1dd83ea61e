//! The studio's drafts on this device: read once when the studio opens, changed in memory at every
//! keystroke and written to IndexedDB a moment after typing pauses, so that a reload, a crash or a
//! dead battery loses at most that moment. Provided by the studio page itself, so that none of it is
//! in the first module.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::Photo;
use crate::domain::shared::ids::uuid_v4;
use crate::domain::shared::time::iso_utc;
use crate::domain::studio::draft::{Change, DesignDraft};
use crate::domain::studio::photos::unused_files;
use crate::domain::studio::trend_draft::TrendDraft;
use crate::platform::json_store::StoreError;
use crate::platform::{net, photo_store, studio_store};

/// How long typing must pause before the draft is written.
const WRITE_AFTER_MS: u32 = 400;

/// Whether the drafts have been read, and how that went.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    Reading,
    /// Read; the number of stored records that could not be read.
    Ready {
        unreadable: usize,
    },
    Failed(StoreError),
}

/// Where the current draft's last write stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Saving {
    Idle,
    Pending,
    Saved,
    Failed(StoreError),
}

/// What the last publishing step came to, said above the studio until the next one: it must outlive
/// the catalogue reloading under it (an applied package reloads the catalogue).
#[derive(Clone, Debug, PartialEq)]
pub enum Published {
    Exported { file: String, changes: usize },
    Applied,
    BackToShipped,
}

#[derive(Clone, Copy)]
pub struct Studio {
    drafts: RwSignal<Vec<DesignDraft>>,
    trend_drafts: RwSignal<Vec<TrendDraft>>,
    published: RwSignal<Option<Published>>,
    loaded: RwSignal<Loaded>,
    saving: RwSignal<Saving>,
    /// Bumped at every change, so that a write waits for the last one.
    generation: StoredValue<u64>,
    /// Drafts changed since they were last written: a pause writes every one of them, so that typing
    /// in one draft while a photo arrives in another loses neither.
    unwritten: StoredValue<Vec<String>>,
}

impl Studio {
    pub fn drafts(&self) -> Signal<Vec<DesignDraft>> {
        self.drafts.into()
    }

    pub fn loaded(&self) -> Signal<Loaded> {
        self.loaded.into()
    }

    pub fn saving(&self) -> Signal<Saving> {
        self.saving.into()
    }

    pub fn published(&self) -> RwSignal<Option<Published>> {
        self.published
    }

    pub fn draft(&self, uid: &str) -> Option<DesignDraft> {
        self.drafts
            .with(|ds| ds.iter().find(|d| d.uid == uid).cloned())
    }

    pub fn trend_drafts(&self) -> Signal<Vec<TrendDraft>> {
        self.trend_drafts.into()
    }

    pub fn trend_draft(&self, uid: &str) -> Option<TrendDraft> {
        self.trend_drafts
            .with(|ds| ds.iter().find(|d| d.uid == uid).cloned())
    }

    /// Whether there is anything to publish.
    pub fn is_empty(&self) -> bool {
        self.drafts.with_untracked(Vec::is_empty) && self.trend_drafts.with_untracked(Vec::is_empty)
    }

    /// The design ids the device's other drafts will add, which this one must not take too.
    pub fn ids_besides(&self, uid: &str) -> Vec<String> {
        self.drafts.with(|ds| {
            ds.iter()
                .filter(|d| d.uid != uid && d.change() != Change::Withdraw)
                .map(DesignDraft::design_id)
                .filter(|id| !id.is_empty())
                .collect()
        })
    }

    /// A fresh uid and today's date, for a new draft.
    pub fn fresh() -> (String, String) {
        let today = iso_utc(net::now_ms()).chars().take(10).collect();
        (uuid_v4(net::random_bytes()), today)
    }

    /// Keeps a new draft and writes it at once: it is about to be opened by its address.
    pub async fn create(&self, mut draft: DesignDraft) -> Result<(), StoreError> {
        draft.updated_ms = net::now_ms();
        studio_store::put(&draft).await?;
        self.drafts.update(|ds| ds.insert(0, draft));
        Ok(())
    }

    /// Keeps a new draft of a trend's photos and writes it at once, as [`Self::create`].
    pub async fn create_trend(&self, mut draft: TrendDraft) -> Result<(), StoreError> {
        draft.updated_ms = net::now_ms();
        studio_store::put(&draft).await?;
        self.trend_drafts.update(|ds| ds.insert(0, draft));
        Ok(())
    }

    /// Changes a trend draft in memory now and on disk once typing pauses.
    pub fn change_trend(&self, uid: &str, f: impl FnOnce(&mut TrendDraft)) {
        let mut changed = false;
        self.trend_drafts.update(|ds| {
            if let Some(d) = ds.iter_mut().find(|d| d.uid == uid) {
                f(d);
                d.updated_ms = net::now_ms();
                changed = true;
            }
        });
        if changed {
            self.write_soon(uid.to_owned());
        }
    }

    /// Whether draft `uid` (of either kind) is still here.
    pub fn holds(&self, uid: &str) -> bool {
        self.draft(uid).is_some() || self.trend_draft(uid).is_some()
    }

    /// Adds a photo the worker made to draft `uid`, of either kind.
    pub fn add_photo(&self, uid: &str, photo: Photo) {
        if self.draft(uid).is_some() {
            self.change(uid, |d| d.photos.push(photo));
        } else {
            self.change_trend(uid, |d| d.photos.push(photo));
        }
    }

    /// The files of `removed` that no draft shows any more: a copied draft shares its photos.
    pub fn unused_files(&self, removed: &Photo) -> Vec<String> {
        let designs = self.drafts.read_untracked();
        let trends = self.trend_drafts.read_untracked();
        let kept = designs
            .iter()
            .flat_map(|d| &d.photos)
            .chain(trends.iter().flat_map(|d| &d.photos));
        unused_files(removed, kept)
    }

    /// Changes a draft in memory now and on disk once typing pauses.
    pub fn change(&self, uid: &str, f: impl FnOnce(&mut DesignDraft)) {
        let mut changed = None;
        self.drafts.update(|ds| {
            if let Some(d) = ds.iter_mut().find(|d| d.uid == uid) {
                f(d);
                d.updated_ms = net::now_ms();
                changed = Some(d.uid.clone());
            }
        });
        if let Some(uid) = changed {
            self.write_soon(uid);
        }
    }

    fn write_soon(&self, uid: String) {
        self.unwritten.update_value(|u| {
            if !u.contains(&uid) {
                u.push(uid);
            }
        });
        self.generation.update_value(|g| *g += 1);
        let mine = self.generation.get_value();
        self.saving.set(Saving::Pending);
        let this = *self;
        spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(WRITE_AFTER_MS).await;
            if this.generation.try_get_value() != Some(mine) {
                return;
            }
            let uids = this
                .unwritten
                .try_update_value(std::mem::take)
                .unwrap_or_default();
            for uid in uids {
                this.write_now(&uid).await;
            }
        });
    }

    /// Writes a draft now: after a failed write, when the maker asks again.
    pub async fn write_now(&self, uid: &str) {
        let outcome = match (self.draft(uid), self.trend_draft(uid)) {
            (Some(draft), _) => studio_store::put(&draft).await,
            (None, Some(draft)) => studio_store::put(&draft).await,
            (None, None) => return,
        };
        // The page may have closed meanwhile; its signals went with it.
        let _ = self.saving.try_set(match outcome {
            Ok(()) => Saving::Saved,
            Err(e) => Saving::Failed(e),
        });
    }

    /// Deletes draft `uid`, of either kind, with the photo files no other draft shows.
    pub async fn delete(&self, uid: &str) -> Result<(), StoreError> {
        let photos = if let Some(gone) = self.draft(uid) {
            studio_store::delete::<DesignDraft>(uid).await?;
            self.drafts.update(|ds| ds.retain(|d| d.uid != uid));
            gone.photos
        } else if let Some(gone) = self.trend_draft(uid) {
            studio_store::delete::<TrendDraft>(uid).await?;
            self.trend_drafts.update(|ds| ds.retain(|d| d.uid != uid));
            gone.photos
        } else {
            return Ok(());
        };
        // A file left behind costs space, never data: a failure here is not worth a message.
        let unused: Vec<String> = photos.iter().flat_map(|p| self.unused_files(p)).collect();
        let _ = photo_store::delete(&unused).await;
        Ok(())
    }
}

/// Reads the drafts and makes them the studio's, for the studio page and what it holds (above the
/// catalogue, so that a reloaded catalogue keeps them).
pub fn provide_studio() -> Studio {
    let studio = Studio {
        drafts: RwSignal::new(Vec::new()),
        trend_drafts: RwSignal::new(Vec::new()),
        published: RwSignal::new(None),
        loaded: RwSignal::new(Loaded::Reading),
        saving: RwSignal::new(Saving::Idle),
        generation: StoredValue::new(0),
        unwritten: StoredValue::new(Vec::new()),
    };
    spawn_local(async move {
        let designs = studio_store::all::<DesignDraft>().await;
        let trends = studio_store::all::<TrendDraft>().await;
        // The trend drafts' database failing must not hide the designs' drafts: without it the studio
        // still works, and making a trend draft says why it cannot.
        let (trend_drafts, more) = trends.unwrap_or_default();
        let _ = studio.loaded.try_set(match designs {
            Ok((drafts, unreadable)) => {
                studio.drafts.set(drafts);
                studio.trend_drafts.set(trend_drafts);
                Loaded::Ready {
                    unreadable: unreadable + more,
                }
            }
            Err(e) => Loaded::Failed(e),
        });
    });
    provide_context(studio);
    studio
}

pub fn use_studio() -> Studio {
    expect_context::<Studio>()
}
