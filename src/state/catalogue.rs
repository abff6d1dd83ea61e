use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::browse::Browser;
use crate::domain::{Catalogue, DataFile, Fetched, LoadError, load_fetched};
use crate::platform::chunks::ChunkError;
use crate::platform::data;
use crate::platform::overlay_store::{self, StoredOverlay};
use crate::platform::storage::LAST_SEARCH_KEY;
use crate::platform::storage::{self, OVERLAY_KEY};
use crate::routes;

/// The result of loading the catalogue; shared behind `Arc` because every page reads it.
pub type LoadOutcome = Result<Arc<Catalogue>, Arc<LoadFailure>>;

/// Why there is no catalogue to show.
#[derive(Debug)]
pub enum LoadFailure {
    /// The data files arrived but cannot be used: each problem names its file, entry and field.
    Data(Vec<LoadError>),
    /// The code that reads them could not be fetched (offline before the service worker had stored
    /// it); the data may well be fine.
    Reader,
}

#[derive(Clone, Copy)]
pub struct CatalogueState {
    resource: LocalResource<LoadOutcome>,
    /// The browsing index of the loaded catalogue, built once rather than per page visit.
    browser: StoredValue<Option<(usize, Arc<Browser>)>>,
    /// The catalogue URL last shown, so that a design page's way back returns to that search, its
    /// filters, sort and page instead of the start of the catalogue. Kept for the tab's session, so
    /// that it survives reloading the design page.
    last_search: crate::state::Persisted<String>,
}

impl CatalogueState {
    /// `None` while loading.
    pub fn get(&self) -> Option<LoadOutcome> {
        self.resource.get()
    }

    pub fn get_untracked(&self) -> Option<LoadOutcome> {
        self.resource.get_untracked()
    }

    pub fn reload(&self) {
        self.resource.refetch();
    }

    pub fn remember_search(&self, href: String) {
        self.last_search.set(&href);
    }

    /// Where "back to the catalogue" goes: the search last shown, or the catalogue itself. Whatever
    /// storage holds that is not a catalogue URL of this app is not followed.
    pub fn back_href(&self) -> String {
        let href = self.last_search.get();
        if routes::is_catalogue(&href) {
            href
        } else {
            routes::CATALOGUE.to_owned()
        }
    }

    pub fn browser(&self, catalogue: &Arc<Catalogue>) -> Arc<Browser> {
        let key = Arc::as_ptr(catalogue) as usize;
        if let Some((k, b)) = self.browser.get_value()
            && k == key
        {
            return b;
        }
        let b = Arc::new(Browser::new(catalogue));
        self.browser.set_value(Some((key, b.clone())));
        b
    }
}

pub fn provide_catalogue() {
    let resource = LocalResource::new(|| async {
        let (settings, workshops, motifs, trends, designs) = futures::join!(
            data::fetch_data_file(DataFile::Settings),
            data::fetch_data_file(DataFile::Workshops),
            data::fetch_data_file(DataFile::Motifs),
            data::fetch_data_file(DataFile::Trends),
            data::fetch_data_file(DataFile::Designs),
        );
        let files = [settings, workshops, motifs, trends, designs];
        #[cfg(all(feature = "split", target_arch = "wasm32"))]
        let read = read_catalogue(files).await;
        #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
        let read = read_catalogue(files);
        let outcome = match read {
            Ok(outcome) => outcome.map_err(LoadFailure::Data),
            Err(ChunkError) => Err(LoadFailure::Reader),
        };
        // Changes an imported catalogue package made on this device go on top of the shipped files.
        let outcome = match (outcome, storage::read_local(OVERLAY_KEY)) {
            (Ok(c), Some(stored)) => {
                #[cfg(all(feature = "split", target_arch = "wasm32"))]
                let overlaid = with_overlay(c.clone(), stored).await;
                #[cfg(not(all(feature = "split", target_arch = "wasm32")))]
                let overlaid = with_overlay(c.clone(), stored);
                // Without its code (offline before it was ever fetched), the shipped catalogue.
                Ok(overlaid.unwrap_or(c))
            }
            (outcome, _) => outcome,
        };
        outcome.map(Arc::new).map_err(Arc::new)
    });
    // The reader's chunk downloads while the data files do; it is called once they are in.
    #[cfg(all(feature = "split", target_arch = "wasm32"))]
    leptos::task::spawn_local(async {
        // A failure here is met again, and shown, when the files are read.
        let _ = preload_reader().await;
    });
    provide_context(CatalogueState {
        resource,
        browser: StoredValue::new(None),
        last_search: crate::state::per_session(LAST_SEARCH_KEY),
    });
}

/// Parses and checks the data files. The JSON parser, the loader's checks and serde's code for every
/// catalogue type are a chunk of their own in the release build (`reader`), so that the first module
/// starts without them. What a reader sees first does not wait for it: home's first view is in
/// `index.html` and every public page is pre-rendered (`src/prerender`).
#[cfg_attr(
    all(feature = "split", target_arch = "wasm32"),
    wasm_split_helpers::wasm_split(reader, fallible, preload(preload_reader))
)]
fn read_catalogue(files: [Fetched; 5]) -> Result<Result<Catalogue, Vec<LoadError>>, ChunkError> {
    Ok(load_fetched(files))
}

/// The catalogue with the device's overlay made: a chunk of its own (`overlay`), fetched only on a
/// device where a package was applied, so that the first load carries none of it.
#[cfg_attr(
    all(feature = "split", target_arch = "wasm32"),
    wasm_split_helpers::wasm_split(overlay, fallible)
)]
fn with_overlay(c: Catalogue, stored: String) -> Result<Catalogue, ChunkError> {
    Ok(match overlay_store::parse(&stored) {
        StoredOverlay::Held(overlay) => overlay.apply(&c).0,
        StoredOverlay::None | StoredOverlay::Unreadable => c,
    })
}

pub fn use_catalogue() -> CatalogueState {
    expect_context::<CatalogueState>()
}
